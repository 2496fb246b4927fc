"""One name per step, everywhere a person reads it, and one spelling of fulfilment."""

import re

import pytest

from detach.steps import STEPS
from progress.path.sessions import SESSIONS
from tests.html import page_text
from tests.journal.factories import EntryFactory
from tests.practices.factories import (
    ActivityFactory,
    BreathingSessionFactory,
    ExpectationCheckFactory,
    FulfillmentMapFactory,
)
from tests.quiz.factories import CompletedAttemptFactory

# Names the steps had before they had one each.
OLD_NAMES = re.compile(
    r"outside fulfil+ment|letting go of expectations|seek fulfil+ment|"
    r"understand your attachment style|fulfil+ment beyond one person|"
    r"loosen unrealistic expectations|come back to the present",
    re.IGNORECASE,
)
PAGES = [
    "/today/",
    "/path/",
    "/path/review/",
    *(f"/path/{session.slug}/" for session in SESSIONS),
    "/practices/",
    "/practices/attachment/",
    "/practices/fulfillment/",
    "/practices/expectations/",
    "/practices/mindfulness/",
    "/quiz/",
    "/journal/",
    "/progress/?range=all",
]


@pytest.fixture
def history(owner):
    CompletedAttemptFactory(user=owner, anxiety=6, avoidance=2)
    EntryFactory(user=owner, mood=3)
    FulfillmentMapFactory(user=owner)
    ActivityFactory(user=owner)
    ExpectationCheckFactory(user=owner)
    BreathingSessionFactory(user=owner)


@pytest.mark.parametrize("path", PAGES)
def test_each_page_names_the_steps_one_way_and_spells_fulfilment_one_way(
    path, owner_client, history
):
    text = page_text(owner_client.get(path))
    assert re.findall(r".{40}fulfillment.{20}", text, re.IGNORECASE) == []
    assert not OLD_NAMES.search(text)


def test_the_landing_page_and_the_practices_name_each_step_by_its_one_name(client, owner_client):
    landing = page_text(client.get("/"))
    practices = page_text(owner_client.get("/practices/"))
    for step in STEPS:
        assert step.name in landing
    for step in STEPS[1:]:
        assert step.name in practices


def test_the_result_page_suggests_steps_by_their_names(owner, owner_client):
    attempt = CompletedAttemptFactory(user=owner, anxiety=6, avoidance=6)
    text = page_text(owner_client.get(attempt.get_absolute_url()))
    assert "fulfillment" not in text.lower()
    assert not OLD_NAMES.search(text)
