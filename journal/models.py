"""The journal's data: entries, a person's tags, drafts saved while typing, and care state.

Every free text here (titles, bodies, tag names, drafts) is an EncryptedTextField: the database
and its backups hold ciphertext only. Search narrows through ``EntryToken`` (a blind index of
truncated keyed hashes, ``journal/blind_index.py``) and confirms in Python over the candidates.
"""

import hashlib
import hmac
import unicodedata

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F
from django.db.models.functions import ExtractDay

from detach.fields import EncryptedTextField, derived_key
from detach.formatting import iso_date
from detach.ownership import OwnedModel, OwnedRow
from detach.submissions import one_per_submission, submission_model_field
from journal.prompt_bank import prompt_for_code
from journal.vocabulary import EMOTION_LABELS, MOOD_CHOICES, MOODS_BY_VALUE

MAX_TITLE_LENGTH = 200
MAX_BODY_LENGTH = 100_000
MAX_TAG_LENGTH = 40
# The largest version a PositiveIntegerField holds on every database we run on.
MAX_VERSION = 2_147_483_647


def fold_tag_name(name: str) -> str:
    """The form of a tag name that two names share when they are the same tag: Unicode
    normalised, case folded, inner spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def tag_name_key(user_pk: int, name: str) -> str:
    """A keyed hash (HMAC-SHA256, key derived from the field key) of the person and the folded
    name: equal for the same tag of the same person, and meaningless without the key."""
    message = f"{user_pk}\x00{fold_tag_name(name)}".encode()
    return hmac.new(derived_key(b"journal.tag-name"), message, hashlib.sha256).hexdigest()


class Tag(OwnedModel):
    """A label a person gives their own entries. The name is private text, so it is encrypted;
    ``name_key`` (a keyed hash of the folded name) lets the database refuse a second tag of the
    same name for the same person, even when two saves create it at the same moment.

    The key is derived from the first field key: after a key rotation, older tags keep the key
    they were made with. Finding an existing tag compares the decrypted names (see
    ``journal.services.tags_ensure``), so an older key never lets a duplicate in; the constraint
    guards the race between two saves made with the same key."""

    name = EncryptedTextField()
    name_key = models.CharField(max_length=64, null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "name_key"], name="journal_tag_one_per_name")
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = tag_name_key(self.user_id, self.name or "")
        super().save(*args, **kwargs)


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
    # The token of the form that created it: the same form posted twice makes one entry.
    submission = submission_model_field()
    # A ten-second check-in from the Today page (a mood and perhaps one word), not a written
    # entry: marked so the page can say "you checked in today" without reading any text.
    is_check_in = models.BooleanField(default=False, editable=False)

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
            one_per_submission("journal_entry"),
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


class EntryToken(OwnedRow):
    """One blind-index token of an entry: a keyed hash of a folded trigram of its words, cut to
    a few bits so that many trigrams share each value (``journal/blind_index.py``). Written by
    the services with the entry, gone with it; never a word, never a full hash."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="tokens")
    token = models.PositiveSmallIntegerField()

    class Meta:
        indexes = [
            # Search asks "which of this person's entries hold these tokens": answered from the
            # index alone, without touching the table.
            models.Index(fields=["user", "token", "entry"], name="journal_entrytoken_lookup"),
        ]

    def __str__(self) -> str:
        return "Journal search token"


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
