"""The benchmark's judgement (scripts/bench.py): a page over any of its budgets fails the run.

Fed made-up timings, so the judgement itself is tested without starting a server; a budget
loosened in the script, or a check that stops comparing, turns these red."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import bench  # noqa: E402

FLOOR_MS = [10.0] * 20


def judged(name, *, ms, two_weeks_ms=None, queries=(6, 6), first_load=50_000):
    return bench.judge(
        name,
        five_years_ms=[ms] * 20,
        two_weeks_ms=[two_weeks_ms or ms] * 20,
        floor_ms=FLOOR_MS,
        queries=queries,
        first_load=first_load,
    )["budgets"]


@pytest.mark.parametrize(
    ("name", "limit"),
    [
        ("journal list", 4),
        ("quiz", 4),
        ("progress all", 8),
        ("progress 30d", 8),
        ("journal search", 10),
    ],
)
def test_a_page_passes_at_its_ratio_to_the_floor_and_fails_just_past_it(name, limit):
    assert judged(name, ms=10.0 * limit)["ratio"] == "pass"
    assert judged(name, ms=10.0 * limit * 1.01)["ratio"] == "FAIL"


def test_the_floor_page_is_never_judged_against_itself_but_still_against_growth():
    assert judged("floor", ms=10.0)["ratio"] == "pass"
    assert judged("floor", ms=16.0, two_weeks_ms=10.0)["growth"] == "FAIL"


@pytest.mark.parametrize(("name", "limit"), [("journal list", 1.5), ("journal search", 4.0)])
def test_five_years_may_cost_at_most_its_growth_budget_over_two_weeks(name, limit):
    assert judged(name, ms=15.0 * limit, two_weeks_ms=15.0)["growth"] == "pass"
    assert judged(name, ms=15.0 * limit * 1.01, two_weeks_ms=15.0)["growth"] == "FAIL"


def test_queries_fail_when_they_grow_with_history_or_pass_the_ceiling():
    assert judged("journal list", ms=20, queries=(8, 8))["queries"] == "pass"
    assert judged("journal list", ms=20, queries=(8, 7))["queries"] == "FAIL"
    assert judged("journal list", ms=20, queries=(9, 9))["queries"] == "FAIL"


def test_a_first_load_over_100_kilobytes_fails():
    assert judged("quiz", ms=20, first_load=100 * 1024)["bytes"] == "pass"
    assert judged("quiz", ms=20, first_load=100 * 1024 + 1)["bytes"] == "FAIL"


def test_every_main_page_is_measured():
    names = set(bench.PAGES)
    for page in ("journal list", "journal search", "journal entry", "quiz", "quiz result"):
        assert page in names
    for module in ("practices", "expectations", "fulfillment", "mindfulness"):
        assert module in names
    assert {f"progress {r}" for r in ("30d", "90d", "1y", "all")} <= names
