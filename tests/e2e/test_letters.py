"""On a phone: write a letter that is never sent, then build a clear request and rehearse it."""

from playwright.sync_api import expect

from detach.people.models import Person
from practices.dearman.models import ClearRequest
from practices.letters.models import Letter


def test_a_letter_and_a_request_on_a_phone(phone_page, live_server, transactional_db):
    from tests.factories import PASSWORD, UserFactory

    user = UserFactory(email="phone-letters@example.org")
    Person.objects.create(user=user, name="Jo", relationship="friend", contact="limited")
    page = phone_page
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/today/")

    page.goto("/letters/")
    main = page.get_by_role("main")
    expect(main).to_contain_text("There is no send button")
    main.get_by_role("link", name="Write a letter").click()
    page.get_by_label("To", exact=True).select_option(label="Jo")
    page.get_by_label("What you want to say").fill("I wish you had asked how I was.")
    main.get_by_role("button", name="Save it here, unsent").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("To Jo")
    expect(main).to_contain_text("I wish you had asked how I was.")
    expect(main.get_by_role("button", name="Send")).to_have_count(0)
    assert Letter.objects.get().body == "I wish you had asked how I was."

    page.goto("/practices/requests/new/")
    offer = main.get_by_role("link", name="a short, private safety check")
    expect(offer).to_be_hidden()
    page.get_by_label("Who is it for?").select_option(label="Jo (limited contact)")
    # Limited contact chosen: the relationship-safety check is offered at once, without JS.
    expect(offer).to_be_visible()
    page.get_by_label("What happened, just the facts").fill("You cancelled twice this month.")
    page.get_by_label("How it is for you").fill("I feel let down.")
    page.get_by_label("What you are asking for").fill("Please tell me a day ahead.")
    main.get_by_role("button", name="Put it together").click()
    expect(main.locator(".dearman-assembled")).to_have_text(
        "You cancelled twice this month. I feel let down. Please tell me a day ahead."
    )
    # Limited contact: the relationship-safety check is offered.
    expect(main.get_by_role("link", name="a short, private safety check")).to_be_visible()
    main.get_by_role("link", name="Rehearse it").click()
    expect(main).to_contain_text("Stay on course.")
    # Nothing overflows the phone's width.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert ClearRequest.objects.get().person.name == "Jo"
