"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Playwright cannot download its own browsers here, so it is pointed at /usr/bin/chromium. Where
Chromium is missing the tests skip with a clear message, except under CI=true, where a missing
browser is a failure.
"""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django must still let the test
# thread use the database.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(autouse=True)
def _server_finishes_before_the_database_is_emptied(request):
    """Wait, after a browser test, until the live server has answered every request.

    A page can still have a request in flight when its test ends (an autosaved draft, a
    check-in). Its browser context is closed first, but the server thread goes on writing, and
    emptying the database under it deadlocked PostgreSQL in CI. This fixture is set up after
    the database fixture, so its teardown runs before the flush."""
    if "live_server" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("transactional_db")
    server = request.getfixturevalue("live_server")
    yield
    # socketserver keeps each request's thread in a list here while block_on_close is on (its
    # default); before the first request it is a placeholder that holds nothing.
    threads = getattr(server.thread.httpd, "_threads", None)
    for thread in list(threads) if isinstance(threads, list) else []:
        thread.join(timeout=15)


@pytest.fixture(autouse=True)
def _each_browser_test_starts_with_an_empty_cache(request):
    """Empty the cache before a live-server test, as the database is emptied after one.

    The cache lives in a database table that the flush between transactional tests leaves
    alone, so allauth's sign-in rate limit (30 a minute from one address) counted the sign-ins
    of every browser test before: on a fast machine the 31st in a minute got "Too many
    requests" instead of the Today page."""
    if "live_server" not in request.fixturenames:
        return
    request.getfixturevalue("transactional_db")
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(scope="session")
def chromium_browser():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        message = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)."
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " Browser tests are required in CI.", pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(chromium_browser, live_server):
    context = chromium_browser.new_context(viewport=DESKTOP, base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def phone_page(chromium_browser, live_server):
    context = chromium_browser.new_context(
        viewport=PHONE, base_url=live_server.url, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def signed_in_page(page, live_server, transactional_db):
    """A browser page signed in as a fresh person (through the real sign-in form)."""
    from tests.factories import PASSWORD, UserFactory

    user = UserFactory(email="browser@example.org")
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/today/")
    page.user = user
    return page
