"""Reads of quiz data that views and other apps (journal, practices, progress) rely on."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import OuterRef, QuerySet, Subquery
from django.utils import timezone

from quiz.models import Attempt, focus_key, focus_label

# The reliable-change rule of the results page, for the progress page's observations (which
# read the quiz only through its selectors): one rule, so both pages agree on what moved.
from quiz.scoring import dimension_change as dimension_change
from quiz.scoring import reliable_change_threshold as reliable_change_threshold

# "About four weeks": after this the app suggests a retake. It never blocks one.
RETAKE_AFTER = timedelta(days=28)


def completed_attempts(user) -> QuerySet[Attempt]:
    """The person's finished attempts, newest first (every focus)."""
    return (
        Attempt.objects.for_user(user)
        .filter(completed_at__isnull=False)
        .order_by("-completed_at", "-pk")
    )


def latest_attempt(user) -> Attempt | None:
    return completed_attempts(user).first()


def latest_scores(user) -> tuple[float, float] | None:
    """(anxiety, avoidance) on 1-7 of the most recent finished attempt, any focus; or None."""
    row = completed_attempts(user).values_list("anxiety", "avoidance").first()
    return (row[0], row[1]) if row else None


def retake_due(user, *, now: datetime | None = None) -> bool:
    """True when the latest finished attempt is about four weeks old or older."""
    latest = completed_attempts(user).values_list("completed_at", flat=True).first()
    if latest is None:
        return False
    return (now or timezone.now()) - latest >= RETAKE_AFTER


def unfinished_attempt(user) -> Attempt | None:
    return Attempt.objects.for_user(user).filter(completed_at__isnull=True).first()


def earlier_same_focus(attempt: Attempt) -> list[Attempt]:
    """Finished attempts of the same focus taken before this one, oldest first.

    The focus name is encrypted, so the match happens in Python over the person's own
    finished attempts (one query; a person has at most a few dozen).
    """
    earlier = (
        Attempt.objects.filter(user_id=attempt.user_id, completed_at__lt=attempt.completed_at)
        .defer("answers")
        .order_by("-completed_at", "-pk")
    )
    same = [other for other in earlier if other.focus_key == attempt.focus_key]
    same.reverse()
    return same


def named_focuses(user) -> list[str]:
    """Distinct names a person has used for a named focus, most recent first."""
    seen: dict[str, str] = {}
    rows = Attempt.objects.for_user(user).filter(focus=Attempt.Focus.NAMED).order_by("-started_at")
    for attempt in rows.only("focus", "focus_name"):
        seen.setdefault(attempt.focus_key, attempt.focus_name or "")
    return [name for name in seen.values() if name]


def with_latest_completed(people: QuerySet) -> QuerySet:
    """``people`` (a queryset of users) with ``latest_quiz_uuid`` and ``latest_quiz_at``: the
    uuid and time of each person's newest finished attempt, or None; one query for everyone."""
    latest = Attempt.objects.filter(user=OuterRef("pk"), completed_at__isnull=False).order_by(
        "-completed_at"
    )
    return people.annotate(
        latest_quiz_uuid=Subquery(latest.values("uuid")[:1]),
        latest_quiz_at=Subquery(latest.values("completed_at")[:1]),
    )


# --- For the progress page --------------------------------------------------------------------


@dataclass(frozen=True)
class QuizPoint:
    completed_at: datetime
    anxiety: float
    avoidance: float
    focus_key: str
    focus_label: str


def quiz_points(user) -> list[QuizPoint]:
    """Every finished attempt as plain scores, oldest first. A person takes the quiz every few
    weeks, so this is dozens of rows even after years; the focus name is encrypted, so focuses
    are told apart here rather than in SQL."""
    rows = (
        completed_attempts(user)
        .order_by("completed_at", "pk")
        .values_list("completed_at", "anxiety", "avoidance", "focus", "focus_name")
    )
    return [
        QuizPoint(at, anxiety, avoidance, focus_key(focus, name), focus_label(focus, name))
        for at, anxiety, avoidance, focus, name in rows
    ]
