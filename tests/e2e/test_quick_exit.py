"""Leave quickly, in a real browser: the link and Esc pressed twice replace the page with the
neutral one, so Back does not show Detach; a single Esc, two slow ones, or an Esc another part
of the page used (stopping the breathing pacer) do not leave; without JavaScript the link is a
plain link; and on a phone it is on screen without scrolling.

The neutral page is a stub served by Playwright in place of the real address, so the test
needs no internet."""

import pytest
from playwright.sync_api import expect

EXIT_URL = "https://weather.example/today"
STUB = "<!DOCTYPE html><html lang=en><title>Weather</title><h1>Today's weather</h1></html>"


@pytest.fixture(autouse=True)
def neutral_page(settings):
    settings.QUICK_EXIT_URL = EXIT_URL


def serve_the_neutral_page(page) -> None:
    page.context.route(
        "https://weather.example/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body=STUB),
    )


def open_fresh(page, path: str) -> None:
    """Open `path` as the first page of a new tab (its history: a blank page, then Detach)."""
    serve_the_neutral_page(page)
    page.goto(path)
    expect(page.get_by_role("link", name="Leave quickly")).to_be_visible()


def assert_left_for_good(page, live_server) -> None:
    page.wait_for_url(EXIT_URL)
    expect(page.get_by_role("heading", name="Today's weather")).to_be_visible()
    page.go_back()
    page.wait_for_load_state()
    assert not page.url.startswith(live_server.url), page.url
    assert "Detach" not in page.content()


def test_the_link_replaces_the_page_so_back_does_not_show_detach(page, live_server):
    open_fresh(page, "/help/")
    page.get_by_role("link", name="Leave quickly").click()
    assert_left_for_good(page, live_server)


def test_esc_pressed_twice_leaves_the_same_way(page, live_server):
    open_fresh(page, "/")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    assert_left_for_good(page, live_server)


def test_a_signed_in_page_is_left_the_same_way(signed_in_page, live_server):
    page = signed_in_page
    serve_the_neutral_page(page)
    page.goto("/journal/new/")
    page.locator("#id_body").fill("Something nobody else should read.")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(EXIT_URL)
    assert "nobody else should read" not in page.content()


def test_one_esc_or_two_slow_ones_do_not_leave(page, live_server):
    open_fresh(page, "/help/")
    page.keyboard.press("Escape")
    page.wait_for_timeout(1300)
    page.keyboard.press("Escape")
    page.wait_for_timeout(500)
    assert page.url.startswith(live_server.url)
    expect(page.get_by_role("heading", name="Get support")).to_be_visible()


def test_an_esc_that_stops_the_breathing_pacer_does_not_count(signed_in_page, live_server):
    page = signed_in_page
    serve_the_neutral_page(page)
    page.goto("/practices/mindfulness/breathing/")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#pacer-phase")).to_have_text("Breathe in")
    page.keyboard.press("Escape")  # stops the pacer: used, so not the first of two
    expect(page.locator("#pacer-phase")).to_have_text("Stopped")
    page.keyboard.press("Escape")
    page.wait_for_timeout(500)
    assert page.url.startswith(live_server.url)
    page.keyboard.press("Escape")  # the second Esc that nothing else used
    page.wait_for_url(EXIT_URL)


def test_without_javascript_it_is_a_plain_link_to_the_neutral_page(chromium_browser, live_server):
    context = chromium_browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    try:
        serve_the_neutral_page(page)
        page.goto("/")
        link = page.get_by_role("link", name="Leave quickly")
        assert link.get_attribute("href") == EXIT_URL
        assert link.get_attribute("rel") == "noreferrer"
        link.click()
        page.wait_for_url(EXIT_URL)
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/", "/help/", "/accounts/login/"])
def test_on_a_phone_it_is_on_screen_without_scrolling(phone_page, live_server, path):
    phone_page.goto(path)
    box = phone_page.get_by_role("link", name="Leave quickly").bounding_box()
    viewport = phone_page.viewport_size
    assert box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"]
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]


def test_on_a_phone_it_is_on_screen_when_signed_in(chromium_browser, live_server, transactional_db):
    from tests.factories import PASSWORD, UserFactory

    user = UserFactory(email="phone@example.org")
    context = chromium_browser.new_context(
        base_url=live_server.url, viewport={"width": 390, "height": 844}, is_mobile=True
    )
    page = context.new_page()
    try:
        page.goto("/accounts/login/")
        page.locator("#id_login").fill(user.email)
        page.locator("#id_password").fill(PASSWORD)
        page.get_by_role("main").get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/today/")
        link = page.get_by_role("link", name="Leave quickly")
        expect(link).to_be_in_viewport()
        box = link.bounding_box()
        assert box["x"] + box["width"] <= 390
    finally:
        context.close()


@pytest.mark.parametrize("width", [360, 390])
def test_on_a_phone_the_brand_leave_quickly_and_the_menu_share_the_first_row(
    signed_in_page, live_server, width
):
    page = signed_in_page
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("/today/")
    brand = page.locator(".navbar-brand").bounding_box()
    for control in (
        page.get_by_role("link", name="Leave quickly"),
        page.get_by_role("button", name="Open the menu"),
    ):
        box = control.bounding_box()
        # Within the brand's row, and on screen: not a row of its own under it.
        assert box["y"] < brand["y"] + brand["height"]
        assert box["x"] + box["width"] <= width
