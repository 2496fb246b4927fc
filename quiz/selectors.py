"""Reads of quiz data that views and other apps (journal, practices, progress) rely on."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import OuterRef, QuerySet, Subquery
from django.utils import timezone

from detach.ownership import uuid_url
from detach.people.models import Person
from quiz.models import Attempt, focus_key, focus_label
from quiz.reliability import GENERAL as GENERAL
from quiz.reliability import RELATIONSHIP as RELATIONSHIP

# The reliable-change rule of the results page, for the progress page's observations (which
# read the quiz only through its selectors): one rule, so both pages agree on what moved.
from quiz.scoring import compare_relationships
from quiz.scoring import dimension_change as dimension_change
from quiz.scoring import reliable_change_threshold as reliable_change_threshold

# "About four weeks": after this the app suggests a retake. It never blocks one.
RETAKE_AFTER = timedelta(days=28)


def completed_attempts(user) -> QuerySet[Attempt]:
    """The person's finished attempts, newest first (every focus)."""
    return (
        Attempt.objects.for_user(user)
        .filter(completed_at__isnull=False)
        .select_related("person")
        .order_by("-completed_at", "-pk")
    )


def latest_attempt(user) -> Attempt | None:
    return completed_attempts(user).first()


def general_results(user) -> QuerySet[Attempt]:
    """Finished attempts of the general questionnaire."""
    return Attempt.objects.for_user(user).filter(
        form=Attempt.Form.GENERAL, completed_at__isnull=False
    )


def relationship_results(user) -> QuerySet[Attempt]:
    """Finished attempts of the questionnaire about one person."""
    return Attempt.objects.for_user(user).filter(
        form=Attempt.Form.RELATIONSHIP, completed_at__isnull=False
    )


def latest_scores(user) -> tuple[float, float] | None:
    """(anxiety, avoidance) on 1-7 of the most recent finished general attempt (any focus; a
    result about one person says how that relationship feels, not how a person attaches in
    general); or None."""
    general = completed_attempts(user).filter(form=Attempt.Form.GENERAL)
    row = general.values_list("anxiety", "avoidance").first()
    return (row[0], row[1]) if row else None


def retake_due(user, *, now: datetime | None = None) -> bool:
    """True when the latest finished attempt is about four weeks old or older."""
    latest = completed_attempts(user).values_list("completed_at", flat=True).first()
    if latest is None:
        return False
    return (now or timezone.now()) - latest >= RETAKE_AFTER


def unfinished_attempt(user) -> Attempt | None:
    unfinished = Attempt.objects.for_user(user).filter(completed_at__isnull=True)
    return unfinished.select_related("person").first()


def earlier_by_version(attempt: Attempt) -> tuple[list[Attempt], bool]:
    """Finished attempts of the same focus taken before this one: those of the same
    questionnaire version, oldest first (the only ones a result is compared with), and whether
    any of another version exist (a new version began since).

    The focus name is encrypted, so the match happens in Python over the person's own
    finished attempts (one query; a person has at most a few dozen).
    """
    earlier = (
        Attempt.objects.filter(user_id=attempt.user_id, completed_at__lt=attempt.completed_at)
        .defer("answers")
        .order_by("-completed_at", "-pk")
    )
    same_focus = [other for other in earlier if other.focus_key == attempt.focus_key]
    same = [other for other in same_focus if other.version == attempt.version]
    same.reverse()
    return same, len(same) < len(same_focus)


def earlier_same_focus(attempt: Attempt) -> list[Attempt]:
    """Finished attempts of the same focus and version taken before this one, oldest first."""
    return earlier_by_version(attempt)[0]


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
    form: str = Attempt.Form.GENERAL
    version: int = 1


def quiz_points(user) -> list[QuizPoint]:
    """Every finished attempt as plain scores, oldest first. A person takes the quiz every few
    weeks, so this is dozens of rows even after years; the focus name is encrypted, so focuses
    are told apart here rather than in SQL."""
    rows = (
        completed_attempts(user)
        .filter(form=Attempt.Form.GENERAL)  # results about one person: relationship_trails
        .order_by("completed_at", "pk")
        .values_list(
            "completed_at", "anxiety", "avoidance", "focus", "focus_name", "form", "version"
        )
    )
    return [
        QuizPoint(
            at, anxiety, avoidance, focus_key(focus, name), focus_label(focus, name), form, version
        )
        for at, anxiety, avoidance, focus, name, form, version in rows
    ]


# --- Attachment per relationship -------------------------------------------------------------


@dataclass(frozen=True)
class PersonPoint:
    uuid: object  # the attempt's UUID, for its link
    completed_at: datetime
    anxiety: float
    avoidance: float
    version: int

    def get_absolute_url(self) -> str:
        return uuid_url(Attempt.detail_url_name, self.uuid)


@dataclass(frozen=True)
class PersonTrail:
    """One person's relationship-form results, oldest first, with that person."""

    person: Person
    points: tuple[PersonPoint, ...]

    @property
    def latest(self) -> PersonPoint:
        return self.points[-1]


def _relationship_rows(user, person: Person | None = None):
    rows = completed_attempts(user).filter(form=Attempt.Form.RELATIONSHIP, person__isnull=False)
    if person is not None:
        rows = rows.filter(person=person)
    return rows.order_by("completed_at", "pk").values_list(
        "person_id", "uuid", "completed_at", "anxiety", "avoidance", "version"
    )


def person_results(user, person: Person) -> list[PersonPoint]:
    """The person's own relationship-form results about ``person``, oldest first (one query)."""
    if person.user_id != getattr(user, "pk", None):
        return []
    return [PersonPoint(*row[1:]) for row in _relationship_rows(user, person)]


def relationship_trails(user) -> list[PersonTrail]:
    """Every person with at least one relationship-form result, each with their results oldest
    first; ordered by the latest result, newest last. Two queries whatever the numbers: the
    results, then the people they are about (names are decrypted in Python)."""
    by_person: dict[int, list[PersonPoint]] = {}
    for person_id, *rest in _relationship_rows(user):
        by_person.setdefault(person_id, []).append(PersonPoint(*rest))
    if not by_person:
        return []
    people = Person.objects.for_user(user).in_bulk(list(by_person))
    trails = [
        PersonTrail(people[pid], tuple(points))
        for pid, points in by_person.items()
        if pid in people
    ]
    return sorted(trails, key=lambda t: (t.latest.completed_at, t.person.pk))


@dataclass(frozen=True)
class PeopleComparison:
    """The person whose latest result sits nearest the secure corner against the one furthest
    from it; ``apart`` only when the gap is larger than retest noise (see
    ``scoring.compare_relationships``)."""

    nearer: Person
    further: Person
    apart: bool
    calmer_and_closer: bool
    gap: float
    threshold: float


def compare_people(trails: list[PersonTrail]) -> PeopleComparison | None:
    """Two or more people's latest results side by side, within one questionnaire version."""
    if not trails:
        return None
    version = max(t.latest.version for t in trails)
    same = [t for t in trails if t.latest.version == version]
    found = compare_relationships([(t.latest.anxiety, t.latest.avoidance) for t in same])
    if found is None:
        return None
    return PeopleComparison(
        nearer=same[found.nearer].person,
        further=same[found.further].person,
        apart=found.apart,
        calmer_and_closer=found.calmer_and_closer,
        gap=found.gap,
        threshold=found.threshold,
    )
