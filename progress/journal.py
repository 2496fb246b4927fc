"""The journal on the progress page: mood by the page's unit and the calendar's days or months,
both from the one query's tallies (``journal.selectors.tallies``, by day or by month). Pure."""

from collections.abc import Mapping
from datetime import date

from journal.selectors import Tally
from progress import ranges
from progress.charts import calendar_start


def calendar_by_month(start: date | None, joined: date, today: date) -> bool:
    """Over "all", someone here more than a year sees their whole history, a cell a month."""
    return start is None and calendar_start(joined, today) > ranges.month_start(joined)


def tally_by(unit: str, by_month: bool) -> str:
    """ "month" when the page sums by month or quarter and its calendar is a cell a month, so
    five years come back as sixty rows; else "day", which weeks and the calendar's days need."""
    return "month" if unit != "week" and by_month else "day"


def tally_since(start: date | None, today: date) -> date | None:
    """The first day the page needs entries from: the range's start, or the first of its month
    when the calendar begins there; everything for "all"."""
    return None if start is None else min(start, calendar_start(start, today))


def moods_by_bucket(
    tallies: Mapping[date, Tally], unit: str, since: date | None = None
) -> dict[date, tuple[float, int]]:
    """{first day of the week, month or quarter: (average mood, entries with a mood)}, oldest
    first, from days or months on or after ``since``."""
    sums: dict[date, list[int]] = {}
    for period, tally in tallies.items():
        if tally.moods and (since is None or period >= since):
            bucket = sums.setdefault(ranges.bucket_start(period, unit), [0, 0])
            bucket[0] += tally.mood_total
            bucket[1] += tally.moods
    return {start: (total / count, count) for start, (total, count) in sums.items()}


def entries_by_day(tallies: Mapping[date, Tally], since: date) -> dict[date, int]:
    """{day: entries} from ``since`` on, for the calendar of days (tallies by day)."""
    return {day: tally.entries for day, tally in tallies.items() if day >= since}


def entries_by_month(tallies: Mapping[date, Tally]) -> dict[date, tuple[int, int]]:
    """{first of the month: (days written, entries)}, oldest first, for the calendar of months,
    from tallies by month or by day."""
    months: dict[date, list[int]] = {}
    for period, tally in tallies.items():
        month = months.setdefault(ranges.month_start(period), [0, 0])
        month[0] += tally.days
        month[1] += tally.entries
    return {start: (days, entries) for start, (days, entries) in months.items()}
