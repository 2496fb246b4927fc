"""The month and the year views, and the selectors progress reads."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from journal.selectors import day_summaries
from tests.html import page_text
from tests.journal.factories import EntryFactory

pytestmark = pytest.mark.django_db


def test_the_month_shows_entry_days_with_mood_words_and_links(owner, owner_client):
    day = date(2026, 3, 5)
    EntryFactory(user=owner, entry_date=day, mood=2)
    EntryFactory(user=owner, entry_date=day, mood=5)
    page = owner_client.get(reverse("journal:calendar") + "?month=2026-03").content.decode()
    assert "March 2026" in page
    assert "2 entries on 1 day this month" in page
    assert "?start=2026-03-05&amp;end=2026-03-05" in page
    assert "mean mood 3.5 of 5" in page
    assert "mood-bg-4" in page  # 3.5 rounds to 4


def test_a_bad_month_falls_back_to_this_month(owner, owner_client):
    response = owner_client.get(reverse("journal:calendar") + "?month=nope", follow=True)
    assert owner.local_today().strftime("%B %Y") in response.content.decode()


def test_the_year_colours_each_day_by_mood_with_the_number_too(owner, owner_client):
    EntryFactory(user=owner, entry_date=date(2025, 7, 14), mood=1)
    EntryFactory(user=owner, entry_date=date(2025, 7, 15))
    page = owner_client.get(reverse("journal:year") + "?year=2025").content.decode()
    assert "You wrote on 2 days in 2025" in page
    assert 'class="year-cell mood-bg-1' in page
    assert "14 July: 1 entry, mood 1 of 5" in page
    assert 'class="year-cell mood-bg-none' in page


def test_day_summaries_count_the_persons_own_entries_and_mean_moods_in_the_range(owner, stranger):
    start = date(2026, 1, 1)
    EntryFactory(user=owner, entry_date=start, mood=2)
    EntryFactory(user=owner, entry_date=start, mood=4)
    EntryFactory(user=owner, entry_date=start + timedelta(days=3))
    EntryFactory(user=owner, entry_date=start + timedelta(days=40))
    EntryFactory(user=stranger, entry_date=start + timedelta(days=1), mood=5)
    summaries = day_summaries(owner, start, start + timedelta(days=10))
    assert set(summaries) == {start, start + timedelta(days=3)}
    assert (summaries[start].count, summaries[start].mood) == (2, 3.0)
    assert (
        summaries[start + timedelta(days=3)].count,
        summaries[start + timedelta(days=3)].mood,
    ) == (1, None)


def test_the_month_links_to_the_months_either_side_by_name(owner, owner_client):
    page = owner_client.get(reverse("journal:calendar") + "?month=2026-01").content.decode()
    assert 'href="?month=2025-12" rel="prev">' in page
    assert 'href="?month=2026-02" rel="next">' in page
    text = page_text(page)
    assert "January 2026" in text and "December" in text and "February" in text


def test_the_calendars_lead_back_in_time_but_not_into_months_or_years_to_come(owner, owner_client):
    today = owner.local_today()
    month = owner_client.get(reverse("journal:calendar")).content.decode()
    year = owner_client.get(reverse("journal:year")).content.decode()
    assert 'rel="prev"' in month and 'rel="next"' not in month
    assert 'rel="prev"' in year and 'rel="next"' not in year
    last_year = owner_client.get(reverse("journal:year") + f"?year={today.year - 1}")
    assert f'href="?year={today.year}" rel="next">' in last_year.content.decode()


def test_the_year_names_each_month_and_links_to_it(owner, owner_client):
    page = owner_client.get(reverse("journal:year") + "?year=2025").content.decode()
    calendar = reverse("journal:calendar")
    assert f'<a href="{calendar}?month=2025-07"><abbr title="July">Jul</abbr></a>' in page
    assert f'<a href="{calendar}?month=2025-12"><abbr title="December">Dec</abbr></a>' in page
