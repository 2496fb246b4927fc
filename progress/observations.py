"""Plain-language observations from a person's own weekly numbers. Pure functions.

Each observation states the numbers behind it, appears only with enough data (the minimums are
named below and shown on the page), and says what went together, never what caused what.
"""

from dataclasses import dataclass
from datetime import date
from statistics import fmean as mean  # floats: no exact fractions needed

from detach.formatting import full_date

# A comparison of two groups of weeks needs at least this many weeks with a mood in each.
MIN_WEEKS_PER_GROUP = 3
# "Weeks with practice" means at least this many logged practices in the week.
PRACTICE_WEEK_SESSIONS = 3
# Over long spans the page counts months or quarters: about four or thirteen weeks' worth.
WEEKS_PER_UNIT = {"week": 1, "month": 4, "quarter": 13}
# A mood trend compares the first and last four weeks with a mood, so it needs eight.
TREND_WEEKS = 4
MIN_MOOD_CHANGE = 0.3
MIN_SCORE_CHANGE = 0.3


@dataclass(frozen=True)
class Observation:
    text: str
    basis: str  # the numbers behind it, in words


def practice_and_mood(
    mood_by_bucket: dict[date, float], sessions_by_bucket: dict[date, int], unit: str = "week"
) -> Observation | None:
    """Weeks (or months or quarters, over long spans) with more practice against the others."""
    threshold = PRACTICE_WEEK_SESSIONS * WEEKS_PER_UNIT[unit]
    busy = [m for key, m in mood_by_bucket.items() if sessions_by_bucket.get(key, 0) >= threshold]
    quiet = [m for key, m in mood_by_bucket.items() if sessions_by_bucket.get(key, 0) < threshold]
    if len(busy) < MIN_WEEKS_PER_GROUP or len(quiet) < MIN_WEEKS_PER_GROUP:
        return None
    return Observation(
        text=(
            f"In {unit}s with {threshold} or more practice sessions your average mood was "
            f"{mean(busy):.1f}, in other {unit}s {mean(quiet):.1f}: {len(busy)} and "
            f"{len(quiet)} {unit}s."
        ),
        basis=f"Average journal mood on the 1–5 scale, in {unit}s with at least one mood "
        f"recorded; shown once each group has {MIN_WEEKS_PER_GROUP} {unit}s.",
    )


def mood_trend(mood_by_bucket: dict[date, float], unit: str = "week") -> Observation | None:
    keys = sorted(mood_by_bucket)
    if len(keys) < 2 * TREND_WEEKS:
        return None
    first = mean(mood_by_bucket[k] for k in keys[:TREND_WEEKS])
    last = mean(mood_by_bucket[k] for k in keys[-TREND_WEEKS:])
    if abs(last - first) < MIN_MOOD_CHANGE:
        text = (
            f"Your mood has been fairly steady: {first:.1f} on average in your first "
            f"{TREND_WEEKS} {unit}s here and {last:.1f} in your latest {TREND_WEEKS}."
        )
    else:
        direction = "higher" if last > first else "lower"
        text = (
            f"Your average mood in your latest {TREND_WEEKS} {unit}s was {last:.1f}, "
            f"{direction} than the {first:.1f} of your first {TREND_WEEKS} {unit}s in this "
            "range."
        )
    return Observation(text=text, basis=f"Needs at least {2 * TREND_WEEKS} {unit}s with a mood.")


def quiz_change(
    first: tuple[date, float, float] | None, last: tuple[date, float, float] | None
) -> Observation | None:
    """(date, anxiety, avoidance) of the first and latest result of one focus in the range."""
    if first is None or last is None or first[0] == last[0]:
        return None
    parts = []
    for name, before, after in (("anxiety", first[1], last[1]), ("avoidance", first[2], last[2])):
        if abs(after - before) < MIN_SCORE_CHANGE:
            parts.append(f"{name} stayed near {after:.1f}")
        else:
            parts.append(f"{name} went from {before:.1f} to {after:.1f}")
    when = f"between {full_date(first[0])} and {full_date(last[0])}"
    return Observation(
        text=f"In your quiz results {when}, " + " and ".join(parts) + ".",
        basis="Scores on the 1–7 scale; needs two results of the same focus in this range.",
    )


def busiest_module(sessions_by_module: dict[str, int], labels: dict[str, str]):
    total = sum(sessions_by_module.values())
    if total < MIN_WEEKS_PER_GROUP:
        return None
    module, count = max(sessions_by_module.items(), key=lambda item: (item[1], item[0]))
    return Observation(
        text=f"You practised {total} times in this range; the step you came back to most was "
        f"“{labels[module]}” ({count} times).",
        basis=f"Counts every logged practice; shown from {MIN_WEEKS_PER_GROUP} practices.",
    )


def fulfilment_change(then: dict[str, int], now: dict[str, int], names: dict[str, str]):
    """Biggest rise in how fulfilled an area feels between the first and latest map."""
    changes = {area: now[area] - then[area] for area in now if area in then}
    if not changes:
        return None
    area, change = max(changes.items(), key=lambda item: (item[1], item[0]))
    if change <= 0:
        return None
    return Observation(
        text=f"Of all your life areas, {names[area].lower()} feels the most changed: "
        f"fulfilment {then[area]} then, {now[area]} now (out of 10).",
        basis="Compares your first and latest fulfilment map in this range.",
    )
