"""Clear requests' part of a person's page: the requests prepared for them."""

from detach.people.models import Person
from detach.people.sections import LinkedRecords, PersonSection
from practices.dearman import selectors

SHOWN = 5


def person_section(person) -> PersonSection | None:
    """Requests for them, and an invitation to prepare one where some contact goes on; for
    someone with no contact and no requests, nothing."""
    requests = selectors.requests_about(person)
    shown = list(requests[:SHOWN])
    if not shown and person.contact == Person.Contact.NO_CONTACT:
        return None
    return PersonSection(
        title="Clear requests",
        template="dearman/_person_requests.html",
        context={
            "clear_requests": shown,
            "total": requests.count() if len(shown) == SHOWN else len(shown),
        },
        order=45,
    )


def linked_records(person) -> list[LinkedRecords]:
    count = selectors.requests_about(person).count()
    return [LinkedRecords(f"{count} clear request{'s' if count != 1 else ''} for them", count)]


def forget_person(person, *, delete_linked: bool) -> None:
    """Delete the requests for them, or leave them (SET_NULL): "to nobody in particular"."""
    if delete_linked:
        selectors.requests_about(person).delete()
