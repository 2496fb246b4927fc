"""Practice streaks: a pure function from the days a person practised to the stretch they are on.

A stretch (streak) survives one day of rest between practice days: life happens, and a missed
day should not undo a habit. Days are local dates in the person's own time zone; this module
never looks at clocks or the database.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

GRACE_DAYS = 1


@dataclass(frozen=True)
class Streak:
    """The current stretch of practice and the longest one so far, counted in practice days."""

    current: int
    longest: int
    started_on: date | None
    last_practiced_on: date | None
    practiced_today: bool

    @property
    def is_active(self) -> bool:
        return self.current > 0


def _runs(days: list[date], grace_days: int) -> list[list[date]]:
    """Sorted distinct days split where the gap between neighbours is longer than the grace."""
    runs: list[list[date]] = []
    for day in days:
        if runs and (day - runs[-1][-1]).days <= grace_days + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def streak_from_dates(
    practiced_on: Iterable[date], *, today: date, grace_days: int = GRACE_DAYS
) -> Streak:
    """The streak as of ``today`` given every local date with at least one practice.

    The current stretch counts while the last practice day is no more than ``grace_days`` + 1
    days ago, so a person who rested yesterday still has today to carry on. Days after
    ``today`` (a clock or time-zone change) are ignored.
    """
    days = sorted({day for day in practiced_on if day <= today})
    if not days:
        return Streak(0, 0, None, None, False)
    runs = _runs(days, grace_days)
    longest = max(len(run) for run in runs)
    last_run = runs[-1]
    alive = today - last_run[-1] <= timedelta(days=grace_days + 1)
    return Streak(
        current=len(last_run) if alive else 0,
        longest=longest,
        started_on=last_run[0] if alive else None,
        last_practiced_on=days[-1],
        practiced_today=days[-1] == today,
    )


def streak_message(streak: Streak) -> str:
    """A kind sentence about the streak. Never counts what did not happen."""
    if streak.current == 0:
        if streak.longest:
            return "Any day is a good day to come back to a practice. You are welcome here."
        return "Your first practice will start a streak, whenever you are ready."
    days = "day" if streak.current == 1 else "days"
    if streak.current == 1 and streak.practiced_today:
        return "You practised today. That is how a stretch begins."
    if streak.practiced_today:
        return f"You have practised on {streak.current} {days} in this stretch, today included."
    return (
        f"You have practised on {streak.current} {days} in this stretch. "
        "A rest day is part of it; today is open if you feel like practising."
    )
