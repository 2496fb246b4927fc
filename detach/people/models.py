"""The people a person is working on taking distance from: an ex, a partner, a parent, a friend.

Their name is the person's own private word for them, so it is encrypted like any free text.
Other apps (the per-relationship quiz, urges, lines) point at a ``Person``.
"""

from django.db import models
from django.utils import timezone

from detach.fields import EncryptedTextField
from detach.ownership import OwnedModel

NAME_MAX_LENGTH = 60


class Person(OwnedModel):
    detail_url_name = "people:detail"

    class Relationship(models.TextChoices):
        PARTNER = "partner", "Partner"
        EX_PARTNER = "ex_partner", "Ex-partner"
        PARENT = "parent", "Parent"
        SIBLING = "sibling", "Sibling"
        FRIEND = "friend", "Friend"
        COLLEAGUE = "colleague", "Colleague"
        OTHER = "other", "Someone else"

    class Contact(models.TextChoices):
        NO_CONTACT = "none", "No contact"
        LIMITED = "limited", "Limited contact"
        CLOSE = "close", "Staying close, with boundaries"

    name = EncryptedTextField("name or nickname")
    relationship = models.CharField(max_length=12, choices=Relationship.choices)
    contact = models.CharField("how you want contact to be", max_length=8, choices=Contact.choices)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return "Person"  # never the name: it is private text

    @property
    def wants_distance(self) -> bool:
        """No contact or limited contact: a plan to see less of someone, where the
        relationship-safety check is offered first (issue 15)."""
        return self.contact in (self.Contact.NO_CONTACT, self.Contact.LIMITED)
