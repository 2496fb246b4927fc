"""How the practice pages are made: markup in templates, one loop per list without the costs
that add up per row, links from the models, and no code that only the tests use."""

import ast
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context
from django.template.base import Lexer, TokenType
from django.urls import reverse
from django.utils import timezone as django_tz

from practices.areas import AREAS
from practices.forms.common import HINT, Snippet
from tests.html import page_text
from tests.practices.factories import (
    ActivityFactory,
    BreathingSessionFactory,
    ExpectationCheckFactory,
    NotingPracticeFactory,
)

ROOT = Path(settings.BASE_DIR)
PRACTICES = ROOT / "practices"
TEMPLATES = ROOT / "templates" / "practices"


def python_modules(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "migrations" not in p.parts)


def test_practices_has_no_module_of_python_made_markup():
    assert not (PRACTICES / "markup.py").exists()


@pytest.mark.parametrize("module", python_modules(PRACTICES), ids=lambda p: p.name)
def test_no_python_module_of_the_practices_writes_markup(module):
    if "templatetags" in module.parts:
        return  # a template tag may write the small atom it stands for
    source = module.read_text()
    assert not re.search(r"<(li|tr|td|th|div|p|span|a|ul|h\d)[\s>]", source)
    assert "format_html" not in source and "mark_safe" not in source
    # Dates are written by detach.formatting, not strftime.
    assert not re.search(r"%[aAbBdY]", source)


# The three cards of the overview are the modules themselves, not rows of a person's data.
ALLOWED_IN_LOOPS = {("index.html", "url info.url_name")}


def tags_inside_loops(template: Path) -> list[str]:
    """Every tag and variable of ``template`` written inside a {% for %} loop."""
    depth, inside = 0, []
    for token in Lexer(template.read_text()).tokenize():
        if token.token_type == TokenType.BLOCK:
            if token.contents.startswith("for "):
                depth += 1
            elif token.contents == "endfor":
                depth -= 1
            elif depth and (template.name, token.contents) not in ALLOWED_IN_LOOPS:
                inside.append(token.contents)
        elif token.token_type == TokenType.VAR and depth:
            inside.append(token.contents)
    return inside


@pytest.mark.parametrize(
    "template", sorted(TEMPLATES.rglob("*.html")), ids=lambda p: str(p.relative_to(TEMPLATES))
)
def test_practice_templates_spend_nothing_per_row_on_urls_includes_or_localized_dates(template):
    # Dates go through the formatting filters (|full_date, |date_time…), not Django's |date.
    assert not re.search(r"\|date\b(?!_)", template.read_text())
    for contents in tags_inside_loops(template):
        assert not contents.startswith(("url ", "include ")), contents


def test_the_row_loops_live_in_the_module_templates():
    # One loop per list, each in its page's template (activities: one partial, once per list).
    expected = {
        "fulfillment/module.html": [
            "for score in gaps",
            "for row in charts.then_now",
            "for map in maps reversed",
        ],
        "fulfillment/_activity_rows.html": ["for activity in activities"],
        "expectations/module.html": ["for check in history"],
        "mindfulness/module.html": ["for session in sessions", "for noting in notings"],
    }
    for name, loops in expected.items():
        tokens = Lexer((TEMPLATES / name).read_text()).tokenize()
        found = [t.contents for t in tokens if t.token_type == TokenType.BLOCK]
        assert [c for c in found if c.startswith("for ")] == loops, name


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("factory", "prop", "url_name"),
    [
        (ActivityFactory, "done_url", "practices:activity_done"),
        (ActivityFactory, "edit_url", "practices:activity_edit"),
        (ActivityFactory, "delete_url", "practices:activity_delete"),
        (ExpectationCheckFactory, "revisit_url", "practices:check_revisit"),
        (BreathingSessionFactory, "delete_url", "practices:session_delete"),
        (NotingPracticeFactory, "delete_url", "practices:noting_delete"),
    ],
)
def test_each_row_action_links_where_reverse_would(factory, prop, url_name):
    obj = factory()
    assert getattr(obj, prop) == reverse(url_name, kwargs={"uuid": obj.uuid})


def test_a_form_hint_is_written_by_its_template_and_escaped():
    html = Snippet(HINT, text="Tom & Jo's <b>plan</b>", hint_id="area-friends").render(
        None, Context({})
    )
    assert html.strip() == (
        '<p class="form-text mt-0" id="area-friends">'
        "Tom &amp; Jo&#x27;s &lt;b&gt;plan&lt;/b&gt;</p>"
    )


@pytest.mark.django_db
def test_each_area_of_the_map_form_is_described_by_its_question(owner_client):
    response = owner_client.get(reverse("practices:map_new"))
    html, text = response.content.decode(), page_text(response)
    for area in AREAS:
        assert f'aria-describedby="area-{area.code}"' in html
        assert f'<p class="form-text mt-0" id="area-{area.code}">' in html
        assert area.question in text


@pytest.mark.django_db
def test_the_breathing_and_noting_forms_guide_each_step(owner_client):
    breathing = owner_client.get(reverse("practices:breathing"))
    assert 'id="duration-help"' in breathing.content.decode()
    assert "The pacer fills this in when it stops" in page_text(breathing)
    noting = page_text(owner_client.get(reverse("practices:noting")))
    for hint in (
        "What is going through your mind or body at this moment?",
        "the way you would let weather pass over a hill.",
        "It may come back; you can notice it again.",
    ):
        assert hint in noting


@pytest.mark.django_db
def test_the_plan_offers_each_person_the_week_of_their_own_time_zone(
    owner, stranger, owner_client, stranger_client, monkeypatch
):
    # 20:00 in UTC is already the next morning on Kiritimati (UTC+14), still 09:00 in Niue.
    monkeypatch.setattr(django_tz, "now", lambda: datetime(2026, 11, 27, 20, 0, tzinfo=UTC))
    owner.timezone, stranger.timezone = "Pacific/Kiritimati", "Pacific/Niue"
    owner.save()
    stranger.save()
    for client, today in (
        (owner_client, date(2026, 11, 28)),
        (stranger_client, date(2026, 11, 27)),
    ):
        html = client.get(reverse("practices:fulfillment")).content.decode()
        plan = html.split('id="plan"')[1].split("</form>")[0]
        assert f'<option value="{today.isoformat()}" selected>' in plan
        weekday = today.strftime("%A")
        assert f"Today ({weekday})" in page_text(plan)


# Found by name where the code is not read directly: Django's hooks.
CALLED_BY_CONVENTION = re.compile(r"^(clean_\w+|save|Meta|\w+Config)$")


def defined_names(module: Path) -> list[str]:
    names = []
    for node in ast.parse(module.read_text()).body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
        if isinstance(node, ast.ClassDef):
            names += [n.name for n in node.body if isinstance(n, ast.FunctionDef)]
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
    return [n for n in names if not n.startswith("__")]


def test_nothing_in_practices_is_there_only_for_the_tests():
    apps = [d.name for d in ROOT.iterdir() if (d / "__init__.py").exists() and d.name != "tests"]
    patterns = [f"{app}/**/*.py" for app in apps] + ["templates/**/*.html", "static/js/*.js"]
    sources = {path: path.read_text() for pattern in patterns for path in ROOT.glob(pattern)}
    unused = []
    for module in python_modules(PRACTICES):
        for name in defined_names(module):
            if CALLED_BY_CONVENTION.match(name):
                continue
            word = re.compile(rf"\b{re.escape(name)}\b")
            uses = sum(len(word.findall(text)) for text in sources.values())
            if uses <= 1:  # its own definition
                unused.append(f"{module.relative_to(ROOT)}: {name}")
    assert unused == []
