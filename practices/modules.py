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

MODULES_BY_CODE: dict[str, ModuleInfo] = {info.module.value: info for info in MODULES}
