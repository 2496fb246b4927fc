"""Scoring as pure functions: no request, no ORM, so each rule is tested directly.

Answers are a mapping of item code to a point on the 1-7 agreement scale. A dimension's score is
the mean of its items after reverse keying, on the same 1-7 scale (4 is the neutral middle).
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass

from quiz import reliability
from quiz.questionnaire import (
    ANXIETY,
    AVOIDANCE,
    LOVE_ADDICT,
    LOVE_AVOIDANT,
    SCALE_MAX,
    SCALE_MIN,
    Questionnaire,
)

SECURE = "secure"
AMBIVALENT = "ambivalent"
AVOIDANT = "avoidant"
FEARFUL = "fearful"
# Also the order that breaks an exact tie for the largest share.
STYLES = (SECURE, AMBIVALENT, AVOIDANT, FEARFUL)

# Love-addict and love-avoidant patterns: the mean of the lens statements on 1-7.
#   low      below 3.5    (on the whole the statements were disagreed with)
#   moderate 3.5 to 4.9   (around the middle: some of it fits, some does not)
#   high     5.0 or above (on the whole the statements were agreed with)
PATTERN_MODERATE_FROM = 3.5
PATTERN_HIGH_FROM = 5.0
LOW, MODERATE, HIGH = "low", "moderate", "high"

# Reliable change: every figure and its source lives in quiz/reliability.py, per form and per
# dimension, so the results page and the progress page share one rule.
RELIABLE_CHANGE_Z = reliability.RELIABLE_CHANGE_Z


class IncompleteAnswers(ValueError):
    """Some items of a scale have no answer, so the scale cannot be scored."""


@dataclass(frozen=True)
class Scores:
    anxiety: float
    avoidance: float
    # None for a form without the lenses (the relationship form asks only the two dimensions).
    love_addict: float | None
    love_avoidant: float | None


@dataclass(frozen=True)
class Share:
    style: str
    percent: int


@dataclass(frozen=True)
class DimensionChange:
    before: float
    after: float
    delta: float
    rci: float
    threshold: float  # the smallest change, in points, that counts for this form and dimension

    @property
    def reliable(self) -> bool:
        """Larger than the change that ordinary retest noise produces 95% of the time."""
        return abs(self.rci) > RELIABLE_CHANGE_Z


def keyed(answer: int, *, reverse: bool) -> int:
    """The answer as it counts toward its scale: reverse-keyed items count as 8 - answer."""
    if not SCALE_MIN <= answer <= SCALE_MAX:
        raise ValueError(f"An answer must be from {SCALE_MIN} to {SCALE_MAX}, not {answer}.")
    return (SCALE_MIN + SCALE_MAX - answer) if reverse else answer


def scale_mean(questionnaire: Questionnaire, answers: Mapping[str, int], scale: str) -> float:
    items = questionnaire.items_for(scale)
    missing = [item.code for item in items if item.code not in answers]
    if missing:
        raise IncompleteAnswers(f"No answer for {', '.join(missing)}.")
    values = [keyed(int(answers[item.code]), reverse=item.reverse) for item in items]
    return sum(values) / len(values)


def score(questionnaire: Questionnaire, answers: Mapping[str, int]) -> Scores:
    def lens(scale: str) -> float | None:
        if not questionnaire.items_for(scale):
            return None
        return scale_mean(questionnaire, answers, scale)

    return Scores(
        anxiety=scale_mean(questionnaire, answers, ANXIETY),
        avoidance=scale_mean(questionnaire, answers, AVOIDANCE),
        love_addict=lens(LOVE_ADDICT),
        love_avoidant=lens(LOVE_AVOIDANT),
    )


def normalised(mean: float) -> float:
    """A 1-7 mean as 0-1."""
    return (mean - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)


def as_percent(mean: float) -> int:
    """A 1-7 mean on 0-100, for people who find a percentage easier to read."""
    return round(normalised(mean) * 100)


def plane_position(anxiety: float, avoidance: float) -> tuple[float, float]:
    """Where a result sits in the plane as (x, y) on 0-1: x is avoidance, y is anxiety.

    (0, 0) is the secure corner, (1, 0) avoidant, (0, 1) ambivalent and (1, 1) fearful.
    """
    return normalised(avoidance), normalised(anxiety)


def blend(anxiety: float, avoidance: float) -> dict[str, float]:
    """Shares of the four styles as fractions summing to 1.

    Bilinear weights of the normalised scores a and v: each style's share is how close the
    person sits to that style's corner of the plane. The shares move smoothly with the scores
    (no cut-offs), and the middle of the plane is an even 25% mix.
    """
    v, a = plane_position(anxiety, avoidance)
    return {
        SECURE: (1 - a) * (1 - v),
        AMBIVALENT: a * (1 - v),
        AVOIDANT: (1 - a) * v,
        FEARFUL: a * v,
    }


def blend_percentages(anxiety: float, avoidance: float) -> list[Share]:
    """Whole percentages summing to exactly 100 (largest remainder), in the STYLES order."""
    exact = {style: share * 100 for style, share in blend(anxiety, avoidance).items()}
    floors = {style: math.floor(value) for style, value in exact.items()}
    left = 100 - sum(floors.values())
    by_remainder = sorted(STYLES, key=lambda s: (-(exact[s] - floors[s]), STYLES.index(s)))
    for style in by_remainder[:left]:
        floors[style] += 1
    return [Share(style, floors[style]) for style in STYLES]


def dominant_style(anxiety: float, avoidance: float) -> str:
    """The style with the largest share; an exact tie goes to the earlier style in STYLES."""
    shares = blend(anxiety, avoidance)
    return max(STYLES, key=lambda style: (shares[style], -STYLES.index(style)))


# "No clear lead": the two largest shares are within ten points of each other (0.10 of the
# whole). Closer than that, naming one style as the lead would claim more than the scores hold.
CLOSE_SHARES_WITHIN = 0.10

# How near each corner the scores sit, in words, from that corner's share of the blend:
#   close to       0.40 or more
#   near           0.20 to under 0.40
#   some way from  0.08 to under 0.20
#   far from       under 0.08
CLOSE, NEAR, SOME_WAY, FAR = "close to", "near", "some way from", "far from"
NEARNESS_FROM = ((0.40, CLOSE), (0.20, NEAR), (0.08, SOME_WAY))


def is_close_mix(anxiety: float, avoidance: float, *, within: float = CLOSE_SHARES_WITHIN) -> bool:
    """True when the two largest shares are within ten points: no style clearly leads."""
    top, second = sorted(blend(anxiety, avoidance).values(), reverse=True)[:2]
    return top - second <= within + 1e-9


def nearness(share: float) -> str:
    """A corner's share of the blend (0-1) as a word for how near the scores sit to it."""
    for at_least, word in NEARNESS_FROM:
        if share >= at_least:
            return word
    return FAR


def answered_all_the_same(answers: Mapping[str, int]) -> bool:
    """Every statement got the same answer: the pattern says more about the answering than
    about the person, reverse-keyed statements included."""
    return len(answers) > 1 and len(set(answers.values())) == 1


def pattern_level(mean: float) -> str:
    if mean >= PATTERN_HIGH_FROM:
        return HIGH
    if mean >= PATTERN_MODERATE_FROM:
        return MODERATE
    return LOW


def reliable_change_index(before: float, after: float, *, sd: float, reliability: float) -> float:
    """Jacobson & Truax (1991): the change divided by the standard error of a difference."""
    standard_error_of_difference = sd * math.sqrt(2 * (1 - reliability))
    return (after - before) / standard_error_of_difference


def reliable_change_threshold(form: str, dimension: str) -> float:
    """The smallest change, in points, that counts as larger than ordinary retest noise."""
    return reliability.threshold(form, dimension)


def dimension_change(before: float, after: float, *, form: str, dimension: str) -> DimensionChange:
    figures = reliability.reliability(form, dimension)
    return DimensionChange(
        before=before,
        after=after,
        delta=after - before,
        rci=reliable_change_index(before, after, sd=figures.sd, reliability=figures.retest),
        threshold=figures.threshold,
    )


# --- Comparing relationships ---------------------------------------------------------------


def distance_to_secure(anxiety: float, avoidance: float) -> float:
    """How far a result sits from the secure corner (anxiety 1, avoidance 1), in points."""
    return math.hypot(anxiety - SCALE_MIN, avoidance - SCALE_MIN)


@dataclass(frozen=True)
class RelationshipComparison:
    """Two relationships' latest results set side by side: ``nearer`` sits nearer the secure
    corner. ``apart`` is True only when the gap is larger than the relationship form's reliable
    change threshold (the larger of its two dimensions'), so noise is never called a difference;
    ``calmer_and_closer`` only when each score on its own is lower for ``nearer`` by more than
    that dimension's threshold: "calmer" and "closer" are each a claim about one dimension."""

    nearer: int  # index into the compared results
    further: int
    gap: float
    threshold: float
    apart: bool
    calmer_and_closer: bool


def compare_relationships(results: list[tuple[float, float]]) -> RelationshipComparison | None:
    """The nearest and the furthest of two or more (anxiety, avoidance) results."""
    if len(results) < 2:
        return None
    distances = [distance_to_secure(a, v) for a, v in results]
    nearer = min(range(len(results)), key=lambda i: (distances[i], i))
    further = max(range(len(results)), key=lambda i: (distances[i], -i))
    gap = distances[further] - distances[nearer]
    threshold = max(
        reliability.threshold(reliability.RELATIONSHIP, ANXIETY),
        reliability.threshold(reliability.RELATIONSHIP, AVOIDANCE),
    )
    apart = gap > threshold
    (a1, v1), (a2, v2) = results[nearer], results[further]
    calmer = a2 - a1 > reliability.threshold(reliability.RELATIONSHIP, ANXIETY)
    closer = v2 - v1 > reliability.threshold(reliability.RELATIONSHIP, AVOIDANCE)
    return RelationshipComparison(
        nearer=nearer,
        further=further,
        gap=gap,
        threshold=threshold,
        apart=apart,
        calmer_and_closer=apart and calmer and closer,
    )
