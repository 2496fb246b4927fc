"""Leave quickly: on every page, signed in or out, error pages too, a plain link to a neutral
page (QUICK_EXIT_URL) that the page's script turns into location.replace. The browser tests
(tests/e2e/test_quick_exit.py) check what happens after leaving."""

import re
from unittest import mock

import pytest
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory
from django.views.csrf import csrf_failure

from tests.core.test_production_settings import run_manage
from tests.html import page_text

LINK = re.compile(
    r'<a class="btn btn-sm quick-exit[^"]*" href="([^"]+)" rel="noreferrer" data-quick-exit'
)


def exit_links(html: str) -> list[str]:
    return LINK.findall(html)


@pytest.mark.parametrize("path", ["/", "/help/", "/accounts/login/", "/accounts/signup/"])
def test_every_page_for_visitors_has_the_link_to_the_neutral_page(client, db, path, settings):
    settings.QUICK_EXIT_URL = "https://weather.example/today"
    html = client.get(path).content.decode()
    assert exit_links(html) == ["https://weather.example/today"]
    assert "Leave quickly" in page_text(html)
    assert '<script src="/static/js/quick-exit.js">' in html


@pytest.mark.parametrize("path", ["/progress/", "/journal/new/", "/settings/", "/accounts/email/"])
def test_every_signed_in_page_has_it_too(owner_client, path):
    html = owner_client.get(path).content.decode()
    assert exit_links(html) == ["https://www.bbc.com/weather"]


def test_the_not_found_page_has_it(client, db):
    assert exit_links(client.get("/no-such-page/").content.decode())


def test_the_error_pages_rendered_without_the_database_have_it(owner, db):
    client = Client(raise_request_exception=False)
    client.force_login(owner)
    with mock.patch("progress.views.render", side_effect=RuntimeError("boom")):
        html = client.get("/progress/").content.decode()
    assert exit_links(html) == ["https://www.bbc.com/weather"]


def test_the_expired_form_page_has_it(db):
    # Django renders 403_csrf.html without the request's context processors.
    request = RequestFactory().post("/accounts/login/")
    get_token(request)
    html = csrf_failure(request, reason="test").content.decode()
    assert "This form has expired" in html
    assert exit_links(html) == ["https://www.bbc.com/weather"]


def test_the_help_page_says_how_to_leave_quickly_and_clear_the_history(client, db):
    text = page_text(client.get("/help/"))
    assert "pressing the Esc key twice within a second" in text
    assert "Back does not bring it back" in text
    paragraph = re.search(r"To clear them, .*? which hold nothing you wrote\.", text).group(0)
    # Two sentences: how to clear the history, and why Detach keeps nothing in the browser.
    assert len(re.findall(r"[.!?](?:\s|$)", paragraph)) == 2
    assert "delete the Detach pages" in paragraph
    assert "Detach never keeps what you write in the browser" in paragraph


def test_a_quick_exit_address_that_is_not_a_web_address_stops_start_up():
    result = run_manage("check", env={"QUICK_EXIT_URL": "javascript:alert(1)"})
    assert result.returncode != 0
    assert "QUICK_EXIT_URL must be a full http(s) address" in result.stderr


def test_the_quick_exit_address_comes_from_the_environment():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.QUICK_EXIT_URL)",
        env={"QUICK_EXIT_URL": "https://example.org/news"},
    )
    assert result.stdout.strip().endswith("https://example.org/news"), result.stderr


def _signed_in_routes():
    from tests.security.test_requests import ROUTES

    return ROUTES


@pytest.mark.parametrize(
    ("name", "pattern"), _signed_in_routes(), ids=[r[0] for r in _signed_in_routes()]
)
def test_every_page_a_signed_in_person_can_open_carries_the_quick_exit(
    name, pattern, owner, owner_client
):
    """Walks every URL pattern: each one that answers a signed-in GET with a page (not a
    file, a redirect or an error) has the link."""
    from tests.security.test_requests import url_for

    response = owner_client.get(url_for(name, pattern, owner))
    if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
        return
    if response.headers.get("HX-Request") or b"<html" not in response.content:
        return  # an htmx fragment, swapped into a page that has the link
    assert len(exit_links(response.content.decode())) == 1, name
