"""My lines' part of a person's page (found by ``detach.people.sections``): the lines about
them, and what happens to those lines when the person is deleted."""

from detach.people.sections import LinkedRecords, PersonSection
from practices.lines import examples, selectors, stretches


def person_section(person) -> PersonSection:
    """Always there: their lines (retired ones apart), or examples for their contact mode and
    a link to set a first line about them; and the days within my lines with them (one query
    for every check-in's day, answer and person)."""
    lines = list(selectors.lines_about(person.user, person))
    today = person.user.local_today()
    days = selectors.check_in_days_with(person.user, person)
    kept_month, checked_month = stretches.kept_in_month(days, today)
    return PersonSection(
        title="My lines with them",
        template="lines/_person_lines.html",
        context={
            "active": [line for line in lines if not line.retired_at],
            "retired": [line for line in lines if line.retired_at],
            "examples": examples.examples_for(person),
            "kept_this_month": kept_month,
            "checked_this_month": checked_month,
            "kept_total": sum(kept for _day, kept in days),
            "checked_total": len(days),
            "longest": stretches.longest_stretch(days),
        },
        order=30,
    )


def linked_records(person) -> list[LinkedRecords]:
    count = selectors.lines_about(person.user, person).count()
    return [LinkedRecords(f"{count} line{'s' if count != 1 else ''} about them", count)]


def forget_person(person, *, delete_linked: bool) -> None:
    """Delete the lines about them (with their history), or leave them: the foreign key is
    SET_NULL, so kept lines stay, about no one in particular."""
    if delete_linked:
        selectors.lines_about(person.user, person).delete()
