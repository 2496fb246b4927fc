"""Writes that span many models: deleting an account."""

import logging

from allauth.account.internal.flows.login import _AUTHENTICATION_METHODS_USER_SESSION_KEY
from allauth.account.internal.stagekit import LOGIN_SESSION_KEY
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

logger = logging.getLogger(__name__)


def account_delete(*, user) -> None:
    """Delete the person and every row they own, in one transaction.

    Owned data, email addresses, two-factor devices and tracked sessions go by cascade; the
    session rows themselves are not linked to the user, so they are removed by key: those
    allauth tracked, and every other live session whose data names the person (see
    ``sessions_naming``: a sign-in stopped at the two-factor step is one). A short
    confirmation email, with no content, is sent once the deletion has committed.
    """
    email, user_id = user.email, user.pk
    with transaction.atomic():
        session_keys = set(
            UserSession.objects.filter(user=user).values_list("session_key", flat=True)
        )
        session_keys |= sessions_naming(user)
        Session.objects.filter(session_key__in=session_keys).delete()
        UserSession.objects.filter(user=user).delete()
        user.delete()
        transaction.on_commit(lambda: _send_deletion_confirmation(email))
    logger.info("account deleted: user id %s", user_id)


def sessions_naming(user) -> set[str]:
    """Keys of the live database sessions whose data refers to the person.

    A signed-in session holds their id; one stopped at the two-factor step (or at confirming the
    address) holds allauth's pending login, with their id in allauth's own form and their email;
    a recent sign-in's record of how they proved who they are names them too. Session data is
    signed and encoded, so each live session is decoded in turn (deleting an account is rare).
    """
    user_id = str(user.pk)
    login_pk = user_pk_to_url_str(user)
    emails = {
        e.lower() for e in EmailAddress.objects.filter(user=user).values_list("email", flat=True)
    }
    emails.add(user.email.lower())
    found = set()
    live = Session.objects.filter(expire_date__gt=timezone.now()).only(
        "session_key", "session_data"
    )
    for session in live.iterator(chunk_size=500):
        data = session.get_decoded()
        pending = data.get(LOGIN_SESSION_KEY)
        if (
            str(data.get(SESSION_KEY, "")) == user_id
            or str(data.get(_AUTHENTICATION_METHODS_USER_SESSION_KEY, "")) == user_id
            or (
                isinstance(pending, dict)
                and (
                    pending.get("user_pk") == login_pk
                    or (pending.get("email") or "").lower() in emails
                )
            )
        ):
            found.add(session.session_key)
    return found


def _send_deletion_confirmation(email: str) -> None:
    send_mail(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX
        + render_to_string("users/email/account_deleted_subject.txt").strip(),
        message=render_to_string("users/email/account_deleted.txt"),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[email],
        fail_silently=True,
    )
