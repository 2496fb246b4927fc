"""Every page, signed out and signed in, at desktop width and at 360 px: accessible (axe),
no console errors, no CSP violations, no sideways scrolling."""

import pytest
from django.core.management import call_command

from journal.models import Entry
from practices.models import ExpectationCheck, FulfillmentMap
from quiz.models import Attempt
from tests.e2e.audit import problems, watch

PASSWORD = "a demo passphrase"
SIGNED_OUT = [
    "/",
    "/help/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/no-such-page/",
]
SIGNED_IN = [
    "/progress/",
    "/progress/?range=all",
    "/help/",
    "/quiz/",
    "/quiz/take/",
    "/quiz/results/{result}/",
    "/journal/",
    "/journal/?q=walk",
    "/journal/new/",
    "/journal/{entry}/",
    "/journal/{entry}/edit/",
    "/journal/{entry}/delete/",
    "/journal/calendar/",
    "/journal/calendar/year/",
    "/journal/drafts/",
    "/practices/",
    "/practices/expectations/",
    "/practices/expectations/new/",
    "/practices/expectations/{check}/",
    "/practices/fulfillment/",
    "/practices/fulfillment/map/",
    "/practices/fulfillment/maps/{map}/",
    "/practices/fulfillment/activities/new/",
    "/practices/mindfulness/",
    "/practices/mindfulness/breathing/",
    "/practices/mindfulness/noting/",
    "/settings/",
    "/settings/export/",
    "/settings/delete/",
    "/accounts/email/",
    "/accounts/password/change/",
    "/accounts/2fa/",
    "/accounts/sessions/",
]
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone-360": {"width": 360, "height": 740}}


def audit_pages(browser, base_url, paths, *, viewport, storage_state=None) -> dict:
    context = browser.new_context(base_url=base_url, viewport=viewport, storage_state=storage_state)
    found = {}
    try:
        for path in paths:
            page = context.new_page()
            errors = watch(page)
            page.goto(path)
            page.wait_for_load_state("networkidle")
            if path == "/no-such-page/":
                errors = [e for e in errors if "404" not in e]  # the browser logs the 404 itself
            issues = problems(page, errors)
            if issues:
                found[path] = issues
            page.close()
    finally:
        context.close()
    return found


def report(found: dict) -> str:
    return "\n" + "\n".join(f"{path}: {issue}" for path, issues in found.items() for issue in issues)


@pytest.fixture
def demo_session(chromium_browser, live_server, transactional_db, tmp_path):
    call_command("seed_demo", email="audit@example.org", password=PASSWORD, days=90, verbosity=0)
    context = chromium_browser.new_context(base_url=live_server.url)
    page = context.new_page()
    page.goto("/accounts/login/")
    page.locator("#id_login").fill("audit@example.org")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/progress/")
    state = tmp_path / "state.json"
    context.storage_state(path=state)
    context.close()
    return state


def object_ids() -> dict[str, str]:
    return {
        "entry": Entry.objects.order_by("-entry_date").values_list("uuid", flat=True)[0],
        "result": Attempt.objects.exclude(completed_at=None).values_list("uuid", flat=True)[0],
        "check": ExpectationCheck.objects.values_list("uuid", flat=True)[0],
        "map": FulfillmentMap.objects.values_list("uuid", flat=True)[0],
    }


@pytest.mark.parametrize("width", WIDTHS)
def test_every_public_page_passes_the_audit(chromium_browser, live_server, transactional_db, width):
    found = audit_pages(chromium_browser, live_server.url, SIGNED_OUT, viewport=WIDTHS[width])
    assert found == {}, report(found)


@pytest.mark.parametrize("width", WIDTHS)
def test_every_signed_in_page_passes_the_audit(chromium_browser, live_server, demo_session, width):
    ids = object_ids()
    paths = [path.format(**ids) for path in SIGNED_IN]
    found = audit_pages(
        chromium_browser, live_server.url, paths, viewport=WIDTHS[width], storage_state=demo_session
    )
    assert found == {}, report(found)
