"""Calendar geometry for the journal: month grids and a year of days. Pure, no database."""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from journal.vocabulary import mood_word


@dataclass(frozen=True)
class DaySummary:
    """What the calendar shows for one day: how many entries and their mean mood."""

    count: int = 0
    mood: float | None = None

    @property
    def mood_level(self) -> int | None:
        """The mean mood rounded to the nearest step of the scale (half rounds up)."""
        return int(self.mood + 0.5) if self.mood is not None else None

    @property
    def mood_word(self) -> str:
        return mood_word(self.mood_level)


@dataclass(frozen=True)
class CalendarDay:
    day: date
    in_month: bool
    summary: DaySummary
    is_today: bool = False
    is_future: bool = False


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)


def previous_month(first: date) -> date:
    return (first - timedelta(days=1)).replace(day=1)


def month_end(first: date) -> date:
    return next_month(first) - timedelta(days=1)


def month_weeks(
    first: date, summaries: dict[date, DaySummary], today: date
) -> list[list[CalendarDay]]:
    """The weeks (Monday first) covering the month, padded with days of the nearby months."""
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month):
        weeks.append(
            [
                CalendarDay(
                    day=day,
                    in_month=day.month == first.month,
                    summary=summaries.get(day, DaySummary()),
                    is_today=day == today,
                    is_future=day > today,
                )
                for day in week
            ]
        )
    return weeks


def year_rows(
    year: int, summaries: dict[date, DaySummary], today: date
) -> list[tuple[date, list[CalendarDay | None]]]:
    """Twelve rows (one per month) of 31 cells; cells past a month's end are None."""
    rows = []
    for month in range(1, 13):
        first = date(year, month, 1)
        length = calendar.monthrange(year, month)[1]
        cells: list[CalendarDay | None] = []
        for number in range(1, 32):
            if number > length:
                cells.append(None)
                continue
            day = date(year, month, number)
            cells.append(
                CalendarDay(
                    day=day,
                    in_month=True,
                    summary=summaries.get(day, DaySummary()),
                    is_today=day == today,
                    is_future=day > today,
                )
            )
        rows.append((first, cells))
    return rows
