"""An attempt at the quiz: the person's answers, saved page by page, and the scores they gave."""

from collections.abc import Mapping

from django.db import models
from django.db.models import Q
from django.utils import timezone

from detach.fields import EncryptedTextField
from detach.ownership import OwnedModel
from quiz import content, scoring
from quiz import questionnaire as q


def current_version() -> int:
    """Read at creation time, so moving CURRENT_VERSION takes effect for new attempts only."""
    return q.CURRENT_VERSION


class Attempt(OwnedModel):
    detail_url_name = "quiz:result"

    class Form(models.TextChoices):
        GENERAL = "general", "Close relationships in general"
        RELATIONSHIP = "relationship", "About one person"

    class Focus(models.TextChoices):
        GENERAL = "general", "Close relationships in general"
        # Retired: the general statements answered about a relationship named in free text.
        # Results made this way stay readable as they are; new ones use the relationship form.
        NAMED = "named", "One relationship I name"

    version = models.PositiveSmallIntegerField(default=current_version)
    form = models.CharField(max_length=12, choices=Form.choices, default=Form.GENERAL)
    # Only for the relationship form: the one person every statement is about.
    person = models.ForeignKey(
        "people.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quiz_attempts",
    )
    focus = models.CharField(max_length=10, choices=Focus.choices, default=Focus.GENERAL)
    # Only for a named focus ("my partner"): private text, so encrypted like any other.
    focus_name = EncryptedTextField(blank=True, null=True)
    # Item code -> 1..7, as answered (before reverse keying).
    answers = models.JSONField(default=dict, blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    # Set once, on completion, by the questionnaire version the attempt was taken with.
    anxiety = models.FloatField(null=True, blank=True)
    avoidance = models.FloatField(null=True, blank=True)
    love_addict = models.FloatField(null=True, blank=True)
    love_avoidant = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["user", "completed_at"], name="quiz_attempt_user_done")]
        constraints = [
            # At most one unfinished attempt per person: /quiz/take/ always resumes that one.
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(completed_at__isnull=True),
                name="quiz_one_unfinished_attempt_per_person",
            ),
            models.CheckConstraint(
                condition=Q(completed_at__isnull=True)
                | Q(
                    form="general",
                    anxiety__isnull=False,
                    avoidance__isnull=False,
                    love_addict__isnull=False,
                    love_avoidant__isnull=False,
                )
                | Q(form="relationship", anxiety__isnull=False, avoidance__isnull=False),
                name="quiz_completed_attempt_has_scores",
            ),
            # A relationship attempt is about one person (until that person is deleted, when
            # the result stays and says so); a general one never is.
            models.CheckConstraint(
                condition=Q(form="relationship") | Q(person__isnull=True),
                name="quiz_only_relationship_attempts_have_a_person",
            ),
        ]

    def __str__(self) -> str:
        return f"Quiz attempt {self.uuid}"

    # --- the questionnaire and progress through it -------------------------------------------

    @property
    def questionnaire(self) -> q.Questionnaire:
        return q.get(self.version, self.form)

    @property
    def is_relationship(self) -> bool:
        return self.form == self.Form.RELATIONSHIP

    @property
    def person_name(self) -> str:
        """The name of the person a relationship attempt is about (decrypted; escape it)."""
        if not self.is_relationship:
            return ""
        return self.person.name if self.person_id else "someone you have since removed"

    def statement(self, item: q.Item) -> str:
        """An item's words as shown for this attempt: with the person's name filled in."""
        return q.about(item.text, self.person_name) if self.is_relationship else item.text

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None

    def answered_on_page(self, number: int) -> dict[str, int]:
        return {
            item.code: self.answers[item.code]
            for item in self.questionnaire.page(number)
            if item.code in self.answers
        }

    def page_is_complete(self, number: int) -> bool:
        return all(item.code in self.answers for item in self.questionnaire.page(number))

    def first_open_page(self) -> int:
        """The page in hand: the first with an unanswered item (the last page when none)."""
        for number in range(1, self.questionnaire.page_count + 1):
            if not self.page_is_complete(number):
                return number
        return self.questionnaire.page_count

    def all_answered(self) -> bool:
        return self.questionnaire.codes <= set(self.answers)

    def record_answers(self, answers: Mapping[str, int]) -> None:
        """Merge one page's answers; codes and values are checked against this version."""
        for code, value in answers.items():
            if code not in self.questionnaire.codes:
                raise ValueError(f"{code} is not an item of version {self.version}.")
            if not q.SCALE_MIN <= int(value) <= q.SCALE_MAX:
                raise ValueError(f"{value} is not on the 1-7 scale.")
            self.answers[code] = int(value)

    def complete(self, *, now=None) -> None:
        """Score by this attempt's own version and mark it done. Raises if anything is missing."""
        result = scoring.score(self.questionnaire, self.answers)
        self.anxiety = result.anxiety
        self.avoidance = result.avoidance
        self.love_addict = result.love_addict
        self.love_avoidant = result.love_avoidant
        self.completed_at = now or timezone.now()

    # --- the focus ------------------------------------------------------------------------------

    @property
    def focus_label(self) -> str:
        if self.is_relationship:
            return self.person_name
        return focus_label(self.focus, self.focus_name)

    @property
    def focus_key(self) -> str:
        """Which history this result belongs to. Compared in Python: the name is ciphertext."""
        if self.is_relationship:
            # A removed person's results no longer share a history: each stands alone.
            return f"person:{self.person_id}" if self.person_id else f"removed:{self.pk}"
        return focus_key(self.focus, self.focus_name)

    # --- the result -----------------------------------------------------------------------------

    @property
    def dominant_style(self) -> str | None:
        if not self.is_complete:
            return None
        return scoring.dominant_style(self.anxiety, self.avoidance)

    @property
    def style_name(self) -> str:
        """The name of the style with the largest share ("Secure"), blank until complete."""
        style = self.dominant_style
        return content.STYLE_NAMES[style] if style else ""

    @property
    def lead_name(self) -> str:
        """The nearest corner's name for lists, or "No clear lead" when two are about as near."""
        if not self.is_complete:
            return ""
        if scoring.is_close_mix(self.anxiety, self.avoidance):
            return "No clear lead"
        return self.style_name


# The focus rules as functions too, for reads that take plain values rather than attempts.


def focus_label(focus: str, focus_name: str | None) -> str:
    if focus == Attempt.Focus.NAMED and focus_name:
        return focus_name
    return "Close relationships in general"


def focus_key(focus: str, focus_name: str | None) -> str:
    if focus == Attempt.Focus.NAMED:
        return "named:" + " ".join((focus_name or "").split()).casefold()
    return "general"
