"""Plain-language observations from a person's own weekly numbers. Pure functions.

Each observation is a sentence a person can read at a glance (``text``) and, folded away under
"How this is worked out", the numbers and the method behind it (``basis``). Each appears only
with enough data (the minimums are named below and shown on the page), and says what went
together, never what caused what. A change in quiz scores is called movement only when the
quiz results page would call it larger than ordinary retest noise.
"""

from dataclasses import dataclass
from datetime import date
from statistics import fmean as mean  # floats: no exact fractions needed

from detach.formatting import full_date
from quiz.selectors import GENERAL, dimension_change, reliable_change_threshold

# A comparison of two groups of weeks needs at least this many weeks with a mood in each.
MIN_WEEKS_PER_GROUP = 3
# "Weeks with practice" means at least this many logged practices in the week.
PRACTICE_WEEK_SESSIONS = 3
# Over long spans the page counts months or quarters: about four or thirteen weeks' worth.
WEEKS_PER_UNIT = {"week": 1, "month": 4, "quarter": 13}
# A mood trend compares the first and last four weeks with a mood, so it needs eight.
TREND_WEEKS = 4
MIN_MOOD_CHANGE = 0.3
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@dataclass(frozen=True)
class Observation:
    text: str
    basis: str  # the numbers behind it and how they were worked out


def in_words(number: int) -> str:
    """Small counts in words ("three times"), larger ones in figures ("12 times")."""
    return NUMBER_WORDS[number] if 0 <= number < len(NUMBER_WORDS) else str(number)


def counted(number: int, unit: str) -> str:
    return f"{number} {unit}{'' if number == 1 else 's'}"


def practice_and_mood(
    mood_by_bucket: dict[date, float], sessions_by_bucket: dict[date, int], unit: str = "week"
) -> Observation | None:
    """Weeks (or months or quarters, over long spans) with more practice against the others."""
    threshold = PRACTICE_WEEK_SESSIONS * WEEKS_PER_UNIT[unit]
    busy = [m for key, m in mood_by_bucket.items() if sessions_by_bucket.get(key, 0) >= threshold]
    quiet = [m for key, m in mood_by_bucket.items() if sessions_by_bucket.get(key, 0) < threshold]
    if len(busy) < MIN_WEEKS_PER_GROUP or len(quiet) < MIN_WEEKS_PER_GROUP:
        return None
    times = f"{in_words(threshold)} times or more"
    return Observation(
        text=(
            f"In {unit}s when you practised {times}, your mood averaged {mean(busy):.1f}; "
            f"in other {unit}s, {mean(quiet):.1f}."
        ),
        basis=(
            f"The average of your journal moods (1 to 5) in the {counted(len(busy), unit)} "
            f"when you practised {times}, and in the {counted(len(quiet), unit)} when you "
            f"practised less. Only {unit}s with a mood count, and this appears once each group "
            f"has at least {counted(MIN_WEEKS_PER_GROUP, unit)}."
        ),
    )


def mood_trend(mood_by_bucket: dict[date, float], unit: str = "week") -> Observation | None:
    keys = sorted(mood_by_bucket)
    if len(keys) < 2 * TREND_WEEKS:
        return None
    first = mean(mood_by_bucket[k] for k in keys[:TREND_WEEKS])
    last = mean(mood_by_bucket[k] for k in keys[-TREND_WEEKS:])
    span = f"{in_words(TREND_WEEKS)} {unit}s"
    if abs(last - first) < MIN_MOOD_CHANGE:
        text = f"Your mood has stayed about the same, around {last:.1f} on average."
    else:
        direction = "higher" if last > first else "lower"
        text = (
            f"Your mood has been {direction} lately: it averaged {last:.1f} in your latest "
            f"{span}, against {first:.1f} in your first {span} in this range."
        )
    return Observation(
        text=text,
        basis=(
            f"Your average journal mood (1 to 5) in your first {span} with a mood in this range "
            f"was {first:.1f}, and in your latest {span} {last:.1f}. A difference under "
            f"{MIN_MOOD_CHANGE:.1f} counts as about the same. Needs at least "
            f"{counted(2 * TREND_WEEKS, unit)} with a mood."
        ),
    )


def quiz_change(
    first: tuple[date, float, float] | None,
    last: tuple[date, float, float] | None,
    *,
    form: str = GENERAL,
) -> Observation | None:
    """(date, anxiety, avoidance) of the first and latest result of one focus in the range.

    A score is said to have moved only when the change is reliable by the quiz's own rule
    (``dimension_change``, read through the quiz's selectors); anything smaller "stayed about
    the same"."""
    if first is None or last is None or first[0] == last[0]:
        return None
    moved, steady = [], []
    for name, before, after in (("anxiety", first[1], last[1]), ("avoidance", first[2], last[2])):
        if dimension_change(before, after, form=form, dimension=name).reliable:
            way = "down" if after < before else "up"
            moved.append(f"your {name} score went {way}, from {before:.1f} to {after:.1f}")
        else:
            steady.append(name)
    anxiety_at = reliable_change_threshold(form, "anxiety")
    avoidance_at = reliable_change_threshold(form, "avoidance")
    if f"{anxiety_at:.1f}" == f"{avoidance_at:.1f}":
        threshold = f"about {anxiety_at:.1f} points"
    else:
        threshold = f"about {anxiety_at:.1f} points for anxiety, {avoidance_at:.1f} for avoidance"
    when = f"Between your quiz results of {full_date(first[0])} and {full_date(last[0])}"
    if not moved:
        text = f"{when}, your anxiety and avoidance scores stayed about the same."
    elif steady:
        text = f"{when}, {moved[0]}; your {steady[0]} score stayed about the same."
    else:
        text = f"{when}, {moved[0]} and {moved[1]}."
    return Observation(
        text=text,
        basis=(
            f"Anxiety {first[1]:.1f} then and {last[1]:.1f} now, avoidance {first[2]:.1f} then "
            f"and {last[2]:.1f} now, on the 1 to 7 scales. As on your quiz results page, a "
            f"change counts as movement only when it is larger than ordinary retest noise "
            f"({threshold}). Needs two results of the same "
            "focus in this range."
        ),
    )


def busiest_module(sessions_by_module: dict[str, int], labels: dict[str, str]):
    total = sum(sessions_by_module.values())
    if total < MIN_WEEKS_PER_GROUP:
        return None
    module, count = max(sessions_by_module.items(), key=lambda item: (item[1], item[0]))
    return Observation(
        text=f"You practised {in_words(total)} times in this range; the step you came back to "
        f"most was “{labels[module]}”.",
        basis=f"Every practice you logged in this range counts: “{labels[module]}” "
        f"{counted(count, 'time')} of {total}. Appears from {in_words(MIN_WEEKS_PER_GROUP)} "
        "practices.",
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
        text=f"Of all your life areas, {names[area].lower()} feels the most changed: more "
        "fulfilling now than on your first map.",
        basis=f"{names[area]}: {then[area]} out of 10 on your first fulfilment map in this range, "
        f"{now[area]} on your latest. The area with the biggest rise is shown.",
    )
