"""Urges ridden out: the pull to reach out to someone (or, on the avoidant side, to pull away),
a timed pause to let it rise and fall, and what happened afterwards.

The urge is saved when the pause starts, so the pause's start time lives on the server: a reload,
another device or no JavaScript at all shows the same time left. The outcome is information,
never a verdict: "I still reached out" is one of three plain answers.
"""

from datetime import datetime, timedelta

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from detach.fields import EncryptedTextField
from detach.ownership import OwnedModel
from detach.people.models import Person

OWN_WORDS_MAX_LENGTH = 300
INSTEAD_MAX_LENGTH = 1000
PAUSE_MINUTES_DEFAULT = 10
PAUSE_MINUTES_MIN = 2
PAUSE_MINUTES_MAX = 30


class Kind(models.TextChoices):
    # Reaching towards them: the anxious side of the pull.
    TEXT_OR_CALL = "text", "Text or call them"
    CHECK_PROFILE = "profile", "Check their profile"
    REREAD = "reread", "Reread our messages"
    GO_WHERE_THEY_ARE = "go", "Go where they will be"
    ASK_OTHERS = "ask", "Ask others about them"
    # Moving away from them: the avoidant side.
    PULL_AWAY = "pull_away", "Pull away"
    SHUT_DOWN = "shut_down", "Shut down"
    CANCEL_PLANS = "cancel", "Cancel plans"
    END_ABRUPTLY = "end", "End things abruptly"
    OWN_WORDS = "own", "In my own words"


TOWARDS = frozenset(
    {Kind.TEXT_OR_CALL, Kind.CHECK_PROFILE, Kind.REREAD, Kind.GO_WHERE_THEY_ARE, Kind.ASK_OTHERS}
)
AWAY = frozenset({Kind.PULL_AWAY, Kind.SHUT_DOWN, Kind.CANCEL_PLANS, Kind.END_ABRUPTLY})


class Outcome(models.TextChoices):
    PASSED = "passed", "It passed"
    OTHER = "other", "I did something else"
    REACHED_OUT = "reached_out", "I still reached out"


RIDDEN_OUT = (Outcome.PASSED, Outcome.OTHER)


def side_of(kind: str) -> str:
    """ "towards" (reaching for them), "away" (pulling back) or "" (own words): which way the
    pull goes, used to connect the urge to a pattern gently, never to label a person."""
    if kind in TOWARDS:
        return "towards"
    if kind in AWAY:
        return "away"
    return ""


def pause_end(started_at: datetime, minutes: int) -> datetime:
    return started_at + timedelta(minutes=minutes)


def seconds_left(started_at: datetime, minutes: int, now: datetime) -> int:
    """Whole seconds until the pause ends, never below zero."""
    left = (pause_end(started_at, minutes) - now).total_seconds()
    return max(0, int(left + 0.999))


class Urge(OwnedModel):
    detail_url_name = "urges:detail"

    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField("the urge", max_length=12, choices=Kind.choices)
    own_words = EncryptedTextField("the urge, in your own words", blank=True)
    intensity_before = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(0), MaxValueValidator(10)]
    )
    pause_minutes = models.PositiveSmallIntegerField(
        default=PAUSE_MINUTES_DEFAULT,
        validators=[MinValueValidator(PAUSE_MINUTES_MIN), MaxValueValidator(PAUSE_MINUTES_MAX)],
    )
    started_at = models.DateTimeField(default=timezone.now, editable=False)
    # The person's local day when the pause started: progress counts urges per local week.
    started_on = models.DateField()
    outcome = models.CharField(max_length=12, choices=Outcome.choices, blank=True)
    intensity_after = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(0), MaxValueValidator(10)]
    )
    instead = EncryptedTextField("what I did instead", blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]
        indexes = [models.Index(fields=["user", "-started_at"], name="urges_user_started")]

    def __str__(self) -> str:
        return "Urge"  # never the words: they are private

    @property
    def ends_at(self) -> datetime:
        return pause_end(self.started_at, self.pause_minutes)

    @property
    def side(self) -> str:
        return side_of(self.kind)

    @property
    def ridden_out(self) -> bool:
        return self.outcome in RIDDEN_OUT

    @property
    def reached_out(self) -> bool:
        return self.outcome == Outcome.REACHED_OUT
