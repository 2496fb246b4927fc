"""Writes that span many models: deleting an account."""

import logging

from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)


def account_delete(*, user) -> None:
    """Delete the person and every row they own, in one transaction.

    Owned data, email addresses, two-factor devices and tracked sessions go by cascade; the
    session rows themselves are not linked to the user, so they are removed by key. A short
    confirmation email, with no content, is sent once the deletion has committed.
    """
    email, user_id = user.email, user.pk
    with transaction.atomic():
        session_keys = list(
            UserSession.objects.filter(user=user).values_list("session_key", flat=True)
        )
        Session.objects.filter(session_key__in=session_keys).delete()
        user.delete()
        transaction.on_commit(lambda: _send_deletion_confirmation(email))
    logger.info("account deleted: user id %s", user_id)


def _send_deletion_confirmation(email: str) -> None:
    send_mail(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX
        + render_to_string("users/email/account_deleted_subject.txt").strip(),
        message=render_to_string("users/email/account_deleted.txt"),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[email],
        fail_silently=True,
    )
