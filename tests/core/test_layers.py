"""Arrows point down only: progress reads the feature apps, the feature apps read the kernel
(``detach/``), and the kernel reads no feature app. Checked on every import in the source."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FEATURE_APPS = {"quiz", "journal", "practices", "progress"}


def imported_roots(path: Path) -> set[str]:
    """The top-level packages a module imports (``from journal.models import Entry`` → journal),
    including imports inside functions."""
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def modules_of(package: str):
    return sorted(p for p in (ROOT / package).rglob("*.py") if "migrations" not in p.parts)


@pytest.mark.parametrize("path", modules_of("detach"), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_kernel_module_imports_a_feature_app(path):
    assert imported_roots(path) & FEATURE_APPS == set()


@pytest.mark.parametrize(
    "path",
    [p for app in ("quiz", "journal", "practices") for p in modules_of(app)],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_no_feature_app_imports_progress(path):
    assert "progress" not in imported_roots(path)


def test_the_check_sees_an_import_hidden_in_a_function(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from journal.models import Entry\n    return Entry\n")
    assert imported_roots(module) == {"journal"}


def feature_imports(path: Path) -> set[str]:
    """Each feature-app module a module imports, as ``journal.selectors`` (``from journal import
    selectors`` counts as ``journal.selectors``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] in FEATURE_APPS}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] not in FEATURE_APPS:
                continue
            if "." in node.module:
                found.add(node.module)
            else:
                found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


# seed_demo writes a demo person's history through each app's models: it is a tool for
# development and the benchmark, not a read the progress page makes.
PROGRESS_READERS = [p for p in modules_of("progress") if "management" not in p.parts]


@pytest.mark.parametrize("path", PROGRESS_READERS, ids=lambda p: str(p.relative_to(ROOT)))
def test_progress_reads_the_other_apps_only_through_their_selectors(path):
    """Selectors for the data; an app's ``charts`` module (pure chart geometry from what its
    selectors return, shared with the app's own pages) may be drawn from too."""
    outside = {m for m in feature_imports(path) if not m.startswith("progress")}
    assert {m for m in outside if not m.endswith((".selectors", ".charts"))} == set()
