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
