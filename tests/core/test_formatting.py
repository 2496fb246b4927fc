"""The one way Detach writes dates, times and shortened text."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import timezone

from detach import formatting

FRIDAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("long_date", "Friday 27 November 2026"),
        ("weekday_date", "Friday 27 November"),
        ("weekday", "Friday"),
        ("full_date", "27 November 2026"),
        ("short_date", "27 Nov 2026"),
        ("day_month", "27 November"),
        ("short_day_month", "27 Nov"),
        ("month_year", "November 2026"),
        ("short_month_year", "Nov ’26"),
        ("short_day_month_year", "27 Nov ’26"),
        ("short_quarter_year", "Oct–Dec ’26"),
        ("iso_date", "2026-11-27"),
        ("month_name", "November"),
        ("short_month", "Nov"),
        ("iso_month", "2026-11"),
    ],
)
def test_each_date_format_writes_the_day_as_django_would(name, expected):
    assert getattr(formatting, name)(FRIDAY) == expected


def test_the_date_formats_agree_with_djangos_date_filter_every_day_of_a_year():
    template = Template(
        '{{ d|date:"l j F Y" }}|{{ d|date:"j M Y" }}|{{ d|date:"F Y" }}|{{ d|date:"l" }}'
    )
    day = date(2025, 12, 25)
    for _ in range(400):
        day = day.fromordinal(day.toordinal() + 1)
        ours = "|".join(
            [
                formatting.long_date(day),
                formatting.short_date(day),
                formatting.month_year(day),
                formatting.weekday(day),
            ]
        )
        assert template.render(Context({"d": day})) == ours


def test_a_quarter_is_named_by_its_first_and_last_month_whatever_day_is_given():
    assert formatting.short_quarter_year(date(2025, 1, 1)) == "Jan–Mar ’25"
    assert formatting.short_quarter_year(date(2025, 6, 30)) == "Apr–Jun ’25"
    assert formatting.short_quarter_year(date(2009, 8, 15)) == "Jul–Sep ’09"
    assert formatting.short_quarter_year(date(2026, 12, 31)) == "Oct–Dec ’26"


def test_times_are_shown_in_the_current_time_zone():
    moment = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)
    with timezone.override(ZoneInfo("Australia/Sydney")):
        assert formatting.date_time(moment) == "28 November 2026, 10:30"
        assert formatting.clock(moment) == "10:30"
        assert formatting.iso_date(moment) == "2026-11-28"
        assert formatting.iso_datetime(moment) == "2026-11-28T10:30:00+11:00"
    with timezone.override(ZoneInfo("America/New_York")):
        assert formatting.long_date(moment) == "Friday 27 November 2026"


def test_the_filters_are_there_in_every_template_and_a_missing_date_shows_nothing():
    rendered = Template("{{ day|long_date }}/{{ nothing|full_date }}/{{ text|shorten:13 }}").render(
        Context({"day": FRIDAY, "nothing": None, "text": "a quiet walk by the river"})
    )
    assert rendered == "Friday 27 November 2026//a quiet walk…"


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 10, "short"),
        ("exactly ten", 11, "exactly ten"),
        ("a quiet walk by the river", 13, "a quiet walk…"),
        ("a quiet walk by the river", 12, "a quiet…"),
        ("a quiet, calm walk", 9, "a quiet…"),
        ("unbreakablewordwithoutspaces", 10, "unbreakab…"),
    ],
)
def test_shorten_cuts_at_a_word_and_never_runs_past_its_limit(text, limit, expected):
    shortened = formatting.shorten(text, limit)
    assert shortened == expected
    assert len(shortened) <= limit
