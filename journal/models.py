"""The journal's data: entries, a person's tags, drafts saved while typing, and care state.

Every free text here (titles, bodies, tag names, drafts) is an EncryptedTextField: the database
and its backups hold ciphertext only, and search happens in Python over a person's own rows.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F
from django.db.models.functions import ExtractDay

from detach.fields import EncryptedTextField
from detach.formatting import iso_date
from detach.ownership import OwnedModel
from journal.prompt_bank import prompt_for_code
from journal.vocabulary import EMOTION_LABELS, MOOD_CHOICES, MOODS_BY_VALUE

MAX_TITLE_LENGTH = 200
MAX_BODY_LENGTH = 100_000
MAX_TAG_LENGTH = 40


class Tag(OwnedModel):
    """A label a person gives their own entries. The name is private text, so it is encrypted;
    uniqueness per person is kept in Python (names are compared case-insensitively)."""

    name = EncryptedTextField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class Entry(OwnedModel):
    detail_url_name = "journal:detail"

    title = EncryptedTextField(blank=True, default="")
    body = EncryptedTextField()
    mood = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        choices=MOOD_CHOICES,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    # Codes from journal.vocabulary.EMOTIONS: a fixed list, so no free text lives here.
    emotions = models.JSONField(default=list, blank=True)
    tags = models.ManyToManyField(Tag, blank=True, related_name="entries")
    # Code of the prompt this entry answers (journal.prompt_bank), blank when none.
    prompt_code = models.CharField(max_length=40, blank=True, default="")
    # The person's own local day the entry is about (may be earlier than the day it was written).
    entry_date = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Bumped on every saved edit, so a tab holding an older version cannot overwrite silently.
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name_plural = "entries"
        ordering = ["-entry_date", "-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["user", "-entry_date", "-created_at", "-id"], name="journal_entry_keyset"
            ),
            # "On this day": the same day number in earlier months, newest first, read
            # straight from the index instead of scanning every entry the person has.
            models.Index(
                F("user"),
                ExtractDay("entry_date"),
                F("entry_date").desc(),
                F("created_at").desc(),
                F("id").desc(),
                name="journal_entry_day_of_month",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(mood__isnull=True) | models.Q(mood__gte=1, mood__lte=5),
                name="journal_entry_mood_on_scale",
            ),
        ]

    def __str__(self) -> str:
        return f"Journal entry of {iso_date(self.entry_date)}"

    @property
    def edit_url(self) -> str:
        return self.url_to("journal:edit")

    @property
    def prompt(self):
        return prompt_for_code(self.prompt_code)

    @property
    def mood_info(self):
        return MOODS_BY_VALUE.get(self.mood) if self.mood else None

    @property
    def emotion_labels(self) -> list[str]:
        return [EMOTION_LABELS[code] for code in self.emotions if code in EMOTION_LABELS]

    @property
    def first_line(self) -> str:
        """The first line with words in it, for lists."""
        for line in (self.body or "").splitlines():
            if line.strip():
                return " ".join(line.split())
        return ""

    @property
    def was_edited(self) -> bool:
        return self.version > 1


class Draft(OwnedModel):
    """What a person is typing, saved every few seconds so a closed tab loses nothing.

    A draft either starts a new entry (``entry`` empty) or edits one (``entry`` set, with the
    version the edit started from). Once its entry is saved, the text is wiped and ``saved_at``
    set, so a late autosave from the same page cannot bring the draft back.
    """

    entry = models.ForeignKey(
        Entry, null=True, blank=True, on_delete=models.CASCADE, related_name="drafts"
    )
    base_version = models.PositiveIntegerField(null=True, blank=True)
    title = EncryptedTextField(blank=True, default="")
    body = EncryptedTextField(blank=True, default="")
    mood = models.PositiveSmallIntegerField(null=True, blank=True, choices=MOOD_CHOICES)
    emotions = models.JSONField(default=list, blank=True)
    # UUIDs (as strings) of the person's own tags that were ticked.
    tag_uuids = models.JSONField(default=list, blank=True)
    new_tags = EncryptedTextField(blank=True, default="")
    prompt_code = models.CharField(max_length=40, blank=True, default="")
    entry_date = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    saved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return "Journal draft"

    @property
    def is_open(self) -> bool:
        return self.saved_at is None

    @property
    def discard_url(self) -> str:
        return self.url_to("journal:draft_discard")

    @property
    def first_line(self) -> str:
        for line in (self.title or "").splitlines() + (self.body or "").splitlines():
            if line.strip():
                return " ".join(line.split())
        return ""


class CareState(OwnedModel):
    """Per-person memory for the gentle support note: the local day it was last offered.

    It stays here, in the person's own rows; nothing about it is sent anywhere."""

    support_note_offered_on = models.DateField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user"], name="journal_carestate_one")]

    def __str__(self) -> str:
        return "Journal care state"
