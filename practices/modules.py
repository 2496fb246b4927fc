"""The practice modules as a person meets them: step number, name, one-line promise, page."""

from dataclasses import dataclass

from detach import steps
from practices.models import Module


@dataclass(frozen=True)
class ModuleInfo:
    module: Module
    step: int
    title: str
    promise: str
    url_name: str
    icon: str


# Step 1: the lesson and noticing one's pattern, with the quiz (its own app) linked from its page.
# Not in MODULES: the overview shows step 1 with the quiz's own summary.
ATTACHMENT = ModuleInfo(
    Module.ATTACHMENT,
    1,
    steps.UNDERSTAND.name,
    "Learn how attachment works, take the quiz, and notice your own pattern in real moments.",
    "practices:attachment",
    "clipboard-heart",
)

MODULES: tuple[ModuleInfo, ...] = (
    ModuleInfo(
        Module.FULFILLMENT,
        2,
        steps.FULFILLMENT.name,
        "Map what feeds you, then plan small things that are yours alone.",
        "practices:fulfillment",
        "compass",
    ),
    ModuleInfo(
        Module.EXPECTATIONS,
        3,
        steps.EXPECTATIONS.name,
        "Turn the “they should always” rules into wishes you can ask for.",
        "practices:expectations",
        "feather",
    ),
    ModuleInfo(
        Module.MINDFULNESS,
        4,
        steps.MINDFULNESS.name,
        "Slow your breath, notice what you feel, and let it pass.",
        "practices:mindfulness",
        "wind",
    ),
)

MODULES_BY_CODE: dict[str, ModuleInfo] = {
    info.module.value: info for info in (ATTACHMENT, *MODULES)
}
