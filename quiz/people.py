"""The quiz's part of a person's page (found by ``detach.people.sections``): how one attaches
with them, measured by the relationship form, and what happens to those results when the
person is deleted."""

from detach.people.sections import LinkedRecords, PersonSection
from quiz import results, selectors
from quiz.models import Attempt


def person_section(person) -> PersonSection:
    """Always there: with results, the plane and the list; without, an invitation to answer
    the nine statements about them."""
    points = selectors.person_results(person.user, person)
    return PersonSection(
        title="How you attach in this relationship",
        template="quiz/_person_results.html",
        context={"results": results.person_results(points)},
        order=10,
    )


def linked_records(person) -> list[LinkedRecords]:
    count = Attempt.objects.for_user(person.user).filter(person=person).count()
    return [LinkedRecords(f"{count} quiz result{'s' if count != 1 else ''} about them", count)]


def forget_person(person, *, delete_linked: bool) -> None:
    """Delete the results about them, or leave them: the foreign key is SET_NULL, so kept
    results stay readable, no longer linked to a name."""
    if delete_linked:
        Attempt.objects.for_user(person.user).filter(person=person).delete()
