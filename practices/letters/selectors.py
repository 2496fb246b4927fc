"""Reads other code needs: a person's letters, and those to one person."""

from practices.letters.models import Letter


def letters_for(user):
    return Letter.objects.for_user(user).select_related("person")


def letters_to(person):
    return Letter.objects.for_user(person.user).filter(person=person)
