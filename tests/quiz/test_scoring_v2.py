"""Version 2 scored by hand: answer patterns a person might really give, and the expected means
worked out on paper (forward items count as answered, reverse-keyed ones as 8 - answer).

Version 2 counts: anxiety 10 forward + 6 reverse-keyed, avoidance 9 + 5, love-addict lens
5 + 3, love-avoidant lens 7 + 4.
"""

import pytest

from quiz import questionnaire as q
from quiz import scoring

V2 = q.get(2)


def pattern(levels: dict[str, tuple[int, int]]) -> dict[str, int]:
    """Raw answers: for each scale, (answer to forward statements, answer to reversed ones)."""
    return {i.code: levels[i.scale][1] if i.reverse else levels[i.scale][0] for i in V2.items}


def test_all_agree_lands_in_the_middle_not_at_the_top():
    scores = scoring.score(V2, {i.code: 7 for i in V2.items})
    assert scores.anxiety == pytest.approx((10 * 7 + 6 * 1) / 16)  # 4.75
    assert scores.avoidance == pytest.approx((9 * 7 + 5 * 1) / 14)  # 4.857
    assert scores.love_addict == pytest.approx((5 * 7 + 3 * 1) / 8)  # 4.75, moderate
    assert scores.love_avoidant == pytest.approx((7 * 7 + 4 * 1) / 11)  # 4.818, moderate
    assert scoring.pattern_level(scores.love_addict) == scoring.MODERATE
    assert scoring.pattern_level(scores.love_avoidant) == scoring.MODERATE


def test_all_disagree_mirrors_it():
    scores = scoring.score(V2, {i.code: 1 for i in V2.items})
    assert scores.anxiety == pytest.approx((10 * 1 + 6 * 7) / 16)  # 3.25
    assert scores.avoidance == pytest.approx((9 * 1 + 5 * 7) / 14)  # 3.143
    assert scores.love_addict == pytest.approx((5 + 21) / 8)  # 3.25, low
    assert scores.love_avoidant == pytest.approx((7 + 28) / 11)  # 3.18, low


def test_all_the_same_answer_is_noticed():
    assert scoring.answered_all_the_same({i.code: 5 for i in V2.items})
    varied = {i.code: 5 for i in V2.items} | {"ANX01": 4}
    assert not scoring.answered_all_the_same(varied)


def test_a_secure_leaning_pattern():
    # Disagrees (2) with worried and distant statements, agrees (6) with the secure ones;
    # the lenses slightly disagreed with (3 forward, 5 reversed).
    answers = pattern(
        {
            q.ANXIETY: (2, 6),
            q.AVOIDANCE: (2, 6),
            q.LOVE_ADDICT: (3, 5),
            q.LOVE_AVOIDANT: (3, 5),
        }
    )
    scores = scoring.score(V2, answers)
    assert (scores.anxiety, scores.avoidance) == (2.0, 2.0)
    assert (scores.love_addict, scores.love_avoidant) == (3.0, 3.0)
    assert scoring.dominant_style(2.0, 2.0) == scoring.SECURE
    # a = v = 1/6: secure 25/36 (close to), ambivalent and avoidant 5/36 (some way from),
    # fearful 1/36 (far from).
    shares = scoring.blend(2.0, 2.0)
    assert shares[scoring.SECURE] == pytest.approx(25 / 36)
    assert scoring.nearness(shares[scoring.SECURE]) == scoring.CLOSE
    assert scoring.nearness(shares[scoring.AMBIVALENT]) == scoring.SOME_WAY
    assert scoring.nearness(shares[scoring.FEARFUL]) == scoring.FAR
    assert not scoring.is_close_mix(2.0, 2.0)


def test_an_anxious_pattern():
    # Agrees (6) with worried statements and disagrees (2) with their reversals; comfortable
    # with closeness; the love-addict lens agreed with, the love-avoidant lens disagreed with.
    answers = pattern(
        {
            q.ANXIETY: (6, 2),
            q.AVOIDANCE: (2, 6),
            q.LOVE_ADDICT: (6, 2),
            q.LOVE_AVOIDANT: (2, 6),
        }
    )
    scores = scoring.score(V2, answers)
    assert (scores.anxiety, scores.avoidance) == (6.0, 2.0)
    assert scores.love_addict == 6.0 and scoring.pattern_level(6.0) == scoring.HIGH
    assert scores.love_avoidant == 2.0 and scoring.pattern_level(2.0) == scoring.LOW
    assert scoring.dominant_style(6.0, 2.0) == scoring.AMBIVALENT


def test_an_avoidant_pattern_with_one_mixed_answer():
    answers = pattern(
        {
            q.ANXIETY: (2, 6),
            q.AVOIDANCE: (6, 2),
            q.LOVE_ADDICT: (2, 6),
            q.LOVE_AVOIDANT: (6, 2),
        }
    )
    answers["AVO16"] = 4  # reversed; counts as 4 instead of 6: avoidance (13 * 6 + 4) / 14
    scores = scoring.score(V2, answers)
    assert scores.anxiety == 2.0
    assert scores.avoidance == pytest.approx(82 / 14)  # 5.857
    assert scores.love_avoidant == 6.0
    assert scoring.dominant_style(scores.anxiety, scores.avoidance) == scoring.AVOIDANT


@pytest.mark.parametrize(
    ("anxiety", "avoidance", "close"),
    [
        (4.0, 4.0, True),  # 25 / 25 / 25 / 25
        # a = 0.5, v = 0.4: secure 0.30, ambivalent 0.30, tied: no clear lead
        (4.0, 3.4, True),
        # a = 0.5, v = 0.25: secure .375 vs ambivalent .375: tied
        (4.0, 2.5, True),
        # a = 0.4, v = 0.4: secure .36, ambivalent .24: 12 points apart, a lead
        (3.4, 3.4, False),
        # a = 0.45, v = 0.45: secure .3025, ambivalent .2475: 5.5 points apart, no lead
        (3.7, 3.7, True),
    ],
)
def test_no_clear_lead_means_the_top_two_shares_within_ten_points(anxiety, avoidance, close):
    assert scoring.is_close_mix(anxiety, avoidance) is close
