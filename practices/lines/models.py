"""My lines: bottom lines a person sets for themselves, usually about one person ("I don't check
their Instagram"), with every earlier wording kept, and a daily check-in ("kept my lines today?").

Progress on lines is counted in days kept, never as a streak that a slip resets to zero.
"""

from django.db import models
from django.utils import timezone

from detach.fields import EncryptedTextField
from detach.ownership import OwnedModel
from detach.people.models import Person

LINE_MAX_LENGTH = 300
NOTE_MAX_LENGTH = 200  # one line: the check-in takes seconds


class Line(OwnedModel):
    """One line, in the person's own words. Editing keeps the earlier wording as a revision;
    a line that no longer fits is retired, not deleted, so its history stays readable."""

    detail_url_name = "lines:detail"

    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = EncryptedTextField("my line")
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(default=timezone.now)
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return "Line"  # never the text: it is private


class LineRevision(OwnedModel):
    """An earlier wording of a line, kept when the line was edited."""

    line = models.ForeignKey(Line, on_delete=models.CASCADE, related_name="revisions")
    text = EncryptedTextField("the line as it was")
    written_at = models.DateTimeField(help_text="when this wording was first written")
    replaced_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["replaced_at", "id"]

    def __str__(self) -> str:
        return "Line revision"


class CheckIn(OwnedModel):
    """The daily check-in: did I keep my lines today? One a local day (a second answer the
    same day changes the first)."""

    day = models.DateField()
    kept = models.BooleanField()
    note = EncryptedTextField("what happened", blank=True)
    # On a "Not today", whose line it was, if the person chose to say. No one named means the
    # slip counts against every person's lines.
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(fields=["user", "day"], name="lines_one_check_in_a_day")
        ]

    def __str__(self) -> str:
        return f"Check-in {self.day}"
