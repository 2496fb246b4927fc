"""Every account page a person can reach (allauth's, signed out and signed in) speaks like the
rest of Detach: headings, buttons, labels, table headers and titles in sentence case, none of
allauth's stock title-case phrases, and no "user x" wording."""

import re
from html.parser import HTMLParser

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core import mail
from django.test import Client

from tests.factories import PASSWORD, UserFactory
from tests.html import page_text

# Stock allauth wording that must never reach a person.
STOCK_PHRASES = [
    "Sign In",
    "Sign Up",
    "Sign Out",
    "Signup",
    "Remember Me",
    "Forgot Password",
    "Confirm Access",
    "Email Addresses",
    "Make Primary",
    "Re-send Verification",
    "Add Email",
    "Change Password",
    "Password Reset",
    "Reset My Password",
    "Two-Factor Authentication",
    "Authenticator App",
    "Recovery Codes",
    "Started At",
    "IP Address",
    "Bad Token",
    "Verify Your Email Address",
    "is an email address for user",
    "for user",
    "Hello from",
]
# Words that keep their capital in the middle of a sentence.
PROPER = {"Detach", "I", "Android", "iOS", "macOS", "Windows", "Linux", "Firefox", "Chrome"}
WATCHED = {"h1", "h2", "h3", "h4", "h5", "h6", "button", "label", "th", "legend", "summary"}
WATCHED |= {"title", "caption"}


class _Wording(HTMLParser):
    """Collects the visible text of headings, buttons, labels, table headers, legends, titles,
    link-buttons and badges, plus placeholders and submit values."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[list[str]] = []
        self.stack: list[tuple[str, bool]] = []
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if attrs.get("placeholder"):
            self.found.append(attrs["placeholder"])
        if tag == "input" and attrs.get("type") == "submit" and attrs.get("value"):
            self.found.append(attrs["value"])
        if tag in {"input", "img", "br", "hr", "meta", "link", "source"}:
            return
        watched = tag in WATCHED or "btn" in classes or "badge" in classes
        self.stack.append((tag, watched))
        if watched:
            self.open.append([])

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, watched = self.stack.pop()
            if watched:
                text = " ".join("".join(self.open.pop()).split())
                if text:
                    self.found.append(text)
            if open_tag == tag:
                break

    def handle_data(self, data):
        # A badge inside a label is a piece of its own, not part of the label's sentence.
        if self.open:
            self.open[-1].append(data)


def wording(html: str) -> list[str]:
    parser = _Wording()
    parser.feed(html)
    return parser.found


def title_case_words(text: str) -> list[str]:
    """Capitalised words past the first of each sentence that are not names or acronyms."""
    suspects = []
    for sentence in re.split(r"(?<=[.!?:·—])\s+", text):
        words = re.findall(r"[A-Za-z][A-Za-z'’]*", sentence)
        for word in words[1:]:
            if word[0].isupper() and word not in PROPER and not word.isupper():
                suspects.append(word)
    return suspects


def wording_problems(response) -> list[str]:
    html = response.content.decode()
    problems = [f"title case: {text!r}" for text in wording(html) if title_case_words(text)]
    text = page_text(html)
    problems += [f"stock phrase: {p!r}" for p in STOCK_PHRASES if p in text]
    return problems


def test_the_check_catches_title_case_and_lets_sentences_through():
    assert title_case_words("Sign In") == ["In"]
    assert title_case_words("Remember Me") == ["Me"]
    assert title_case_words("Re-send Verification") == ["Verification"]
    assert title_case_words("Sign in to Detach") == []
    assert title_case_words("Firefox on Android. Signed in 3 days ago") == []
    html = (
        "<h1>Email Addresses</h1><a class='btn' href='/'>Add <b>Email</b></a>"
        "<input placeholder='New Password'>"
    )
    assert wording(html) == ["Email Addresses", "Add Email", "New Password"]


@pytest.fixture
def person(db):
    return UserFactory(email="wording@example.org")


@pytest.fixture
def confirmed_client(person) -> Client:
    """Signed in through the form, with the password confirmed again just now."""
    client = Client()
    client.post("/accounts/login/", {"login": person.email, "password": PASSWORD})
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    return client


def signed_out_pages(person) -> dict[str, Client | None]:
    unverified = EmailAddress.objects.create(user=person, email="new@example.org")
    key = EmailConfirmationHMAC(unverified).key
    token = default_token_generator.make_token(person)
    return {
        "/accounts/login/": None,
        "/accounts/signup/": None,
        "/accounts/password/reset/": None,
        "/accounts/password/reset/done/": None,
        f"/accounts/password/reset/key/{user_pk_to_url_str(person)}-{token}/": None,
        "/accounts/password/reset/key/1-not-a-real-token/": None,
        "/accounts/password/reset/key/done/": None,
        "/accounts/confirm-email/": None,
        f"/accounts/confirm-email/{key}/": None,
        "/accounts/confirm-email/not-a-real-key/": None,
        "/accounts/inactive/": None,
    }


def test_every_signed_out_account_page_speaks_in_sentence_case(client, person):
    found = {}
    for path in signed_out_pages(person):
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        found[path] = wording_problems(response)
    assert {path: p for path, p in found.items() if p} == {}


SIGNED_IN = [
    "/accounts/email/",
    "/accounts/password/change/",
    "/accounts/logout/",
    "/accounts/reauthenticate/",
    "/accounts/reauthenticate/code/",
    "/accounts/confirm-email/",
    "/accounts/2fa/",
    "/accounts/2fa/totp/activate/",
    "/accounts/sessions/",
]
WITH_TWO_FACTOR = [
    "/accounts/2fa/",
    "/accounts/2fa/reauthenticate/",
    "/accounts/2fa/totp/deactivate/",
    "/accounts/2fa/recovery-codes/",
    "/accounts/2fa/recovery-codes/generate/",
]


def assert_sentence_case(client, paths):
    found = {}
    for path in paths:
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        found[response.redirect_chain[-1][0] if response.redirect_chain else path] = (
            wording_problems(response)
        )
    assert {path: p for path, p in found.items() if p} == {}


def test_every_signed_in_account_page_speaks_in_sentence_case(confirmed_client, person):
    EmailAddress.objects.create(user=person, email="second@example.org")
    assert_sentence_case(confirmed_client, SIGNED_IN)


def test_the_code_and_two_factor_pages_speak_in_sentence_case(confirmed_client, person):
    confirmed_client.post("/accounts/reauthenticate/code/", {"recipient": person.email})
    assert_sentence_case(confirmed_client, ["/accounts/reauthenticate/code/confirm/"])
    TOTP.activate(person, generate_totp_secret())
    RecoveryCodes.activate(person)
    assert_sentence_case(confirmed_client, WITH_TWO_FACTOR)


def test_the_second_step_of_signing_in_with_two_factor_speaks_in_sentence_case(client, person):
    TOTP.activate(person, generate_totp_secret())
    response = client.post("/accounts/login/", {"login": person.email, "password": PASSWORD})
    assert response["Location"].startswith("/accounts/2fa/authenticate/")
    assert_sentence_case(client, ["/accounts/2fa/authenticate/"])


def test_a_person_without_a_password_confirms_by_code_and_chooses_one_in_sentence_case(db):
    person = UserFactory()
    person.set_unusable_password()
    person.save()
    client = Client()
    client.force_login(person)
    client.post("/accounts/reauthenticate/code/", {"recipient": person.email})
    code = re.search(r"^([A-Z0-9-]{6,})$", mail.outbox[-1].body, re.MULTILINE).group(1)
    client.post("/accounts/reauthenticate/code/confirm/", {"code": code})
    response = client.get("/accounts/password/set/")
    assert response.status_code == 200
    assert "Choose a password" in page_text(response)
    assert wording_problems(response) == []


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("/accounts/login/", {"login": "nobody@example.org", "password": "wrong"}),
        ("/accounts/signup/", {"email": "not an address"}),
        ("/accounts/password/reset/", {"email": ""}),
    ],
)
def test_signed_out_forms_with_mistakes_speak_in_sentence_case(client, db, path, data):
    response = client.post(path, data)
    assert response.status_code == 200
    assert wording_problems(response) == []


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("/accounts/password/change/", {"oldpassword": "wrong"}),
        ("/accounts/email/", {"action_add": "", "email": "not an address"}),
    ],
)
def test_signed_in_forms_with_mistakes_speak_in_sentence_case(confirmed_client, path, data):
    response = confirmed_client.post(path, data)
    assert response.status_code == 200
    assert wording_problems(response) == []


def test_the_sign_in_page_offers_to_keep_the_person_signed_in_in_its_own_words(client, db):
    text = page_text(client.get("/accounts/login/"))
    assert "Keep me signed in on this device" in text
    assert "Remember Me" not in text


def test_the_confirm_email_page_names_the_address_without_user_wording(client, person):
    unverified = EmailAddress.objects.create(user=person, email="new@example.org")
    response = client.get(f"/accounts/confirm-email/{EmailConfirmationHMAC(unverified).key}/")
    text = page_text(response)
    assert "new@example.org" in text
    assert "user" not in text.lower().replace("users", "")
