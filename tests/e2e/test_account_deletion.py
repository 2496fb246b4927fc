"""Deleting an account never traps: a mistyped phrase while a password check is due leads to the
password page, then back to the delete page at its own address, where the corrected phrase
deletes the account."""

import re

from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from playwright.sync_api import expect

from tests.e2e.audit import problems, watch
from tests.factories import PASSWORD, UserFactory

# allauth's record of how and when this session last confirmed who it is.
AUTHENTICATION_RECORDS = "account_authentication_methods"


def sign_in(page, email: str) -> None:
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/today/")


def make_the_password_check_due(page) -> None:
    """Every password confirmation of this browser's session, an hour in the past."""
    key = next(c["value"] for c in page.context.cookies() if c["name"] == "sessionid")
    session = SessionStore(session_key=key)
    records = session.get(AUTHENTICATION_RECORDS, [])
    for record in records:
        record["at"] -= 3600
    session[AUTHENTICATION_RECORDS] = records
    session.save()


def audited(page, errors) -> None:
    page.wait_for_load_state("load")
    found = problems(page, errors)
    errors.clear()
    assert found == [], f"{page.url}: " + "\n".join(found)


def test_a_mistyped_phrase_then_the_password_then_the_right_phrase_deletes_the_account(
    page, live_server, transactional_db
):
    user = UserFactory(email="leaving@example.org")
    sign_in(page, user.email)
    make_the_password_check_due(page)
    errors = watch(page)
    delete_page = f"{live_server.url}/settings/delete/"

    page.goto("/settings/delete/")
    audited(page, errors)
    page.get_by_label("To confirm, type").fill("delete my acount")
    page.get_by_role("button", name="Delete my account and everything in it").click()

    page.wait_for_url(re.compile(r"/accounts/reauthenticate/\?next="))
    audited(page, errors)
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm it is you")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Continue").click()

    page.wait_for_url(delete_page)
    audited(page, errors)
    told = page.get_by_role("status").filter(has_text="Nothing has been changed yet")
    expect(told).to_be_visible()
    expect(page.get_by_role("heading", name="Delete your account")).to_be_visible()
    page.get_by_label("To confirm, type").fill("delete my account")
    page.get_by_role("button", name="Delete my account and everything in it").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Your account is deleted")
    assert page.url == delete_page
    audited(page, errors)
    assert not get_user_model().objects.filter(email="leaving@example.org").exists()
