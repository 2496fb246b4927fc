"""What a person does in the practice modules: every row is theirs alone (OwnedModel), every
free text is encrypted, and every logged practice carries the local date it happened on.

The modules follow the seed's four steps: understanding how one attaches (a lesson and noticing
one's pattern; the quiz itself lives in its own app), outside fulfillment, expectations,
mindfulness.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from detach import steps
from detach.fields import EncryptedTextField
from detach.ownership import OwnedModel, OwnedQuerySet
from detach.submissions import one_per_submission, submission_model_field
from practices import breathing
from practices.areas import AREA_CHOICES, AREAS_BY_CODE


class Module(models.TextChoices):
    """The practice modules, in the seed's order (step 1's quiz lives in its own app; its lesson
    and the pattern notices live here)."""

    ATTACHMENT = "attachment", steps.UNDERSTAND.name
    FULFILLMENT = "fulfillment", steps.FULFILLMENT.name
    EXPECTATIONS = "expectations", steps.EXPECTATIONS.name
    MINDFULNESS = "mindfulness", steps.MINDFULNESS.name


def zero_to_ten(verbose_name: str, **kwargs) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        verbose_name, validators=[MinValueValidator(0), MaxValueValidator(10)], **kwargs
    )


class Control(models.TextChoices):
    YES = "yes", "Yes, it is in my control"
    PARTLY = "partly", "Partly"
    NO = "no", "No, it depends on someone else"


class ExpectationCheck(OwnedModel):
    """An expectation written down, looked at honestly, and turned into a kinder request."""

    detail_url_name = "practices:check_detail"

    module = Module.EXPECTATIONS

    expectation = EncryptedTextField("the expectation")
    concerns = EncryptedTextField("whom it concerns", blank=True)
    realism = zero_to_ten("how realistic it is")
    control = models.CharField("is it in your control", max_length=8, choices=Control.choices)
    reframe = EncryptedTextField("as a preference or a request")
    self_offer = EncryptedTextField("what you can offer yourself instead")
    practiced_on = models.DateField("date", help_text="The person's local date.")
    outcome = EncryptedTextField("how it went", blank=True)
    revisited_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    submission = submission_model_field()

    class Meta:
        ordering = ["-practiced_on", "-created_at"]
        indexes = [models.Index(fields=["user", "practiced_on"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(realism__lte=10), name="expectation_realism_0_10"
            ),
            one_per_submission("expectation_check"),
        ]

    def __str__(self) -> str:
        return f"Expectation check of {self.practiced_on}"

    @property
    def revisit_url(self) -> str:
        return self.url_to("practices:check_revisit")


class FulfillmentMap(OwnedModel):
    """One taking of the fulfillment map: every life area rated for importance and fulfilment.

    Retaking makes a new map, so the maps over time show the change ("then and now").
    """

    detail_url_name = "practices:map_detail"

    module = Module.FULFILLMENT

    taken_on = models.DateField("taken on", help_text="The person's local date.")
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-taken_on", "-created_at"]
        indexes = [models.Index(fields=["user", "taken_on"])]

    def __str__(self) -> str:
        return f"Fulfilment map of {self.taken_on}"

    # Set for many maps at once by practices.selectors.load_ratings (one query for them all).
    loaded_ratings: dict[str, tuple[int, int]] | None = None

    def as_dict(self) -> dict[str, tuple[int, int]]:
        """{area code: (importance, fulfilment)}: as loaded with the map, else in one query."""
        if self.loaded_ratings is None:
            rows = self.ratings.values_list("area", "importance", "fulfilment")
            self.loaded_ratings = {area: (imp, ful) for area, imp, ful in rows}
        return self.loaded_ratings


class AreaRating(models.Model):
    """One life area on one map. Reached only through its (owned) map."""

    map = models.ForeignKey(FulfillmentMap, on_delete=models.CASCADE, related_name="ratings")
    area = models.CharField(max_length=20, choices=AREA_CHOICES)
    importance = zero_to_ten("how important")
    fulfilment = zero_to_ten("how fulfilled now")

    class Meta:
        ordering = ["map", "id"]
        constraints = [
            models.UniqueConstraint(fields=["map", "area"], name="one_rating_per_area_per_map"),
            models.CheckConstraint(
                condition=models.Q(importance__lte=10, fulfilment__lte=10),
                name="area_rating_0_10",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_area_display()}: {self.importance}/{self.fulfilment}"

    @property
    def gap(self) -> int:
        return self.importance - self.fulfilment


class ActivityQuerySet(OwnedQuerySet):
    def done(self):
        return self.filter(done_on__isnull=False)

    def open(self):
        return self.filter(done_on__isnull=True)


class Activity(OwnedModel):
    """Something small a person plans for themselves, without their partner, and then logs."""

    module = Module.FULFILLMENT

    title = EncryptedTextField("what you will do")
    area = models.CharField("life area", max_length=20, choices=AREA_CHOICES, blank=True)
    planned_for = models.DateField("planned for")
    done_on = models.DateField("done on", null=True, blank=True)
    enjoyment = zero_to_ten("how much you enjoyed it", null=True, blank=True)
    note = EncryptedTextField("a note", blank=True)
    duration_seconds = models.PositiveIntegerField("time it took", null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    submission = submission_model_field()

    objects = ActivityQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "activities"
        ordering = ["planned_for", "created_at"]
        indexes = [
            models.Index(fields=["user", "planned_for"]),
            models.Index(fields=["user", "done_on"]),
        ]
        constraints = [one_per_submission("activity")]

    def __str__(self) -> str:
        return f"Activity planned for {self.planned_for}"

    @property
    def is_done(self) -> bool:
        return self.done_on is not None

    @property
    def duration_display(self) -> str:
        return breathing.format_duration(self.duration_seconds or 0)

    @property
    def area_name(self) -> str:
        area = AREAS_BY_CODE.get(self.area)
        return area.name if area else ""

    # The row actions of a list of activities, without a ``reverse`` per row.
    @property
    def done_url(self) -> str:
        return self.url_to("practices:activity_done")

    @property
    def edit_url(self) -> str:
        return self.url_to("practices:activity_edit")

    @property
    def delete_url(self) -> str:
        return self.url_to("practices:activity_delete")


class BreathingSession(OwnedModel):
    """A paced-breathing session, with how calm the person felt before and after (0-10)."""

    module = Module.MINDFULNESS

    pattern = models.CharField(max_length=8, choices=breathing.PATTERN_CHOICES)
    inhale_seconds = models.PositiveSmallIntegerField()
    hold_in_seconds = models.PositiveSmallIntegerField()
    exhale_seconds = models.PositiveSmallIntegerField()
    hold_out_seconds = models.PositiveSmallIntegerField()
    duration_seconds = models.PositiveIntegerField("how long", validators=[MinValueValidator(1)])
    calm_before = zero_to_ten("calm before")
    calm_after = zero_to_ten("calm after")
    practiced_on = models.DateField("date", help_text="The person's local date.")
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    submission = submission_model_field()

    class Meta:
        ordering = ["-practiced_on", "-created_at"]
        indexes = [models.Index(fields=["user", "practiced_on"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(calm_before__lte=10, calm_after__lte=10),
                name="breathing_calm_0_10",
            ),
            one_per_submission("breathing_session"),
        ]

    def __str__(self) -> str:
        return f"Breathing session of {self.practiced_on}"

    @property
    def delete_url(self) -> str:
        return self.url_to("practices:session_delete")

    @property
    def calm_change(self) -> int:
        return self.calm_after - self.calm_before

    @property
    def counts(self) -> str:
        return "-".join(
            str(n)
            for n in (
                self.inhale_seconds,
                self.hold_in_seconds,
                self.exhale_seconds,
                self.hold_out_seconds,
            )
        )

    @property
    def duration_display(self) -> str:
        return breathing.format_duration(self.duration_seconds)

    @property
    def pattern_name(self) -> str:
        """'Box', '4-7-8', 'Slow', or 'Own 3-1-6-0': short enough for a table on a phone."""
        preset = breathing.PRESETS.get(self.pattern)
        return preset.name if preset else f"Own {self.counts}"


class NotedKind(models.TextChoices):
    THOUGHT = "thought", "A thought"
    FEELING = "feeling", "A feeling"
    SENSATION = "sensation", "A body sensation"
    URGE = "urge", "An urge"


class Acceptance(models.TextChoices):
    YES = "yes", "I could let it be there"
    PARTLY = "partly", "Partly"
    NOT_YET = "not_yet", "Not yet, and that is all right"


class NotingPractice(OwnedModel):
    """One round of noting: notice a thought or feeling, name it, accept it, let it go."""

    module = Module.MINDFULNESS

    noticed = EncryptedTextField("what you noticed")
    kind = models.CharField("what kind of thing it was", max_length=10, choices=NotedKind.choices)
    name = EncryptedTextField("its name")
    intensity_before = zero_to_ten("how strong it was")
    acceptance = models.CharField("allowing it", max_length=8, choices=Acceptance.choices)
    letting_go = EncryptedTextField("letting it go", blank=True)
    intensity_after = zero_to_ten("how strong it is now", null=True, blank=True)
    practiced_on = models.DateField("date", help_text="The person's local date.")
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    submission = submission_model_field()

    class Meta:
        ordering = ["-practiced_on", "-created_at"]
        indexes = [models.Index(fields=["user", "practiced_on"])]
        constraints = [one_per_submission("noting_practice")]

    def __str__(self) -> str:
        return f"Noting practice of {self.practiced_on}"

    @property
    def delete_url(self) -> str:
        return self.url_to("practices:noting_delete")


class Pull(models.TextChoices):
    CLING = "cling", "To hold on: reach out, seek reassurance, keep checking"
    WITHDRAW = "withdraw", "To pull away: go quiet, keep my distance, shut down"
    BOTH = "both", "Both at once, or one after the other"
    OTHER = "other", "Something else"


class PatternNotice(OwnedModel):
    """A real moment in which a person noticed their attachment pattern at work: what happened,
    the pull they felt, what they did, and what they might try next time. They can come back
    later and add how it looks from a distance."""

    detail_url_name = "practices:notice_detail"

    module = Module.ATTACHMENT

    moment = EncryptedTextField("what happened")
    pull = models.CharField("the pull you felt", max_length=8, choices=Pull.choices)
    felt = EncryptedTextField("what you felt or wanted to do", blank=True)
    did = EncryptedTextField("what you did")
    next_time = EncryptedTextField("what you might try next time", blank=True)
    practiced_on = models.DateField("date", help_text="The person's local date.")
    looking_back = EncryptedTextField("looking back", blank=True)
    looked_back_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-practiced_on", "-created_at"]
        indexes = [models.Index(fields=["user", "practiced_on"])]

    def __str__(self) -> str:
        return f"Pattern noticed on {self.practiced_on}"
