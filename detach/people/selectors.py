"""Reads of a person's people, each through the ownership helpers."""

from django.db.models import QuerySet

from detach.people.models import Person


def people_for(user) -> QuerySet[Person]:
    """The people a person is working on, in the order they were added."""
    return Person.objects.for_user(user).order_by("created_at", "id")
