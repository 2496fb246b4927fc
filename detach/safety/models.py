"""A person's safety plan and the answers they chose to keep from the relationship check.

Both are theirs alone (OwnedModel) and every word is encrypted at rest. A person has at most one
of each: the plan is a living document they edit, and keeping new answers replaces the old.
"""

import json

from django.db import models
from django.utils import timezone

from detach.fields import EncryptedTextField
from detach.ownership import OwnedModel
from detach.safety import content


class SafetyPlan(OwnedModel):
    """The six steps of a safety plan and the reasons to keep going, in the person's words."""

    warning_signs = EncryptedTextField("my warning signs", blank=True)
    on_my_own = EncryptedTextField("things I can do on my own to feel calmer", blank=True)
    people_and_places = EncryptedTextField(
        "people and places that take my mind off things", blank=True
    )
    people_to_ask = EncryptedTextField("people I can ask for help", blank=True)
    professionals = EncryptedTextField("professionals and lines I can call", blank=True)
    safer_surroundings = EncryptedTextField("making my surroundings safer", blank=True)
    reasons = EncryptedTextField("my reasons to keep going", blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user"], name="one_safety_plan_per_person")]

    def __str__(self) -> str:
        return "Safety plan"


def sections_with_text(plan: SafetyPlan | None) -> list[dict]:
    """The plan's sections, blank when there is no plan (a visitor's printable plan)."""
    return [
        {
            "field": section.field,
            "heading": section.heading,
            "hint": section.hint,
            "step": section.step,
            "text": getattr(plan, section.field) if plan is not None else "",
        }
        for section in content.PLAN_SECTIONS
    ]


class RelationshipCheck(OwnedModel):
    """The answers to the relationship check, kept only when the person asks for it.

    All the answers are one encrypted JSON text, so the database does not even show which
    questions were answered "yes"."""

    version = models.PositiveSmallIntegerField(default=content.CHECK_VERSION)
    answers_text = EncryptedTextField("answers (JSON)")
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user"], name="one_kept_relationship_check_per_person")
        ]

    def __str__(self) -> str:
        return "Relationship check answers"

    @property
    def answers(self) -> dict[str, str]:
        return json.loads(self.answers_text) if self.answers_text else {}

    @classmethod
    def keep(cls, *, user, answers: dict[str, str]) -> "RelationshipCheck":
        """Keep these answers for the person, replacing any kept before: one set, the latest."""
        check, _created = cls.objects.update_or_create(
            user=user,
            defaults={
                "answers_text": json.dumps(answers, sort_keys=True),
                "version": content.CHECK_VERSION,
                "answered_at": timezone.now(),
            },
        )
        return check

    def assessment(self) -> content.Assessment:
        return content.assess(self.answers)
