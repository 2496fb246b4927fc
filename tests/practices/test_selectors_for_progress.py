"""The practice reads the progress page makes: sums by week, month or quarter (one query), and
the first and latest fulfilment map of a range."""

from datetime import date, timedelta

import pytest

from practices import selectors
from practices.models import Module
from tests.practices.factories import (
    ActivityFactory,
    BreathingSessionFactory,
    FulfillmentMapFactory,
    NotingPracticeFactory,
)

pytestmark = pytest.mark.django_db


def test_practice_by_bucket_sums_months_and_quarters_in_order(owner, stranger):
    BreathingSessionFactory(user=owner, practiced_on=date(2026, 1, 31), duration_seconds=300)
    NotingPracticeFactory(user=owner, practiced_on=date(2026, 2, 1))
    BreathingSessionFactory(user=owner, practiced_on=date(2026, 4, 1), duration_seconds=60)
    ActivityFactory(
        user=owner, planned_for=date(2026, 3, 2), done_on=date(2026, 3, 3), duration_seconds=600
    )
    BreathingSessionFactory(user=stranger, practiced_on=date(2026, 1, 5), duration_seconds=999)

    months = [
        (b.start, b.module, b.sessions, b.seconds)
        for b in selectors.practice_by_bucket(owner, unit="month")
    ]
    assert months == [
        (date(2026, 1, 1), Module.MINDFULNESS, 1, 300),
        (date(2026, 2, 1), Module.MINDFULNESS, 1, 0),
        (date(2026, 3, 1), Module.FULFILLMENT, 1, 600),
        (date(2026, 4, 1), Module.MINDFULNESS, 1, 60),
    ]
    quarters = selectors.practice_by_bucket(owner, unit="quarter", since=date(2026, 2, 1))
    assert [(b.start, b.module, b.sessions, b.minutes) for b in quarters] == [
        (date(2026, 1, 1), Module.FULFILLMENT, 1, 10.0),
        (date(2026, 1, 1), Module.MINDFULNESS, 1, 0.0),
        (date(2026, 4, 1), Module.MINDFULNESS, 1, 1.0),
    ]


def test_practice_by_bucket_is_one_query_whatever_the_history(owner, django_assert_num_queries):
    for days in range(0, 400, 3):
        BreathingSessionFactory(user=owner, practiced_on=date(2025, 1, 1) + timedelta(days))
    # One UNION ALL over the five kinds of practice.
    with django_assert_num_queries(1):
        assert selectors.practice_by_bucket(owner, unit="week")


def test_then_and_now_compares_the_first_and_latest_map_of_the_range(owner, stranger):
    FulfillmentMapFactory(user=owner, taken_on=date(2026, 1, 5), ratings={"friends": (9, 2)})
    FulfillmentMapFactory(user=owner, taken_on=date(2026, 3, 5), ratings={"friends": (9, 4)})
    FulfillmentMapFactory(user=owner, taken_on=date(2026, 6, 5), ratings={"friends": (9, 7)})
    FulfillmentMapFactory(user=stranger, taken_on=date(2026, 7, 1), ratings={"friends": (9, 1)})

    everything = selectors.fulfilment_then_and_now(owner)
    assert (everything.then["friends"], everything.now["friends"]) == (2, 7)
    assert (everything.then_on, everything.now_on) == (date(2026, 1, 5), date(2026, 6, 5))
    lately = selectors.fulfilment_then_and_now(owner, since=date(2026, 2, 1))
    assert (lately.then["friends"], lately.then_on) == (4, date(2026, 3, 5))


def test_then_and_now_is_empty_without_a_map(owner):
    nothing = selectors.fulfilment_then_and_now(owner)
    assert (nothing.then, nothing.now, nothing.then_on, nothing.now_on) == ({}, {}, None, None)
