"""DESIGN.md's rendering rules, read from the source of every app and the kernel: templates own
the markup (template tags only for the small repeated atoms, the chart drawing for SVG), dates go
through ``detach.formatting``, and no template reverses a URL or includes a template per row. A
row built in Python again, or a hand-written date format, fails here first."""

import ast
import re
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
PACKAGES = ("detach", "journal", "quiz", "practices", "progress")
# The chart drawing writes SVG and each chart's text alternative: through Django templates the
# progress page cost 36–49 % more (docs/performance.md). The formatting module is where dates
# are formatted.
ALLOWED = {
    "markup": {ROOT / "detach" / "chart_svg.py"},
    "dates": {ROOT / "detach" / "formatting.py"},
}
BLOCK_MARKUP = re.compile(r"<(li|tr|td|th|div|p|ul|ol|table|section|h\d)[\s>]")


def modules() -> list[Path]:
    """Every module of the apps and the kernel, without template tags (the atoms) and
    migrations."""
    skipped = {"templatetags", "migrations"}
    return [
        path
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if not skipped & set(path.parts)
    ]


def name(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", modules(), ids=name)
def test_no_module_outside_the_template_tags_writes_rows_or_blocks_of_html(path):
    if path in ALLOWED["markup"]:
        return
    tree = ast.parse(path.read_text())
    strings = [
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]
    assert [text[:60] for text in strings if BLOCK_MARKUP.search(text)] == []


@pytest.mark.parametrize("path", modules(), ids=name)
def test_no_module_writes_a_date_format_by_hand(path):
    if path in ALLOWED["dates"]:
        return
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Attribute) and node.attr == "strftime":
            found.append(f"{node.lineno} strftime")
        if isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            spec = ast.unparse(node.format_spec)
            if "%" in spec:
                found.append(f"{node.lineno} {spec}")
    assert found == []


# Loops that are not rows of a person's history, and stay a handful long.
SHORT_LOOPS = {
    # the three practice modules, fixed content
    "templates/practices/index.html": "{% url info.url_name %}",
    # each app's section about one person: one per app that offers one, a handful at most
    "templates/people/detail.html": (
        "{% include section.template with person=person data=section.context %}"
    ),
    # a person's signed-in devices; the device phrase is shared with the security email
    "templates/usersessions/usersession_list.html": '{% include "users/_device.html" %}',
}


@pytest.mark.parametrize(
    "path", sorted((ROOT / "templates").rglob("*.html")), ids=lambda p: str(p.relative_to(ROOT))
)
def test_no_template_uses_djangos_date_filter_or_reverses_a_url_per_row(path):
    source = path.read_text()
    found = [f"|date at {m.start()}" for m in re.finditer(r"\|date\b", source)]
    found += ["load tz" for _ in re.finditer(r"{% load [^%]*\btz\b", source)]
    allowed = SHORT_LOOPS.get(str(path.relative_to(ROOT)))
    for loop in re.finditer(r"{% for .*?{% endfor %}", source, re.DOTALL):
        tags = re.findall(r"{% (?:url|include) [^%]*%}", loop.group(0))
        found += [tag for tag in tags if tag != allowed]
    assert found == []


def test_the_rules_see_a_row_made_in_python(tmp_path):
    module = tmp_path / "rows.py"
    module.write_text("def row(x):\n    return f'<li>{x:%d %B}</li>'\n")
    strings = [
        n.value for n in ast.walk(ast.parse(module.read_text())) if isinstance(n, ast.Constant)
    ]
    assert any(BLOCK_MARKUP.search(s) for s in strings if isinstance(s, str))
