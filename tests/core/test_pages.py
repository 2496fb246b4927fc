import logging
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

from detach.logging import RedactPrivateDataFilter
from detach.steps import STEPS


def test_the_landing_page_explains_the_four_steps_and_invites_sign_up(client, db):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    for step in STEPS:
        assert step.name in html
    assert 'href="/accounts/signup/"' in html


def test_a_signed_in_person_is_sent_from_the_landing_page_to_today(owner_client):
    response = owner_client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/today/"


@pytest.mark.parametrize("path", ["/", "/help/", "/accounts/login/", "/accounts/signup/"])
def test_every_page_has_a_get_support_link(client, db, path):
    html = client.get(path).content.decode()
    assert 'href="/help/"' in html
    assert "Get support" in html


def test_the_signed_in_home_has_the_get_support_link(owner_client):
    assert "Get support" in owner_client.get("/progress/").content.decode()


def test_the_help_page_lists_crisis_lines_and_a_review_date(client, db):
    html = client.get("/help/").content.decode()
    for needle in [
        "988",
        "116 123",
        "Samaritans",
        "emergency number",
        "last reviewed",
        "not therapy",
    ]:
        assert needle in html


def test_healthz_answers_200_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"] == "up"


def test_healthz_answers_503_when_the_database_does_not(client, db):
    with mock.patch("detach.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503


def test_a_database_outage_shows_a_calm_503_page_not_a_traceback(owner, db):
    client = Client(raise_request_exception=False)
    client.force_login(owner)
    with mock.patch("progress.views.render", side_effect=OperationalError("gone")):
        response = client.get("/progress/")
    assert response.status_code == 503
    html = response.content.decode()
    assert "resting for a moment" in html
    assert "Traceback" not in html and "OperationalError" not in html
    assert "Get support" in html


def test_an_unexpected_error_shows_the_500_page_in_the_apps_look(owner, db):
    client = Client(raise_request_exception=False)
    client.force_login(owner)
    with mock.patch("progress.views.render", side_effect=RuntimeError("boom")):
        response = client.get("/progress/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_a_missing_page_is_a_calm_404(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()


def test_pages_carry_a_content_security_policy_without_inline_code(client, db):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_signed_in_pages_are_never_stored(owner_client):
    response = owner_client.get("/progress/")
    assert "no-store" in response.headers["Cache-Control"]


def test_security_headers_are_sent(client, db):
    headers = client.get("/").headers
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"


def test_query_strings_are_cut_from_log_messages():
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"GET %s HTTP/1.1" 200',
        ("/journal/?q=secret",),
        None,
    )
    RedactPrivateDataFilter().filter(record)
    assert "secret" not in record.getMessage()
    assert "/journal/?[redacted]" in record.getMessage()


def test_a_form_without_its_security_token_gets_a_calm_403(db):
    response = Client(enforce_csrf_checks=True).post("/accounts/login/", {"login": "a@b.org"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "This form has expired" in html
    assert "Get support" in html


def test_a_bad_request_gets_the_400_page_in_the_apps_look(client, db):
    from django.template.loader import render_to_string

    html = render_to_string("400.html")
    assert "That request did not make sense to us" in html
    response = client.get("/", HTTP_HOST="not-allowed.example")
    assert response.status_code == 400
    assert "That request did not make sense to us" in response.content.decode()
