"""The safety plan and the relationship check in a real browser: writing and keeping a plan,
printing it, answering the check, and every safety page passing the audit (axe, CSP, console,
no sideways scrolling) signed out and signed in, at desktop and phone widths, light and dark."""

import pytest
from playwright.sync_api import expect

from detach.safety import content
from tests.e2e.test_every_page import audit_empty_forms, audit_pages, report, signed_in_state

PLAIN_MESSAGE = (
    "Ending or limiting contact with someone who controls, threatens or frightens you is safest "
    "when it is planned with a domestic-abuse advocate."
)


def test_a_person_writes_their_plan_and_finds_it_after_a_reload(signed_in_page):
    page = signed_in_page
    page.goto("/help/")
    page.get_by_role("link", name="A safety plan").click()
    page.get_by_role("link", name="Write my plan").click()
    page.get_by_label("My warning signs").fill("I stop sleeping.\nI check my phone at 3am.")
    page.get_by_label("My reasons to keep going").fill("Ana, the dog, the sea in June.")
    page.get_by_role("button", name="Save my plan").click()
    page.wait_for_url("**/help/safety-plan/")
    page.reload()
    main = page.get_by_role("main")
    expect(main.locator(".safety-text[dir=auto]").first).to_contain_text("I check my phone at 3am.")
    expect(main).to_contain_text("Ana, the dog, the sea in June.")
    expect(main.get_by_role("button", name="Print my plan")).to_be_visible()


def test_the_plan_prints_without_the_menu_or_buttons_and_with_lines_on_blank_steps(page):
    page.goto("/help/safety-plan/")
    print_button = page.get_by_role("button", name="Print a blank plan")
    expect(print_button).to_be_visible()  # shown by the static script
    expect(page.locator(".write-line").first).to_be_hidden()
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(print_button).to_be_hidden()
    expect(page.get_by_role("heading", name="My warning signs")).to_be_visible()
    expect(page.locator(".write-line").first).to_be_visible()
    expect(page.get_by_text("0808 2000 247")).to_be_visible()


def test_a_danger_answer_shows_the_plain_message_the_lines_and_the_quick_exit(page):
    page.goto("/help/")
    page.get_by_role("link", name="Is this relationship safe?").click()
    for question in content.QUESTIONS:
        group = page.get_by_role("group", name=question.text)
        group.get_by_label("Yes" if question.code == "phone" else "No", exact=True).check()
    page.get_by_role("button", name="See what my answers suggest").click()
    result = page.locator("#result")
    expect(result).to_contain_text(PLAIN_MESSAGE)
    expect(result).to_contain_text("1-800-799-7233")
    expect(result).to_contain_text("0808 2000 247")
    expect(result).to_contain_text("Leave quickly")
    expect(result).to_contain_text("These answers were not stored.")


def test_a_person_keeps_their_answers_and_deletes_them(signed_in_page):
    page = signed_in_page
    page.goto("/help/relationship-check/")
    for question in content.QUESTIONS:
        page.get_by_role("group", name=question.text).get_by_label("Not sure").check()
    page.get_by_label("Keep my answers in my account").check()
    page.get_by_role("button", name="See what my answers suggest").click()
    expect(page.locator("#result")).to_contain_text("The answers you kept on")
    page.get_by_role("link", name="Delete my answers").click()
    page.get_by_role("button", name="Yes, delete my answers").click()
    expect(page.get_by_role("main")).to_contain_text("Your answers are deleted.")
    expect(page.locator("#result")).to_have_count(0)


VIEWS = ["desktop", "phone-360", "desktop-dark", "phone-360-dark"]
SIGNED_OUT = ["/help/safety-plan/", "/help/relationship-check/"]
SIGNED_IN = [
    "/help/safety-plan/",
    "/help/safety-plan/edit/",
    "/help/safety-plan/delete/",
    "/help/relationship-check/",
    "/help/relationship-check/delete/",
]


@pytest.fixture
def safety_session(chromium_browser, live_server, transactional_db, tmp_path):
    """A person with a plan and kept answers (every "yes": the longest result)."""
    from tests.factories import PASSWORD, UserFactory
    from tests.safety.factories import RelationshipCheckFactory, SafetyPlanFactory

    user = UserFactory(email="safety@example.org")
    SafetyPlanFactory(user=user, people_and_places="", reasons="A" + "very" * 30 + "longword")
    RelationshipCheckFactory(user=user, answers={q.code: "yes" for q in content.QUESTIONS})
    return signed_in_state(
        chromium_browser, live_server.url, user.email, PASSWORD, tmp_path / "safety.json"
    )


@pytest.mark.parametrize("view", VIEWS)
def test_the_safety_pages_pass_the_audit(chromium_browser, live_server, safety_session, view):
    found = audit_pages(chromium_browser, live_server.url, SIGNED_OUT, view=view)
    found |= {
        f"{path} (signed in)": issues
        for path, issues in audit_pages(
            chromium_browser, live_server.url, SIGNED_IN, view=view, storage_state=safety_session
        ).items()
    }
    assert found == {}, report(found)


@pytest.mark.parametrize("view", ["phone-360", "desktop-dark"])
def test_the_check_sent_empty_shows_its_errors_and_passes_the_audit(
    chromium_browser, live_server, safety_session, view
):
    found = audit_empty_forms(
        chromium_browser,
        live_server.url,
        [("/help/relationship-check/", "See what my answers suggest")],
        view=view,
    )
    found |= audit_empty_forms(
        chromium_browser,
        live_server.url,
        [("/help/relationship-check/", "See what my answers suggest")],
        view=view,
        storage_state=safety_session,
    )
    assert found == {}, report(found)
