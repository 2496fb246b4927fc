"""Issue 14, requirement 2, beyond the quiz: Back after a form error lands on a Detach page,
never on the browser's "Confirm Form Resubmission" / ERR_CACHE_MISS page, and the words typed
are still there. (The quiz has its own test in test_quiz.py.)"""

import re

from playwright.sync_api import expect

URGE_PAGE = re.compile(r".*/urges/[0-9a-f-]{36}/$")
WORDS = "Ask whether they still think of me"


def is_a_detach_page(page) -> bool:
    return page.title().endswith("Detach") and page.get_by_role("banner").is_visible()


def test_back_after_riding_out_an_urge_sent_with_a_mistake_is_a_detach_page(signed_in_page):
    page = signed_in_page
    page.goto("/urges/ride/")
    page.locator("input[name=kind][value=own]").check()
    page.locator("#id_own_words").fill(WORDS)
    page.get_by_role("button", name="Start the pause").click()

    # The strength was missing: the page says so, and kept the words.
    expect(page.locator("#form-problems")).to_contain_text("Nothing you wrote is lost")
    assert page.locator("#id_own_words").input_value() == WORDS
    assert "?sent=" in page.url

    # A reload asks nothing and loses nothing.
    page.reload()
    assert page.locator("#id_own_words").input_value() == WORDS

    page.locator("#id_intensity_before_7").click()
    page.get_by_role("button", name="Start the pause").click()
    page.wait_for_url(URGE_PAGE)

    # Back, to the page that showed the mistake: a real page, not the browser's error.
    page.go_back()
    page.wait_for_load_state()
    assert is_a_detach_page(page)
    expect(page.get_by_role("heading", name="Ride it out")).to_be_visible()


def test_back_after_a_journal_entry_sent_with_a_mistake_is_a_detach_page(signed_in_page):
    page = signed_in_page
    page.goto("/journal/new/")
    page.get_by_label("Title (optional)").fill(WORDS)
    page.get_by_role("button", name="Save entry").click()

    # No body: the note is next to it, and the title is kept.
    expect(page.locator("#form-problems")).to_contain_text("Nothing you typed is lost")
    expect(page.locator("#id_body")).to_have_attribute("aria-invalid", "true")
    assert page.get_by_label("Title (optional)").input_value() == WORDS

    page.locator("#id_body").fill("Then I wrote the rest here instead.")
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_url(re.compile(r".*/journal/[0-9a-f-]{36}/$"))
    expect(page.locator("main")).to_contain_text("Your entry is saved")

    page.go_back()
    page.wait_for_load_state()
    assert is_a_detach_page(page)
