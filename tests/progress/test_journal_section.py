"""Mood and the journal calendar on the progress page, from one query's tallies by day or by
month (progress/journal.py): pure, no database."""

from datetime import date

from journal.selectors import Tally
from progress import journal

TODAY = date(2026, 11, 27)


def tally(entries: int, moods: int = 0, mood_total: int = 0, days: int = 1) -> Tally:
    return Tally(entries=entries, days=days, moods=moods, mood_total=mood_total)


def test_days_are_averaged_into_weeks_from_the_range_start_leaving_out_days_without_a_mood():
    days = {
        date(2026, 11, 15): tally(1, 1, 1),  # before the range: left out
        date(2026, 11, 16): tally(2, 2, 5),
        date(2026, 11, 22): tally(1, 1, 4),
        date(2026, 11, 23): tally(3, 0, 0),  # entries, but no mood: no point for that week
    }
    moods = journal.moods_by_bucket(days, "week", since=date(2026, 11, 16))
    assert moods == {date(2026, 11, 16): (3.0, 3)}


def test_months_are_summed_into_quarters_weighting_each_mood_once():
    months = {
        date(2026, 1, 1): tally(1, 1, 1, days=1),
        date(2026, 3, 1): tally(5, 3, 9, days=4),
        date(2026, 4, 1): tally(2, 1, 5, days=2),
    }
    assert journal.moods_by_bucket(months, "quarter") == {
        date(2026, 1, 1): (2.5, 4),
        date(2026, 4, 1): (5.0, 1),
    }
    assert list(journal.moods_by_bucket(months, "month")) == list(months)


def test_the_calendar_of_months_counts_days_written_from_days_or_from_months():
    days = {date(2026, 3, 1): tally(2), date(2026, 3, 20): tally(1), date(2026, 4, 2): tally(1)}
    assert journal.entries_by_month(days) == {date(2026, 3, 1): (2, 3), date(2026, 4, 1): (1, 1)}
    months = {date(2026, 3, 1): tally(3, days=2)}
    assert journal.entries_by_month(months) == {date(2026, 3, 1): (2, 3)}


def test_the_calendar_of_days_starts_where_it_is_drawn():
    days = {date(2026, 10, 31): tally(1), date(2026, 11, 1): tally(2)}
    assert journal.entries_by_day(days, date(2026, 11, 1)) == {date(2026, 11, 1): 2}


def test_only_a_long_history_over_all_time_is_tallied_by_month():
    assert journal.calendar_by_month(None, date(2021, 11, 1), TODAY)
    assert not journal.calendar_by_month(None, date(2026, 6, 1), TODAY)
    assert not journal.calendar_by_month(date(2025, 11, 28), date(2021, 11, 1), TODAY)
    assert journal.tally_by("quarter", True) == "month"
    # A year or so over "all": weeks for the mood, months for the calendar, both from days.
    assert journal.tally_by("week", True) == "day"
    assert journal.tally_by("week", False) == "day"


def test_a_range_is_tallied_from_its_start_or_from_the_first_of_the_calendars_month():
    thirty_days = date(2026, 10, 29)
    assert journal.tally_since(thirty_days, TODAY) == date(2026, 10, 1)
    a_year = date(2025, 11, 28)  # the calendar shows the last twelve months only
    assert journal.tally_since(a_year, TODAY) == a_year
    assert journal.tally_since(None, TODAY) is None
