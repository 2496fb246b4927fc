"""The progress page's time ranges and buckets: pure functions of the local day."""

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from detach.formatting import short_day_month, short_month_year, short_quarter_year


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
# Past this many weeks, weekly points get too thin to read on a phone: show months instead;
# past this many months, quarters. A five-year history then draws 20 points, not 60 or 260,
# which keeps the chart readable and the page's cost close to a newcomer's.
MONTHLY_AFTER_WEEKS = 78
QUARTERLY_AFTER_MONTHS = 36


def resolve(key: str | None) -> Range:
    return RANGES_BY_KEY.get(key or "", RANGES_BY_KEY[DEFAULT_RANGE])


def start_of(selected: Range, today: date) -> date | None:
    return None if selected.days is None else today - timedelta(days=selected.days - 1)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weeks_between(first: date, last: date) -> list[date]:
    """Every Monday from the week of ``first`` to the week of ``last``."""
    return [
        date.fromordinal(day)
        for day in range(week_start(first).toordinal(), week_start(last).toordinal() + 1, 7)
    ]


def weeks_spanned(first: date, last: date) -> int:
    """``len(weeks_between(first, last))`` without listing years of Mondays."""
    return max(0, (week_start(last) - week_start(first)).days // 7 + 1)


def month_start(day: date) -> date:
    return day.replace(day=1)


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _firsts_of_months(first: date, last: date, step: int = 1) -> list[date]:
    """The first of every ``step``-th month from ``first``'s to ``last``'s, counted as month
    numbers: no date arithmetic per month."""
    indexes = range(_month_index(first), _month_index(last) + 1, step)
    return [date(index // 12, index % 12 + 1, 1) for index in indexes]


def months_between(first: date, last: date) -> list[date]:
    return _firsts_of_months(first, last)


def months_spanned(first: date, last: date) -> int:
    """``len(months_between(first, last))`` without listing them."""
    return max(0, _month_index(last) - _month_index(first) + 1)


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def bucket_start(day: date, unit: str) -> date:
    """The first day of the week (Monday), month or quarter holding ``day``."""
    if unit == "quarter":
        return quarter_start(day)
    return month_start(day) if unit == "month" else week_start(day)


def buckets_between(first: date, last: date, unit: str) -> list[date]:
    """The first day of every week, month or quarter from ``first``'s to ``last``'s."""
    if unit == "week":
        return weeks_between(first, last)
    if unit == "month":
        return months_between(first, last)
    return _firsts_of_months(quarter_start(first), last, 3)


@lru_cache(maxsize=1024)
def bucket_label(start: date, unit: str) -> str:
    """'Oct–Dec ’26', 'Nov ’26' or '23 Nov' (the Monday of the week). Every chart of the page
    labels the same buckets, so each label is made once (a date names no one)."""
    if unit == "quarter":
        return short_quarter_year(start)
    return short_month_year(start) if unit == "month" else short_day_month(start)
