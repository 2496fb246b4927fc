"""The journal read the progress page makes: entries and moods tallied by day or by month, in
one query, for its mood chart and its calendar."""

from datetime import date

import pytest

from journal import selectors
from journal.selectors import Tally
from tests.journal.factories import EntryFactory

pytestmark = pytest.mark.django_db


def test_tallies_by_day_count_entries_and_sum_the_moods_given(owner, stranger):
    EntryFactory(user=owner, entry_date=date(2026, 11, 23), mood=2)
    EntryFactory(user=owner, entry_date=date(2026, 11, 23), mood=5)
    EntryFactory(user=owner, entry_date=date(2026, 11, 23), mood=None)  # counted, no mood
    EntryFactory(user=owner, entry_date=date(2026, 11, 30), mood=4)
    EntryFactory(user=stranger, entry_date=date(2026, 11, 24), mood=1)
    assert selectors.tallies(owner, by="day", until=date(2026, 11, 30)) == {
        date(2026, 11, 23): Tally(entries=3, days=1, moods=2, mood_total=7),
        date(2026, 11, 30): Tally(entries=1, days=1, moods=1, mood_total=4),
    }


def test_tallies_keep_to_their_days(owner):
    for day in (1, 3, 3, 9):
        EntryFactory(user=owner, entry_date=date(2026, 11, day), mood=None)
    tallies = selectors.tallies(owner, by="day", since=date(2026, 11, 2), until=date(2026, 11, 8))
    assert tallies == {date(2026, 11, 3): Tally(entries=2, days=1, moods=0, mood_total=0)}


def test_tallies_by_month_count_the_days_written_on(owner):
    EntryFactory(user=owner, entry_date=date(2026, 1, 31), mood=1)
    EntryFactory(user=owner, entry_date=date(2026, 3, 1), mood=3)
    EntryFactory(user=owner, entry_date=date(2026, 3, 1), mood=None)
    EntryFactory(user=owner, entry_date=date(2026, 3, 20), mood=5)
    tallies = selectors.tallies(owner, by="month", until=date(2026, 11, 30))
    assert tallies == {
        date(2026, 1, 1): Tally(entries=1, days=1, moods=1, mood_total=1),
        date(2026, 3, 1): Tally(entries=3, days=2, moods=2, mood_total=8),
    }
    assert all(type(month) is date for month in tallies)


def test_tallies_by_anything_else_are_refused(owner):
    with pytest.raises(ValueError, match="week"):
        selectors.tallies(owner, by="week", until=date(2026, 11, 30))
