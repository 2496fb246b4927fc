"""Reminder emails. They never quote anything the person wrote, and each carries a one-click
unsubscribe link (and the List-Unsubscribe headers mail clients use)."""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse

from detach.users.models import ReminderLog

UNSUBSCRIBE_SALT = "detach.reminders.unsubscribe"
PREFERENCE_FIELD = {
    ReminderLog.Kind.DAILY_PRACTICE: "remind_daily_practice",
    ReminderLog.Kind.WEEKLY_REFLECTION: "remind_weekly_reflection",
    ReminderLog.Kind.QUIZ_RETAKE: "remind_quiz_retake",
    ReminderLog.Kind.PATH_NEXT: "remind_path",
}


def unsubscribe_token(user, kind: str) -> str:
    return signing.dumps({"u": user.pk, "k": kind}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> tuple[int, str] | None:
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if data.get("k") not in PREFERENCE_FIELD:
        return None
    return data["u"], data["k"]


def send_reminder(user, kind: str) -> None:
    unsubscribe_url = settings.SITE_URL + reverse(
        "users:unsubscribe", args=[unsubscribe_token(user, kind)]
    )
    body = render_to_string(
        f"users/email/reminder_{kind}.txt",
        {"user": user, "site_url": settings.SITE_URL, "unsubscribe_url": unsubscribe_url},
    )
    EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX
        + render_to_string(f"users/email/reminder_{kind}_subject.txt").strip(),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    ).send()
