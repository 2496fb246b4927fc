"""The journal reads the progress page makes: mood by week, month or quarter, and entries per
day for its calendar."""

from datetime import date

import pytest

from journal import selectors
from tests.journal.factories import EntryFactory

pytestmark = pytest.mark.django_db


def test_mood_by_bucket_averages_each_week_from_its_monday(owner, stranger):
    EntryFactory(user=owner, entry_date=date(2026, 11, 23), mood=2)
    EntryFactory(user=owner, entry_date=date(2026, 11, 29), mood=5)
    EntryFactory(user=owner, entry_date=date(2026, 11, 30), mood=4)
    EntryFactory(user=owner, entry_date=date(2026, 11, 30), mood=None)  # no mood: not counted
    EntryFactory(user=stranger, entry_date=date(2026, 11, 24), mood=1)
    assert selectors.mood_by_bucket(owner, unit="week") == {
        date(2026, 11, 23): (3.5, 2),
        date(2026, 11, 30): (4.0, 1),
    }
    assert selectors.mood_by_bucket(owner, unit="week", since=date(2026, 11, 30)) == {
        date(2026, 11, 30): (4.0, 1)
    }


def test_mood_by_bucket_sums_months_and_quarters(owner):
    EntryFactory(user=owner, entry_date=date(2026, 1, 31), mood=1)
    EntryFactory(user=owner, entry_date=date(2026, 3, 1), mood=3)
    EntryFactory(user=owner, entry_date=date(2026, 4, 1), mood=5)
    months = selectors.mood_by_bucket(owner, unit="month")
    assert list(months) == [date(2026, 1, 1), date(2026, 3, 1), date(2026, 4, 1)]
    assert selectors.mood_by_bucket(owner, unit="quarter") == {
        date(2026, 1, 1): (2.0, 2),
        date(2026, 4, 1): (5.0, 1),
    }
    assert all(type(day) is date for day in months)


def test_entry_counts_by_day_count_every_entry_in_the_range(owner, stranger):
    for day in (1, 3, 3, 3, 9):
        EntryFactory(user=owner, entry_date=date(2026, 11, day))
    EntryFactory(user=stranger, entry_date=date(2026, 11, 3))
    counts = selectors.entry_counts_by_day(owner, date(2026, 11, 2), date(2026, 11, 8))
    assert counts == {date(2026, 11, 3): 3}
