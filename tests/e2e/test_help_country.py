"""On the help page, a visitor's browser time zone brings their country's lines first (the
choice goes in the address only), and the choice can be changed with the plain form."""

from playwright.sync_api import expect


def test_the_browser_time_zone_brings_its_countrys_lines_first(chromium_browser, live_server):
    context = chromium_browser.new_context(base_url=live_server.url, timezone_id="Australia/Sydney")
    page = context.new_page()
    try:
        page.goto("/help/")
        page.wait_for_url("**/help/?country=AU")
        expect(page.get_by_role("heading", name="In Australia")).to_be_visible()
        expect(page.locator("#id_country")).to_have_value("AU")
        assert page.evaluate("window.localStorage.length + window.sessionStorage.length") == 0
        # Changeable: another place, through the form.
        page.locator("#id_country").select_option("IE")
        page.get_by_role("button", name="Show").click()
        page.wait_for_url("**/help/?country=IE")
        expect(page.get_by_role("heading", name="In Ireland")).to_be_visible()
    finally:
        context.close()


def test_a_time_zone_with_no_lines_here_leaves_findahelpline_first(chromium_browser, live_server):
    context = chromium_browser.new_context(base_url=live_server.url, timezone_id="Europe/Paris")
    page = context.new_page()
    try:
        page.goto("/help/")
        expect(page.get_by_role("heading", name="Wherever you are")).to_be_visible()
        assert page.url.endswith("/help/")
    finally:
        context.close()
