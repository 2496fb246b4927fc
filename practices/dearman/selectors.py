"""Reads other code needs: a person's clear requests, and those about one person."""

from practices.dearman.models import ClearRequest


def requests_for(user):
    return ClearRequest.objects.for_user(user).select_related("person")


def requests_about(person):
    return ClearRequest.objects.for_user(person.user).filter(person=person)
