"""Urges on a person's page (found by ``detach.people.sections``): the urges about them and
the same plain numbers as on /urges/, and what happens to those urges if they are deleted."""

from detach.people.sections import LinkedRecords, PersonSection
from practices.urges import charts, selectors
from practices.urges.models import Urge

SECTION_URGES = 5


def person_section(person) -> PersonSection:
    """Always there: the numbers, their urges by week over the last twelve weeks (one query,
    grouped in SQL) and the latest few urges, or a way to ride one out."""
    urges = Urge.objects.for_user(person.user).filter(person=person)
    today = person.user.local_today()
    weeks = charts.recent_weeks(today)
    buckets = selectors.urges_by_bucket(person.user, unit="week", since=weeks[0], person=person)
    return PersonSection(
        title="Urges about them",
        template="urges/_person_section.html",
        context={
            "numbers": selectors.urge_numbers(urges),
            "weeks_chart": charts.person_weeks_chart(buckets, today),
            "urges": list(urges.order_by("-started_at", "-id")[:SECTION_URGES]),
        },
        order=30,
    )


def linked_records(person) -> list[LinkedRecords]:
    count = Urge.objects.for_user(person.user).filter(person=person).count()
    return [LinkedRecords(f"{count} urge{'s' if count != 1 else ''} about them", count)]


def forget_person(person, *, delete_linked: bool) -> None:
    """Delete the urges about them, or keep them: the foreign key is SET_NULL, so kept urges
    stay in the history, no longer linked to a name."""
    if delete_linked:
        Urge.objects.for_user(person.user).filter(person=person).delete()
