"""The personal safety plan: readable and printable by anyone, written and kept by its owner."""

import re

import pytest
from django.urls import reverse

from detach.safety import content
from detach.safety.models import SafetyPlan
from tests.html import page_text
from tests.safety.factories import SafetyPlanFactory

pytestmark = pytest.mark.django_db

PLAN_URL = "/help/safety-plan/"
EDIT_URL = "/help/safety-plan/edit/"
DELETE_URL = "/help/safety-plan/delete/"
HEADINGS = [section.heading for section in content.PLAN_SECTIONS]


def filled(**changes) -> dict[str, str]:
    data = {name: "" for name in content.PLAN_FIELDS}
    data.update(changes)
    return data


def test_the_addresses_are_the_ones_the_issue_names():
    assert reverse("safety:plan") == PLAN_URL
    assert reverse("safety:check") == "/help/relationship-check/"


def test_the_plan_follows_the_six_steps_and_the_reasons_to_keep_going():
    assert HEADINGS == [
        "My warning signs",
        "Things I can do on my own to feel calmer",
        "People and places that take my mind off things",
        "People I can ask for help",
        "Professionals and lines I can call",
        "Making my surroundings safer",
        "My reasons to keep going",
    ]
    assert [s.step for s in content.PLAN_SECTIONS] == [1, 2, 3, 4, 5, 6, None]


def test_a_visitor_can_read_the_steps_and_print_a_blank_plan(client):
    response = client.get(PLAN_URL)
    assert response.status_code == 200
    html = response.content.decode()
    text = page_text(html)
    for heading in HEADINGS:
        assert heading in text
    for section in content.PLAN_SECTIONS:
        assert section.hint in text
    assert "Print a blank plan" in text
    assert html.count('class="write-line"') == 4 * len(HEADINGS)  # lines to write on, on paper
    assert f'href="/accounts/login/?next={EDIT_URL}"' in html
    assert "<textarea" not in html
    assert "1-800-799-7233" in text and "0808 2000 247" in text


def test_a_visitor_is_asked_to_sign_in_before_writing_a_plan(client):
    for method in ("get", "post"):
        response = getattr(client, method)(EDIT_URL, filled(reasons="mine"))
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    assert SafetyPlan.objects.count() == 0


def test_a_person_writes_their_plan_and_finds_it_on_the_plan_page(owner, owner_client):
    response = owner_client.post(
        EDIT_URL,
        filled(warning_signs="Not sleeping.\nChecking messages at 3am.", reasons="My sister"),
    )
    assert response.status_code == 302
    assert response["Location"] == PLAN_URL
    plan = SafetyPlan.objects.get(user=owner)
    assert plan.warning_signs == "Not sleeping.\nChecking messages at 3am."
    html = owner_client.get(PLAN_URL).content.decode()
    assert "Checking messages at 3am." in page_text(html)
    assert re.search(r'<div class="safety-text" dir="auto"><p>Not sleeping\.<br>', html)
    assert "Edit my plan" in html and "Print my plan" in html
    # A step left blank still shows its hint, and lines to write on when printed.
    assert content.PLAN_SECTIONS[1].hint in page_text(html)


def test_editing_changes_the_one_plan_and_shows_the_words_in_the_form(owner, owner_client):
    SafetyPlanFactory(user=owner, reasons="The sea in June")
    html = owner_client.get(EDIT_URL).content.decode()
    assert "The sea in June" in html
    assert "Edit my safety plan" in page_text(html)
    owner_client.post(EDIT_URL, filled(reasons="The sea in July"))
    assert SafetyPlan.objects.filter(user=owner).count() == 1
    assert SafetyPlan.objects.get(user=owner).reasons == "The sea in July"


def test_every_box_is_labelled_with_its_step_and_has_a_gentle_hint(owner_client):
    html = owner_client.get(EDIT_URL).content.decode()
    for section in content.PLAN_SECTIONS:
        label = re.search(rf'<label\s+for="id_{section.field}"[^>]*>\s*(.*?)\s*</label>', html)
        assert label and label.group(1) == section.heading
        box = re.search(rf'<textarea[^>]*name="{section.field}"[^>]*>', html)
        assert box and 'dir="auto"' in box.group(0)
        assert section.hint in page_text(html)


def test_a_step_that_is_too_long_gets_a_message_beside_it_and_nothing_typed_is_lost(
    owner, owner_client
):
    too_long = "a" * (content.SECTION_MAX_CHARS + 1)
    response = owner_client.post(
        EDIT_URL, filled(warning_signs="Not sleeping.", people_to_ask=too_long), follow=True
    )
    assert response.status_code == 200
    html = response.content.decode()
    feedback = re.search(r'id="id_people_to_ask_error"[^>]*>(.*?)</div>', html, re.DOTALL)
    assert feedback and "longer than 3000 characters (it has 3001)" in feedback.group(1)
    assert too_long in html and "Not sleeping." in html
    assert "Nothing you wrote is lost" in page_text(html)
    assert not SafetyPlan.objects.filter(user=owner).exists()


def test_another_person_cannot_see_my_plan(owner, stranger_client):
    SafetyPlanFactory(user=owner, reasons="only mine to read")
    for url in (PLAN_URL, EDIT_URL):
        html = stranger_client.get(url).content.decode()
        assert "only mine to read" not in html
    assert "Write my plan" in stranger_client.get(PLAN_URL).content.decode()


def test_another_person_cannot_change_or_delete_my_plan(owner, stranger, stranger_client):
    plan = SafetyPlanFactory(user=owner, reasons="only mine")
    stranger_client.post(EDIT_URL, filled(reasons="theirs"))
    plan.refresh_from_db()
    assert plan.reasons == "only mine"
    assert SafetyPlan.objects.get(user=stranger).reasons == "theirs"
    stranger_client.post(DELETE_URL)
    assert not SafetyPlan.objects.filter(user=stranger).exists()
    assert SafetyPlan.objects.filter(pk=plan.pk).exists()


def test_deleting_my_plan_asks_first_then_removes_it(owner, owner_client):
    SafetyPlanFactory(user=owner)
    assert 'href="/help/safety-plan/delete/"' in owner_client.get(PLAN_URL).content.decode()
    page = owner_client.get(DELETE_URL)
    assert page.status_code == 200
    assert "Delete your safety plan?" in page_text(page)
    assert SafetyPlan.objects.filter(user=owner).exists()
    response = owner_client.post(DELETE_URL)
    assert response["Location"] == PLAN_URL
    assert not SafetyPlan.objects.filter(user=owner).exists()


def test_with_no_plan_the_delete_page_goes_back_to_the_plan(owner_client):
    assert owner_client.get(DELETE_URL)["Location"] == PLAN_URL


def test_the_print_button_is_a_static_script_revealed_by_javascript(client):
    html = client.get(PLAN_URL).content.decode()
    assert re.search(r"<button[^>]*data-safety-print hidden", html)
    assert '<script src="/static/js/safety-print.js" defer></script>' in html
    with open("static/js/safety-print.js") as script:
        source = script.read()
    assert "window.print()" in source and "button.hidden = false" in source


def print_rules(css: str) -> str:
    """The text of every @media print block in a stylesheet."""
    blocks = []
    for opening in re.finditer(r"@media print\s*\{", css):
        depth, position = 1, opening.end()
        while depth:
            depth += {"{": 1, "}": -1}.get(css[position], 0)
            position += 1
        blocks.append(css[opening.start() : position])
    return "\n".join(blocks)


def test_the_print_style_prints_the_plan_alone_with_lines_to_write_on():
    with open("static/css/app.css") as stylesheet:
        rules = print_rules(stylesheet.read())
    hidden = re.search(r"([^{}]*)\{\s*display:\s*none\s*!important", rules)
    assert hidden
    for selector in (".site-header", ".site-footer", ".btn", ".no-print"):
        assert selector in hidden.group(1)
    assert re.search(r"\.safety-plan \.write-lines\s*\{\s*display:\s*block", rules)
    assert re.search(r"\.safety-plan \.write-line\s*\{[^}]*border-bottom", rules)
    assert re.search(r'\[data-bs-theme="dark"\] \.safety-plan\s*\{[^}]*--bs-body-bg: #fff', rules)


def test_the_plan_page_hides_its_controls_on_paper(owner, owner_client):
    SafetyPlanFactory(user=owner)
    html = owner_client.get(PLAN_URL).content.decode()
    assert re.search(r'<div class="d-flex[^"]*no-print">\s*<a class="btn btn-primary"', html)
    assert re.search(r'<p class="small no-print"><a href="/help/safety-plan/delete/"', html)
