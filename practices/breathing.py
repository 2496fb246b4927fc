"""Breathing patterns for the pacer: pure data shared by the form, the page and the tests.

Each pattern is four phases in seconds: breathe in, hold, breathe out, hold. A hold of 0 is
skipped. static/js/practices-pacer.js reads the same numbers from the form's data attributes.
"""

from dataclasses import dataclass

MIN_MINUTES = 1
MAX_MINUTES = 20


@dataclass(frozen=True)
class Pattern:
    code: str
    name: str
    description: str
    inhale: int
    hold_in: int
    exhale: int
    hold_out: int

    @property
    def counts(self) -> str:
        return "-".join(str(n) for n in (self.inhale, self.hold_in, self.exhale, self.hold_out))


BOX = Pattern("box", "Box", "In 4, hold 4, out 4, hold 4: even and steady.", 4, 4, 4, 4)
FOUR_SEVEN_EIGHT = Pattern(
    "478", "4-7-8", "In 4, hold 7, out 8: a long, slow out-breath.", 4, 7, 8, 0
)
SLOW = Pattern("slow", "Slow", "In 5, out 5, no holds: about six breaths a minute.", 5, 0, 5, 0)
CUSTOM = "custom"

PRESETS: dict[str, Pattern] = {p.code: p for p in (BOX, FOUR_SEVEN_EIGHT, SLOW)}

PATTERN_CHOICES = [
    (BOX.code, "Box breathing (4-4-4-4)"),
    (FOUR_SEVEN_EIGHT.code, "4-7-8 breathing"),
    (SLOW.code, "Slow breathing (5-5)"),
    (CUSTOM, "My own pattern"),
]

# Limits for a custom pattern, in seconds: long enough to be useful, short enough to be safe.
INHALE_RANGE = (2, 10)
HOLD_RANGE = (0, 10)
EXHALE_RANGE = (2, 12)


def pattern_for(
    code: str, *, inhale: int = 4, hold_in: int = 0, exhale: int = 4, hold_out: int = 0
) -> Pattern:
    """The preset named ``code``, or a custom pattern made of the given counts."""
    if code in PRESETS:
        return PRESETS[code]
    return Pattern(CUSTOM, "My own", "Your own counts.", inhale, hold_in, exhale, hold_out)


def format_duration(seconds: int) -> str:
    """'1 h 30 min', '12 min', '1 min 30 s', '45 s'."""
    minutes, rest = divmod(max(0, int(seconds)), 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes and rest:
        return f"{minutes} min {rest} s"
    if minutes:
        return f"{minutes} min"
    return f"{rest} s"
