"""Which reminders are due: pure functions of the person's preferences and local time."""

import datetime
from dataclasses import dataclass

DAILY_PRACTICE = "daily_practice"
WEEKLY_REFLECTION = "weekly_reflection"
QUIZ_RETAKE = "quiz_retake"
RETAKE_AFTER = datetime.timedelta(days=28)
# Weekly reflections go out on the person's Sunday.
WEEKLY_WEEKDAY = 6


@dataclass(frozen=True)
class Preferences:
    daily_practice: bool
    weekly_reflection: bool
    quiz_retake: bool
    hour: int


def due_reminders(
    prefs: Preferences,
    local_now: datetime.datetime,
    latest_quiz: tuple[str, datetime.datetime] | None,
) -> list[tuple[str, str]]:
    """(kind, period) pairs due now. A reminder is due from the chosen hour of the local day
    onwards, so a scheduler that misses the hour still sends it later that day; the period
    makes each one go out once."""
    if local_now.hour < prefs.hour:
        return []
    due = []
    today = local_now.date()
    if prefs.daily_practice:
        due.append((DAILY_PRACTICE, today.isoformat()))
    if prefs.weekly_reflection and today.weekday() == WEEKLY_WEEKDAY:
        year, week, _ = today.isocalendar()
        due.append((WEEKLY_REFLECTION, f"{year}-W{week:02d}"))
    if prefs.quiz_retake and latest_quiz is not None:
        attempt_id, completed_at = latest_quiz
        if local_now - completed_at >= RETAKE_AFTER:
            due.append((QUIZ_RETAKE, attempt_id))
    return due
