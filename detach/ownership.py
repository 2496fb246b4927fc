"""The one place where per-person isolation is enforced.

Every model that holds a person's data inherits ``OwnedModel``: it has a ``user`` foreign key and
a manager whose ``for_user(user)`` is the only way views reach those rows. ``get_owned_or_404``
answers 404 for someone else's object, never 403, so nobody learns that it exists.
"""

import uuid
from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.urls import get_script_prefix, get_urlconf, reverse


class OwnedQuerySet(models.QuerySet):
    def for_user(self, user) -> "OwnedQuerySet":
        if user is None or not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(user=user)


OwnedManager = models.Manager.from_queryset(OwnedQuerySet)


class OwnedRow(models.Model):
    """Base for rows that belong to a person but are not their data in their own right: derived
    rows (the journal's search index) that can be rebuilt from the person's records. Owned and
    reached through ``for_user`` like everything else, deleted with the person, but with no
    uuid (nothing links to them) and left out of the export (they mean nothing outside)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="%(app_label)s_%(class)s_set",
    )

    objects = OwnedManager()

    class Meta:
        abstract = True


class OwnedModel(OwnedRow):
    """Base for every model holding a person's data: owned, and named in URLs by a UUID."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    objects = OwnedManager()

    # The URL name of the object's own page (taking ``uuid``), or None when it has none.
    detail_url_name: str | None = None

    class Meta:
        abstract = True

    def get_absolute_url(self) -> str:
        if self.detail_url_name is None:
            raise NotImplementedError(f"{type(self).__name__} has no page of its own.")
        return uuid_url(self.detail_url_name, self.uuid)

    def url_to(self, url_name: str) -> str:
        """The URL of one of the object's actions (``"practices:check_edit"``), reversed cheaply."""
        return uuid_url(url_name, self.uuid)


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


# Django's ``reverse`` costs tens of microseconds a call, which adds up on a list of rows that
# each link to their own page. The pattern is reversed once per URL name (and URLconf and script
# prefix, which can change between requests), with a placeholder uuid put where the uuid goes.
_PLACEHOLDER = uuid.UUID(int=0)


@cache
def _url_around_uuid(url_name: str, urlconf: str | None, prefix: str) -> tuple[str, str]:
    pattern = reverse(url_name, kwargs={"uuid": _PLACEHOLDER}, urlconf=urlconf)
    before, _, after = pattern.partition(str(_PLACEHOLDER))
    return before, after


def uuid_url(url_name: str, value: uuid.UUID | str) -> str:
    """``reverse(url_name, kwargs={"uuid": value})``, at the cost of one reverse per URL name."""
    before, after = _url_around_uuid(url_name, get_urlconf(), get_script_prefix())
    return f"{before}{value}{after}"
