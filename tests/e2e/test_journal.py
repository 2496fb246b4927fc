"""The journal in a real browser: write, find by a word, edit; lose nothing when a tab closes
mid-sentence or another tab saves first."""

import re
import time

from playwright.sync_api import expect

from journal.models import Draft, Entry

STORAGE = "JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])"


def wait_for(condition, timeout=8.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError("the condition never became true")


def fill_entry(page, *, title: str, body: str, mood="Good", emotion="Hopeful", tag="coast"):
    """On the writing page: fill in an entry, save it, and land on the entry."""
    page.locator("#id_title").fill(title)
    page.locator("#id_body").fill(body)
    page.get_by_label(mood, exact=True).check()
    page.get_by_label(emotion).check()
    page.locator("#id_new_tags").fill(tag)
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_url(re.compile(r"/journal/[0-9a-f-]{36}/$"))


def search_journal(page, word: str) -> None:
    """On the journal list: search for a word."""
    page.locator("#id_q").fill(word)
    page.get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"\?q=" + re.escape(word)))


def test_write_an_entry_find_it_by_a_word_and_edit_it(signed_in_page):
    page = signed_in_page
    page.goto("/journal/")
    prompt_text = page.locator(".prompt-text").inner_text()
    page.get_by_role("link", name="Write about this").click()
    expect(page.locator(".prompt-quote")).to_contain_text(prompt_text)
    fill_entry(
        page, title="By the water", body="Tonight I watched the Lighthouse blink and felt calmer."
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("By the water")
    expect(page.locator(".mood-badge")).to_contain_text("Good")

    page.get_by_role("link", name="Entries").click()
    search_journal(page, "lighthouse")
    rows = page.locator(".journal-row")
    expect(rows).to_have_count(1)
    expect(rows.locator("mark")).to_have_text("Lighthouse")
    expect(rows).to_contain_text("coast")
    assert "lighthouse" not in page.evaluate(STORAGE).lower()

    rows.get_by_role("link").first.click()
    page.get_by_role("link", name="Edit").click()
    page.locator("#id_body").fill("Tonight I watched the lighthouse blink. I stayed with it.")
    page.get_by_role("button", name="Save changes").click()
    expect(page.locator(".journal-text")).to_contain_text("I stayed with it.")
    entry = Entry.objects.get(user=page.user)
    assert entry.version == 2
    assert entry.body.endswith("I stayed with it.")


def test_typing_is_autosaved_and_nothing_is_lost_when_the_tab_closes(signed_in_page):
    page, user = signed_in_page, signed_in_page.user
    page.goto("/journal/new/")
    page.locator("#id_body").press_sequentially("The first half of a thought")
    assert "thought" not in page.evaluate(STORAGE)
    expect(page.locator("#draft-status")).to_contain_text("Draft saved", timeout=10_000)
    # Keep typing and close the tab at once, mid-sentence: the page sends what is left as it
    # goes (a beacon on pagehide), before the next timed autosave could run.
    page.locator("#id_body").press_sequentially(" and the rest of it")
    page.close(run_before_unload=True)

    def saved_draft():
        draft = Draft.objects.filter(user=user).first()
        return draft if draft and draft.body.endswith("the rest of it") else None

    draft = wait_for(saved_draft)
    assert draft.body == "The first half of a thought and the rest of it"

    page = page.context.new_page()
    page.goto("/journal/")
    page.get_by_role("link", name=re.compile("The first half of a thought")).click()
    expect(page.locator("#id_body")).to_have_value("The first half of a thought and the rest of it")
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_url(re.compile(r"/journal/[0-9a-f-]{36}/$"))
    assert Entry.objects.get(user=user).body.endswith("the rest of it")
    assert not Draft.objects.filter(user=user, saved_at__isnull=True).exists()


def test_a_second_tab_saving_first_leads_to_both_texts_side_by_side(signed_in_page):
    first = signed_in_page
    entry = Entry.objects.create(
        user=first.user, body="Morning words", entry_date=first.user.local_today()
    )
    second = first.context.new_page()
    first.goto(f"/journal/{entry.uuid}/edit/")
    second.goto(f"/journal/{entry.uuid}/edit/")

    second.locator("#id_body").fill("Written in the second tab")
    second.get_by_role("button", name="Save changes").click()
    second.wait_for_url(f"**/journal/{entry.uuid}/")

    first.locator("#id_body").fill("Written in the first tab")
    first.get_by_role("button", name="Save changes").click()
    expect(first.get_by_role("heading", level=1)).to_contain_text("changed while you were")
    expect(first.locator("#saved-text")).to_contain_text("Written in the second tab")
    expect(first.locator("#id_body")).to_have_value("Written in the first tab")

    first.get_by_role("button", name="Save mine as a separate entry").click()
    first.wait_for_url(re.compile(r"/journal/[0-9a-f-]{36}/$"))
    bodies = sorted(e.body for e in Entry.objects.filter(user=first.user))
    assert bodies == ["Written in the first tab", "Written in the second tab"]


def test_another_prompt_changes_the_card_in_place(signed_in_page):
    page = signed_in_page
    page.goto("/journal/")
    before = page.locator(".prompt-text").inner_text()
    page.get_by_role("link", name="Another prompt").click()
    expect(page.locator(".prompt-text")).not_to_have_text(before)
    assert page.url.endswith("/journal/")  # swapped by htmx, no reload
