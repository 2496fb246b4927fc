from datetime import UTC, date, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone as django_tz

from tests.practices.factories import (
    BreathingSessionFactory,
    ExpectationCheckFactory,
    a_year_of_history,
)
from tests.quiz.factories import CompletedAttemptFactory

pytestmark = pytest.mark.django_db


def test_the_modules_come_in_the_seeds_order_with_step_one_first(owner_client):
    html = owner_client.get(reverse("practices:index")).content.decode()
    order = [
        html.index('href="/practices/attachment/"', html.index("<main")),
        html.index('href="/practices/fulfillment/"'),
        html.index('href="/practices/expectations/"'),
        html.index('href="/practices/mindfulness/"'),
    ]
    assert order == sorted(order)
    for promise in (
        "Map what feeds you",
        "Turn the “they should always” rules",
        "Slow your breath",
    ):
        assert promise in html


def test_a_newcomer_sees_gentle_invitations_rather_than_numbers(owner_client):
    html = owner_client.get(reverse("practices:index")).content.decode()
    assert "Not taken yet" in html
    assert html.count("Not started yet. Whenever you are ready.") == 3


def test_each_module_shows_my_recent_activity(owner_client, owner):
    today = owner.local_today()
    BreathingSessionFactory(user=owner, practiced_on=today, duration_seconds=600)
    BreathingSessionFactory(
        user=owner, practiced_on=today - timedelta(days=3), duration_seconds=300
    )
    BreathingSessionFactory(user=owner, practiced_on=today - timedelta(days=40))
    ExpectationCheckFactory(user=owner, practiced_on=today - timedelta(days=2))
    html = owner_client.get(reverse("practices:index")).content.decode()
    assert "Last practised today. 2 times in the last 30 days, 15 minutes." in " ".join(
        html.split()
    )
    assert "1 time in the last 30 days" in html
    assert html.count("Not started yet") == 1  # fulfilment only


def test_the_quiz_step_shows_my_latest_result(owner_client, owner):
    CompletedAttemptFactory(user=owner, anxiety=6, avoidance=2)
    html = " ".join(owner_client.get(reverse("practices:index")).content.decode().split())
    assert "Taken 1 time" in html
    assert "Anxiety 6.0, avoidance 2.0" in html


def test_streaks_are_hidden_unless_turned_on(owner_client, owner):
    BreathingSessionFactory(user=owner, practiced_on=owner.local_today())
    assert (
        "Your practice stretch" not in owner_client.get(reverse("practices:index")).content.decode()
    )
    owner.streaks_enabled = True
    owner.save()
    html = owner_client.get(reverse("practices:index")).content.decode()
    assert "Your practice stretch" in html
    assert "You practised today" in html


def test_the_streak_counts_days_in_my_own_time_zone(owner_client, owner, monkeypatch):
    # 20:00 in UTC is already 10:00 the next morning on Kiritimati (UTC+14).
    now = datetime(2026, 11, 27, 20, 0, tzinfo=UTC)
    monkeypatch.setattr(django_tz, "now", lambda: now)
    owner.timezone = "Pacific/Kiritimati"
    owner.streaks_enabled = True
    owner.save()
    assert owner.local_today() == date(2026, 11, 28)
    for day in (26, 27, 28):
        BreathingSessionFactory(user=owner, practiced_on=date(2026, 11, day))
    html = owner_client.get(reverse("practices:index")).content.decode()
    assert "You have practised on 3 days in this stretch, today included." in html


def test_the_overview_with_a_year_of_history_stays_within_its_query_budget(
    owner_client, owner, django_assert_max_num_queries
):
    owner.streaks_enabled = True
    owner.save()
    a_year_of_history(owner, today=owner.local_today())
    CompletedAttemptFactory(user=owner)
    # session, user, the quiz step (latest result with the count of all), the module
    # summaries (one UNION ALL of five aggregates), streak dates (UNION)
    with django_assert_max_num_queries(5):
        response = owner_client.get(reverse("practices:index"))
    assert "Your practice stretch" in response.content.decode()
