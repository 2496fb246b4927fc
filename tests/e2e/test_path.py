"""A new person on a phone: signs up, lands on Today, follows the first three sessions of the
path (the third by doing its exercise with the tool itself), leaves, comes back another day in
a fresh browser and picks up where they were."""

from playwright.sync_api import expect

from progress.models import PathState
from progress.path.sessions import SESSIONS
from tests.e2e.test_signup import fill_sign_up

EMAIL = "walker@example.org"
PASSWORD = "a gentle long passphrase"


def test_a_new_person_follows_three_sessions_on_a_phone_leaves_and_resumes(
    phone_page, chromium_browser, live_server, transactional_db
):
    page = phone_page
    page.goto("/")
    page.get_by_role("link", name="Create your private space").click()
    fill_sign_up(page, EMAIL, PASSWORD)

    # Today knows the one next thing: the path's first session.
    page.get_by_role("link", name="Start the path").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SESSIONS[0].title)
    expect(page.get_by_text(f"About {SESSIONS[0].minutes} minutes")).to_be_visible()
    page.get_by_role("button", name="I have done this session").click()

    # Marking a session done moves on to the next one.
    expect(page.get_by_role("heading", level=1)).to_have_text(SESSIONS[1].title)
    page.get_by_role("button", name="I have done this session").click()

    # The third: its exercise done with the tool itself counts on the path.
    expect(page.get_by_role("heading", level=1)).to_have_text(SESSIONS[2].title)
    page.get_by_role("link", name="Notice a pattern").click()
    page.get_by_label("What happened?").fill("They did not answer all evening.")
    page.get_by_label("To hold on: reach out, seek reassurance, keep checking").check()
    page.get_by_label("What did you do?").fill("Checked my phone every few minutes.")
    page.get_by_role("main").get_by_role("button", name="Save").click()
    page.goto("/path/")
    third = page.get_by_role("listitem").filter(has_text=SESSIONS[2].title)
    expect(third.get_by_text("Done on your own")).to_be_visible()
    expect(page.get_by_text("3 of 16 sessions done")).to_be_visible()

    # Leave: the browser is closed. Come back in a fresh one and sign in.
    page.context.close()
    context = chromium_browser.new_context(
        viewport={"width": 390, "height": 844},
        base_url=live_server.url,
        is_mobile=True,
        has_touch=True,
    )
    back = context.new_page()
    back.set_default_timeout(10_000)
    back.goto("/accounts/login/")
    back.locator("#id_login").fill(EMAIL)
    back.locator("#id_password").fill(PASSWORD)
    back.get_by_role("main").get_by_role("button", name="Sign in").click()
    back.wait_for_url("**/today/")

    # Today resumes at the fourth session; the primary action opens it.
    expect(back.get_by_text(SESSIONS[3].title)).to_be_visible()
    back.get_by_role("link", name="Continue the path").click()
    expect(back.get_by_role("heading", level=1)).to_have_text(SESSIONS[3].title)
    assert set(PathState.objects.get(user__email=EMAIL).done) == {
        SESSIONS[0].slug,
        SESSIONS[1].slug,
    }
    context.close()


def test_done_on_your_own_wraps_on_a_phone_and_keeps_one_line_with_room(
    chromium_browser, live_server, transactional_db
):
    from tests.factories import PASSWORD as FACTORY_PASSWORD
    from tests.factories import UserFactory
    from tests.practices.factories import PatternNoticeFactory

    user = UserFactory(email="roomy@example.org")
    PatternNoticeFactory(user=user)  # "The pull and the push", done with the tool itself
    context = chromium_browser.new_context(base_url=live_server.url)
    page = context.new_page()
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(FACTORY_PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/today/")
    lines = {}
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto("/path/")
        status = page.locator(".path-done").filter(has_text="Done on your own").first
        expect(status).to_be_visible()
        line_height = float(status.evaluate("(e) => parseFloat(getComputedStyle(e).lineHeight)"))
        lines[width] = round(status.bounding_box()["height"] / line_height)
    # On a phone it wraps rather than squeeze the session's title; on a wide screen it need not.
    assert lines == {390: 2, 1280: 1}
    context.close()
