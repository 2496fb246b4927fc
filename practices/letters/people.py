"""Letters' part of a person's page: the unsent letters written to them."""

from detach.people.sections import LinkedRecords, PersonSection
from practices.letters import selectors

SHOWN = 5


def person_section(person) -> PersonSection:
    letters = selectors.letters_to(person)
    return PersonSection(
        title="Letters you did not send",
        template="letters/_person_letters.html",
        context={"letters": list(letters[:SHOWN]), "total": letters.count()},
        order=40,
    )


def linked_records(person) -> list[LinkedRecords]:
    count = selectors.letters_to(person).count()
    return [LinkedRecords(f"{count} unsent letter{'s' if count != 1 else ''} to them", count)]


def forget_person(person, *, delete_linked: bool) -> None:
    """Delete the letters to them, or leave them (SET_NULL): "to nobody in particular"."""
    if delete_linked:
        selectors.letters_to(person).delete()
