"""A month of days and a year of days, coloured by mood, with words and numbers alongside."""

import re
from datetime import date

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from journal.calendars import (
    month_end,
    month_start,
    month_weeks,
    next_month,
    previous_month,
    year_rows,
)
from journal.forms import EARLIEST_ENTRY_DATE
from journal.selectors import day_summaries
from journal.vocabulary import MOODS

# The calendar shows the months an entry can be about (journal.forms.EARLIEST_ENTRY_DATE on)
# up to the last whole month whose grid and "next" link still fit in a date.
FIRST_MONTH = EARLIEST_ENTRY_DATE.replace(day=1)
LAST_MONTH = date(9999, 11, 1)
MONTH_PATTERN = re.compile(r"([0-9]{4})-([0-9]{2})")
OUT_OF_RANGE = (
    "The calendar shows months from {first} to {last}, so it opened on this month instead."
)

YEAR_OUT_OF_RANGE = (
    "The calendar shows years from {first} to {last}, so it opened on this year instead."
)


def _requested_month(raw: str | None) -> date | None:
    """The month asked for as YYYY-MM, or None when it is not one the calendar can show."""
    match = MONTH_PATTERN.fullmatch(raw or "")
    if match is None:
        return None
    year, month = int(match[1]), int(match[2])
    if not 1 <= month <= 12:
        return None
    first = date(year, month, 1)
    return first if FIRST_MONTH <= first <= LAST_MONTH else None


def _requested_year(raw: str | None) -> int | None:
    if raw and raw.isascii() and raw.isdigit() and len(raw) == 4:
        year = int(raw)
        if FIRST_MONTH.year <= year <= LAST_MONTH.year:
            return year
    return None


@require_safe
def month_view(request: HttpRequest) -> HttpResponse:
    today = request.user.local_today()
    raw = request.GET.get("month")
    first = _requested_month(raw)
    if first is None:
        if raw is not None:
            messages.info(
                request,
                OUT_OF_RANGE.format(first=FIRST_MONTH.year, last=LAST_MONTH.year),
            )
            return redirect("journal:calendar")
        first = month_start(today)
    weeks = month_weeks(first, {}, today)
    grid_start, grid_end = weeks[0][0].day, weeks[-1][-1].day
    summaries = day_summaries(request.user, grid_start, grid_end)
    weeks = month_weeks(first, summaries, today)
    in_month = [summary for day, summary in summaries.items() if day.month == first.month]
    return render(
        request,
        "journal/calendar_month.html",
        {
            "first": first,
            "last": month_end(first),
            "weeks": weeks,
            "previous": previous_month(first),
            "next": next_month(first),
            "this_month": month_start(today),
            "first_month": FIRST_MONTH,
            "entry_total": sum(summary.count for summary in in_month),
            "day_total": len(in_month),
            "moods": MOODS,
        },
    )


@require_safe
def year_view(request: HttpRequest) -> HttpResponse:
    today = request.user.local_today()
    raw = request.GET.get("year")
    year = _requested_year(raw)
    if year is None:
        if raw is not None:
            messages.info(
                request,
                YEAR_OUT_OF_RANGE.format(first=FIRST_MONTH.year, last=LAST_MONTH.year),
            )
            return redirect("journal:year")
        year = today.year
    summaries = day_summaries(request.user, date(year, 1, 1), date(year, 12, 31))
    moods = [summary.mood for summary in summaries.values() if summary.mood is not None]
    return render(
        request,
        "journal/calendar_year.html",
        {
            "year": year,
            "rows": year_rows(year, summaries, today),
            "day_numbers": range(1, 32),
            "day_total": len(summaries),
            "mood_day_total": len(moods),
            "mean_mood": sum(moods) / len(moods) if moods else None,
            "moods": MOODS,
            "this_year": today.year,
            "first_year": FIRST_MONTH.year,
        },
    )
