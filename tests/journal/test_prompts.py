"""The prompt bank and the daily choice: pure functions, no database."""

from collections import Counter
from datetime import date, timedelta

import pytest

from journal.prompt_bank import ANXIETY, AVOIDANCE, PROMPTS, PROMPTS_BY_CODE, STEPS
from journal.prompts import choose_prompt, leanings, prompt_order

DAY = date(2026, 3, 14)
FORBIDDEN = ("diagnos", "treat", "disorder")


def test_the_bank_holds_at_least_forty_prompts_with_unique_codes():
    assert len(PROMPTS) >= 40
    assert len(PROMPTS_BY_CODE) == len(PROMPTS)


def test_every_step_of_the_four_has_at_least_ten_prompts():
    per_step = Counter(prompt.step for prompt in PROMPTS)
    assert set(per_step) == set(STEPS)
    assert min(per_step.values()) >= 10


def test_both_leanings_have_prompts_in_several_steps():
    for leaning in (ANXIETY, AVOIDANCE):
        steps = {prompt.step for prompt in PROMPTS if leaning in prompt.leans}
        assert len(steps) >= 3, leaning


def test_prompts_avoid_clinical_words():
    for prompt in PROMPTS:
        lowered = prompt.text.lower()
        assert not any(word in lowered for word in FORBIDDEN), prompt.code


def test_the_same_person_gets_the_same_prompt_all_day():
    assert choose_prompt((5.0, 3.0), 7, DAY) == choose_prompt((5.0, 3.0), 7, DAY)


def test_the_prompt_changes_across_days_and_people():
    by_day = {choose_prompt(None, 7, DAY + timedelta(days=n)).code for n in range(30)}
    by_person = {choose_prompt(None, person, DAY).code for person in range(30)}
    assert len(by_day) > 10
    assert len(by_person) > 10


def test_another_prompt_is_different_from_the_days_prompt_and_walks_the_whole_bank():
    offered = [choose_prompt(None, 7, DAY, offset=n).code for n in range(len(PROMPTS))]
    assert offered[1] != offered[0]
    assert sorted(offered) == sorted(PROMPTS_BY_CODE)
    assert prompt_order(None, 7, DAY)[0].code == offered[0]


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        (None, set()),
        ((2.0, 2.5), set()),
        ((6.0, 2.0), {ANXIETY}),
        ((2.0, 6.0), {AVOIDANCE}),
        ((5.5, 5.2), {ANXIETY, AVOIDANCE}),
        ((6.5, 4.5), {ANXIETY}),
        ((4.0, 3.0), set()),
    ],
)
def test_leanings_follow_the_stronger_raised_dimension(scores, expected):
    assert leanings(scores) == expected


def _share(scores, leaning: str) -> float:
    picks = [choose_prompt(scores, 11, DAY + timedelta(days=n)) for n in range(730)]
    return sum(leaning in prompt.leans for prompt in picks) / len(picks)


def test_higher_anxiety_leans_the_daily_prompt_towards_anxiety_prompts():
    baseline = _share(None, ANXIETY)
    leaning = _share((6.2, 2.5), ANXIETY)
    assert leaning > baseline + 0.2
    assert leaning > 0.5


def test_higher_avoidance_leans_the_daily_prompt_towards_avoidance_prompts():
    baseline = _share(None, AVOIDANCE)
    leaning = _share((2.5, 6.2), AVOIDANCE)
    assert leaning > baseline + 0.2
    assert leaning > 0.5


def test_leaning_never_shuts_out_the_other_prompts():
    picks = {choose_prompt((6.5, 1.5), 3, DAY + timedelta(days=n)).code for n in range(730)}
    assert any(not PROMPTS_BY_CODE[code].leans for code in picks)
