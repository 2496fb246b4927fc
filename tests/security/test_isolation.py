"""Registry-driven isolation: every URL that names a person's object by UUID answers another
person with 404, for GET and POST, and leaves the object exactly as it was.

A new object URL fails `test_every_object_url_is_in_the_registry` until it is added below.
"""

import uuid

import pytest
from django.forms.models import model_to_dict
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.dearman.factories import ClearRequestFactory
from tests.journal.factories import DraftFactory, EntryFactory
from tests.letters.factories import LetterFactory
from tests.lines.factories import LineFactory
from tests.people.factories import PersonFactory
from tests.practices.factories import (
    ActivityFactory,
    BreathingSessionFactory,
    ExpectationCheckFactory,
    FulfillmentMapFactory,
    NotingPracticeFactory,
    PatternNoticeFactory,
)
from tests.quiz.factories import AttemptFactory, CompletedAttemptFactory
from tests.urges.factories import UrgeFactory

# url name -> (factory, extra URL kwargs, the methods the view takes). Each factory makes an object
# owned by the owner. The methods are checked against the views below, so they cannot drift.
# Owned models without an object URL have no entry: the path's state (progress.PathState) is one
# row per person, and its pages (path:*) name sessions by slug, never the row.
BOTH, POST_ONLY, GET_ONLY = ("get", "post"), ("post",), ("get",)
REGISTRY = {
    "quiz:page": (AttemptFactory, {"number": 1}, BOTH),
    "quiz:discard": (AttemptFactory, {}, POST_ONLY),
    "quiz:result": (CompletedAttemptFactory, {}, GET_ONLY),
    "quiz:delete": (CompletedAttemptFactory, {}, BOTH),
    "journal:detail": (EntryFactory, {}, GET_ONLY),
    "journal:edit": (EntryFactory, {}, BOTH),
    "journal:delete": (EntryFactory, {}, BOTH),
    "journal:draft_save_edit": (EntryFactory, {}, POST_ONLY),
    "journal:draft_discard": (DraftFactory, {}, POST_ONLY),
    "practices:check_detail": (ExpectationCheckFactory, {}, BOTH),
    "practices:check_edit": (ExpectationCheckFactory, {}, BOTH),
    "practices:check_revisit": (ExpectationCheckFactory, {}, BOTH),
    "practices:check_delete": (ExpectationCheckFactory, {}, BOTH),
    "practices:map_detail": (FulfillmentMapFactory, {}, GET_ONLY),
    "practices:map_delete": (FulfillmentMapFactory, {}, BOTH),
    "practices:activity_edit": (ActivityFactory, {}, BOTH),
    "practices:activity_done": (ActivityFactory, {}, BOTH),
    "practices:activity_delete": (ActivityFactory, {}, BOTH),
    "practices:session_delete": (BreathingSessionFactory, {}, BOTH),
    "practices:noting_delete": (NotingPracticeFactory, {}, BOTH),
    "practices:notice_detail": (PatternNoticeFactory, {}, BOTH),
    "practices:notice_delete": (PatternNoticeFactory, {}, BOTH),
    "people:detail": (PersonFactory, {}, GET_ONLY),
    "people:edit": (PersonFactory, {}, BOTH),
    "people:delete": (PersonFactory, {}, BOTH),
    "urges:detail": (UrgeFactory, {}, BOTH),
    "urges:delete": (UrgeFactory, {}, BOTH),
    "letters:detail": (LetterFactory, {}, GET_ONLY),
    "letters:edit": (LetterFactory, {}, BOTH),
    "letters:delete": (LetterFactory, {}, BOTH),
    "letters:answer": (LetterFactory, {}, POST_ONLY),
    "lines:detail": (LineFactory, {}, GET_ONLY),
    "lines:edit": (LineFactory, {}, BOTH),
    "lines:retire": (LineFactory, {}, POST_ONLY),
    "lines:delete": (LineFactory, {}, BOTH),
    "dearman:detail": (ClearRequestFactory, {}, GET_ONLY),
    "dearman:rehearse": (ClearRequestFactory, {}, GET_ONLY),
    "dearman:edit": (ClearRequestFactory, {}, BOTH),
    "dearman:delete": (ClearRequestFactory, {}, BOTH),
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


def send(client, method, url):
    return getattr(client, method)(url, POST_DATA if method == "post" else None)


@pytest.mark.parametrize(
    ("name", "method"), [(name, m) for name in sorted(REGISTRY) for m in REGISTRY[name][2]]
)
def test_another_person_gets_404_and_changes_nothing(name, method, owner, stranger_client):
    """Every method the view takes is tried (a POST-only view with a POST: a GET would stop at
    405 before any lookup and prove nothing). The stranger gets exactly what a made-up UUID
    gets, a 404, and the object is left as it was."""
    factory, extra, _methods = REGISTRY[name]
    obj = factory(user=owner)
    before = snapshot(obj)
    url = reverse(name, kwargs={"uuid": obj.uuid, **extra})
    made_up = reverse(name, kwargs={"uuid": uuid.uuid4(), **extra})
    assert send(stranger_client, method, url).status_code == 404
    assert send(stranger_client, method, made_up).status_code == 404
    assert snapshot(obj) == before


@pytest.mark.parametrize(
    ("name", "method"), [(name, m) for name in sorted(REGISTRY) for m in REGISTRY[name][2]]
)
def test_the_owner_can_reach_their_own_object(name, method, owner, owner_client):
    """The other half of the proof: the 404 above is about the person, not a broken URL."""
    factory, extra, _methods = REGISTRY[name]
    obj = factory(user=owner)
    url = reverse(name, kwargs={"uuid": obj.uuid, **extra})
    status = send(owner_client, method, url).status_code
    assert status != 404 and status < 500, f"{method.upper()} {name} answered its owner {status}"


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_the_registry_names_exactly_the_methods_each_view_takes(name, owner, owner_client):
    factory, extra, methods = REGISTRY[name]
    obj = factory(user=owner)
    url = reverse(name, kwargs={"uuid": obj.uuid, **extra})
    for method in {"get", "post"} - set(methods):
        assert send(owner_client, method, url).status_code == 405, f"{name} takes {method}"
