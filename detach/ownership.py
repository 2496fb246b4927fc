"""The one place where per-person isolation is enforced.

Every model that holds a person's data inherits ``OwnedModel``: it has a ``user`` foreign key and
a manager whose ``for_user(user)`` is the only way views reach those rows. ``get_owned_or_404``
answers 404 for someone else's object, never 403, so nobody learns that it exists.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404


class OwnedQuerySet(models.QuerySet):
    def for_user(self, user) -> "OwnedQuerySet":
        if user is None or not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(user=user)


OwnedManager = models.Manager.from_queryset(OwnedQuerySet)


class OwnedModel(models.Model):
    """Base for every model holding a person's data: owned, and named in URLs by a UUID."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="%(app_label)s_%(class)s_set",
    )
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    objects = OwnedManager()

    class Meta:
        abstract = True


def get_owned_or_404(model_or_queryset, user, **lookup):
    """The person's own object matching ``lookup``, or 404 whether it is missing or not theirs."""
    if isinstance(model_or_queryset, models.QuerySet):
        queryset = model_or_queryset
    else:
        queryset = model_or_queryset._default_manager.all()
    if not hasattr(queryset, "for_user"):
        raise TypeError(f"{queryset.model.__name__} is not an owned model.")
    try:
        return queryset.for_user(user).get(**lookup)
    except (queryset.model.DoesNotExist, ValueError, ValidationError) as exc:
        raise Http404("Not found.") from exc
