"""Every page, signed out and signed in, at desktop width and at 360 px, in light and dark mode:
accessible (axe), no console errors, no CSP violations, no sideways scrolling. Also a new person's
empty pages, every form sent empty (its error state), and a very long entry on a phone."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from detach.people.models import Person
from detach.users.reminder_mail import PREFERENCE_FIELD, unsubscribe_token
from journal.models import Entry, Tag
from practices.models import (
    Activity,
    BreathingSession,
    ExpectationCheck,
    FulfillmentMap,
    NotingPractice,
    PatternNotice,
)
from practices.urges.models import Urge
from quiz.models import Attempt
from tests.e2e.audit import problems, watch

PASSWORD = "a demo passphrase"
SIGNED_OUT = [
    "/",
    "/help/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/accounts/password/reset/done/",
    "/settings/unsubscribe/{unsubscribe}/",
    "/no-such-page/",
]
SIGNED_IN = [
    "/today/",
    "/journal/check-in/",
    "/path/",
    "/path/a-blend-not-a-box/",
    "/path/when-the-pull-comes/",
    "/path/review/",
    "/progress/",
    "/progress/?range=30d",
    "/progress/?range=all",
    "/help/",
    "/quiz/",
    "/quiz/take/",
    "/quiz/take/{attempt}/page/1/",
    "/quiz/take/{attempt}/page/5/",
    "/quiz/results/{result}/",
    "/quiz/results/{result}/delete/",
    "/journal/",
    "/journal/?q=walk",
    "/journal/?q=no-such-word-anywhere",
    "/journal/new/",
    "/journal/{entry}/",
    "/journal/{entry}/edit/",
    "/journal/{entry}/delete/",
    "/journal/calendar/",
    "/journal/calendar/?month=2020-02",
    "/journal/calendar/year/",
    "/journal/drafts/",
    "/practices/",
    "/practices/attachment/",
    "/practices/attachment/new/",
    "/practices/attachment/{notice}/",
    "/practices/attachment/{notice}/delete/",
    "/practices/expectations/",
    "/practices/expectations/new/",
    "/practices/expectations/{check}/",
    "/practices/expectations/{check}/edit/",
    "/practices/expectations/{check}/revisit/",
    "/practices/expectations/{check}/delete/",
    "/practices/fulfillment/",
    "/practices/fulfillment/map/",
    "/practices/fulfillment/maps/{map}/",
    "/practices/fulfillment/maps/{map}/delete/",
    "/practices/fulfillment/activities/new/",
    "/practices/fulfillment/activities/{activity}/edit/",
    "/practices/fulfillment/activities/{activity}/done/",
    "/practices/fulfillment/activities/{activity}/delete/",
    "/practices/mindfulness/",
    "/practices/mindfulness/breathing/",
    "/practices/mindfulness/breathing/{session}/delete/",
    "/practices/mindfulness/noting/",
    "/practices/mindfulness/noting/{noting}/delete/",
    "/people/",
    "/people/{person}/",
    "/people/{person}/edit/",
    "/people/{person}/delete/",
    "/urges/",
    "/urges/ride/",
    "/urges/{urge}/",
    "/urges/{urge}/delete/",
    "/urges/kindness/",
    "/settings/",
    "/settings/export/",
    "/settings/delete/",
    "/accounts/email/",
    "/accounts/password/change/",
    "/accounts/2fa/",
    "/accounts/sessions/",
    "/accounts/logout/",
    "/accounts/reauthenticate/",
    "/no-such-page/",
]
# What a person who has only just signed up sees: every empty state.
EMPTY = [
    "/today/",
    "/path/",
    "/path/review/",
    "/progress/",
    "/quiz/",
    "/journal/",
    "/journal/?q=anything",
    "/journal/calendar/",
    "/journal/calendar/year/",
    "/journal/drafts/",
    "/practices/",
    "/practices/attachment/",
    "/practices/expectations/",
    "/practices/fulfillment/",
    "/practices/mindfulness/",
    "/people/",
    "/urges/",
    "/settings/export/",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
VIEWS = {
    "desktop": (DESKTOP, "light"),
    "phone-360": (PHONE, "light"),
    "desktop-dark": (DESKTOP, "dark"),
    "phone-360-dark": (PHONE, "dark"),
}


def new_context(browser, base_url, view, storage_state=None):
    viewport, scheme = VIEWS[view]
    return browser.new_context(
        base_url=base_url, viewport=viewport, color_scheme=scheme, storage_state=storage_state
    )


def audit_pages(browser, base_url, paths, *, view, storage_state=None) -> dict:
    context = new_context(browser, base_url, view, storage_state)
    found = {}
    page = context.new_page()
    errors = watch(page)
    try:
        for path in paths:
            errors.clear()
            page.goto(path)
            page.wait_for_load_state("load")
            if path == "/no-such-page/":
                # The browser logs the 404 itself.
                errors[:] = [e for e in errors if "404" not in e]
            issues = problems(page, errors)
            if issues:
                found[path] = issues
    finally:
        context.close()
    return found


def report(found: dict) -> str:
    lines = [f"{path}: {issue}" for path, issues in found.items() for issue in issues]
    return "\n" + "\n".join(lines)


def signed_in_state(browser, base_url, email, password, path) -> str:
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(password)
    page.get_by_role("main").get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/today/")
    context.storage_state(path=path)
    context.close()
    return path


@pytest.fixture
def demo_session(chromium_browser, live_server, transactional_db, tmp_path):
    call_command("seed_demo", email="audit@example.org", password=PASSWORD, days=90, verbosity=0)
    user = get_user_model().objects.get(email="audit@example.org")
    Attempt.objects.create(user=user, focus=Attempt.Focus.GENERAL)  # a quiz under way
    Person.objects.create(user=user, name="Alex", relationship="ex_partner", contact="none")
    PatternNotice.objects.create(
        user=user,
        moment="They did not answer all evening.",
        pull="cling",
        did="Went for a walk instead of calling.",
        practiced_on=user.local_today(),
    )
    return signed_in_state(
        chromium_browser, live_server.url, "audit@example.org", PASSWORD, tmp_path / "state.json"
    )


@pytest.fixture
def new_person_session(chromium_browser, live_server, transactional_db, tmp_path):
    from tests.factories import PASSWORD as FACTORY_PASSWORD
    from tests.factories import UserFactory

    user = UserFactory(email="new@example.org")
    return signed_in_state(
        chromium_browser, live_server.url, user.email, FACTORY_PASSWORD, tmp_path / "new.json"
    )


def object_ids() -> dict[str, str]:
    return {
        "entry": Entry.objects.order_by("-entry_date").values_list("uuid", flat=True)[0],
        "result": Attempt.objects.exclude(completed_at=None).values_list("uuid", flat=True)[0],
        "attempt": Attempt.objects.filter(completed_at=None).values_list("uuid", flat=True)[0],
        "check": ExpectationCheck.objects.values_list("uuid", flat=True)[0],
        "map": FulfillmentMap.objects.values_list("uuid", flat=True)[0],
        "activity": Activity.objects.values_list("uuid", flat=True)[0],
        "session": BreathingSession.objects.values_list("uuid", flat=True)[0],
        "noting": NotingPractice.objects.values_list("uuid", flat=True)[0],
        "notice": PatternNotice.objects.values_list("uuid", flat=True)[0],
        "person": Person.objects.values_list("uuid", flat=True)[0],
        "urge": Urge.objects.values_list("uuid", flat=True)[0],
    }


@pytest.mark.parametrize("view", VIEWS)
def test_every_public_page_passes_the_audit(chromium_browser, live_server, transactional_db, view):
    from tests.factories import UserFactory

    token = unsubscribe_token(UserFactory(), next(iter(PREFERENCE_FIELD)))
    paths = [path.format(unsubscribe=token) for path in SIGNED_OUT]
    found = audit_pages(chromium_browser, live_server.url, paths, view=view)
    assert found == {}, report(found)


@pytest.mark.parametrize("view", VIEWS)
def test_every_signed_in_page_passes_the_audit(chromium_browser, live_server, demo_session, view):
    ids = object_ids()
    paths = [path.format(**ids) for path in SIGNED_IN]
    found = audit_pages(
        chromium_browser, live_server.url, paths, view=view, storage_state=demo_session
    )
    assert found == {}, report(found)


@pytest.mark.parametrize("view", VIEWS)
def test_a_new_persons_empty_pages_pass_the_audit(
    chromium_browser, live_server, new_person_session, view
):
    found = audit_pages(
        chromium_browser, live_server.url, EMPTY, view=view, storage_state=new_person_session
    )
    assert found == {}, report(found)


# Each form sent with nothing filled in (the browser's own checks switched off, so the server's
# messages show): the page with its errors must pass the same audit and show what is missing.
EMPTY_FORMS_SIGNED_OUT = [
    ("/accounts/login/", "Sign in"),
    ("/accounts/signup/", "Sign up"),
    ("/accounts/password/reset/", "Send me a link"),
]
EMPTY_FORMS_SIGNED_IN = [
    ("/quiz/take/{attempt}/page/1/", "Next page"),
    ("/journal/new/", "Save entry"),
    ("/practices/expectations/new/", "Save this check"),
    ("/practices/fulfillment/map/", "Save my map"),
    ("/practices/fulfillment/activities/new/", "Add to my week"),
    ("/practices/mindfulness/breathing/", "Save this session"),
    ("/practices/mindfulness/noting/", "Save this practice"),
    ("/practices/attachment/new/", "Save this moment"),
    ("/people/", "Add this person"),
    ("/accounts/password/change/", "Change password"),
    ("/accounts/email/", "Add this address"),
]
ERROR_SHOWN = ".invalid-feedback:visible, .alert-danger:visible, [role=alert]:visible"


def audit_empty_forms(browser, base_url, forms, *, view, storage_state=None) -> dict:
    context = new_context(browser, base_url, view, storage_state)
    found = {}
    page = context.new_page()
    errors = watch(page)
    try:
        for path, button in forms:
            page.goto(path)
            page.evaluate("document.querySelectorAll('form').forEach(f => f.noValidate = true)")
            errors.clear()
            with page.expect_navigation() as sent:
                page.get_by_role("main").get_by_role("button", name=button, exact=True).click()
            status = sent.value.status
            if status == 400:  # a form with errors may say so in its status; the browser logs it
                errors[:] = [e for e in errors if "status of 400" not in e]
            issues = problems(page, errors)
            if page.locator(ERROR_SHOWN).count() == 0:
                issues.append("no error message is shown")
            if issues:
                found[path] = issues
    finally:
        context.close()
    return found


@pytest.mark.parametrize("view", ["phone-360", "desktop-dark"])
def test_forms_sent_empty_show_their_errors_and_pass_the_audit(
    chromium_browser, live_server, new_person_session, view
):
    attempt = Attempt.objects.create(
        user=get_user_model().objects.get(email="new@example.org"), focus=Attempt.Focus.GENERAL
    )
    signed_in = [(path.format(attempt=attempt.uuid), name) for path, name in EMPTY_FORMS_SIGNED_IN]
    found = audit_empty_forms(chromium_browser, live_server.url, EMPTY_FORMS_SIGNED_OUT, view=view)
    found |= audit_empty_forms(
        chromium_browser, live_server.url, signed_in, view=view, storage_state=new_person_session
    )
    assert found == {}, report(found)


LONG_WORD = "Unbelievablyoverwhelmingandneverendingsundayafternoonfeeling"  # 60 letters


@pytest.mark.parametrize("view", ["phone-360", "phone-360-dark"])
def test_a_very_long_entry_and_very_long_words_fit_a_phone(
    chromium_browser, live_server, new_person_session, view
):
    from tests.practices.factories import ActivityFactory, ExpectationCheckFactory

    assert len(LONG_WORD) == 60
    user = get_user_model().objects.get(email="new@example.org")
    user.display_name = LONG_WORD
    user.save()
    sentence = f"Some days are quiet and some are loud, {LONG_WORD}, and I write it all down. "
    body = (sentence * 80)[:5000]
    entry = Entry.objects.create(
        user=user, title=f"A title with {LONG_WORD}", body=body, entry_date=user.local_today()
    )
    entry.tags.add(Tag.objects.create(user=user, name=LONG_WORD[:40]))
    check = ExpectationCheckFactory(
        user=user, expectation=f"They should always {LONG_WORD}", reframe=LONG_WORD * 2
    )
    activity = ActivityFactory(user=user, title=f"Coffee with {LONG_WORD}")
    paths = [
        "/journal/",
        f"/journal/?q={LONG_WORD[:12]}",
        f"/journal/{entry.uuid}/",
        f"/journal/{entry.uuid}/edit/",
        f"/journal/{entry.uuid}/delete/",
        "/practices/expectations/",
        f"/practices/expectations/{check.uuid}/",
        "/practices/fulfillment/",
        f"/practices/fulfillment/activities/{activity.uuid}/done/",
        "/progress/",
        "/settings/",
    ]
    found = audit_pages(
        chromium_browser, live_server.url, paths, view=view, storage_state=new_person_session
    )
    assert found == {}, report(found)
