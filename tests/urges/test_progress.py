"""Urges seen over time on the progress page, and the pure pieces behind it."""

from datetime import date, timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from practices.urges.models import seconds_left, side_of
from practices.urges.patterns import pattern_note
from practices.urges.selectors import UrgeBucket, urges_by_bucket
from progress.urges import arrange_urges, count_trend
from tests.html import page_text
from tests.urges.factories import AnsweredUrgeFactory, UrgeFactory

MONDAY = date(2026, 1, 5)


def bucket(start, urges=4, ridden=3, compared=4, calmer=3, before=28, after=12):
    return UrgeBucket(start, urges, urges, ridden, compared, calmer, before, after)


def weeks(n):
    return [MONDAY + timedelta(weeks=i) for i in range(n)]


def test_no_urges_draw_nothing():
    assert arrange_urges([], weeks(4), "week") is None


def test_urges_per_week_are_drawn_with_the_share_ridden_out_and_intensity():
    starts = weeks(4)
    progress = arrange_urges(
        [bucket(starts[0]), bucket(starts[2], urges=2, ridden=2)], starts, "week"
    )
    totals = progress.totals
    assert (totals.urges, totals.ridden_out, totals.ridden_share) == (6, 5, 83)
    assert totals.before == 7.0 and totals.after == 3.0
    assert progress.count_chart.title == "Urges by week"
    assert "6 urges paused in this range, 5 of them ridden out." in progress.count_chart.summary
    texts = [o.text for o in progress.observations]
    assert "Your urges were less intense after the pause in 6 of 8." in texts
    assert "You rode out 83% of the urges you said how they went (5 of 6)." in texts


def test_observations_need_enough_urges_and_never_claim_a_cause():
    starts = weeks(2)
    few = arrange_urges(
        [bucket(starts[0], urges=2, ridden=1, compared=2, calmer=1)], starts, "week"
    )
    assert few.observations == ()
    many = arrange_urges([bucket(s) for s in weeks(8)], weeks(8), "week")
    for o in many.observations:
        assert "because" not in o.text.lower() and "helps" not in o.text.lower()


def test_the_count_trend_says_fewer_when_the_latest_weeks_had_fewer():
    buckets = [bucket(s, urges=6 if i < 4 else 2) for i, s in enumerate(weeks(8))]
    found = count_trend(buckets, "week")
    assert found.text.startswith("You paused for fewer urges in your latest four weeks")
    assert "(8 against 24)" in found.text
    assert count_trend(buckets[:7], "week") is None


def test_the_pattern_note_connects_the_direction_to_the_quiz_lean_gently():
    assert side_of("text") == "towards" and side_of("cancel") == "away" and side_of("own") == ""
    assert pattern_note("towards", (5.2, 2.0)) == "towards_matches"
    assert pattern_note("towards", (2.0, 5.0)) == "towards"
    assert pattern_note("away", (2.0, 5.0)) == "away_matches"
    assert pattern_note("away", None) == "away"
    assert pattern_note("", (6.0, 6.0)) == ""


def test_seconds_left_counts_down_from_the_stored_start_and_stops_at_zero():
    start = timezone.now()
    assert seconds_left(start, 10, start) == 600
    assert seconds_left(start, 10, start + timedelta(minutes=4, seconds=30)) == 330
    assert seconds_left(start, 2, start + timedelta(hours=1)) == 0


def test_urges_by_bucket_is_one_query_summed_in_sql(owner, django_assert_num_queries):
    today = owner.local_today()
    for n in range(35):
        day = today - timedelta(days=n)
        AnsweredUrgeFactory(user=owner, started_on=day, intensity_before=8, intensity_after=3)
    UrgeFactory(user=owner, started_on=today)
    with django_assert_num_queries(1):
        buckets = urges_by_bucket(owner, unit="week", since=today - timedelta(days=60))
    assert sum(b.urges for b in buckets) == 36
    assert sum(b.answered for b in buckets) == 35
    assert sum(b.calmer for b in buckets) == 35
    assert sum(b.before_sum for b in buckets) == 8 * 35


def test_the_progress_page_shows_urges_and_keeps_its_query_count(owner, owner_client):
    from tests.journal.factories import EntryFactory

    EntryFactory(user=owner, mood=3)  # so the page is past its first-visit welcome
    with CaptureQueriesContext(connection) as empty:
        html = owner_client.get("/progress/?range=30d").content.decode()
    assert "No urges in this range" in page_text(html)
    today = owner.local_today()
    for n in range(35):
        AnsweredUrgeFactory(user=owner, started_on=today - timedelta(days=n % 25))
    with CaptureQueriesContext(connection) as full:
        html = owner_client.get("/progress/?range=30d").content.decode()
    text = page_text(html)
    assert "Urges by week" in text
    assert "Your urges were less intense after the pause in 35 of 35." in text
    assert len(full) == len(empty)


def test_someone_with_only_urges_sees_them_rather_than_the_welcome(owner, owner_client):
    AnsweredUrgeFactory(user=owner, started_on=owner.local_today())
    text = page_text(owner_client.get("/progress/?range=30d").content.decode())
    assert "Welcome. Let us begin gently." not in text
    assert "Urges by week" in text
