"""Suggested next steps: which practice modules suit a profile, and why. Pure functions."""

from dataclasses import dataclass

from detach import steps
from quiz.scoring import AMBIVALENT, AVOIDANT, FEARFUL, HIGH, MODERATE, SECURE

EXPECTATIONS = "expectations"
FULFILLMENT = "fulfillment"
MINDFULNESS = "mindfulness"

# Plain paths, so the quiz does not depend on the practices app's URL names.
MODULE_PATHS = {
    EXPECTATIONS: "/practices/expectations/",
    FULFILLMENT: "/practices/fulfillment/",
    MINDFULNESS: "/practices/mindfulness/",
}
MODULE_TITLES = {code: steps.STEPS_BY_CODE[code].name for code in MODULE_PATHS}

# The order of modules for each dominant style (most fitting first).
ORDER_BY_STYLE = {
    SECURE: (MINDFULNESS, FULFILLMENT),
    AMBIVALENT: (FULFILLMENT, EXPECTATIONS, MINDFULNESS),
    AVOIDANT: (MINDFULNESS, EXPECTATIONS),
    FEARFUL: (MINDFULNESS, FULFILLMENT, EXPECTATIONS),
}

REASONS = {
    FULFILLMENT: {
        SECURE: "Keep your own life full: the friendships, interests and time alone that keep "
        "you steady.",
        AMBIVALENT: "When comfort comes from many places, time apart from one person stops "
        "feeling like a threat.",
        AVOIDANT: "Plan time for what you love, so closeness can be one good thing among many "
        "rather than a pressure.",
        FEARFUL: "A life with many sources of support makes both the clinging and the running "
        "less urgent.",
    },
    EXPECTATIONS: {
        SECURE: "Check the quiet expectations you hold of others and of yourself.",
        AMBIVALENT: "Loosen the hope that someone will always be available, always answer at "
        "once and always feel cheerful.",
        AVOIDANT: "Question the expectation that needing someone means losing yourself.",
        FEARFUL: "Swap all-or-nothing expectations for kinder, more realistic ones.",
    },
    MINDFULNESS: {
        SECURE: "A few minutes of breathing and noticing keeps you steady when life is not.",
        AMBIVALENT: "Notice the worried thought, name it, and let it pass before you act on it.",
        AVOIDANT: "Stay with a feeling for a few breaths instead of stepping away from it.",
        FEARFUL: "Slow down enough to notice which pull is active: toward someone or away.",
    },
}
# When a lens reads high, its reason names it.
ADDICT_REASON = (
    "Your love-addiction lens read {level}: fulfilment you build yourself is the steadiest answer "
    "to the hope that one person will fill every gap."
)
AVOIDANT_REASON = (
    "Your love-avoidance lens read {level}: noticing the urge to go cold, without obeying it, "
    "gives you more choice."
)


@dataclass(frozen=True)
class Step:
    module: str
    path: str
    title: str
    reason: str


def next_steps(*, style: str, love_addict_level: str, love_avoidant_level: str) -> list[Step]:
    """Two or three practice modules for this profile, the most fitting first."""
    order = list(ORDER_BY_STYLE[style])
    reasons = {module: REASONS[module][style] for module in MODULE_PATHS}
    if love_addict_level in (MODERATE, HIGH):
        _bring_forward(order, FULFILLMENT, to_front=love_addict_level == HIGH)
        if love_addict_level == HIGH:
            reasons[FULFILLMENT] = ADDICT_REASON.format(level=love_addict_level)
    if love_avoidant_level in (MODERATE, HIGH):
        _bring_forward(order, MINDFULNESS, to_front=love_avoidant_level == HIGH)
        if love_avoidant_level == HIGH:
            reasons[MINDFULNESS] = AVOIDANT_REASON.format(level=love_avoidant_level)
    return [
        Step(module, MODULE_PATHS[module], MODULE_TITLES[module], reasons[module])
        for module in order[:3]
    ]


def _bring_forward(order: list[str], module: str, *, to_front: bool) -> None:
    if module in order:
        if to_front:
            order.remove(module)
            order.insert(0, module)
        return
    order.insert(0 if to_front else len(order), module)
