"""Step 1 of the practices overview: the quiz, read only through the quiz app's selectors."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Window

from quiz.selectors import completed_attempts


@dataclass(frozen=True)
class QuizStep:
    taken: int
    completed_on: date | None  # the person's local date of the latest finished attempt
    scores: tuple[float, float] | None  # (anxiety, avoidance), each 1-7


def quiz_step(user) -> QuizStep:
    """How many times the quiz was finished, when last, and its scores: one query, the latest
    finished attempt carrying the count of all of them (a window over the person's rows)."""
    latest = (
        completed_attempts(user)
        .annotate(taken=Window(Count("pk")))
        .values_list("taken", "completed_at", "anxiety", "avoidance")
        .first()
    )
    if latest is None:
        return QuizStep(taken=0, completed_on=None, scores=None)
    taken, completed_at, anxiety, avoidance = latest
    return QuizStep(
        taken=taken,
        completed_on=completed_at.astimezone(user.zone).date(),
        scores=(anxiety, avoidance),
    )
