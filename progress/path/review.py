"""The look back at the end of the path: what the person wrote and did since they started it,
their quiz then and now, in their own numbers. Two queries: the counts, the quiz results."""

from dataclasses import dataclass
from datetime import datetime

from django.urls import reverse
from django.utils import timezone

from progress.models import PathState
from progress.observations import Observation, quiz_change
from progress.path.evidence import counts_since_start
from quiz import selectors as quiz_selectors

# What the review counts, in the order it lists them: (record, one, many, where to see them).
DID = (
    ("journal", "journal entry", "journal entries", "journal:index"),
    ("general_quiz", "quiz result", "quiz results", "quiz:index"),
    ("relationship_quiz", "result about one person", "results about people", "people:index"),
    ("pattern_notice", "pattern noticed", "patterns noticed", "practices:attachment"),
    ("fulfilment_map", "fulfilment map", "fulfilment maps", "practices:fulfillment"),
    ("activity", "activity planned", "activities planned", "practices:fulfillment"),
    ("expectation_check", "expectation checked", "expectations checked", "practices:expectations"),
    ("clear_request", "clear request", "clear requests", "dearman:list"),
    ("line", "line of your own", "lines of your own", "lines:list"),
    ("letter", "unsent letter", "unsent letters", "letters:list"),
    ("urge", "pause before reaching out", "pauses before reaching out", "urges:list"),
    ("breathing", "breathing session", "breathing sessions", "practices:mindfulness"),
    ("noting", "noting practice", "noting practices", "practices:mindfulness"),
)


@dataclass(frozen=True)
class Did:
    count: int
    words: str
    url: str


@dataclass(frozen=True)
class QuizThenNow:
    then_on: datetime
    now_on: datetime
    then: tuple[float, float]  # (anxiety, avoidance)
    now: tuple[float, float]
    change: Observation | None


@dataclass(frozen=True)
class LookBack:
    started_at: datetime
    did: tuple[Did, ...]
    quiz: QuizThenNow | None


def quiz_then_and_now(user, since: datetime) -> QuizThenNow | None:
    """The general result the person had when they started the path (or their first one on
    it) against their latest, within the latest result's version (versions are never
    compared); None without two such results."""
    rows = list(
        quiz_selectors.general_results(user)
        .order_by("completed_at", "pk")
        .values_list("completed_at", "anxiety", "avoidance", "version")
    )
    if not rows:
        return None
    latest = rows[-1]
    same_version = [row for row in rows if row[3] == latest[3]]
    before = [row for row in same_version if row[0] <= since]
    then = before[-1] if before else same_version[0]
    if then == latest:
        return None
    change = quiz_change(
        (timezone.localdate(then[0]), then[1], then[2]),
        (timezone.localdate(latest[0]), latest[1], latest[2]),
    )
    return QuizThenNow(then[0], latest[0], (then[1], then[2]), (latest[1], latest[2]), change)


def look_back(user, state: PathState | None) -> LookBack:
    started_at = state.started_at if state else user.date_joined
    counts = counts_since_start(user)
    did = tuple(
        Did(counts[key], f"{one if counts[key] == 1 else many}", reverse(url_name))
        for key, one, many, url_name in DID
        if counts[key]
    )
    return LookBack(started_at, did, quiz_then_and_now(user, started_at))
