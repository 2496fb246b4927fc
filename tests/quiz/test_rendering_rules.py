"""The quiz keeps DESIGN.md's rendering rules: templates own the markup (template tags only
for the small repeated atoms), dates go through ``detach.formatting``, links come from the
models. Read from the source, so a row built in Python again fails here first."""

import ast
import re
from pathlib import Path

from django.conf import settings

APP = Path(settings.BASE_DIR) / "quiz"
TEMPLATES = Path(settings.BASE_DIR) / "templates" / "quiz"
BLOCK_MARKUP = re.compile(r"<(li|tr|div|p)[\s>]")


def modules() -> list[Path]:
    """The app's Python, without its template tags (the atoms) and migrations."""
    skipped = {"templatetags", "migrations"}
    return [path for path in APP.rglob("*.py") if not skipped & set(path.parts)]


def strings_in(path: Path) -> list[str]:
    tree = ast.parse(path.read_text())
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def test_no_module_outside_the_template_tags_writes_rows_or_blocks_of_html():
    found = [
        f"{path.relative_to(APP)}: {text[:60]!r}"
        for path in modules()
        for text in strings_in(path)
        if BLOCK_MARKUP.search(text)
    ]
    assert found == []


def test_no_module_writes_a_date_format_by_hand():
    found = []
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Attribute) and node.attr == "strftime":
                found.append(f"{path.relative_to(APP)}:{node.lineno} strftime")
            if isinstance(node, ast.FormattedValue) and node.format_spec is not None:
                spec = ast.unparse(node.format_spec)
                if "%" in spec:
                    found.append(f"{path.relative_to(APP)}:{node.lineno} {spec}")
    assert found == []


def test_no_template_uses_djangos_date_filter_or_reverses_a_url_per_row():
    found = []
    for path in TEMPLATES.rglob("*.html"):
        source = path.read_text()
        found += [f"{path.name}: |date" for _ in re.finditer(r"\|date\b", source)]
        found += [f"{path.name}: load tz" for _ in re.finditer(r"{% load [^%]*\btz\b", source)]
        for loop in re.finditer(r"{% for .*?{% endfor %}", source, re.DOTALL):
            found += [
                f"{path.name}: {tag}"
                for tag in re.findall(r"{% (?:url|include) [^%]*%}", loop.group(0))
            ]
    assert found == []


def test_nothing_uses_the_old_link_helper():
    assert [path for path in modules() if "detach.links" in path.read_text()] == []
