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
    # The ceiling is the script's own constant (raised with the progress page's sections);
    # one query past it fails.
    ceiling = bench.MAX_QUERIES
    assert judged("journal list", ms=20, queries=(ceiling, ceiling))["queries"] == "pass"
    assert judged("journal list", ms=20, queries=(ceiling + 1, ceiling + 1))["queries"] == "FAIL"


def test_a_first_load_over_100_kilobytes_fails():
    assert judged("quiz", ms=20, first_load=100 * 1024)["bytes"] == "pass"
    assert judged("quiz", ms=20, first_load=100 * 1024 + 1)["bytes"] == "FAIL"


def test_every_main_page_is_measured():
    names = set(bench.PAGES)
    assert "today" in names
    for page in ("journal list", "journal search", "journal entry", "quiz", "quiz result"):
        assert page in names
    for module in ("practices", "expectations", "fulfillment", "mindfulness"):
        assert module in names
    assert {f"progress {r}" for r in ("30d", "90d", "1y", "all")} <= names


def judged_at_twenty_years(name, *, twenty_ms, two_weeks_ms=10.0, floor_twenty_ms=10.0):
    return bench.judge(
        name,
        five_years_ms=[two_weeks_ms] * 20,
        two_weeks_ms=[two_weeks_ms] * 20,
        floor_ms=FLOOR_MS,
        queries=(6, 6, 6),
        first_load=50_000,
        twenty_years_ms=[twenty_ms] * 20,
        twenty_years_floor_ms=[floor_twenty_ms] * 20,
    )["budgets"]


def test_an_absent_word_search_at_twenty_years_stays_within_three_floors():
    name = "journal search absent"
    assert judged_at_twenty_years(name, twenty_ms=30.0, two_weeks_ms=25.0)["ratio 20y"] == "pass"
    assert judged_at_twenty_years(name, twenty_ms=30.3, two_weeks_ms=25.0)["ratio 20y"] == "FAIL"


def test_an_absent_word_search_grows_at_most_half_again_from_two_weeks_to_twenty_years():
    name = "journal search absent"
    assert judged_at_twenty_years(name, twenty_ms=15.0)["growth 20y"] == "pass"
    assert judged_at_twenty_years(name, twenty_ms=15.2)["growth 20y"] == "FAIL"


def test_a_page_with_twenty_year_budgets_fails_when_not_measured_at_twenty_years():
    assert judged("journal search absent", ms=10.0)["ratio 20y"] == "FAIL"


def test_queries_must_not_grow_at_twenty_years_either():
    assert judged("journal list", ms=20, queries=(6, 6, 7))["queries"] == "FAIL"


def test_search_is_measured_for_a_common_and_an_absent_word_and_a_twenty_year_person():
    assert {"journal search", "journal search absent"} <= set(bench.PAGES)
    assert bench.PEOPLE["twenty_years"][1] == 20 * 365
    assert "journal search absent" in bench.TWENTY_YEAR_PAGES
