import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import identify_hasher

from detach.users.models import CONSENT_VERSION

User = get_user_model()
SIGNUP = "/accounts/signup/"


def signup_data(**overrides):
    data = {
        "email": "new@example.org",
        "password1": "a long enough passphrase",
        "password2": "a long enough passphrase",
        "consent": "on",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_signing_up_with_consent_creates_the_account_and_records_the_consent(client, db):
    response = client.post(SIGNUP, signup_data())
    assert response.status_code == 302
    user = User.objects.get(email="new@example.org")
    assert user.consent_version == CONSENT_VERSION
    assert user.consent_at is not None


def test_signing_up_signs_the_person_in_and_lands_on_today(client, db):
    response = client.post(SIGNUP, signup_data(), follow=True)
    assert response.redirect_chain[-1][0] == "/today/"
    assert response.context["user"].is_authenticated


def test_sign_up_without_consent_is_refused_and_keeps_what_was_typed(client, db):
    response = client.post(SIGNUP, signup_data(consent=None))
    assert response.status_code == 200
    assert not User.objects.exists()
    html = response.content.decode()
    assert "Please tick this box" in html
    assert 'value="new@example.org"' in html


def test_a_password_shorter_than_twelve_characters_is_refused(client, db):
    response = client.post(SIGNUP, signup_data(password1="short pass1", password2="short pass1"))
    assert response.status_code == 200
    assert not User.objects.exists()
    assert "at least 12 characters" in response.content.decode()


def test_passwords_are_hashed_with_argon2(client, db):
    client.post(SIGNUP, signup_data())
    user = User.objects.get(email="new@example.org")
    assert identify_hasher(user.password).algorithm == "argon2"


def test_people_sign_in_with_their_email(client, db):
    User.objects.create_user("me@example.org", "a long enough passphrase")
    response = client.post(
        "/accounts/login/", {"login": "me@example.org", "password": "a long enough passphrase"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/today/"


@pytest.mark.parametrize(
    "path", ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]
)
def test_allauth_pages_wear_the_apps_look(client, db, path):
    html = client.get(path).content.decode()
    assert "css/app.css" in html
    assert "form-control" in html


def test_the_settings_page_saves_a_time_zone(owner_client, owner):
    response = owner_client.post(
        "/settings/", {"display_name": "Sam", "timezone": "America/New_York", "reminder_hour": "18"}
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.timezone == "America/New_York"
    assert owner.display_name == "Sam"


def test_an_unknown_time_zone_is_refused_next_to_the_field(owner_client, owner):
    response = owner_client.post(
        "/settings/",
        {"display_name": "Sam", "timezone": "Mars/Base", "reminder_hour": "18"},
        follow=True,
    )
    assert response.status_code == 200
    assert "is-invalid" in response.content.decode()
    owner.refresh_from_db()
    assert owner.timezone == "Europe/London"
