"""Choosing the day's prompt: a pure function of the quiz scores, the person and the local day.

The same person sees the same prompt all day (in their own time zone) and a new one the next
day. The latest quiz result tilts the draw, without making it exclusive: higher anxiety makes
prompts about fulfilment elsewhere, soothing oneself and expectations more likely; higher
avoidance makes prompts about noticing the urge to withdraw and small open steps more likely.
"""

import hashlib
import random
from datetime import date

from journal.prompt_bank import ANXIETY, AVOIDANCE, PROMPTS, Prompt

# Scores are means on a 1-7 agreement scale; 4 is its neutral middle.
MIDPOINT = 4.0
# Within this distance the two dimensions count as equally strong.
TIE_MARGIN = 0.5
# How much more likely a prompt on the person's leaning is than any other prompt.
LEANING_WEIGHT = 4.0


def leanings(scores: tuple[float, float] | None) -> frozenset[str]:
    """The dimensions the prompts should lean towards: those above the middle of the scale and
    not clearly weaker than the other one. Empty without a quiz result or when both are low."""
    if scores is None:
        return frozenset()
    anxiety, avoidance = scores
    chosen = set()
    if anxiety > MIDPOINT and anxiety >= avoidance - TIE_MARGIN:
        chosen.add(ANXIETY)
    if avoidance > MIDPOINT and avoidance >= anxiety - TIE_MARGIN:
        chosen.add(AVOIDANCE)
    return frozenset(chosen)


def prompt_weight(prompt: Prompt, leaning: frozenset[str]) -> float:
    return LEANING_WEIGHT if prompt.leans & leaning else 1.0


def _day_random(person_id: int, local_date: date) -> random.Random:
    seed = hashlib.sha256(f"detach-prompt:{person_id}:{local_date.isoformat()}".encode()).digest()
    return random.Random(int.from_bytes(seed[:8], "big"))


def prompt_order(
    scores: tuple[float, float] | None,
    person_id: int,
    local_date: date,
    bank: tuple[Prompt, ...] = PROMPTS,
) -> list[Prompt]:
    """Every prompt of the bank, in this person's order for this day (a weighted shuffle).

    The first is the day's prompt; "another prompt" walks down the list, so each one offered is
    different from the ones before until the whole bank has been seen.
    """
    leaning = leanings(scores)
    rng = _day_random(person_id, local_date)
    # Weighted random order without replacement (Efraimidis and Spirakis): key = u ** (1 / w).
    keyed = [(rng.random() ** (1.0 / prompt_weight(p, leaning)), p.code, p) for p in bank]
    keyed.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [prompt for _key, _code, prompt in keyed]


def choose_prompt(
    scores: tuple[float, float] | None,
    person_id: int,
    local_date: date,
    offset: int = 0,
    bank: tuple[Prompt, ...] = PROMPTS,
) -> Prompt:
    """The prompt for this person on this local day; ``offset`` > 0 gives "another prompt"."""
    order = prompt_order(scores, person_id, local_date, bank)
    return order[offset % len(order)]
