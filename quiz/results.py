"""What a results page shows, put together from an attempt and its earlier same-focus results.

No request and no queries here: the view fetches, this arranges.
"""

from dataclasses import dataclass

from detach.charts import PlaneChart, PlanePoint, plane_chart
from detach.formatting import short_date
from quiz import content, guidance, scoring
from quiz.models import Attempt

# The plane shows this many earlier results at most, so the trail stays readable.
TRAIL_LENGTH = 8


@dataclass(frozen=True)
class Dimension:
    name: str
    mean: float
    percent: int


@dataclass(frozen=True)
class BlendRow:
    style: str
    name: str
    corner: str
    percent: int
    dominant: bool


@dataclass(frozen=True)
class Lens:
    name: str
    mean: float
    level: str
    level_name: str
    text: str


@dataclass(frozen=True)
class ChangeRow:
    name: str
    change: scoring.DimensionChange

    @property
    def direction(self) -> str:
        if round(self.change.delta, 1) == 0:
            return "about the same"
        return "higher" if self.change.delta > 0 else "lower"

    @property
    def verdict(self) -> str:
        if self.change.reliable:
            return "larger than ordinary retest noise"
        return "within ordinary retest noise"


def dimensions(attempt: Attempt) -> list[Dimension]:
    return [
        Dimension("Anxiety", attempt.anxiety, scoring.as_percent(attempt.anxiety)),
        Dimension("Avoidance", attempt.avoidance, scoring.as_percent(attempt.avoidance)),
    ]


def blend_rows(attempt: Attempt) -> list[BlendRow]:
    dominant = attempt.dominant_style
    shares = scoring.blend_percentages(attempt.anxiety, attempt.avoidance)
    rows = [
        BlendRow(
            style=share.style,
            name=content.STYLE_NAMES[share.style],
            corner=content.STYLE_CORNERS[share.style],
            percent=share.percent,
            dominant=share.style == dominant,
        )
        for share in shares
    ]
    return sorted(rows, key=lambda row: -row.percent)


def lenses(attempt: Attempt) -> list[Lens]:
    addict = scoring.pattern_level(attempt.love_addict)
    avoidant = scoring.pattern_level(attempt.love_avoidant)
    return [
        Lens(
            "Love-addict lens",
            attempt.love_addict,
            addict,
            content.LEVEL_NAMES[addict],
            content.LOVE_ADDICT_TEXT[addict],
        ),
        Lens(
            "Love-avoidant lens",
            attempt.love_avoidant,
            avoidant,
            content.LEVEL_NAMES[avoidant],
            content.LOVE_AVOIDANT_TEXT[avoidant],
        ),
    ]


def changes(previous: Attempt, attempt: Attempt) -> list[ChangeRow]:
    return [
        ChangeRow("Anxiety", scoring.dimension_change(previous.anxiety, attempt.anxiety)),
        ChangeRow("Avoidance", scoring.dimension_change(previous.avoidance, attempt.avoidance)),
    ]


def plane(attempt: Attempt, earlier: list[Attempt]) -> PlaneChart:
    """The plane chart with its trail. Dates are written in the current time zone, the
    person's own during their requests (``PersonTimezoneMiddleware``)."""
    shown = earlier[-TRAIL_LENGTH:]
    points = [
        PlanePoint(a.anxiety, a.avoidance, f"Earlier result, {short_date(a.completed_at)}")
        for a in shown
    ]
    points.append(
        PlanePoint(
            attempt.anxiety,
            attempt.avoidance,
            f"This result, {short_date(attempt.completed_at)}",
            current=True,
        )
    )
    here = (
        f"This result sits at anxiety {attempt.anxiety:.1f} and avoidance "
        f"{attempt.avoidance:.1f} on the 1 to 7 scales, nearest the "
        f"{content.STYLE_NAMES[attempt.dominant_style].lower()} corner."
    )
    if shown:
        first = shown[0]
        trail = (
            f" A thin line joins {len(shown)} earlier result"
            f"{'s' if len(shown) != 1 else ''} of the same focus, from "
            f"{short_date(first.completed_at)} (anxiety {first.anxiety:.1f}, avoidance "
            f"{first.avoidance:.1f}) to this one, the older results fainter."
        )
    else:
        trail = " There are no earlier results of this focus yet."
    return plane_chart(
        points,
        title="Your result in the anxiety and avoidance plane",
        summary=here + trail,
    )


def result_context(attempt: Attempt, earlier: list[Attempt]) -> dict:
    """Everything the results template shows. ``earlier`` is oldest first, same focus."""
    style = attempt.dominant_style
    lens_rows = lenses(attempt)
    previous = earlier[-1] if earlier else None
    return {
        "attempt": attempt,
        "dimensions": dimensions(attempt),
        "blend": blend_rows(attempt),
        "close_mix": scoring.is_close_mix(attempt.anxiety, attempt.avoidance),
        "style": style,
        "style_name": content.STYLE_NAMES[style],
        "style_text": content.STYLE_TEXT[style],
        "lenses": lens_rows,
        "pattern_thresholds": content.PATTERN_THRESHOLDS_TEXT,
        "steps": guidance.next_steps(
            style=style,
            love_addict_level=lens_rows[0].level,
            love_avoidant_level=lens_rows[1].level,
        ),
        "previous": previous,
        "changes": changes(previous, attempt) if previous else [],
        "reliable_change_threshold": scoring.reliable_change_threshold(),
        "plane": plane(attempt, earlier),
        "not_a_diagnosis": content.NOT_A_DIAGNOSIS,
    }
