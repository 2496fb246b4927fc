from datetime import date, timedelta

import pytest

from practices import selectors
from practices.export import export_files
from practices.models import Module
from tests.practices.factories import (
    ActivityFactory,
    BreathingSessionFactory,
    ExpectationCheckFactory,
    FulfillmentMapFactory,
    NotingPracticeFactory,
)

pytestmark = pytest.mark.django_db

MONDAY = date(2026, 11, 23)


@pytest.fixture
def practice(owner, stranger):
    BreathingSessionFactory(user=owner, practiced_on=MONDAY, duration_seconds=300)
    BreathingSessionFactory(user=owner, practiced_on=MONDAY, duration_seconds=120)
    BreathingSessionFactory(
        user=owner, practiced_on=MONDAY + timedelta(days=7), duration_seconds=60
    )
    NotingPracticeFactory(user=owner, practiced_on=MONDAY + timedelta(days=1))
    ExpectationCheckFactory(user=owner, practiced_on=MONDAY + timedelta(days=2))
    ActivityFactory(
        user=owner,
        planned_for=MONDAY,
        done_on=MONDAY + timedelta(days=3),
        enjoyment=6,
        duration_seconds=1800,
    )
    ActivityFactory(user=owner, planned_for=MONDAY)  # planned, not done: not a practice yet
    FulfillmentMapFactory(user=owner, taken_on=MONDAY + timedelta(days=4))
    BreathingSessionFactory(user=stranger, practiced_on=MONDAY, duration_seconds=999)


def test_practice_by_day_sums_sessions_and_seconds_per_kind(owner, practice):
    days = selectors.practice_by_day(owner)
    first = days[0]
    assert (first.day, first.module, first.kind, first.sessions, first.seconds) == (
        MONDAY,
        Module.MINDFULNESS,
        "breathing",
        2,
        420,
    )
    kinds = {(d.day - MONDAY).days: d.kind for d in days}
    assert kinds == {
        0: "breathing",
        1: "noting",
        2: "expectation_check",
        3: "activity",
        4: "fulfillment_map",
        7: "breathing",
    }


def test_practice_by_day_can_be_limited_to_a_range(owner, practice):
    days = selectors.practice_by_day(
        owner, since=MONDAY + timedelta(days=1), until=MONDAY + timedelta(days=3)
    )
    assert [d.kind for d in days] == ["noting", "expectation_check", "activity"]


def test_practice_by_bucket_groups_by_monday_and_module(owner, practice):
    weeks = {
        (w.start, w.module): (w.sessions, w.seconds)
        for w in selectors.practice_by_bucket(owner, unit="week")
    }
    assert weeks == {
        (MONDAY, Module.EXPECTATIONS): (1, 0),
        (MONDAY, Module.FULFILLMENT): (2, 1800),
        (MONDAY, Module.MINDFULNESS): (3, 420),
        (MONDAY + timedelta(days=7), Module.MINDFULNESS): (1, 60),
    }


def test_practice_dates_are_the_days_with_any_practice(owner, practice):
    assert selectors.practice_dates(owner) == {
        MONDAY + timedelta(days=n) for n in (0, 1, 2, 3, 4, 7)
    }
    assert selectors.practice_dates(owner, since=MONDAY + timedelta(days=4)) == {
        MONDAY + timedelta(days=4),
        MONDAY + timedelta(days=7),
    }


def test_module_summaries_count_recent_practice(owner, practice):
    today = MONDAY + timedelta(days=7)
    summaries = selectors.module_summaries(owner, today=today, days=7)
    mindfulness = summaries[Module.MINDFULNESS]
    assert mindfulness.last_practiced_on == today
    assert (mindfulness.recent_sessions, mindfulness.recent_seconds) == (2, 60)
    assert mindfulness.total_sessions == 4
    assert summaries[Module.FULFILLMENT].recent_minutes == 30


def test_the_streak_is_none_unless_the_person_turned_it_on(owner, practice):
    assert selectors.streak_for(owner) is None
    owner.streaks_enabled = True
    assert selectors.streak_for(owner).longest == 5


def test_breathing_sessions_keep_calm_before_and_after_in_order(owner, practice):
    sessions = list(selectors.breathing_sessions(owner))
    assert len(sessions) == 3
    assert sessions[0].practiced_on <= sessions[-1].practiced_on
    assert (sessions[0].calm_before, sessions[0].calm_after) == (3, 6)


def test_fulfillment_maps_give_each_area_then_and_now(owner):
    FulfillmentMapFactory(user=owner, taken_on=MONDAY, ratings={"friends": (9, 2)})
    FulfillmentMapFactory(user=owner, taken_on=MONDAY + timedelta(30), ratings={"friends": (9, 6)})
    maps = selectors.fulfillment_maps(owner)
    assert [m.as_dict()["friends"] for m in maps] == [(9, 2), (9, 6)]


def test_the_export_adds_readable_csvs_including_the_map_ratings(owner, practice):
    files = export_files(owner)
    assert set(files) == {
        "practices/fulfilment_maps.csv",
        "practices/breathing_sessions.csv",
        "practices/practice_by_day.csv",
        "practices/pattern_notices.csv",
    }
    assert files["practices/fulfilment_maps.csv"].count("\n") == 11  # header + 10 areas
    assert "2026-11-23,box,4-4-4-4,300,3,6" in files["practices/breathing_sessions.csv"]
    assert "999" not in files["practices/breathing_sessions.csv"]  # not the stranger's
