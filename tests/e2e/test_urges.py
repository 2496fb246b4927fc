"""Riding out an urge on a phone, from the one tap in the bar to the saved outcome."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import PASSWORD, UserFactory

URGE_PAGE = re.compile(r".*/urges/[0-9a-f-]{36}/$")


def sign_in(page):
    user = UserFactory(email="urges@example.org")
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/today/")
    return user


@pytest.fixture
def phone(phone_page, live_server, transactional_db):
    phone_page.user = sign_in(phone_page)
    return phone_page


def test_a_phone_rides_out_an_urge_from_one_tap_to_the_saved_outcome(phone):
    from detach.people.models import Person
    from practices.urges.models import Urge

    Person.objects.create(user=phone.user, name="Robin", relationship="ex_partner", contact="none")
    phone.reload()
    reach_out = phone.get_by_role("banner").get_by_role("link", name="I want to reach out")
    assert reach_out.is_visible()  # in the bar, without opening the menu
    reach_out.tap()
    phone.wait_for_url("**/urges/ride/")
    phone.get_by_label("Who is it about?").select_option(label="Robin")
    phone.get_by_label("Check their profile").check()
    phone.locator("#id_intensity_before_8").tap()
    phone.get_by_label("2 minutes").check()
    phone.get_by_role("button", name="Start the pause").tap()
    phone.wait_for_url(URGE_PAGE)
    assert phone.locator("[data-pause-clock]").is_visible()
    assert "left" in phone.locator("[data-pause-clock]").inner_text()
    # While the pause runs the outcome waits behind one link.
    assert phone.locator("#how-it-went").is_hidden()
    phone.get_by_role("link", name="I'm ready to say how it went").tap()
    phone.locator("#id_intensity_after_3").tap()
    phone.get_by_label("It passed").check()
    phone.get_by_label("What did you do instead? (optional)").fill("Made tea by the window")
    phone.get_by_role("button", name="Save how it went").tap()
    expect(phone.locator("main")).to_contain_text("Your answer is saved")
    urge = Urge.objects.get(user=phone.user)
    assert (urge.kind, urge.intensity_before, urge.pause_minutes) == ("profile", 8, 2)
    assert (urge.outcome, urge.intensity_after, urge.instead) == (
        "passed",
        3,
        "Made tea by the window",
    )
    assert urge.person.name == "Robin"


def test_the_countdown_does_not_move_under_reduced_motion(phone):
    phone.emulate_media(reduced_motion="reduce")
    phone.goto("/urges/ride/")
    phone.get_by_label("Text or call them").check()
    phone.locator("#id_intensity_before_6").tap()
    phone.get_by_role("button", name="Start the pause").tap()
    phone.wait_for_url(URGE_PAGE)
    assert phone.locator("[data-pause-clock]").is_visible()
    styles = phone.evaluate(
        """() => ['.urge-wave svg', '[data-pause-bar]'].map((s) => {
            const style = getComputedStyle(document.querySelector(s));
            return [style.animationName, style.transitionDuration];
        })"""
    )
    assert styles == [["none", "0s"], ["none", "0s"]]
    # The live region speaks the minutes, not every second.
    assert phone.locator("[data-pause-live]").inner_text() == "10 minutes left."


def test_on_a_phone_every_urge_card_puts_its_numbers_under_its_title(phone):
    from datetime import timedelta

    from django.utils import timezone

    from practices.urges.models import Kind
    from tests.urges.factories import AnsweredUrgeFactory

    now = timezone.now()
    # A short title left room beside it for the numbers, a long one did not: the cards differed.
    for days, kind in enumerate([Kind.PULL_AWAY, Kind.GO_WHERE_THEY_ARE, Kind.CANCEL_PLANS]):
        AnsweredUrgeFactory(user=phone.user, kind=kind, started_at=now - timedelta(days=days))
    phone.goto("/urges/")
    offsets = phone.evaluate(
        """() => [...document.querySelectorAll(".urge-list .card-body")].map((body) => {
          const [title, numbers] = body.children;
          return numbers.getBoundingClientRect().top - title.getBoundingClientRect().bottom;
        })"""
    )
    assert len(offsets) == 3
    assert all(offset >= 0 for offset in offsets), offsets
