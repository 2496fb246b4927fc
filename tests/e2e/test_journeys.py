"""A new person's whole journey, at desktop and phone size, every page audited on the way (axe,
console errors, CSP, sideways scrolling), signed out and signed in: sign up, take the whole quiz,
write an entry and find it again, one exercise in each practice module including the breathing
pacer, progress, a setting changed, sign out. Then the quiz and an entry by keyboard alone."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from journal.models import Entry
from practices.models import BreathingSession, ExpectationCheck, FulfillmentMap, NotingPractice
from quiz.models import Attempt
from tests.e2e.audit import problems, watch
from tests.e2e.conftest import DESKTOP, PHONE
from tests.e2e.test_journal import fill_entry, search_journal
from tests.e2e.test_practices import (
    fill_expectation_check,
    fill_fulfilment_map,
    fill_noting,
    finish_pacer,
    save_session,
    start_pacer,
)
from tests.e2e.test_quiz import V1, fill_quiz_start, finish_from
from tests.e2e.test_signup import fill_sign_up
from tests.quiz.factories import answers_for

EMAIL = "journey@example.org"
PASSPHRASE = "a gentle and long passphrase"
SIZES = {"desktop": DESKTOP, "phone": PHONE}


class Audit:
    """Checks each page the journey reaches and remembers where it has been."""

    def __init__(self, page):
        self.page = page
        self.errors = watch(page)
        self.visited: list[str] = []

    def __call__(self) -> None:
        self.page.wait_for_load_state("load")
        found = problems(self.page, self.errors)
        self.errors.clear()
        path = re.sub(r"^https?://[^/]+", "", self.page.url)
        self.visited.append(path)
        assert found == [], f"{path}: " + "\n".join(found)


@pytest.fixture(params=SIZES)
def sized_page(request, chromium_browser, live_server, transactional_db):
    phone = request.param == "phone"
    context = chromium_browser.new_context(
        viewport=SIZES[request.param], base_url=live_server.url, is_mobile=phone, has_touch=phone
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def open_from_menu(page, name: str) -> None:
    """Follow a link of the main menu, opening it first where it is folded away (phones)."""
    toggler = page.get_by_role("button", name="Open the menu")
    if toggler.is_visible():
        toggler.click()
        expect(toggler).to_have_attribute("aria-expanded", "true")
    page.get_by_role("navigation", name="Main").get_by_role("link", name=name, exact=True).click()


def sign_out(page) -> None:
    toggler = page.get_by_role("button", name="Open the menu")
    if toggler.is_visible():
        toggler.click()
    page.get_by_role("navigation", name="Main").get_by_role("button", name="Sign out").click()


def test_a_new_persons_whole_journey_passes_the_audit_on_every_page(sized_page):
    page, audit = sized_page, Audit(sized_page)

    # Signed out: the landing page, help, sign-up.
    page.goto("/")
    audit()
    page.get_by_role("link", name="Get support").click()
    audit()
    page.go_back()
    page.get_by_role("link", name="Create your private space").click()
    audit()
    fill_sign_up(page, EMAIL, PASSPHRASE)
    audit()
    expect(page.get_by_role("link", name="Start the path")).to_be_visible()
    user = get_user_model().objects.get(email=EMAIL)

    # The whole quiz, every page audited as it opens.
    open_from_menu(page, "Quiz")
    audit()
    page.get_by_role("link", name="Start the quiz").click()
    audit()
    fill_quiz_start(page)
    finish_from(page, 1, answers_for(anxiety=5, avoidance=3), on_page=lambda number: audit())
    page.wait_for_url(re.compile(r"/quiz/results/[0-9a-f-]{36}/$"))
    audit()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your attachment-style result")
    assert Attempt.objects.get(user=user).is_complete

    # The journal: write, then find the entry by a word in it.
    open_from_menu(page, "Journal")
    audit()
    expect(page.get_by_role("search")).to_have_count(0)  # nothing to search yet
    page.get_by_role("link", name="New entry").click()
    audit()
    fill_entry(page, title="After the call", body="I went for a walk along the canal instead.")
    audit()
    page.get_by_role("link", name="Entries").click()
    search_journal(page, "canal")
    audit()
    expect(page.locator(".journal-row")).to_have_count(1)
    expect(page.locator(".journal-row mark")).to_have_text("canal")

    # One exercise in each practice module.
    open_from_menu(page, "Practices")
    audit()
    page.get_by_role("link", name="Let go of unrealistic expectations").click()
    audit()
    page.get_by_role("link", name="Start an expectation check").click()
    audit()
    fill_expectation_check(page, "They should never be late.", on_hint=lambda page: audit())
    audit()

    open_from_menu(page, "Practices")
    page.get_by_role("link", name="Find fulfilment outside the relationship").click()
    audit()
    page.get_by_role("link", name="Take the map").click()
    audit()
    fill_fulfilment_map(page, gaps=("friends",))
    audit()

    open_from_menu(page, "Practices")
    page.get_by_role("link", name="Practise mindfulness").click()
    audit()
    page.get_by_role("link", name="Start breathing").click()
    audit()
    page.locator("#id_calm_before").fill("4")
    start_pacer(page)
    audit()  # while the shape breathes
    finish_pacer(page)
    save_session(page, "6")
    audit()
    page.get_by_role("link", name="Start noting").click()
    audit()
    fill_noting(page, "restless")
    audit()
    expect(page.locator("#noting-history")).to_contain_text("“restless”")
    assert ExpectationCheck.objects.filter(user=user).count() == 1
    assert FulfillmentMap.objects.filter(user=user).count() == 1
    assert BreathingSession.objects.filter(user=user).count() == 1
    assert NotingPractice.objects.filter(user=user).count() == 1

    # Progress shows the quiz result and the practice.
    open_from_menu(page, "Progress")
    audit()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your progress")

    # A setting changed and kept.
    open_from_menu(page, "Settings")
    audit()
    page.locator("#id_display_name").fill("Robin")
    page.get_by_label("Show practice streaks").check()
    page.get_by_role("button", name="Save settings").click()
    audit()
    expect(page.locator("#id_display_name")).to_have_value("Robin")
    user.refresh_from_db()
    assert (user.display_name, user.streaks_enabled) == ("Robin", True)

    # Signed out again, on a public page.
    sign_out(page)
    audit()
    expect(page.get_by_role("link", name="Sign in").first).to_be_visible()
    page.goto("/journal/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    audit()

    assert len(audit.visited) >= 30
    assert Entry.objects.filter(user=user).count() == 1


# Keyboard alone: Tab, Shift+Tab, Space, Enter and the arrow keys, never a click.

FOCUS_SHOWS = """async () => {
  let el = document.activeElement;
  if (!el || el === document.body) return false;
  // The quiz's radio buttons are hidden; their label carries the focus ring.
  if (el.matches("input") && getComputedStyle(el).opacity === "0" && el.labels.length) {
    el = el.labels[0];
  }
  // A focus ring may fade in: judge it once its transition (started by reading the style)
  // has finished.
  getComputedStyle(el).boxShadow;
  await Promise.all(el.getAnimations().map((a) => a.finished.catch(() => null)));
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  return outline || style.boxShadow !== "none";
}"""
DESCRIBE = """() => {
  const el = document.activeElement;
  const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "");
  return name + " " + (el.textContent || "").trim().slice(0, 40);
}"""


def tab_to(page, selector: str, *, backwards=False, limit=80) -> None:
    """Press Tab (or Shift+Tab) until `selector` has the focus, checking at every stop that the
    focus can be seen."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate("document.activeElement !== document.body"):
            assert page.evaluate(FOCUS_SHOWS), f"focus not visible on {page.evaluate(DESCRIBE)}"
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} never received the focus by {key}")


def choose_on_scale(page, code: str, value: int) -> None:
    """Tab into a statement's 1 to 7 scale, take 1 with Space, then move right to `value`."""
    tab_to(page, f"input[name={code}]")
    assert page.evaluate("document.activeElement.id") == f"id_{code}_0"
    page.keyboard.press("Space")
    for _ in range(value - 1):
        page.keyboard.press("ArrowRight")
    assert page.locator(f"#id_{code}_{value - 1}").is_checked()


@pytest.fixture
def keyboard_page(signed_in_page):
    signed_in_page.errors = watch(signed_in_page)
    return signed_in_page


def test_the_whole_quiz_by_keyboard_alone_with_the_focus_always_visible(keyboard_page):
    page = keyboard_page
    answers = answers_for(anxiety=3, avoidance=5, love_addict=2, love_avoidant=4)
    page.goto("/quiz/")
    tab_to(page, "main a[href='/quiz/take/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/quiz/take/")

    # The general quiz starts with one button (one person has a quiz of their own).
    tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")

    for number in range(1, V1.page_count + 1):
        page.get_by_text(f"Page {number} of {V1.page_count}", exact=True).wait_for()
        for item in V1.page(number):
            choose_on_scale(page, item.code, answers[item.code])
        if number == 2:
            # Shift+Tab walks back to the previous statement and the answer is still there.
            last, before = V1.page(2)[-1], V1.page(2)[-2]
            tab_to(page, f"input[name={before.code}]:checked", backwards=True)
            tab_to(page, f"input[name={last.code}]:checked")
        name = "See my result" if number == V1.page_count else "Next page"
        tab_to(page, "button[name=next]")
        assert page.evaluate("document.activeElement.textContent.trim()") == name
        page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/quiz/results/[0-9a-f-]{36}/$"))
    attempt = Attempt.objects.get(user=page.user)
    assert attempt.answers == answers
    assert (attempt.anxiety, attempt.avoidance) == (3.0, 5.0)
    assert problems(page, page.errors) == []


def test_writing_an_entry_by_keyboard_alone_with_the_focus_always_visible(keyboard_page):
    page = keyboard_page
    page.goto("/journal/")
    tab_to(page, "a[href='/journal/new/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/journal/new/")

    tab_to(page, "#id_title")
    page.keyboard.type("Quiet evening")
    tab_to(page, "#id_body")
    page.keyboard.type("I noticed the urge to check my phone and let it pass.")
    # Mood is a radio group: Tab lands on its first choice, the arrows move along it.
    tab_to(page, "input[name=mood]")
    page.keyboard.press("Space")
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    mood = page.evaluate("document.querySelector('input[name=mood]:checked').value")
    tab_to(page, "input[name=emotions]")
    page.keyboard.press("Space")
    emotion = page.evaluate("document.activeElement.value")
    tab_to(page, "#id_new_tags")
    page.keyboard.type("evening")
    tab_to(page, "#entry-form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/journal/[0-9a-f-]{36}/$"))

    entry = Entry.objects.get(user=page.user)
    assert entry.title == "Quiet evening"
    assert entry.body == "I noticed the urge to check my phone and let it pass."
    assert str(entry.mood) == mood
    assert emotion in entry.emotions
    assert [tag.name for tag in entry.tags.all()] == ["evening"]

    # Back to the list and find it by a word, still by keyboard.
    tab_to(page, "a[href='/journal/']")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/journal/$"))
    tab_to(page, "#id_q")
    page.keyboard.type("urge")
    page.keyboard.press("Enter")
    page.wait_for_url("**/journal/?q=urge*")
    expect(page.locator(".journal-row")).to_have_count(1)
    assert problems(page, page.errors) == []
