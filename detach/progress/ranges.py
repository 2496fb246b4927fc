"""The progress page's time ranges and buckets: pure functions of the local day."""

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Range:
    key: str
    label: str
    days: int | None  # None: everything


RANGES: tuple[Range, ...] = (
    Range("30d", "30 days", 30),
    Range("90d", "90 days", 90),
    Range("1y", "A year", 365),
    Range("all", "All", None),
)
RANGES_BY_KEY = {r.key: r for r in RANGES}
DEFAULT_RANGE = "90d"
# Past this many weeks, weekly points get too thin to read on a phone: show months instead.
MONTHLY_AFTER_WEEKS = 78


def resolve(key: str | None) -> Range:
    return RANGES_BY_KEY.get(key or "", RANGES_BY_KEY[DEFAULT_RANGE])


def start_of(selected: Range, today: date) -> date | None:
    return None if selected.days is None else today - timedelta(days=selected.days - 1)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weeks_between(first: date, last: date) -> list[date]:
    """Every Monday from the week of ``first`` to the week of ``last``."""
    monday, end = week_start(first), week_start(last)
    weeks = []
    while monday <= end:
        weeks.append(monday)
        monday += timedelta(days=7)
    return weeks


def month_start(day: date) -> date:
    return day.replace(day=1)


def months_between(first: date, last: date) -> list[date]:
    months, current = [], month_start(first)
    while current <= last:
        months.append(current)
        current = (current + timedelta(days=32)).replace(day=1)
    return months


def bucket_label(start: date, monthly: bool) -> str:
    return start.strftime("%b ’%y") if monthly else start.strftime("%-d %b")
