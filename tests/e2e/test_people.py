"""People in a real browser: add someone, find them, edit them, delete them; the pages pass the
audit at desktop and phone widths; the name never reaches the page title; the menu fits a phone."""

import pytest
from playwright.sync_api import expect

from detach.people.models import Person
from tests.e2e.test_every_page import audit_pages, report, signed_in_state


def test_a_person_adds_someone_edits_them_and_deletes_them(signed_in_page):
    page = signed_in_page
    page.goto("/people/")
    main = page.get_by_role("main")
    expect(main).to_contain_text("Nobody yet")
    page.get_by_label("Their name or a nickname").fill("Jordan")
    page.get_by_label("Ex-partner").check()
    page.get_by_label("No contact").check()
    page.get_by_role("button", name="Add this person").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Jordan")
    expect(page).not_to_have_title("Jordan")
    assert "Jordan" not in page.title()
    # Less contact: the relationship-safety check is offered right away.
    expect(main.get_by_role("link", name="a short, private safety check")).to_be_visible()
    # The quiz's section invites the nine statements about them.
    expect(main.get_by_role("heading", name="How you attach in this relationship")).to_be_visible()
    expect(main.get_by_role("link", name="Take the quiz about Jordan")).to_be_visible()

    page.get_by_role("link", name="Edit").click()
    page.get_by_label("Their name or a nickname").fill("J.")
    page.get_by_label("Staying close, with boundaries").check()
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("J.")
    expect(main.get_by_role("link", name="a short, private safety check")).to_have_count(0)

    page.get_by_role("main").get_by_role("link", name="Delete").click()
    expect(main).to_contain_text("Nothing else is linked to them")
    page.get_by_role("button", name="Yes, delete them from my people").click()
    page.wait_for_url("**/people/")
    expect(main).to_contain_text("Nobody yet")
    assert not Person.objects.exists()


def test_the_browser_stops_a_name_at_the_longest_allowed(signed_in_page):
    page = signed_in_page
    page.goto("/people/")
    box = page.get_by_label("Their name or a nickname")
    box.fill("x" * 200)
    assert len(box.input_value()) == 60


def test_people_is_in_the_menu_on_a_phone(phone_page, live_server, transactional_db):
    from tests.factories import PASSWORD, UserFactory

    user = UserFactory(email="phone@example.org")
    page = phone_page
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/today/")
    page.get_by_role("button", name="Open the menu").click()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="People").click()
    page.wait_for_url("**/people/")
    expect(page.get_by_role("heading", level=1)).to_have_text("People")


@pytest.mark.parametrize("view", ["desktop", "phone-360", "phone-360-dark"])
def test_the_people_pages_pass_the_audit(
    chromium_browser, live_server, transactional_db, tmp_path, view
):
    from tests.factories import PASSWORD, UserFactory

    user = UserFactory(email="audit-people@example.org")
    person = Person.objects.create(
        user=user,
        name="A rather long nickname for someone",
        relationship="parent",
        contact="limited",
    )
    state = signed_in_state(
        chromium_browser, live_server.url, user.email, PASSWORD, tmp_path / "s.json"
    )
    paths = [
        "/people/",
        f"/people/{person.uuid}/",
        f"/people/{person.uuid}/edit/",
        f"/people/{person.uuid}/delete/",
    ]
    found = audit_pages(chromium_browser, live_server.url, paths, view=view, storage_state=state)
    assert found == {}, report(found)
