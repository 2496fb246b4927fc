"""The benchmark's budgets (scripts/bench.py) are the issue's: checked here without running it."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import bench  # noqa: E402


def test_each_page_gets_the_budget_the_issue_sets():
    assert bench.budget_for("journal list", bench.MAX_RATIO) == 4.0
    assert bench.budget_for("progress all", bench.MAX_RATIO) == 8.0
    assert bench.budget_for("journal search", bench.MAX_RATIO) == 10.0
    assert bench.budget_for("progress 30d", bench.MAX_GROWTH) == 1.5
    assert bench.budget_for("journal search", bench.MAX_GROWTH) == 4.0
    assert bench.MAX_QUERIES == 8
    assert bench.MAX_FIRST_LOAD == 100 * 1024


def test_every_main_page_is_measured():
    names = set(bench.PAGES)
    for page in ("journal list", "journal search", "journal entry", "quiz", "quiz result"):
        assert page in names
    for module in ("practices", "expectations", "fulfillment", "mindfulness"):
        assert module in names
    assert {f"progress {r}" for r in ("30d", "90d", "1y", "all")} <= names
