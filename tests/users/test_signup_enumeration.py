"""Signing up with an address that has an account looks and costs the same as with a new one
(issue 19, item 6): same page, same messages, an email either way, one password hash either way.
Costs are compared by counting the password hashes (the slow part), never by timing."""

import pytest
from django.contrib.auth.hashers import Argon2PasswordHasher
from django.core import mail
from django.test import Client

from tests.factories import UserFactory
from tests.html import page_text

PASSWORDS = {
    "password1": "a long enough passphrase",
    "password2": "a long enough passphrase",
    "consent": "on",
}


@pytest.fixture(autouse=True)
def confirming_first(settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"


@pytest.fixture
def hashes(monkeypatch):
    """How many times a password was hashed with Argon2 (the hasher new accounts use)."""
    calls = []
    encode = Argon2PasswordHasher.encode

    def counting(self, password, salt):
        calls.append(password)
        return encode(self, password, salt)

    monkeypatch.setattr(Argon2PasswordHasher, "encode", counting)
    return calls


def sign_up(email: str):
    return Client().post("/accounts/signup/", {"email": email, **PASSWORDS}, follow=True)


def test_an_existing_and_a_new_address_get_the_same_redirects_page_and_messages(db):
    UserFactory(email="taken@example.org")
    taken, fresh = sign_up("taken@example.org"), sign_up("fresh@example.org")
    assert [url for url, _ in taken.redirect_chain] == [url for url, _ in fresh.redirect_chain]
    assert taken.status_code == fresh.status_code == 200
    assert page_text(taken).replace("taken@", "fresh@") == page_text(fresh)
    assert [str(m) for m in taken.context["messages"]] == [
        str(m).replace("fresh@", "taken@") for m in fresh.context["messages"]
    ]


def test_both_paths_send_one_email_to_the_address_typed(db):
    UserFactory(email="taken@example.org")
    mail.outbox.clear()
    sign_up("taken@example.org")
    sign_up("fresh@example.org")
    assert sorted(m.to[0] for m in mail.outbox) == ["fresh@example.org", "taken@example.org"]


def test_a_new_address_hashes_the_password_once(db, hashes):
    sign_up("fresh@example.org")
    assert hashes == [PASSWORDS["password1"]]


def test_an_address_that_has_an_account_hashes_the_password_once_too(db, hashes):
    UserFactory(email="taken@example.org")
    hashes.clear()
    sign_up("taken@example.org")
    assert hashes == [PASSWORDS["password1"]]
