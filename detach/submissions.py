"""One submit, one record.

Every form that creates something carries a random token (``submission``, a uuid4 drawn when
the blank form is shown). The record it creates keeps the token, under a unique constraint on
(user, submission), so the same form posted twice (a double tap, a retry after a lost answer)
finds the record the first post made instead of making a second one.
"""

from uuid import UUID, uuid4

from django import forms
from django.db import IntegrityError, models, transaction

FIELD_NAME = "submission"


def submission_field() -> forms.UUIDField:
    """The hidden token of a create form; a fresh one each time a blank form is shown."""
    return forms.UUIDField(required=False, widget=forms.HiddenInput, initial=uuid4)


def submission_model_field() -> models.UUIDField:
    """The token kept on a created record (empty for records made before tokens, or in bulk)."""
    return models.UUIDField(null=True, blank=True, editable=False)


def one_per_submission(model_name: str) -> models.UniqueConstraint:
    return models.UniqueConstraint(
        fields=["user", FIELD_NAME], name=f"{model_name}_one_per_submission"
    )


def posted_token(data) -> UUID | None:
    """The token a post carries, or None (no token, or not a UUID)."""
    raw = data.get(FIELD_NAME) if data is not None else None
    try:
        return UUID(str(raw)) if raw else None
    except ValueError:
        return None


def earlier_record(model, user, data):
    """The record an earlier post of this same form made, or None."""
    token = posted_token(data)
    if token is None:
        return None
    return model.objects.for_user(user).filter(**{FIELD_NAME: token}).first()


def save_once(instance, token: UUID | None):
    """Save a new record under its token; when a parallel post of the same form saved first,
    return that post's record instead. Returns (record, created)."""
    setattr(instance, FIELD_NAME, token)
    try:
        with transaction.atomic():
            instance.save()
    except IntegrityError:
        first = None
        if token is not None:
            first = (
                type(instance).objects.for_user(instance.user).filter(**{FIELD_NAME: token}).first()
            )
        if first is None:
            raise
        return first, False
    return instance, True
