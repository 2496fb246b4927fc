"""Scoring rules checked against values worked out by hand."""

import inspect
import math

import pytest

from quiz import questionnaire as q
from quiz import reliability, scoring
from quiz.reliability import DIMENSIONS, FORMS
from quiz.scoring import AMBIVALENT, AVOIDANT, FEARFUL, SECURE
from tests.quiz.factories import answers_for

V1 = q.get(1)  # hand-computed for version 1; version 2 is in test_scoring_v2.py


def every_answer(value: int) -> dict[str, int]:
    """The same raw answer to every statement (before reverse keying)."""
    return {item.code: value for item in V1.items}


def test_reverse_keying_turns_an_answer_around_the_middle():
    assert scoring.keyed(1, reverse=True) == 7
    assert scoring.keyed(7, reverse=True) == 1
    assert scoring.keyed(4, reverse=True) == 4
    assert scoring.keyed(2, reverse=True) == 6
    assert scoring.keyed(2, reverse=False) == 2


@pytest.mark.parametrize("bad", [0, 8, -1])
def test_an_answer_off_the_scale_is_refused(bad):
    with pytest.raises(ValueError):
        scoring.keyed(bad, reverse=False)


def test_all_middle_answers_give_four_and_four_and_an_even_blend():
    scores = scoring.score(V1, every_answer(4))
    assert scores == scoring.Scores(4.0, 4.0, 4.0, 4.0)
    assert scoring.as_percent(scores.anxiety) == 50
    assert scoring.blend(4.0, 4.0) == {
        SECURE: 0.25,
        AMBIVALENT: 0.25,
        AVOIDANT: 0.25,
        FEARFUL: 0.25,
    }
    assert [s.percent for s in scoring.blend_percentages(4.0, 4.0)] == [25, 25, 25, 25]


def test_agreeing_with_everything_is_not_the_top_of_the_scale_because_of_reverse_keying():
    # Anxiety: 9 forward items at 7 and 5 reverse-keyed items at 8 - 7 = 1, so (63 + 5) / 14.
    scores = scoring.score(V1, every_answer(7))
    assert scores.anxiety == pytest.approx(68 / 14)  # 4.857...
    assert scores.avoidance == pytest.approx(68 / 14)
    # The two pattern scales have no reverse-keyed items.
    assert scores.love_addict == 7.0
    assert scores.love_avoidant == 7.0


def test_disagreeing_with_everything_mirrors_it():
    # 9 forward items at 1 and 5 reverse-keyed items at 7: (9 + 35) / 14.
    scores = scoring.score(V1, every_answer(1))
    assert scores.anxiety == pytest.approx(44 / 14)  # 3.142...
    assert scores.love_addict == 1.0


def test_a_single_reversed_answer_moves_the_mean_the_other_way():
    answers = every_answer(4)
    answers["ANX04"] = 7  # reverse-keyed: counts as 1, so the anxiety sum drops by 3
    assert scoring.scale_mean(V1, answers, q.ANXIETY) == pytest.approx(4 - 3 / 14)
    answers["ANX04"] = 4
    answers["ANX01"] = 7  # forward: counts as 7
    assert scoring.scale_mean(V1, answers, q.ANXIETY) == pytest.approx(4 + 3 / 14)


def test_extremes_of_the_plane_are_pure_styles():
    low_low = scoring.score(V1, answers_for(anxiety=1, avoidance=1, version=1))
    assert (low_low.anxiety, low_low.avoidance) == (1.0, 1.0)
    assert scoring.blend(1, 1)[SECURE] == 1.0
    assert [s.percent for s in scoring.blend_percentages(7, 1)] == [0, 100, 0, 0]
    assert [s.percent for s in scoring.blend_percentages(1, 7)] == [0, 0, 100, 0]
    assert [s.percent for s in scoring.blend_percentages(7, 7)] == [0, 0, 0, 100]
    assert scoring.as_percent(1.0) == 0
    assert scoring.as_percent(7.0) == 100


def test_the_blend_is_bilinear_in_the_normalised_scores():
    # anxiety 5.5 -> a = 0.75; avoidance 2.5 -> v = 0.25
    shares = scoring.blend(5.5, 2.5)
    assert shares[SECURE] == pytest.approx(0.25 * 0.75)  # 0.1875
    assert shares[AMBIVALENT] == pytest.approx(0.75 * 0.75)  # 0.5625
    assert shares[AVOIDANT] == pytest.approx(0.25 * 0.25)  # 0.0625
    assert shares[FEARFUL] == pytest.approx(0.75 * 0.25)  # 0.1875
    assert [s.percent for s in scoring.blend_percentages(5.5, 2.5)] == [19, 56, 6, 19]
    assert scoring.dominant_style(5.5, 2.5) == AMBIVALENT


@pytest.mark.parametrize(
    ("anxiety", "avoidance"),
    [(1, 1), (1.3, 6.2), (3.9, 4.1), (2.2, 2.2), (5.07, 3.33), (6.99, 1.01), (4.5, 4.5)],
)
def test_whole_percentages_always_sum_to_exactly_one_hundred(anxiety, avoidance):
    assert sum(s.percent for s in scoring.blend_percentages(anxiety, avoidance)) == 100
    assert math.isclose(sum(scoring.blend(anxiety, avoidance).values()), 1.0)


def test_the_blend_changes_continuously_without_cut_offs():
    before = scoring.blend(3.99, 4.0)
    after = scoring.blend(4.01, 4.0)
    for style in scoring.STYLES:
        assert abs(before[style] - after[style]) < 0.01


def test_the_dominant_style_is_the_largest_share_and_ties_break_in_a_stated_order():
    assert scoring.dominant_style(2, 2) == SECURE
    assert scoring.dominant_style(6, 2) == AMBIVALENT
    assert scoring.dominant_style(2, 6) == AVOIDANT
    assert scoring.dominant_style(6, 6) == FEARFUL
    assert scoring.dominant_style(4, 4) == SECURE  # exact four-way tie: the first in STYLES
    assert scoring.is_close_mix(4, 4)
    assert not scoring.is_close_mix(6, 2)


@pytest.mark.parametrize(
    ("mean", "level"),
    [
        (1.0, "low"),
        (3.49, "low"),
        (3.5, "moderate"),
        (4.99, "moderate"),
        (5.0, "high"),
        (7, "high"),
    ],
)
def test_pattern_levels_follow_the_stated_thresholds(mean, level):
    assert scoring.pattern_level(mean) == level


def test_the_reliable_change_index_uses_the_stated_reliability_and_sd():
    # General form: SEdiff = 1.5 * sqrt(2 * (1 - 0.65)) = 1.2550
    se_diff = 1.5 * math.sqrt(2 * 0.35)
    change = scoring.dimension_change(3.0, 4.0, form="general", dimension="anxiety")
    assert change.rci == pytest.approx(1 / se_diff)  # 0.80
    change = scoring.dimension_change(6.0, 3.0, form="general", dimension="avoidance")
    assert change.rci == pytest.approx(-3 / se_diff)  # -2.39
    assert scoring.reliable_change_index(2, 3, sd=1.0, reliability=0.5) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("form", "dimension", "threshold"),
    [
        # 1.96 * SD * sqrt(2 * (1 - r)), by hand:
        ("general", "anxiety", 1.96 * 1.5 * math.sqrt(0.7)),  # 2.460
        ("general", "avoidance", 1.96 * 1.5 * math.sqrt(0.7)),  # 2.460
        ("relationship", "anxiety", 1.96 * 1.7 * math.sqrt(0.7)),  # 2.788
        ("relationship", "avoidance", 1.96 * 1.5 * math.sqrt(0.7)),  # 2.460
    ],
)
def test_each_form_and_dimension_has_its_own_threshold(form, dimension, threshold):
    assert scoring.reliable_change_threshold(form, dimension) == pytest.approx(threshold)


@pytest.mark.parametrize(("form", "dimension"), [(f, d) for f in FORMS for d in DIMENSIONS])
def test_a_change_is_called_reliable_only_past_its_threshold(form, dimension):
    threshold = scoring.reliable_change_threshold(form, dimension)
    below = scoring.dimension_change(4.0, 4.0 + threshold - 0.01, form=form, dimension=dimension)
    above = scoring.dimension_change(4.0, 4.0 + threshold + 0.01, form=form, dimension=dimension)
    down = scoring.dimension_change(6.5, 6.5 - threshold - 0.01, form=form, dimension=dimension)
    assert not below.reliable
    assert above.reliable
    assert down.reliable
    assert not scoring.dimension_change(4.0, 4.0, form=form, dimension=dimension).reliable


def test_every_reliability_figure_is_sourced_in_the_code_next_to_it():
    source = inspect.getsource(reliability)
    assert "Fraley, Heffernan" in source and "615-625" in source
    assert "Sibley, Fischer & Liu (2005)" in source
    assert "Jacobson & Truax (1991)" in source
    # Where no SD was found, the code says so, and so does the text shown on the page.
    assert "could not reach a table giving them" in source
    for figures in reliability.RELIABILITY.values():
        assert "no published figure was found" in figures.source


def test_the_conservative_choice_is_stricter_than_any_published_reliability():
    for figures in reliability.RELIABILITY.values():
        assert figures.retest <= min(
            reliability.ECR_RS_RETEST_ROMANTIC, reliability.ECR_RS_RETEST_PARENTAL
        )


def test_missing_answers_cannot_be_scored():
    answers = every_answer(4)
    del answers["AVO03"]
    with pytest.raises(scoring.IncompleteAnswers):
        scoring.score(V1, answers)


def test_the_plane_position_puts_avoidance_across_and_anxiety_up():
    assert scoring.plane_position(1, 1) == (0.0, 0.0)
    assert scoring.plane_position(7, 1) == (0.0, 1.0)
    assert scoring.plane_position(1, 7) == (1.0, 0.0)
    assert scoring.plane_position(5.5, 2.5) == (0.25, 0.75)
