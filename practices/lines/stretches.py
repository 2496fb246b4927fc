"""Counting days within my lines: pure functions from the check-ins (local day, kept or not) to
the numbers the lines page shows. No clocks and no database here.

Nothing here resets to zero after a slip. The month's count only ever grows as the month goes
on; the longest stretch is the longest there has ever been, so a slip cannot take it away. A
stretch is days kept one check-in after another: a "Not today" ends it, a day without a
check-in neither ends it nor counts in it (forgetting to check in is not a slip).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

TREND_WEEKS = 12


@dataclass(frozen=True)
class Stretch:
    days: int
    first: date | None
    last: date | None


@dataclass(frozen=True)
class WeekShare:
    start: date  # the Monday
    kept: int
    checked: int

    @property
    def share(self) -> float | None:
        """Days kept of days checked in, 0-100; None for a week without a check-in."""
        return round(100 * self.kept / self.checked) if self.checked else None


@dataclass(frozen=True)
class LinesProgress:
    kept_this_month: int
    checked_this_month: int
    longest: Stretch
    latest: Stretch  # the stretch that includes the latest check-in (0 days after a slip)
    kept_total: int
    checked_total: int
    weeks: tuple[WeekShare, ...]

    @property
    def has_check_ins(self) -> bool:
        return self.checked_total > 0


def stretches(check_ins: Iterable[tuple[date, bool]]) -> list[Stretch]:
    """Every stretch of kept check-ins, oldest first."""
    found: list[Stretch] = []
    days, first, last = 0, None, None
    for day, kept in sorted(check_ins):
        if kept:
            days += 1
            first = first or day
            last = day
        elif days:
            found.append(Stretch(days, first, last))
            days, first, last = 0, None, None
    if days:
        found.append(Stretch(days, first, last))
    return found


def days_with(
    check_ins: Iterable[tuple[date, bool, int | None]], person_id: int
) -> list[tuple[date, bool]]:
    """(day, kept with this person) from (day, kept, whose line a slip was): a "Not today" counts
    against them when it names them or no one; a slip named with someone else does not."""
    return [(day, kept or (who is not None and who != person_id)) for day, kept, who in check_ins]


def longest_stretch(check_ins: Iterable[tuple[date, bool]]) -> Stretch:
    """The longest stretch ever (the earliest of equals); zero days with none."""
    best = Stretch(0, None, None)
    for stretch in stretches(check_ins):
        if stretch.days > best.days:
            best = stretch
    return best


def latest_stretch(check_ins: Sequence[tuple[date, bool]]) -> Stretch:
    """The stretch the latest check-in belongs to; zero days when it was a "Not today"."""
    ordered = sorted(check_ins)
    if not ordered or not ordered[-1][1]:
        return Stretch(0, None, None)
    return stretches(ordered)[-1]


def kept_in_month(check_ins: Iterable[tuple[date, bool]], month: date) -> tuple[int, int]:
    """(days kept, days checked in) in the month holding ``month``."""
    kept = checked = 0
    for day, was_kept in check_ins:
        if (day.year, day.month) == (month.year, month.month):
            checked += 1
            kept += was_kept
    return kept, checked


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly_shares(
    check_ins: Iterable[tuple[date, bool]], *, today: date, weeks: int = TREND_WEEKS
) -> tuple[WeekShare, ...]:
    """The last ``weeks`` weeks (Monday to Sunday, this one included), oldest first."""
    first = monday(today) - timedelta(weeks=weeks - 1)
    kept: dict[date, int] = {}
    checked: dict[date, int] = {}
    for day, was_kept in check_ins:
        if first <= day <= today:
            week = monday(day)
            checked[week] = checked.get(week, 0) + 1
            kept[week] = kept.get(week, 0) + was_kept
    starts = [first + timedelta(weeks=n) for n in range(weeks)]
    return tuple(WeekShare(s, kept.get(s, 0), checked.get(s, 0)) for s in starts)


def lines_progress(check_ins: Sequence[tuple[date, bool]], *, today: date) -> LinesProgress:
    """Everything the lines page counts, from every check-in (a few thousand at most)."""
    past = [(day, kept) for day, kept in check_ins if day <= today]
    kept_month, checked_month = kept_in_month(past, today)
    return LinesProgress(
        kept_this_month=kept_month,
        checked_this_month=checked_month,
        longest=longest_stretch(past),
        latest=latest_stretch(past),
        kept_total=sum(1 for _day, kept in past if kept),
        checked_total=len(past),
        weeks=weekly_shares(past, today=today),
    )
