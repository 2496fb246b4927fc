"""Every email Detach sends carries the support page's full address in its footer.

tests/users/test_emails.py sends each email the way a person would and checks the footer on
it; here every message template is rendered, so one that no flow reaches yet is covered too,
allauth's own templates are all replaced by ours, and a new place that sends mail is noticed."""

import ast
from pathlib import Path

import allauth
import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone

ROOT = Path(settings.BASE_DIR)
TEMPLATES = ROOT / "templates"
FOOTER = "If things feel heavy, free support lines for where you live: "
ALLAUTH_TEMPLATES = Path(allauth.__file__).parent / "templates"
# allauth apps this project installs (socialaccount is not one of them).
INSTALLED_MAIL = ("account", "mfa", "usersessions")


def message_templates() -> list[str]:
    found = [
        str(path.relative_to(TEMPLATES))
        for folder in ("account/email", "mfa/email")
        for path in sorted((TEMPLATES / folder).glob("*_message.txt"))
        if path.name != "base_message.txt"
    ]
    found += [
        str(path.relative_to(TEMPLATES))
        for path in sorted((TEMPLATES / "users" / "email").glob("*.txt"))
        if not path.name.startswith("_") and not path.name.endswith("_subject.txt")
    ]
    return found


CONTEXT = {
    "user": None,
    "email": "person@example.org",
    "code": "123456",
    "activate_url": "https://detach.example.org/accounts/confirm-email/key/",
    "password_reset_url": "https://detach.example.org/accounts/password/reset/key/x/",
    "signup_url": "https://detach.example.org/accounts/signup/",
    "site_url": "https://detach.example.org",
    "unsubscribe_url": "https://detach.example.org/settings/unsubscribe/x/",
    "ip": "203.0.113.7",
    "user_agent": "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Firefox/128.0",
}


@pytest.mark.parametrize("name", message_templates())
def test_every_message_ends_with_the_support_address_from_the_request(name, db, settings):
    settings.ALLOWED_HOSTS = ["detach.example.org"]
    request = RequestFactory().get("/", HTTP_HOST="detach.example.org", secure=True)
    body = render_to_string(name, {**CONTEXT, "timestamp": timezone.now()}, request)
    assert body.rstrip().endswith(FOOTER + "https://detach.example.org/help/"), body[-300:]


@pytest.mark.parametrize("name", message_templates())
def test_without_a_request_the_address_comes_from_site_url(name, db, settings):
    settings.SITE_URL = "https://detach.example.org"
    body = render_to_string(name, {**CONTEXT, "timestamp": timezone.now()})
    assert body.rstrip().endswith(FOOTER + "https://detach.example.org/help/")


def test_there_are_messages_to_check():
    names = set(message_templates())
    assert "account/email/password_reset_key_message.txt" in names
    assert "mfa/email/totp_activated_message.txt" in names
    assert "users/email/reminder_daily_practice.txt" in names
    assert "users/email/account_deleted.txt" in names


def test_every_email_allauth_could_send_is_one_of_ours():
    shipped = {
        str(path.relative_to(ALLAUTH_TEMPLATES))
        for app in INSTALLED_MAIL
        for path in (ALLAUTH_TEMPLATES / app / "email").glob("*_message.*")
    }
    assert shipped, "allauth's templates moved: look again"
    ours = {str(path.relative_to(TEMPLATES)) for path in TEMPLATES.glob("*/email/*_message.*")}
    assert shipped - ours == set()


SENDERS = {
    "send_mail",
    "send_mass_mail",
    "mail_admins",
    "mail_managers",
    "EmailMessage",
    "EmailMultiAlternatives",
}
# The modules that send mail themselves, each with templates checked above. A new one must be
# added here once its emails carry the footer (allauth's go through account/email/).
KNOWN_SENDERS = {"detach/users/reminder_mail.py", "detach/users/services.py"}


def test_no_other_module_sends_mail_on_its_own():
    found = set()
    for package in ("detach", "journal", "quiz", "practices", "progress"):
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text())
            names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
            names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
            if names & SENDERS:
                found.add(str(path.relative_to(ROOT)))
    assert found == KNOWN_SENDERS
