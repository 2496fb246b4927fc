"""Choosing "Very low" in the journal shows, right there, one quiet line with the crisis line
for where the person lives and their safety plan; another mood puts it away again."""

from playwright.sync_api import expect


def test_choosing_very_low_shows_the_quiet_line_right_there(signed_in_page):
    page = signed_in_page  # a person in London (the factory's time zone)
    page.goto("/journal/new/")
    line = page.locator("#mood-care")
    expect(line).to_be_hidden()

    page.get_by_label("Very low").check()
    expect(line).to_be_visible()
    expect(line).to_contain_text("Samaritans")
    expect(line.get_by_role("link", name="Call 116 123")).to_have_attribute("href", "tel:116123")
    expect(line.get_by_role("link", name="Your safety plan")).to_have_attribute(
        "href", "/help/safety-plan/"
    )
    # Inside a polite live region, so a screen reader hears it without losing its place.
    expect(page.locator(".mood-care-region")).to_have_attribute("aria-live", "polite")

    page.get_by_label("Good", exact=True).check()
    expect(line).to_be_hidden()
    # Let the draft of the chosen mood be saved while the server is still there, so closing
    # the tab sends nothing after the test.
    expect(page.locator("#draft-status")).to_contain_text("Draft saved", timeout=10_000)


def test_after_saving_at_very_low_the_entry_page_shows_it_once(signed_in_page):
    page = signed_in_page
    page.goto("/journal/new/")
    page.locator("#id_body").fill("A heavy day.")
    page.get_by_label("Very low").check()
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_text("Your entry is saved.")).to_be_visible()
    expect(page.locator("#mood-care")).to_be_visible()
    page.reload()
    expect(page.locator("#mood-care")).to_have_count(0)
