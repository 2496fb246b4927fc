"""A month of days and a year of days, coloured by mood, with words and numbers alongside."""

from datetime import date

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from journal.calendars import (
    month_end,
    month_start,
    month_weeks,
    next_month,
    previous_month,
    year_rows,
)
from journal.selectors import day_summaries
from journal.vocabulary import MOODS


def _requested_month(raw: str | None, today: date) -> date:
    try:
        year, month = (int(part) for part in (raw or "").split("-"))
        return date(year, month, 1)
    except ValueError:
        return month_start(today)


def _requested_year(raw: str | None, today: date) -> int:
    return int(raw) if raw and raw.isdigit() and 1900 <= int(raw) <= 9999 else today.year


@require_safe
def month_view(request: HttpRequest) -> HttpResponse:
    today = request.user.local_today()
    first = _requested_month(request.GET.get("month"), today)
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
            "entry_total": sum(summary.count for summary in in_month),
            "day_total": len(in_month),
            "moods": MOODS,
        },
    )


@require_safe
def year_view(request: HttpRequest) -> HttpResponse:
    today = request.user.local_today()
    year = _requested_year(request.GET.get("year"), today)
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
        },
    )
