"""Account pages in the browser: allauth's messages wear the same calm colours as the app's own."""

import pytest

from tests.e2e.test_signup import fill_sign_up

BACKGROUND = "el => getComputedStyle(el).backgroundColor"
ACCENT_SOFT = """() => {
  const probe = document.createElement("div");
  probe.style.backgroundColor = "var(--detach-accent-soft)";
  document.body.append(probe);
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_allauths_messages_and_the_apps_own_share_one_calm_colour(
    chromium_browser, live_server, transactional_db, scheme
):
    context = chromium_browser.new_context(base_url=live_server.url, color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto("/accounts/signup/")
        fill_sign_up(page, f"calm-{scheme}@example.org", "a gentle long passphrase")
        sent = page.get_by_role("status").filter(has_text="We have sent a link")
        calm = page.evaluate(ACCENT_SOFT)
        assert sent.evaluate(BACKGROUND) == calm

        page.goto("/settings/")
        page.get_by_role("button", name="Save settings").click()
        saved = page.get_by_role("status").filter(has_text="Your settings are saved")
        assert saved.evaluate(BACKGROUND) == calm
    finally:
        context.close()
