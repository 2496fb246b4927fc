"""Which reminders are due: pure functions of the person's preferences and local time."""

import datetime
from dataclasses import dataclass

DAILY_PRACTICE = "daily_practice"
WEEKLY_REFLECTION = "weekly_reflection"
QUIZ_RETAKE = "quiz_retake"
PATH_NEXT = "path_next"
RETAKE_AFTER = datetime.timedelta(days=28)
# Weekly reflections go out on the person's Sunday.
WEEKLY_WEEKDAY = 6
# The path's nudge waits until the person has not marked a session done for this many local
# days (today counts as one): someone already on their way needs no reminder.
PATH_QUIET_DAYS = 3


@dataclass(frozen=True)
class Preferences:
    daily_practice: bool
    weekly_reflection: bool
    quiz_retake: bool
    hour: int
    path_next: bool = False


@dataclass(frozen=True)
class PathPlace:
    """Where the person is on the path, as the reminders see it (annotated by the app that
    keeps the path, so the kernel never reads it): whether a session still waits for them,
    and the last local day they marked a session done (None if they never did)."""

    has_next: bool
    last_marked_on: datetime.date | None


def _iso_week(day: datetime.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def due_reminders(
    prefs: Preferences,
    local_now: datetime.datetime,
    latest_quiz: tuple[str, datetime.datetime] | None,
    path: PathPlace | None = None,
) -> list[tuple[str, str]]:
    """(kind, period) pairs due now. A reminder is due from the chosen hour of the local day
    onwards, so a scheduler that misses the hour still sends it later that day; the period
    makes each one go out once.

    The path's nudge is calm on purpose: at most once a local ISO week, only while a session
    still waits, and only once the person has stayed away from the path for a few days."""
    if local_now.hour < prefs.hour:
        return []
    due = []
    today = local_now.date()
    if prefs.daily_practice:
        due.append((DAILY_PRACTICE, today.isoformat()))
    if prefs.weekly_reflection and today.weekday() == WEEKLY_WEEKDAY:
        due.append((WEEKLY_REFLECTION, _iso_week(today)))
    if prefs.quiz_retake and latest_quiz is not None:
        attempt_id, completed_at = latest_quiz
        if local_now - completed_at >= RETAKE_AFTER:
            due.append((QUIZ_RETAKE, attempt_id))
    if prefs.path_next and path is not None and path.has_next:
        away = path.last_marked_on is None or (today - path.last_marked_on).days >= PATH_QUIET_DAYS
        if away:
            due.append((PATH_NEXT, _iso_week(today)))
    return due
