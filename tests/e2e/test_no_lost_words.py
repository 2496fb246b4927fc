"""No lost words when the server is away: a save that gets a 503 or no answer at all keeps the
page and its text, says calmly that it is not saved yet, and lands whole once the server is
back, for the entry itself and for the autosaved draft. Nothing goes into the browser's
storage meanwhile."""

import re
import time

from playwright.sync_api import expect

from journal.models import Draft, Entry

STORAGE = (
    "JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage),"
    " document.cookie])"
)
NOT_SAVED = "Not saved yet, trying again"
# Long, with accents, Hebrew and Arabic (right to left), an emoji and several lines.
BODY = "\n".join(
    f"{n}. Ça va mieux aujourd’hui — שלום, אני כותבת לאט. مرحبا، هذا يومي. Straße 🌿 ok."
    for n in range(1, 41)
)


def wait_for(condition, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError("the condition never became true")


def fail_then_succeed(page, pattern: str):
    """Route POSTs to ``pattern``: the first gets a 503 page, the second no answer at all
    (the connection drops), every later one reaches the server. Returns the list of outcomes."""
    outcomes: list[str] = []

    def handle(route):
        if route.request.method != "POST":
            route.continue_()
            return
        if not outcomes:
            outcomes.append("503")
            route.fulfill(
                status=503,
                content_type="text/html",
                body="<p>Detach is resting for a moment</p>",
            )
        elif len(outcomes) == 1:
            outcomes.append("aborted")
            route.abort("connectionfailed")
        else:
            outcomes.append("through")
            route.continue_()

    page.route(re.compile(pattern), handle)
    return outcomes


def test_an_entry_saved_while_the_server_is_away_is_kept_and_saved_whole_later(
    signed_in_page,
):
    page, user = signed_in_page, signed_in_page.user
    page.goto("/journal/new/")
    outcomes = fail_then_succeed(page, r"/journal/new/$")
    # No autosave in between: this test is about the entry's own save.
    page.route(re.compile(r"/journal/drafts/save/$"), lambda route: route.abort())
    page.locator("#id_title").fill("Un jour · יום")
    page.locator("#id_body").fill(BODY)
    page.get_by_role("button", name="Save entry").click()

    status = page.locator("#draft-status")
    expect(status).to_contain_text(NOT_SAVED)
    # The page stays, with every word still in it.
    assert "/journal/new/" in page.url
    assert page.locator("#id_body").input_value() == BODY.replace("\r\n", "\n")

    page.wait_for_url(re.compile(r"/journal/[0-9a-f-]{36}/$"), timeout=20_000)
    assert outcomes == ["503", "aborted", "through"]
    entry = Entry.objects.get(user=user)
    assert entry.body == BODY.replace("\n", "\r\n") or entry.body == BODY
    assert entry.title == "Un jour · יום"
    expect(page.get_by_text("Your entry is saved.")).to_be_visible()
    assert "שלום" not in page.evaluate(STORAGE)
    assert "Ça va" not in page.evaluate(STORAGE)


def test_a_draft_autosaved_while_the_server_is_away_is_saved_whole_later(signed_in_page):
    page, user = signed_in_page, signed_in_page.user
    page.goto("/journal/new/")
    outcomes = fail_then_succeed(page, r"/journal/drafts/save/$")
    page.locator("#id_body").fill(BODY)

    status = page.locator("#draft-status")
    expect(status).to_contain_text(NOT_SAVED, timeout=10_000)
    expect(status).to_contain_text("Draft saved", timeout=20_000)
    assert outcomes[:3] == ["503", "aborted", "through"]

    def saved_draft():
        draft = Draft.objects.filter(user=user, saved_at__isnull=True).first()
        return draft if draft and len(draft.body) >= len(BODY) else None

    draft = wait_for(saved_draft)
    assert draft.body.replace("\r\n", "\n") == BODY
    assert "שלום" not in page.evaluate(STORAGE)
    assert page.locator("#id_body").input_value() == BODY
