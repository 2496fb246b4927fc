"""Pure rules: the gentle care note, calendar geometry and the pagination cursor."""

from datetime import UTC, date, datetime, timedelta

from journal.calendars import (
    DaySummary,
    month_weeks,
    next_month,
    previous_month,
    year_rows,
)
from journal.care import should_offer_support
from journal.pagination import Cursor, decode_cursor, encode_cursor

TODAY = date(2026, 3, 31)


def test_three_lowest_moods_within_seven_days_offer_the_note():
    dates = [TODAY, TODAY - timedelta(days=3), TODAY - timedelta(days=6)]
    assert should_offer_support(dates, TODAY, None)


def test_two_lowest_moods_are_not_enough():
    assert not should_offer_support([TODAY, TODAY - timedelta(days=1)], TODAY, None)


def test_lowest_moods_older_than_seven_days_do_not_count():
    dates = [TODAY, TODAY - timedelta(days=2), TODAY - timedelta(days=7)]
    assert not should_offer_support(dates, TODAY, None)


def test_the_note_is_offered_at_most_once_a_day():
    dates = [TODAY] * 4
    assert not should_offer_support(dates, TODAY, TODAY)
    assert should_offer_support(dates, TODAY, TODAY - timedelta(days=1))


def test_month_weeks_start_on_monday_and_cover_the_month():
    weeks = month_weeks(date(2026, 3, 1), {date(2026, 3, 5): DaySummary(2, 3.5)}, TODAY)
    assert weeks[0][0].day == date(2026, 2, 23)
    assert weeks[0][0].day.weekday() == 0
    days = [cell for week in weeks for cell in week if cell.in_month]
    assert len(days) == 31
    fifth = next(cell for cell in days if cell.day == date(2026, 3, 5))
    assert fifth.summary.count == 2
    assert fifth.summary.mood_level == 4


def test_month_arithmetic_crosses_years():
    assert next_month(date(2026, 12, 1)) == date(2027, 1, 1)
    assert previous_month(date(2026, 1, 1)) == date(2025, 12, 1)


def test_a_year_has_twelve_rows_of_thirty_one_cells_with_gaps_after_short_months():
    rows = year_rows(2026, {}, TODAY)
    assert len(rows) == 12
    february = rows[1][1]
    assert len(february) == 31
    assert february[27] is not None
    assert february[28] is None


def test_a_cursor_survives_the_round_trip():
    cursor = Cursor(date(2026, 3, 1), datetime(2026, 3, 1, 12, 30, 5, 123456, tzinfo=UTC), 42)
    assert decode_cursor(encode_cursor(cursor)) == cursor


def test_a_malformed_cursor_means_the_first_page():
    for token in ("", "not base64!", "Zm9v", "MjAyNi0wMy0wMXxub3Rh", None, "x" * 500):
        assert decode_cursor(token) is None
