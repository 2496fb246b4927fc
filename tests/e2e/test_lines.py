"""My lines on a phone: set a line about someone, check in "Not today", reach the kindness
break, and find that nothing went into the browser's storage."""

import pytest
from playwright.sync_api import expect

from practices.lines.models import CheckIn


def test_on_a_phone_a_person_sets_a_line_checks_in_not_today_and_reaches_kindness(
    phone_page, live_server, transactional_db
):
    from detach.people.models import Person
    from tests.factories import PASSWORD, UserFactory

    page = phone_page
    user = UserFactory(email="lines@example.org")
    Person.objects.create(user=user, name="Sam", relationship="ex_partner", contact="none")
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/today/")

    page.goto("/lines/")
    main = page.get_by_role("main")
    main.get_by_role("link", name="Add a line about them").click()
    # No contact: examples for no contact, and the safety check offered first.
    expect(main).to_contain_text("I don't ask our friends how they are doing.")
    expect(main.get_by_role("link", name="a short, private safety check")).to_be_visible()
    page.get_by_label("My line").fill("I don't check their Instagram.")
    page.get_by_role("button", name="Save my line").click()
    page.wait_for_url("**/lines/")
    expect(main.get_by_role("link", name="I don't check their Instagram.")).to_be_visible()

    page.get_by_label("A note, if you like").fill("Looked once, late at night.")
    not_today = main.get_by_role("button", name="Not today")
    expect(not_today).to_be_in_viewport()
    not_today.click()
    expect(main).to_contain_text("Today: not today.")
    main.get_by_role("link", name="Take a moment of kindness").click()
    page.wait_for_url("**/urges/kindness/")
    expect(page.get_by_role("heading", level=1)).to_have_text("A moment of kindness")

    check_in = CheckIn.objects.get(user=user)
    assert (check_in.kept, check_in.note) == (False, "Looked once, late at night.")
    # htmx (on other pages) keeps the current path in sessionStorage; none of the words do.
    stored = page.evaluate("JSON.stringify([{...localStorage}, {...sessionStorage}])")
    assert "Instagram" not in stored and "Looked once" not in stored
    assert page.evaluate("localStorage.length") == 0
    # The page is not wider than the phone.
    page.goto("/lines/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


@pytest.mark.parametrize("view", ["phone-360", "desktop-dark"])
def test_the_lines_pages_pass_the_audit(
    chromium_browser, live_server, transactional_db, tmp_path, view
):
    from datetime import timedelta

    from detach.people.models import Person
    from tests.e2e.test_every_page import audit_pages, report, signed_in_state
    from tests.factories import PASSWORD, UserFactory
    from tests.lines.factories import CheckInFactory, LineFactory, LineRevisionFactory

    user = UserFactory(email="audit-lines@example.org")
    sam = Person.objects.create(user=user, name="Sam", relationship="ex_partner", contact="limited")
    line = LineFactory(user=user, person=sam)
    LineRevisionFactory(line=line)
    today = user.local_today()
    for n in range(40):
        CheckInFactory(user=user, day=today - timedelta(days=n), kept=n % 7 != 3)
    state = signed_in_state(
        chromium_browser, live_server.url, user.email, PASSWORD, tmp_path / "lines.json"
    )
    paths = [
        "/lines/",
        f"/lines/new/?person={sam.uuid}",
        f"/lines/{line.uuid}/",
        f"/lines/{line.uuid}/edit/",
        f"/lines/{line.uuid}/delete/",
        f"/people/{sam.uuid}/",
    ]
    found = audit_pages(chromium_browser, live_server.url, paths, view=view, storage_state=state)
    assert found == {}, report(found)
