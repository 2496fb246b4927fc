"""After sign-up, a person is told where the confirmation link went and what to do if nothing
arrives: in a message on the page they land on, or on the "check your email" page when
confirming is required before signing in."""

import pytest
from django.test import Client

from tests.factories import UserFactory
from tests.html import page_text

SIGNUP = {
    "password1": "a long enough passphrase",
    "password2": "a long enough passphrase",
    "consent": "on",
}


def sign_up(client: Client, email: str):
    return client.post("/accounts/signup/", {"email": email, **SIGNUP}, follow=True)


def test_after_sign_up_the_person_is_told_which_address_to_look_in_and_what_if_nothing_comes(
    client, db, settings
):
    settings.ACCOUNT_EMAIL_VERIFICATION = "optional"
    response = sign_up(client, "newcomer@example.org")
    assert response.redirect_chain[-1][0] == "/today/"
    text = page_text(response)
    assert "We have sent a link to confirm your address to newcomer@example.org" in text
    assert "spam or junk folder" in text
    assert "send it again from Settings" in text


@pytest.fixture
def confirming_first(settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"


def test_when_confirming_comes_first_the_check_your_email_page_names_the_address_once(
    client, db, confirming_first
):
    response = sign_up(client, "newcomer@example.org")
    assert response.redirect_chain[-1][0] == "/accounts/confirm-email/"
    text = page_text(response)
    page = text.rsplit("Check your email", 1)[1]  # after the heading (the title says it too)
    assert "We have sent a link to confirm your address to newcomer@example.org" in page
    assert text.count("newcomer@example.org") == 1, "the page and a banner both said it"
    assert "spam or junk folder" in text


def test_signing_up_with_an_address_that_has_an_account_looks_exactly_the_same(
    client, db, confirming_first
):
    UserFactory(email="taken@example.org")
    taken = page_text(sign_up(client, "taken@example.org"))
    fresh = page_text(sign_up(Client(), "fresh@example.org"))
    assert taken.replace("taken@", "fresh@") == fresh
