from django.core.management import call_command
from playwright.sync_api import expect

from tests.e2e.audit import contrast

PASSWORD = "a demo passphrase"


def test_a_person_with_a_seeded_year_switches_range_and_the_charts_change(page, transactional_db):
    call_command("seed_demo", email="seeded@example.org", password=PASSWORD, days=365, verbosity=0)
    page.goto("/accounts/login/")
    page.locator("#id_login").fill("seeded@example.org")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/today/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Progress").click()
    page.wait_for_url("**/progress/")
    mood = page.locator("figure.chart-line").filter(has_text="Mood by week")
    ninety_days = mood.locator("tbody tr").count()
    assert page.get_by_role("link", name="90 days").get_attribute("aria-current") == "page"
    assert contrast(page.get_by_role("link", name="90 days")) >= 4.5

    page.get_by_role("link", name="A year").click()
    page.wait_for_url("**/progress/?range=1y")
    assert page.get_by_role("link", name="A year").get_attribute("aria-current") == "page"
    a_year = mood.locator("tbody tr").count()
    assert a_year > ninety_days >= 12
    assert page.locator("figure.chart svg[role=img]").count() >= 6
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"]


def test_another_prompt_on_the_progress_page_swaps_the_card_there(signed_in_page):
    page = signed_in_page
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto("/progress/?range=1y")
    prompt = page.locator("#prompt-region .prompt-text")
    first = prompt.inner_text()
    page.evaluate("window.stillThisPage = true")  # gone if the whole page reloads

    page.get_by_role("link", name="Another prompt").click()
    expect(prompt).not_to_have_text(first)
    assert page.url.endswith("/progress/?range=1y")
    assert page.evaluate("window.stillThisPage === true")
    expect(page.get_by_role("link", name="Another prompt")).to_have_attribute(
        "href", "/progress/?range=1y&prompt=2"
    )
    assert errors == []  # htmx loads, and nothing breaks the page's content security policy


# The size each visible chart text is drawn at on screen: its font size in chart units scaled
# by the SVG's rendered width over its viewBox width.
RENDERED_TEXT_SIZES = """() => [...document.querySelectorAll("figure.chart svg[viewBox] text")]
  .filter((text) => text.getClientRects().length)
  .map((text) => {
    const svg = text.ownerSVGElement;
    const units = parseFloat(getComputedStyle(text).fontSize);
    const px = units * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return [text.textContent, Math.round(px * 10) / 10];
  })"""


def sign_in(page, email):
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/today/")


def test_on_a_360_px_phone_every_chart_text_is_at_least_12_px_and_every_area_named(
    chromium_browser, live_server, transactional_db
):
    call_command("seed_demo", email="phone@example.org", password=PASSWORD, days=800, verbosity=0)
    context = chromium_browser.new_context(
        viewport={"width": 360, "height": 800}, base_url=live_server.url
    )
    page = context.new_page()
    sign_in(page, "phone@example.org")
    page.goto("/progress/?range=all")
    sizes = page.evaluate(RENDERED_TEXT_SIZES)
    assert len(sizes) > 40
    assert [(text, px) for text, px in sizes if px < 12] == []
    areas = page.locator("figure.chart-categories svg text.chart-category")
    assert areas.count() == 10 and all(areas.nth(i).is_visible() for i in range(10))
    # Over "all", more than two years of writing are drawn whole, a year a row.
    assert page.locator(".chart-year-grid > svg").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # Over a year, the days are small month calendars on a phone.
    page.goto("/progress/?range=1y")
    assert [(text, px) for text, px in page.evaluate(RENDERED_TEXT_SIZES) if px < 12] == []
    assert page.locator(".month-grid-compact svg").is_visible()
    assert not page.locator(".month-grid-wide svg").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.goto("/quiz/")
    page.goto(page.locator("a[href^='/quiz/results/']").first.get_attribute("href"))
    sizes = page.evaluate(RENDERED_TEXT_SIZES)
    assert sizes and [(text, px) for text, px in sizes if px < 12] == []
    context.close()


def test_the_mood_card_is_as_tall_as_its_chart_on_a_wide_screen(page, transactional_db):
    call_command("seed_demo", email="wide@example.org", password=PASSWORD, days=200, verbosity=0)
    sign_in(page, "wide@example.org")
    page.goto("/progress/")
    card = page.locator("section[aria-labelledby='mood-title']")
    body = card.locator(".card-body")
    figure = card.locator("figure.chart")
    card_height = card.bounding_box()["height"]
    content = figure.bounding_box()["height"] + card.locator("h2").bounding_box()["height"]
    # The card body's padding and the heading's margin, no more: no half-empty card.
    assert card_height - content < 80, (card_height, content, body.bounding_box())


def test_a_chart_legend_is_set_no_larger_than_the_summary_under_it(
    chromium_browser, live_server, transactional_db
):
    call_command("seed_demo", email="legend@example.org", password=PASSWORD, days=30, verbosity=0)
    context = chromium_browser.new_context(
        viewport={"width": 360, "height": 800}, base_url=live_server.url
    )
    page = context.new_page()
    sign_in(page, "legend@example.org")
    page.goto("/progress/")
    sizes = page.evaluate(
        """() => [...document.querySelectorAll("figure.chart")]
          .filter((figure) => figure.querySelector(".chart-legend"))
          .filter((figure) => figure.querySelector(".chart-summary"))
          .map((figure) => [
            parseFloat(getComputedStyle(figure.querySelector(".chart-legend")).fontSize),
            parseFloat(getComputedStyle(figure.querySelector(".chart-summary")).fontSize),
          ])"""
    )
    assert len(sizes) >= 4
    assert all(legend <= summary for legend, summary in sizes), sizes
    context.close()
