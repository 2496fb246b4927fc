"""The suggested next practice: a pure function of the latest quiz scores and of which modules
the person has practised lately."""

from dataclasses import dataclass

from detach import steps

MIDPOINT = 4.0

MODULES = {
    "fulfillment": (steps.FULFILLMENT.name, "/practices/fulfillment/"),
    "expectations": (steps.EXPECTATIONS.name, "/practices/expectations/"),
    "mindfulness": (steps.MINDFULNESS.name, "/practices/mindfulness/"),
}
# Which practices tend to help first, by where the latest result sits.
ORDER_FOR_ANXIETY = ("fulfillment", "expectations", "mindfulness")
ORDER_FOR_AVOIDANCE = ("mindfulness", "expectations", "fulfillment")
ORDER_FOR_BOTH = ("mindfulness", "fulfillment", "expectations")
ORDER_FOR_SECURE = ("mindfulness", "fulfillment", "expectations")
REASONS = {
    "fulfillment": "When worry about the relationship runs high, widening the places your "
    "wellbeing comes from takes some weight off it.",
    "expectations": "Looking at what you expect of the other person, and of yourself, can "
    "loosen the hurt when real people fall short of an ideal.",
    "mindfulness": "A few minutes of breathing and noticing help you watch the pull to cling "
    "or to withdraw without acting on it straight away.",
}


@dataclass(frozen=True)
class Suggestion:
    module: str
    title: str
    url: str
    reason: str
    fresh: bool  # True when the person has not practised it lately


def suggest_next(
    scores: tuple[float, float] | None, practised_lately: set[str]
) -> Suggestion | None:
    """None without a quiz result: the page then points to step 1, the quiz."""
    if scores is None:
        return None
    anxiety, avoidance = scores
    if anxiety > MIDPOINT and avoidance > MIDPOINT:
        order = ORDER_FOR_BOTH
    elif anxiety > MIDPOINT:
        order = ORDER_FOR_ANXIETY
    elif avoidance > MIDPOINT:
        order = ORDER_FOR_AVOIDANCE
    else:
        order = ORDER_FOR_SECURE
    module = next((m for m in order if m not in practised_lately), order[0])
    title, url = MODULES[module]
    return Suggestion(module, title, url, REASONS[module], module not in practised_lately)
