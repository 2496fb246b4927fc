"""Deleting an account leaves no session that names the person (issue 19, item 7): signed-in
ones, untracked ones, and sign-ins stopped at the two-factor step; other people's stay."""

from importlib import import_module

import pytest
from allauth.account.internal.stagekit import LOGIN_SESSION_KEY
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client

from tests.factories import PASSWORD, UserFactory

SessionStore = import_module(settings.SESSION_ENGINE).SessionStore


@pytest.fixture
def signed_in(owner) -> Client:
    client = Client()
    assert client.post("/accounts/login/", {"login": owner.email, "password": PASSWORD})
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    return client


def delete_account(client: Client) -> None:
    response = client.post("/settings/delete/", {"confirm": "delete my account"})
    assert "Your account is deleted" in response.content.decode()


def session_data(key: str) -> dict:
    return Session.objects.get(session_key=key).get_decoded()


def test_a_sign_in_stopped_at_the_two_factor_step_is_removed(signed_in, owner):
    TOTP.activate(owner, generate_totp_secret())
    halfway = Client()
    response = halfway.post("/accounts/login/", {"login": owner.email, "password": PASSWORD})
    assert response["Location"].startswith("/accounts/2fa/authenticate/")
    key = halfway.cookies[settings.SESSION_COOKIE_NAME].value
    assert LOGIN_SESSION_KEY in session_data(key)

    delete_account(signed_in)
    assert not Session.objects.filter(session_key=key).exists()


def test_a_session_allauth_never_tracked_is_removed_too(signed_in, owner):
    untracked = SessionStore()
    untracked["_auth_user_id"] = str(owner.pk)
    untracked.create()
    assert not UserSession.objects.filter(session_key=untracked.session_key).exists()

    delete_account(signed_in)
    assert not Session.objects.filter(session_key=untracked.session_key).exists()


def test_every_session_and_session_record_of_the_person_goes_and_others_stay(signed_in, owner):
    other = UserFactory()
    theirs = Client()
    theirs.post("/accounts/login/", {"login": other.email, "password": PASSWORD})
    visitor = Client()
    visitor.get("/accounts/login/")
    visitor.session.save()
    before = set(Session.objects.values_list("session_key", flat=True))

    delete_account(signed_in)

    left = set(Session.objects.values_list("session_key", flat=True))
    assert not UserSession.objects.filter(user_id=owner.pk).exists()
    assert all(str(owner.pk) != s.get_decoded().get("_auth_user_id") for s in Session.objects.all())
    assert theirs.cookies[settings.SESSION_COOKIE_NAME].value in left
    assert left < before
    assert theirs.get("/progress/").status_code == 200
