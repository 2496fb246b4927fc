"""Step 1 of the practices overview: the quiz, read only through the quiz app's selectors."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Max

from quiz.selectors import completed_attempts, latest_scores


@dataclass(frozen=True)
class QuizStep:
    taken: int
    completed_on: date | None  # the person's local date of the latest finished attempt
    scores: tuple[float, float] | None  # (anxiety, avoidance), each 1-7


def quiz_step(user) -> QuizStep:
    """How many times the quiz was finished, when last, and its scores. Two queries."""
    row = completed_attempts(user).aggregate(taken=Count("pk"), last=Max("completed_at"))
    if not row["taken"]:
        return QuizStep(taken=0, completed_on=None, scores=None)
    return QuizStep(
        taken=row["taken"],
        completed_on=row["last"].astimezone(user.zone).date(),
        scores=latest_scores(user),
    )
