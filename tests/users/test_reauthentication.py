"""After confirming their password, a person is back on the page they were on, at its own
address, and nothing was done behind their back: they finish what they meant to themselves."""

import time
from html.parser import HTMLParser

import pytest
from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY, hotp_value
from django.contrib.auth import get_user_model
from django.test import Client

from tests.factories import PASSWORD
from tests.html import page_text

User = get_user_model()
NOTHING_DONE_YET = "Nothing has been changed yet"


@pytest.fixture
def signed_in(owner) -> Client:
    """Signed in through the form: a password check is due before anything sensitive."""
    client = Client()
    response = client.post("/accounts/login/", {"login": owner.email, "password": PASSWORD})
    assert response.status_code == 302
    return client


def confirm_password(client: Client, response) -> str:
    """Follow a redirect to the password page, confirm the password there, and return where
    the person is sent next."""
    assert response.status_code == 302
    password_page = response["Location"]
    assert password_page.startswith("/accounts/reauthenticate/?next=")
    assert client.get(password_page).status_code == 200
    next_url = password_page.split("?next=", 1)[1].replace("%2F", "/")
    confirmed = client.post("/accounts/reauthenticate/", {"password": PASSWORD, "next": next_url})
    assert confirmed.status_code == 302, "the password page answered with a page of its own"
    return confirmed["Location"]


def let_the_password_check_lapse(client: Client) -> None:
    """As if the last password check was an hour ago."""
    session = client.session
    records = session[AUTHENTICATION_METHODS_SESSION_KEY]
    for record in records:
        record["at"] -= 3600
    session[AUTHENTICATION_METHODS_SESSION_KEY] = records
    session.save()


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__()
        self.in_main = False
        self.actions: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main":
            self.in_main = True
        elif tag == "form" and self.in_main and (attrs.get("method") or "").lower() == "post":
            self.actions.append(attrs.get("action"))

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main = False


def post_form_actions(response) -> list[str | None]:
    parser = _Forms()
    parser.feed(response.content.decode())
    return parser.actions


def test_export_comes_back_to_its_own_page_after_the_password_and_downloads_there(signed_in):
    back_to = confirm_password(signed_in, signed_in.post("/settings/export/"))
    assert back_to == "/settings/export/"
    page = signed_in.get(back_to)
    assert page.status_code == 200
    assert NOTHING_DONE_YET in page_text(page)
    assert post_form_actions(page) == ["/settings/export/"]
    download = signed_in.post("/settings/export/")
    assert download["Content-Type"] == "application/zip"


def test_deletion_comes_back_to_its_own_page_after_the_password_and_deletes_there(signed_in, owner):
    mistyped = signed_in.post("/settings/delete/", {"confirm": "delete my acount"})
    back_to = confirm_password(signed_in, mistyped)
    assert back_to == "/settings/delete/"
    page = signed_in.get(back_to)
    assert post_form_actions(page) == ["/settings/delete/"]
    assert NOTHING_DONE_YET in page_text(page)
    deleted = signed_in.post("/settings/delete/", {"confirm": "delete my account"})
    assert "Your account is deleted" in page_text(deleted)
    assert not User.objects.filter(pk=owner.pk).exists()


def test_adding_an_email_comes_back_to_the_email_page_and_adds_nothing_behind_the_persons_back(
    signed_in, owner
):
    asked = signed_in.post("/accounts/email/", {"action_add": "", "email": "second@example.org"})
    back_to = confirm_password(signed_in, asked)
    assert back_to == "/accounts/email/"
    page = signed_in.get(back_to)
    assert NOTHING_DONE_YET in page_text(page)
    assert not EmailAddress.objects.filter(email="second@example.org").exists()
    signed_in.post("/accounts/email/", {"action_add": "", "email": "second@example.org"})
    assert EmailAddress.objects.filter(user=owner, email="second@example.org").exists()


def test_two_factor_set_up_comes_back_to_its_own_page_when_the_password_check_lapses(
    signed_in, owner
):
    back_to = confirm_password(signed_in, signed_in.get("/accounts/2fa/totp/activate/"))
    assert back_to == "/accounts/2fa/totp/activate/"
    assert signed_in.get(back_to).status_code == 200
    secret = signed_in.session[SECRET_SESSION_KEY]
    let_the_password_check_lapse(signed_in)
    code = f"{hotp_value(secret, int(time.time()) // 30):06d}"
    back_to = confirm_password(signed_in, signed_in.post(back_to, {"code": code}))
    assert back_to == "/accounts/2fa/totp/activate/"
    assert not Authenticator.objects.filter(user=owner).exists()
    page = signed_in.get(back_to)
    assert post_form_actions(page) == ["/accounts/2fa/totp/activate/"]


@pytest.mark.parametrize("path", ["/settings/", "/settings/export/", "/settings/delete/"])
def test_every_form_on_the_settings_pages_posts_to_its_own_page(owner_client, path):
    assert post_form_actions(owner_client.get(path)) == [path]
