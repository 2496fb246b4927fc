"""The four steps of Detach, in the article's order, each with the one name a person reads
everywhere: the landing page, the quiz, the practices, the journal's prompts, progress.

Codes are stable (they appear in URLs and stored data); names are what a person reads. Templates
that name a step use these words too (``tests/core/test_step_names.py`` holds them to it)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    code: str
    number: int
    name: str


UNDERSTAND = Step("understand", 1, "Understand how you attach")
FULFILLMENT = Step("fulfillment", 2, "Find fulfilment outside the relationship")
EXPECTATIONS = Step("expectations", 3, "Let go of unrealistic expectations")
MINDFULNESS = Step("mindfulness", 4, "Practise mindfulness")

STEPS: tuple[Step, ...] = (UNDERSTAND, FULFILLMENT, EXPECTATIONS, MINDFULNESS)
STEPS_BY_CODE: dict[str, Step] = {step.code: step for step in STEPS}
