"""Clear requests: a request to someone, built step by step the way DBT's DEAR MAN suggests
(describe, express, assert, reinforce; stay mindful, appear confident, negotiate), then saved to
rehearse before a conversation that has to happen.
"""

from django.db import models
from django.utils import timezone

from detach.fields import EncryptedTextField
from detach.ownership import OwnedModel
from detach.people.models import Person

PART_MAX_LENGTH = 600


class ClearRequest(OwnedModel):
    detail_url_name = "dearman:detail"

    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    describe = EncryptedTextField("what happened, as a camera would see it")
    express = EncryptedTextField("how I feel about it", blank=True)
    ask = EncryptedTextField("what I am asking for")
    reinforce = EncryptedTextField("why it helps us both", blank=True)
    hold_to = EncryptedTextField("what I come back to if we drift", blank=True)
    negotiate = EncryptedTextField("what I could give on", blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "created_at"])]

    def __str__(self) -> str:
        return "Clear request"  # never the words: they are private

    @property
    def spoken_parts(self) -> list[str]:
        """What is said, in order: describe, express, ask, reinforce (empty parts left out)."""
        parts = (self.describe, self.express, self.ask, self.reinforce)
        return [part.strip() for part in parts if part and part.strip()]

    @property
    def assembled(self) -> str:
        """The request as one piece of plain text, to read aloud."""
        return " ".join(self.spoken_parts)

    @property
    def url_rehearse(self) -> str:
        return self.url_to("dearman:rehearse")
