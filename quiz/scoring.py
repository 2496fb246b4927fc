"""Scoring as pure functions: no request, no ORM, so each rule is tested directly.

Answers are a mapping of item code to a point on the 1-7 agreement scale. A dimension's score is
the mean of its items after reverse keying, on the same 1-7 scale (4 is the neutral middle).
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass

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

# Love-addict and love-avoidant patterns: the mean of the six items on 1-7.
#   low      below 3.5    (on the whole the statements were disagreed with)
#   moderate 3.5 to 4.9   (around the middle: some of it fits, some does not)
#   high     5.0 or above (on the whole the statements were agreed with)
PATTERN_MODERATE_FROM = 3.5
PATTERN_HIGH_FROM = 5.0
LOW, MODERATE, HIGH = "low", "moderate", "high"

# Reliable change. Our items are new, so there is no published retest study of them; we borrow
# figures from the instrument they are modelled on, the ECR-R. Sibley, Fischer & Liu (2005),
# "Reliability and validity of the revised Experiences in Close Relationships (ECR-R) self-report
# measure of adult romantic attachment", Personality and Social Psychology Bulletin 31(11),
# 1524-1536, found anxiety and avoidance shared about 85% of their variance over three weeks.
# We take r = 0.85 as the retest reliability, a cautious reading (85% shared variance would be
# r of about 0.92), because untested wording is likely to be less reliable, not more.
# SD = 1.1 on the 1-7 scale is our working value for the spread between people of an ECR-R
# style subscale mean (ECR-R anxiety and avoidance usually show standard deviations of about
# 1.0 to 1.3; Fraley, Waller & Brennan 2000, JPSP 78, 350-365, describe the instrument). It is an
# assumption, not a measurement of our items; change it here when data of our own exist.
# With these, a change must exceed 1.96 * 1.1 * sqrt(2) * sqrt(0.15), about 1.18 points, before
# it is called larger than ordinary retest noise.
RETEST_RELIABILITY = 0.85
SCORE_SD = 1.1
RELIABLE_CHANGE_Z = 1.96


class IncompleteAnswers(ValueError):
    """Some items of a scale have no answer, so the scale cannot be scored."""


@dataclass(frozen=True)
class Scores:
    anxiety: float
    avoidance: float
    love_addict: float
    love_avoidant: float


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
    return Scores(
        anxiety=scale_mean(questionnaire, answers, ANXIETY),
        avoidance=scale_mean(questionnaire, answers, AVOIDANCE),
        love_addict=scale_mean(questionnaire, answers, LOVE_ADDICT),
        love_avoidant=scale_mean(questionnaire, answers, LOVE_AVOIDANT),
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


def is_close_mix(anxiety: float, avoidance: float, *, within: float = 0.05) -> bool:
    """True when the two largest shares are within five points: no style clearly leads."""
    top, second = sorted(blend(anxiety, avoidance).values(), reverse=True)[:2]
    return top - second <= within


def pattern_level(mean: float) -> str:
    if mean >= PATTERN_HIGH_FROM:
        return HIGH
    if mean >= PATTERN_MODERATE_FROM:
        return MODERATE
    return LOW


def reliable_change_index(
    before: float,
    after: float,
    *,
    sd: float = SCORE_SD,
    reliability: float = RETEST_RELIABILITY,
) -> float:
    """Jacobson & Truax (1991): the change divided by the standard error of a difference."""
    standard_error_of_difference = sd * math.sqrt(2) * math.sqrt(1 - reliability)
    return (after - before) / standard_error_of_difference


def reliable_change_threshold() -> float:
    """The smallest change, in points, that counts as larger than ordinary retest noise."""
    return RELIABLE_CHANGE_Z * SCORE_SD * math.sqrt(2) * math.sqrt(1 - RETEST_RELIABILITY)


def dimension_change(before: float, after: float) -> DimensionChange:
    return DimensionChange(
        before=before,
        after=after,
        delta=after - before,
        rci=reliable_change_index(before, after),
    )
