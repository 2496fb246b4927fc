from datetime import date, timedelta

import pytest

from practices.streaks import Streak, streak_from_dates, streak_message

TODAY = date(2026, 11, 27)


def days_ago(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=n) for n in offsets]


def test_no_practice_means_no_streak():
    streak = streak_from_dates([], today=TODAY)
    assert streak == Streak(0, 0, None, None, False)


def test_consecutive_days_up_to_today_count_each_day():
    streak = streak_from_dates(days_ago(0, 1, 2, 3), today=TODAY)
    assert streak.current == 4
    assert streak.practiced_today
    assert streak.started_on == TODAY - timedelta(days=3)


def test_one_rest_day_between_practice_days_keeps_the_streak():
    streak = streak_from_dates(days_ago(0, 2, 4, 5), today=TODAY)
    assert streak.current == 4


def test_two_rest_days_in_a_row_start_a_new_stretch():
    streak = streak_from_dates(days_ago(0, 3, 4, 5), today=TODAY)
    assert streak.current == 1
    assert streak.longest == 3


def test_a_rest_day_yesterday_still_leaves_today_open():
    streak = streak_from_dates(days_ago(2, 3), today=TODAY)
    assert streak.current == 2
    assert not streak.practiced_today


def test_the_stretch_ends_after_more_than_one_missed_day():
    streak = streak_from_dates(days_ago(3, 4, 5), today=TODAY)
    assert streak.current == 0
    assert streak.longest == 3
    assert streak.started_on is None


def test_several_practices_on_one_day_count_once():
    streak = streak_from_dates([TODAY, TODAY, TODAY], today=TODAY)
    assert streak.current == 1


def test_days_after_today_are_ignored():
    streak = streak_from_dates([TODAY + timedelta(days=1), TODAY], today=TODAY)
    assert streak.current == 1
    assert streak.last_practiced_on == TODAY


def test_the_grace_can_be_turned_off():
    assert streak_from_dates(days_ago(0, 2), today=TODAY, grace_days=0).current == 1
    assert streak_from_dates(days_ago(0, 1), today=TODAY, grace_days=0).current == 2


def test_the_longest_stretch_is_remembered():
    dates = days_ago(0, 1) + days_ago(*range(10, 20))
    streak = streak_from_dates(dates, today=TODAY)
    assert (streak.current, streak.longest) == (2, 10)


SHAMING = (
    "broke",
    "broken",
    "lost",
    "fail",
    "missed",
    "miss ",
    "lazy",
    "behind",
    "don't break",
    "should have",
    "again?",
    "only ",
)


@pytest.mark.parametrize(
    "dates",
    [[], days_ago(0), days_ago(0, 1, 2), days_ago(1, 2), days_ago(5, 6, 7), days_ago(2)],
)
def test_streak_messages_never_use_shaming_words(dates):
    message = streak_message(streak_from_dates(dates, today=TODAY)).lower()
    assert message
    for word in SHAMING:
        assert word not in message


def test_a_message_counts_the_days_of_the_stretch():
    assert "3 days" in streak_message(streak_from_dates(days_ago(0, 1, 2), today=TODAY))
    assert "2 days" in streak_message(streak_from_dates(days_ago(1, 2), today=TODAY))
