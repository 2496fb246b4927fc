"""Where the plan and the check are offered, and how their pages read: gentle words, headings in
order, no inline code (the content security policy), sentence case."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template.loader import render_to_string

from detach.safety import content
from tests.html import page_text
from tests.quiz.factories import CompletedAttemptFactory
from tests.safety.factories import RelationshipCheckFactory, SafetyPlanFactory

pytestmark = pytest.mark.django_db

CHECK_LINK = 'href="/help/relationship-check/"'
PLAN_LINK = 'href="/help/safety-plan/"'
FORBIDDEN = re.compile(r"\b(diagnos\w*|treat\w*|disorders?)\b", re.IGNORECASE)
TEMPLATES = Path(settings.BASE_DIR) / "templates" / "safety"


def test_the_help_page_links_the_plan_and_the_check_after_the_lines(client):
    html = client.get("/help/").content.decode()
    section = html.index("Plans for hard moments")
    assert html.index("Talk to someone now") < section < html.index("What Detach is")
    links = html[section : html.index("What Detach is")]
    assert PLAN_LINK in links and CHECK_LINK in links


def test_the_offer_of_the_check_is_one_quiet_line_linking_to_it():
    html = render_to_string("safety/_offer_check.html")
    assert CHECK_LINK in html
    assert len(re.findall(r"<p[\s>]", html)) == 1
    assert "safest when it is planned with help" in page_text(html)


def offered_pages(owner, owner_client, client):
    result = CompletedAttemptFactory(user=owner)
    return {
        "landing (take some distance)": client.get("/"),
        "quiz result (suggested next steps)": owner_client.get(f"/quiz/results/{result.uuid}/"),
        "time for yourself": owner_client.get("/practices/fulfillment/"),
    }


def test_the_check_is_offered_wherever_detach_suggests_taking_distance(owner, owner_client, client):
    for where, response in offered_pages(owner, owner_client, client).items():
        assert response.status_code == 200, where
        assert CHECK_LINK in response.content.decode(), where


def test_on_the_quiz_result_the_check_comes_with_the_suggested_steps(owner, owner_client):
    result = CompletedAttemptFactory(user=owner)
    html = owner_client.get(f"/quiz/results/{result.uuid}/").content.decode()
    steps = html[html.index('id="steps-title"') :]
    assert CHECK_LINK in steps[: steps.index("</section>")]


def test_the_plan_offers_the_lines_and_the_check_result_links_the_plan(client):
    assert "Lines you can call any time" in page_text(client.get("/help/safety-plan/"))
    answers = {q.code: "yes" for q in content.QUESTIONS}
    assert PLAN_LINK in client.post("/help/relationship-check/", answers).content.decode()


def test_the_words_of_the_plan_and_the_check_never_diagnose_or_treat():
    sources = [path.read_text() for path in sorted(TEMPLATES.glob("*.html"))]
    sources += [section.heading + " " + section.hint for section in content.PLAN_SECTIONS]
    sources += [question.text for question in content.QUESTIONS]
    for source in sources:
        assert not FORBIDDEN.search(re.sub(r"<[^>]+>", " ", source)), source[:80]


def test_headings_and_labels_are_in_sentence_case():
    for text in [s.heading for s in content.PLAN_SECTIONS] + [q.text for q in content.QUESTIONS]:
        words = text.split()[1:]
        assert all(w.islower() or w == "I" or not w[0].isalpha() for w in words), text


def pages(owner, owner_client, client) -> dict[str, str]:
    yes = {q.code: "yes" for q in content.QUESTIONS}
    visitor = {
        "plan (visitor)": client.get("/help/safety-plan/"),
        "check (visitor)": client.get("/help/relationship-check/"),
        "result (visitor)": client.post("/help/relationship-check/", yes),
    }
    SafetyPlanFactory(user=owner)
    RelationshipCheckFactory(user=owner, answers=yes)
    signed_in = {
        "plan": owner_client.get("/help/safety-plan/"),
        "edit": owner_client.get("/help/safety-plan/edit/"),
        "delete plan": owner_client.get("/help/safety-plan/delete/"),
        "kept result": owner_client.get("/help/relationship-check/"),
        "delete answers": owner_client.get("/help/relationship-check/delete/"),
        "errors": owner_client.post("/help/relationship-check/", {}),
    }
    return {name: r.content.decode() for name, r in (visitor | signed_in).items()}


def test_every_page_keeps_to_the_content_security_policy_and_the_heading_order(
    owner, owner_client, client
):
    for name, html in pages(owner, owner_client, client).items():
        assert "style=" not in html, name
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), name  # no inline scripts
        assert not re.search(r"\son[a-z]+=", html), name  # no inline event handlers
        main = html[html.index("<main") : html.index("</main>")]
        assert not FORBIDDEN.search(page_text(main)), name
        levels = [int(n) for n in re.findall(r"<h([1-6])", html)]
        assert levels[0] == 1 and levels.count(1) == 1, name
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), name
