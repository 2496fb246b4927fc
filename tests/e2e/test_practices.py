"""The practice modules in a real browser: one exercise per module, seen again in the history,
and the breathing pacer running (animated, and text-only under reduced motion)."""

import re

import pytest
from playwright.sync_api import expect

from practices.areas import AREAS


def fill_expectation_check(page, expectation: str, on_hint=None) -> None:
    """On a new expectation check: fill it in and save; `on_hint(page)` runs once the hint is up."""
    page.locator("#id_expectation").fill(expectation)
    expect(page.locator("#absolute-hint")).to_be_visible()
    if on_hint:
        on_hint(page)
    page.locator("#id_realism").fill("2")
    page.get_by_label("No, it depends on someone else").check()
    page.locator("#id_reframe").fill("I would like a short message when they are busy.")
    page.locator("#id_self_offer").fill("A walk with the dog.")
    page.get_by_role("button", name="Save this check").click()
    expect(page.get_by_role("heading", name="Your expectation check")).to_be_visible()


def fill_fulfilment_map(page, gaps: tuple[str, ...]) -> None:
    """On a new fulfilment map: every area matters (8); the `gaps` are barely fulfilled (2)."""
    for area in AREAS:
        group = page.get_by_role("group", name=area.name, exact=True)
        matters = group.get_by_role("group", name="How much does this matter to you?")
        matters.get_by_label("8", exact=True).check()
        low = "2" if area.code in gaps else "7"
        fulfilled = group.get_by_role("group", name="How fulfilled do you feel here right now?")
        fulfilled.get_by_label(low, exact=True).check()
    page.get_by_role("button", name="Save my map").click()
    expect(page.get_by_role("heading", name="Your fulfilment map")).to_be_visible()


def fill_noting(page, name: str) -> None:
    """On the noting practice: note a body sensation, name it, let it be, and save."""
    page.locator("#id_noticed").fill("A tight chest when the phone stays quiet.")
    page.get_by_label("A body sensation").check()
    page.locator("#id_name").fill(name)
    page.locator("#id_intensity_before").fill("7")
    page.get_by_label("I could let it be there").check()
    page.locator("#id_intensity_after").fill("4")
    page.get_by_role("button", name="Save this practice").click()


def test_an_expectation_check_points_out_absolute_words_and_lands_in_the_history(
    signed_in_page,
):
    page = signed_in_page
    page.goto("/practices/")
    page.get_by_role("link", name="Let go of unrealistic expectations").click()
    expect(page.get_by_role("heading", name="Where expectations come from")).to_be_visible()
    page.get_by_role("link", name="Start an expectation check").click()

    def absolute_words_are_named(page):
        expect(page.locator("#absolute-hint")).to_contain_text("“should”")
        expect(page.locator("#absolute-hint")).to_contain_text("“always”")

    fill_expectation_check(
        page, "They should always text me back within the hour.", absolute_words_are_named
    )
    expect(page.locator("mark.absolute-word")).to_have_count(2)
    page.get_by_role("link", name="Back to your checks").click()
    expect(page.locator("#history")).to_contain_text("They should always text me back")
    expect(page.locator("#history")).to_contain_text("Note how it went")


def test_a_fulfilment_map_shows_gaps_and_a_planned_activity_is_logged_as_done(signed_in_page):
    page = signed_in_page
    page.goto("/practices/fulfillment/")
    page.get_by_role("link", name="Take the map").click()
    fill_fulfilment_map(page, gaps=("friends", "nature"))
    expect(page.locator(".map-row-gap")).to_have_count(2)

    page.get_by_role("link", name="Plan something for friends").click()
    expect(page.locator("#id_area")).to_have_value("friends")
    page.locator("#id_title").fill("Coffee with Sam, just the two of us")
    page.get_by_role("button", name="Add to my week").click()
    week = page.locator("#week")
    expect(week).to_contain_text("Coffee with Sam")

    week.get_by_role("link", name=re.compile("Log as done")).click()
    page.locator("#id_enjoyment").fill("8")
    page.locator("#id_minutes").fill("90")
    page.locator("#id_note").fill("Laughed a lot.")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#week")).to_contain_text("enjoyed 8/10")
    expect(page.locator("#week")).to_contain_text("1 h 30 min")


def start_pacer(page) -> None:
    """On the breathing page: start the pacer and see it ask for the first breath."""
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#pacer-phase")).to_have_text("Breathe in")


def finish_pacer(page) -> None:
    """Stop the pacer early: the time is filled in and the calm-after question has the focus."""
    page.get_by_role("button", name="Finish now").click()
    expect(page.locator("#pacer-live")).to_contain_text("Your time is filled in below")
    expect(page.locator("#id_calm_after")).to_be_focused()


def save_session(page, calm_after: str) -> None:
    """Rate the calm after and save the session to the history."""
    page.locator("#id_calm_after").fill(calm_after)
    page.get_by_role("button", name="Save this session").click()
    page.wait_for_url(re.compile(r"/practices/mindfulness/#breathing-history$"))


def shape_transform(page) -> str:
    return page.evaluate("getComputedStyle(document.getElementById('pacer-shape')).transform")


def test_the_breathing_pacer_starts_animates_and_fills_in_the_log(signed_in_page):
    page = signed_in_page
    page.goto("/practices/mindfulness/breathing/")
    expect(page.locator("#custom-pattern")).to_be_hidden()
    page.locator("#id_calm_before").fill("3")
    page.get_by_label("My own pattern").check()
    expect(page.locator("#custom-pattern")).to_be_visible()
    page.locator("#id_inhale").fill("2")
    page.locator("#id_hold_in").fill("1")
    page.locator("#id_exhale").fill("2")
    page.locator("#id_hold_out").fill("0")
    page.locator("#pacer-length").select_option("1")
    expect(page.get_by_text("If you feel light-headed")).to_be_visible()

    start_pacer(page)
    expect(page.locator("#pacer-live")).to_have_text("Breathe in, 2")
    expect(page.locator("#pacer-shape")).to_have_class(re.compile("is-inhale"))
    first = shape_transform(page)
    page.wait_for_timeout(600)
    assert shape_transform(page) != first  # the shape grows while breathing in
    expect(page.locator("#pacer-phase")).to_have_text("Hold", timeout=3000)
    expect(page.locator("#pacer-phase")).to_have_text("Breathe out", timeout=3000)
    expect(page.locator("#pacer-shape")).to_have_class(re.compile("is-exhale"))
    expect(page.locator("#pacer-time")).to_contain_text("left")

    finish_pacer(page)
    expect(page.locator("#id_minutes")).to_have_value("0")
    seconds = int(page.locator("#id_seconds").input_value())
    assert 3 <= seconds <= 10
    save_session(page, "6")
    history = page.locator("#breathing-history")
    expect(history).to_contain_text("Own 2-1-2-0")
    expect(history).to_contain_text("(+3)")
    expect(history.locator("figure.chart-line > svg[role=img]")).to_have_count(1)


def test_a_pacer_stopped_early_logs_the_time_breathed_not_the_length_chosen(signed_in_page):
    from practices.models import BreathingSession

    page = signed_in_page
    page.goto("/practices/mindfulness/breathing/")
    page.locator("#id_calm_before").fill("4")
    expect(page.locator("#pacer-length")).to_have_value("5")
    start_pacer(page)
    page.wait_for_timeout(2000)
    finish_pacer(page)
    breathed = float(page.locator("#id_breathed_seconds").input_value())
    assert 2 <= breathed < 60  # seconds, far from the 5 minutes chosen
    save_session(page, "5")
    expect(page.locator(".messages")).to_contain_text(re.compile(r"Logged \d+ s of breathing"))
    assert BreathingSession.objects.get().duration_seconds == int(breathed + 0.5)


@pytest.fixture
def reduced_motion_page(chromium_browser, live_server, transactional_db):
    from tests.factories import PASSWORD, UserFactory

    user = UserFactory(email="still@example.org")
    context = chromium_browser.new_context(base_url=live_server.url, reduced_motion="reduce")
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/today/")
    yield page
    context.close()


def test_under_reduced_motion_the_pacer_paces_with_text_only(reduced_motion_page):
    page = reduced_motion_page
    page.goto("/practices/mindfulness/breathing/")
    page.get_by_label("Slow breathing (5-5)").check()
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#pacer")).to_have_class(re.compile("pacer--text-only"))
    expect(page.locator("#pacer-shape")).to_be_hidden()
    expect(page.locator("#pacer-phase")).to_have_text("Breathe in")
    count = page.locator("#pacer-count")
    expect(count).to_have_text("5")
    expect(count).to_have_text("3", timeout=4000)
    page.get_by_role("button", name="Pause").click()
    expect(page.locator("#pacer-phase")).to_have_text("Paused")
    page.get_by_role("button", name="Resume").click()
    expect(page.locator("#pacer-phase")).to_have_text(re.compile("Breathe (in|out)"))


def test_the_breathing_log_works_without_javascript(
    chromium_browser, live_server, transactional_db
):
    from tests.factories import PASSWORD, UserFactory

    user = UserFactory(email="nojs@example.org")
    context = chromium_browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.goto("/practices/mindfulness/breathing/")
    expect(page.locator("#pacer")).to_be_hidden()
    expect(page.get_by_text("Breathe with the pattern you chose")).to_be_visible()
    page.locator("#id_calm_before").fill("4")
    page.locator("#id_minutes").fill("10")
    page.locator("#id_calm_after").fill("7")
    page.get_by_role("button", name="Save this session").click()
    expect(page.locator("#breathing-history")).to_contain_text("10 min")
    context.close()


def test_a_noting_practice_is_saved_and_shown_in_the_history(signed_in_page):
    page = signed_in_page
    page.goto("/practices/mindfulness/")
    page.get_by_role("link", name="Start noting").click()
    fill_noting(page, "waiting")
    history = page.locator("#noting-history")
    expect(history).to_contain_text("“waiting”")
    expect(history).to_contain_text("Strength 7 → 4")


@pytest.mark.parametrize(
    "path",
    [
        "/practices/",
        "/practices/expectations/",
        "/practices/fulfillment/",
        "/practices/mindfulness/",
        "/practices/mindfulness/breathing/",
        "/practices/fulfillment/map/",
    ],
)
def test_practice_pages_fit_a_phone_without_sideways_scrolling(
    phone_page, live_server, transactional_db, path
):
    from tests.factories import PASSWORD, UserFactory

    user = UserFactory(email="phone@example.org")
    phone_page.goto("/accounts/login/")
    phone_page.locator("#id_login").fill(user.email)
    phone_page.locator("#id_password").fill(PASSWORD)
    phone_page.get_by_role("button", name="Sign In").click()
    phone_page.wait_for_url("**/today/")
    phone_page.set_viewport_size({"width": 360, "height": 740})
    phone_page.goto(path)
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 360


# The map as twenty number boxes in cards inside cards measured 3,026 px on this phone; as
# scales with both ends under each of the twenty, 2,940 px; with the ends said once, 2,637 px.
MAP_HEIGHT_BUDGET = 2700


def test_the_map_is_rated_with_thumb_sized_scales_on_a_phone_and_keeps_answers_on_an_error(
    phone_page, live_server, transactional_db
):
    from tests.factories import PASSWORD, UserFactory

    user = UserFactory(email="phone@example.org")
    phone_page.goto("/accounts/login/")
    phone_page.locator("#id_login").fill(user.email)
    phone_page.locator("#id_password").fill(PASSWORD)
    phone_page.get_by_role("button", name="Sign In").click()
    phone_page.wait_for_url("**/today/")
    phone_page.goto("/practices/fulfillment/map/")

    height = phone_page.evaluate("document.body.scrollHeight")
    assert height < MAP_HEIGHT_BUDGET, height
    # The ends are shown under the first area only, and every scale keeps them for a screen
    # reader.
    friends = phone_page.get_by_role("group", name="Friends", exact=True)
    family = phone_page.get_by_role("group", name="Family", exact=True)
    expect(friends.locator(".scale-ends").first).to_be_visible()
    assert family.locator(".scale-ends").first.bounding_box()["height"] <= 1
    expect(
        family.get_by_role("group", name="How much does this matter to you?")
    ).to_have_accessible_description(re.compile(r"0 means Not at all\s*, 10 means A great deal"))
    point = friends.get_by_role("group", name="How much does this matter to you?").get_by_label(
        "7", exact=True
    )
    box = point.bounding_box()  # the radio covers its whole segment
    assert box["height"] >= 40 and box["width"] >= 24, box  # a thumb, not a fingernail

    point.tap()
    # A chosen point is a filled segment, not underlined like a link.
    decoration = phone_page.evaluate(
        "getComputedStyle(document.querySelector('#div_id_importance_friends"
        " input:checked + .scale-point-label')).textDecorationLine"
    )
    assert decoration == "none"
    phone_page.get_by_role("button", name="Save my map").click()
    friends = phone_page.get_by_role("group", name="Friends", exact=True)
    expect(friends.get_by_label("7", exact=True).first).to_be_checked()
    expect(
        friends.get_by_role("group", name="How fulfilled do you feel here right now?")
    ).to_contain_text("Please choose a number from 0 to 10.")

    phone_page.set_viewport_size({"width": 360, "height": 740})
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 360


@pytest.mark.parametrize(
    "path", ["/practices/expectations/", "/practices/fulfillment/", "/practices/mindfulness/"]
)
def test_a_lesson_reads_as_well_set_text(signed_in_page, path):
    page = signed_in_page
    page.goto(path)
    lesson = page.locator(".lesson")
    expect(lesson).to_have_attribute("open", "")
    style = """el => {
        const s = getComputedStyle(el);
        return {size: parseFloat(s.fontSize), colour: s.color, lineHeight: parseFloat(s.lineHeight),
                width: el.getBoundingClientRect().width, after: parseFloat(s.marginBottom)};
    }"""
    heading = lesson.locator("h3").first.evaluate(style)
    paragraph = lesson.locator("p").first.evaluate(style)
    body = page.locator("body").evaluate(style)
    muted = page.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--bs-secondary-color')"
    )
    # Subheadings stand out from the text they introduce.
    assert heading["size"] >= paragraph["size"] * 1.15, (heading, paragraph)
    # The text is in the body's own colour, not the muted grey.
    assert paragraph["colour"] == body["colour"], (paragraph, muted)
    # About 60-75 characters a line, with room between lines and between paragraphs.
    assert paragraph["width"] <= 38 * 16 + 1, paragraph
    assert 1.5 <= paragraph["lineHeight"] / paragraph["size"] <= 1.75, paragraph
    assert paragraph["after"] >= paragraph["size"] * 0.9, paragraph
