"""Registry-driven isolation: every URL that names a person's object by UUID answers another
person with 404, for GET and POST, and leaves the object exactly as it was.

A new object URL fails `test_every_object_url_is_in_the_registry` until it is added below.
"""

import uuid

import pytest
from django.forms.models import model_to_dict
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.journal.factories import DraftFactory, EntryFactory
from tests.practices.factories import (
    ActivityFactory,
    BreathingSessionFactory,
    ExpectationCheckFactory,
    FulfillmentMapFactory,
    NotingPracticeFactory,
)
from tests.quiz.factories import AttemptFactory, CompletedAttemptFactory

# url name -> (factory, extra URL kwargs). Each factory makes an object owned by the owner.
REGISTRY = {
    "quiz:page": (AttemptFactory, {"number": 1}),
    "quiz:discard": (AttemptFactory, {}),
    "quiz:result": (CompletedAttemptFactory, {}),
    "quiz:delete": (CompletedAttemptFactory, {}),
    "journal:detail": (EntryFactory, {}),
    "journal:edit": (EntryFactory, {}),
    "journal:delete": (EntryFactory, {}),
    "journal:draft_save_edit": (EntryFactory, {}),
    "journal:draft_discard": (DraftFactory, {}),
    "practices:check_detail": (ExpectationCheckFactory, {}),
    "practices:check_edit": (ExpectationCheckFactory, {}),
    "practices:check_revisit": (ExpectationCheckFactory, {}),
    "practices:check_delete": (ExpectationCheckFactory, {}),
    "practices:map_detail": (FulfillmentMapFactory, {}),
    "practices:map_delete": (FulfillmentMapFactory, {}),
    "practices:activity_edit": (ActivityFactory, {}),
    "practices:activity_done": (ActivityFactory, {}),
    "practices:activity_delete": (ActivityFactory, {}),
    "practices:session_delete": (BreathingSessionFactory, {}),
    "practices:noting_delete": (NotingPracticeFactory, {}),
}


def object_url_names() -> set[str]:
    def walk(patterns, namespace=None):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                yield from walk(entry.url_patterns, entry.namespace or namespace)
            elif isinstance(entry, URLPattern) and "uuid" in entry.pattern.converters:
                yield f"{namespace}:{entry.name}" if namespace else entry.name

    return set(walk(get_resolver().url_patterns))


def test_every_object_url_is_in_the_registry():
    missing = object_url_names() - set(REGISTRY)
    assert missing == set(), f"Add these object URLs to the isolation registry: {missing}"


def snapshot(obj):
    fresh = type(obj)._base_manager.get(pk=obj.pk)
    return model_to_dict(fresh, exclude=["tags"])


POST_DATA = {"confirm": "yes", "body": "overwritten", "version": 1, "expectation": "x"}


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_another_person_gets_404_and_changes_nothing(name, owner, stranger_client):
    """GET and POST both answer 404 where the view takes that method. Where it does not (a
    POST-only delete, say), the 405 comes before any lookup and is exactly what a made-up UUID
    gets, so it tells nothing about the object either."""
    factory, extra = REGISTRY[name]
    obj = factory(user=owner)
    before = snapshot(obj)
    url = reverse(name, kwargs={"uuid": obj.uuid, **extra})
    made_up = reverse(name, kwargs={"uuid": uuid.uuid4(), **extra})
    for method in ("get", "post"):
        send = getattr(stranger_client, method)
        data = POST_DATA if method == "post" else None
        status = send(url, data).status_code
        assert status in (404, 405), f"{method.upper()} {name} answered {status}"
        assert status == send(made_up, data).status_code
    statuses = {
        stranger_client.get(url).status_code,
        stranger_client.post(url, POST_DATA).status_code,
    }
    assert 404 in statuses, f"{name} never looked the object up for the stranger"
    assert snapshot(obj) == before


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_the_owner_can_reach_their_own_object(name, owner, owner_client):
    """The other half of the proof: the 404 above is about the person, not a broken URL."""
    factory, extra = REGISTRY[name]
    obj = factory(user=owner)
    url = reverse(name, kwargs={"uuid": obj.uuid, **extra})
    response = owner_client.get(url)
    assert response.status_code in (200, 302, 405)
