"""Every email a person can get names Detach, greets them as Detach does, and never names the
server it came from ("Hello from 127.0.0.1:8000!"), outside the links they need to open. Each
email is triggered the way a person would, through a request made to 127.0.0.1:8000 as in
development (so the request's host is what allauth would have named)."""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY, hotp_value
from django.core import mail
from django.test import Client

from detach.users.reminder_mail import PREFERENCE_FIELD, send_reminder
from tests.factories import PASSWORD, UserFactory

HOST = "127.0.0.1:8000"
NEVER = ["127.0.0.1", "localhost", "example.com", "testserver", "Hello from", "Thank you for using"]
LINK = re.compile(r"https?://\S+")
NEW_PASSWORD = "a fresh and long passphrase"


SUPPORT_FOOTER = f"If things feel heavy, free support lines for where you live: http://{HOST}/help/"


def assert_speaks_like_detach(message) -> None:
    # Every email ends with where to find support, as a full address.
    assert message.body.rstrip().endswith(SUPPORT_FOOTER), message.body[-200:]
    prose = LINK.sub("<link>", message.body)
    assert "Detach" in prose
    for word in NEVER:
        assert word not in prose, f"{message.subject!r} says {word!r}"
        assert word not in message.subject
    assert message.subject.startswith("Detach: ")
    subject = message.subject.removeprefix("Detach: ")
    assert subject == subject[:1].lower() + subject[1:], "subjects follow the prefix in lower case"
    assert not re.search(r"\s[A-Z][a-z]", subject), f"title case in {message.subject!r}"
    for link in LINK.findall(message.body):
        assert link.startswith(f"http://{HOST}/"), link


def client(**kwargs) -> Client:
    # From an address of the documentation range, so any 127.0.0.1 would be the server's.
    return Client(HTTP_HOST=HOST, REMOTE_ADDR="203.0.113.7", **kwargs)


def only_email(subject_words: str):
    found = [m for m in mail.outbox if subject_words in m.subject]
    assert len(found) == 1, [m.subject for m in mail.outbox]
    return found[0]


@pytest.fixture
def person(db):
    return UserFactory(email="person@example.org", display_name="Sam")


@pytest.fixture
def confirmed(person) -> Client:
    """Signed in, the password confirmed again just now."""
    browser = client()
    browser.post("/accounts/login/", {"login": person.email, "password": PASSWORD})
    browser.post("/accounts/reauthenticate/", {"password": PASSWORD})
    mail.outbox.clear()
    return browser


SIGNUP = {"password1": "a long enough passphrase", "password2": "a long enough passphrase"}


def test_the_sign_up_confirmation(db):
    client().post("/accounts/signup/", {"email": "new@example.org", "consent": "on", **SIGNUP})
    message = only_email("confirm your email address")
    assert_speaks_like_detach(message)
    assert "new@example.org" in message.body
    assert f"http://{HOST}/accounts/confirm-email/" in message.body


def test_signing_up_again_with_an_address_that_has_an_account(person, settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"  # otherwise the form says so
    client().post("/accounts/signup/", {"email": person.email, "consent": "on", **SIGNUP})
    message = only_email("already have an account")
    assert_speaks_like_detach(message)
    assert f"http://{HOST}/accounts/password/reset/" in message.body


def test_the_password_reset_link(person):
    client().post("/accounts/password/reset/", {"email": person.email})
    message = only_email("choose a new password")
    assert_speaks_like_detach(message)
    assert message.body.startswith("Hello Sam,")
    assert f"http://{HOST}/accounts/password/reset/key/" in message.body


def test_a_password_reset_for_an_address_with_no_account(db):
    client().post("/accounts/password/reset/", {"email": "nobody@example.org"})
    message = only_email("no account")
    assert_speaks_like_detach(message)
    assert f"http://{HOST}/accounts/signup/" in message.body


def test_the_notice_after_a_password_reset(person):
    browser = client()
    browser.post("/accounts/password/reset/", {"email": person.email})
    link = LINK.search(only_email("choose a new password").body).group(0)
    form = browser.get(link.removeprefix(f"http://{HOST}"), follow=True)
    browser.post(form.redirect_chain[-1][0], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert_speaks_like_detach(only_email("password was reset"))


def test_the_notice_after_a_password_change_names_the_device(person):
    browser = client(HTTP_USER_AGENT="Mozilla/5.0 (Android 14; Mobile; rv:128.0) Firefox/128.0")
    browser.post("/accounts/login/", {"login": person.email, "password": PASSWORD})
    browser.post("/accounts/reauthenticate/", {"password": PASSWORD})
    browser.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    message = only_email("password was changed")
    assert_speaks_like_detach(message)
    assert "Firefox on Android" in message.body
    assert "Mozilla/5.0" not in message.body


def test_adding_confirming_and_making_an_address_primary_then_removing_the_old_one(
    confirmed, person
):
    confirmed.post("/accounts/email/", {"action_add": "", "email": "second@example.org"})
    message = only_email("confirm your email address")
    assert_speaks_like_detach(message)
    link = LINK.search(message.body).group(0).removeprefix(f"http://{HOST}")
    confirmed.post(link)
    confirmed.post("/accounts/email/", {"action_primary": "", "email": "second@example.org"})
    assert_speaks_like_detach(only_email("email address changed"))
    confirmed.post("/accounts/email/", {"action_remove": "", "email": person.email})
    assert_speaks_like_detach(only_email("email address was removed"))
    assert EmailAddress.objects.filter(user=person).count() == 1


def test_the_one_time_code_to_confirm_it_is_you(confirmed, person):
    confirmed.post("/accounts/reauthenticate/code/", {"recipient": person.email})
    assert_speaks_like_detach(only_email("one-time code"))


def test_two_factor_turned_on_and_off_and_new_recovery_codes(transactional_db, confirmed, person):
    # Committed for real: allauth sends these once the change is saved, during the request.
    confirmed.get("/accounts/2fa/totp/activate/")
    secret = confirmed.session[SECRET_SESSION_KEY]
    code = f"{hotp_value(secret, int(time.time()) // 30):06d}"
    confirmed.post("/accounts/2fa/totp/activate/", {"code": code})
    assert_speaks_like_detach(only_email("two-factor sign-in is on"))
    confirmed.post("/accounts/2fa/recovery-codes/generate/")
    assert_speaks_like_detach(only_email("new recovery codes"))
    confirmed.post("/accounts/2fa/totp/deactivate/")
    assert_speaks_like_detach(only_email("two-factor sign-in is off"))


def test_the_confirmation_that_the_account_is_deleted(
    confirmed, person, django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = f"http://{HOST}"  # sent after the request, so from SITE_URL
    with django_capture_on_commit_callbacks(execute=True):
        confirmed.post("/settings/delete/", {"confirm": "delete my account"})
    assert_speaks_like_detach(only_email("account has been deleted"))


@pytest.mark.parametrize("kind", list(PREFERENCE_FIELD))
def test_every_reminder(person, kind, settings):
    settings.SITE_URL = f"http://{HOST}"
    send_reminder(person, kind)
    (message,) = mail.outbox
    assert_speaks_like_detach(message)


def test_the_check_would_catch_allauths_own_greeting():
    stock = mail.EmailMessage(
        subject="Detach: Please Confirm Your Email Address",
        body="Hello from 127.0.0.1:8000!\n\nThank you for using 127.0.0.1:8000!\n127.0.0.1:8000"
        + "\n\n"
        + SUPPORT_FOOTER,
    )
    with pytest.raises(AssertionError, match="Hello from"):
        assert_speaks_like_detach(stock)


def test_the_check_would_catch_an_email_without_the_support_footer():
    bare = mail.EmailMessage(subject="Detach: a note", body="Hello,\n\nTake good care,\nDetach")
    with pytest.raises(AssertionError):
        assert_speaks_like_detach(bare)
