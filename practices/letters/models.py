"""Unsent letters: what a person wants to send someone, written here instead, and never sent.

A day after writing (24 hours, counted on the server), Detach asks once whether they still want
to send it: keep it here, let it go (it is deleted), or decide later. Whatever the answer, the
question is not asked again for that letter.
"""

from datetime import timedelta

from django.db import models
from django.utils import timezone

from detach.fields import EncryptedTextField
from detach.ownership import OwnedModel, OwnedQuerySet
from detach.people.models import Person

BODY_MAX_LENGTH = 5000
QUESTION_AFTER = timedelta(hours=24)


class LetterQuerySet(OwnedQuerySet):
    def due_the_question(self, now=None) -> "LetterQuerySet":
        """Letters written at least a day ago whose question has not been answered."""
        now = now or timezone.now()
        return self.filter(answered_at__isnull=True, written_at__lte=now - QUESTION_AFTER)


class Letter(OwnedModel):
    detail_url_name = "letters:detail"

    class Answer(models.TextChoices):
        KEEP = "keep", "Keep it here"
        LATER = "later", "Decide later"
        # Letting go deletes the letter, so it is never stored as an answer.

    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = EncryptedTextField("the letter")
    written_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(default=timezone.now)
    asked_at = models.DateTimeField(null=True, blank=True, editable=False)
    answered_at = models.DateTimeField(null=True, blank=True, editable=False)
    answer = models.CharField(max_length=8, choices=Answer.choices, blank=True, editable=False)

    objects = models.Manager.from_queryset(LetterQuerySet)()

    class Meta:
        ordering = ["-written_at", "-id"]
        indexes = [models.Index(fields=["user", "written_at"])]

    def __str__(self) -> str:
        return "Letter"  # never the text: it is private

    @property
    def url_answer(self) -> str:
        return self.url_to("letters:answer")

    def due_the_question(self, now=None) -> bool:
        now = now or timezone.now()
        return self.answered_at is None and now - self.written_at >= QUESTION_AFTER
