"""What a results page shows, put together from an attempt and its earlier same-focus results.

No request and no queries here: the view fetches, this arranges.
"""

from dataclasses import dataclass

from detach.charts import PlaneChart, PlanePoint, plane_chart
from detach.formatting import short_date
from quiz import content, guidance, reliability, scoring
from quiz import questionnaire as q
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
    nearness: str  # "close to", "near", "some way from", "far from"


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
    exact = scoring.blend(attempt.anxiety, attempt.avoidance)
    shares = scoring.blend_percentages(attempt.anxiety, attempt.avoidance)
    rows = [
        BlendRow(
            style=share.style,
            name=content.STYLE_NAMES[share.style],
            corner=content.STYLE_CORNERS[share.style],
            percent=share.percent,
            dominant=share.style == dominant,
            nearness=scoring.nearness(exact[share.style]),
        )
        for share in shares
    ]
    return sorted(rows, key=lambda row: -row.percent)


def blend_in_words(rows: list[BlendRow], *, close_mix: bool) -> str:
    """How near each corner the scores sit, in words, nearest first ("Your scores sit closest
    to the secure corner, near the ambivalent corner ..."). No percentages: a blend describes
    where answers fall, not how much of a person is which style."""

    def corner(row: BlendRow) -> str:
        return f"the {row.style} corner"

    if close_mix:
        first = (
            f"Your scores sit about as near {corner(rows[0])} as {corner(rows[1])}, with no "
            "clear lead"
        )
        rest = rows[2:]
    else:
        first = f"Your scores sit closest to {corner(rows[0])}"
        rest = rows[1:]
    parts = [f"{row.nearness} {corner(row)}" for row in rest]
    if not parts:
        return first + "."
    if len(parts) == 1:
        return f"{first}, and {parts[0]}."
    return f"{first}, {', '.join(parts[:-1])} and {parts[-1]}."


def lenses(attempt: Attempt) -> list[Lens]:
    """The two lenses; none for the relationship form, which asks only the two dimensions."""
    if attempt.love_addict is None or attempt.love_avoidant is None:
        return []
    addict = scoring.pattern_level(attempt.love_addict)
    avoidant = scoring.pattern_level(attempt.love_avoidant)
    return [
        Lens(
            "Love-addiction lens",
            attempt.love_addict,
            addict,
            content.LEVEL_NAMES[addict],
            content.LOVE_ADDICT_TEXT[addict],
        ),
        Lens(
            "Love-avoidance lens",
            attempt.love_avoidant,
            avoidant,
            content.LEVEL_NAMES[avoidant],
            content.LOVE_AVOIDANT_TEXT[avoidant],
        ),
    ]


def changes(previous: Attempt, attempt: Attempt) -> list[ChangeRow]:
    form = attempt.form
    return [
        ChangeRow(
            "Anxiety",
            scoring.dimension_change(
                previous.anxiety, attempt.anxiety, form=form, dimension=q.ANXIETY
            ),
        ),
        ChangeRow(
            "Avoidance",
            scoring.dimension_change(
                previous.avoidance, attempt.avoidance, form=form, dimension=q.AVOIDANCE
            ),
        ),
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
    # Where no corner clearly leads, the text alternative says so, like the page's heading.
    if scoring.is_close_mix(attempt.anxiety, attempt.avoidance):
        where = "with no clear lead: about as near two corners or more."
    else:
        where = f"nearest the {content.STYLE_NAMES[attempt.dominant_style].lower()} corner."
    here = (
        f"This result sits at anxiety {attempt.anxiety:.1f} and avoidance "
        f"{attempt.avoidance:.1f} on the 1 to 7 scales, {where}"
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
        title=(
            f"Your result about {attempt.person_name} in the anxiety and avoidance plane"
            if attempt.is_relationship
            else "Your result in the anxiety and avoidance plane"
        ),
        summary=here + trail,
    )


def result_context(
    attempt: Attempt, earlier: list[Attempt], *, other_version_earlier: bool = False
) -> dict:
    """Everything the results template shows. ``earlier`` is oldest first, same focus and same
    questionnaire version; ``other_version_earlier`` says whether results of the same focus
    taken with another version exist (shown in the list, never compared)."""
    style = attempt.dominant_style
    lens_rows = lenses(attempt)
    previous = earlier[-1] if earlier else None
    rows = blend_rows(attempt)
    close_mix = scoring.is_close_mix(attempt.anxiety, attempt.avoidance)
    return {
        "attempt": attempt,
        "dimensions": dimensions(attempt),
        "blend": rows,
        "blend_in_words": blend_in_words(rows, close_mix=close_mix),
        "close_mix": close_mix,
        "runner_up_name": rows[1].name,
        "all_the_same": scoring.answered_all_the_same(attempt.answers),
        "all_the_same_text": content.ALL_THE_SAME,
        "new_version_began": other_version_earlier,
        "new_version_text": content.NEW_VERSION_BEGAN,
        "style": style,
        "style_name": content.STYLE_NAMES[style],
        "style_text": content.STYLE_TEXT[style],
        "lenses": lens_rows,
        "pattern_thresholds": content.PATTERN_THRESHOLDS_TEXT,
        "steps": guidance.next_steps(
            style=style,
            love_addict_level=lens_rows[0].level if lens_rows else scoring.LOW,
            love_avoidant_level=lens_rows[1].level if lens_rows else scoring.LOW,
        ),
        "previous": previous,
        "changes": changes(previous, attempt) if previous else [],
        "thresholds": {
            "anxiety": scoring.reliable_change_threshold(attempt.form, q.ANXIETY),
            "avoidance": scoring.reliable_change_threshold(attempt.form, q.AVOIDANCE),
        },
        "reliability_source": reliability.reliability(attempt.form, q.ANXIETY).source,
        "plane": plane(attempt, earlier),
        "not_a_diagnosis": content.NOT_A_DIAGNOSIS,
    }


# --- One person's results, for the person's page ----------------------------------------------


@dataclass(frozen=True)
class PersonResults:
    """What ``templates/quiz/_person_results.html`` shows about one person: their results
    (oldest first, the latest questionnaire version's only in the plane) and the plane."""

    points: tuple
    plane: PlaneChart | None

    @property
    def latest(self):
        return self.points[-1] if self.points else None

    @property
    def newest_first(self) -> list:
        return list(reversed(self.points))


def person_results(points) -> PersonResults:
    """Arrange ``quiz.selectors.person_results`` for the person's page. Names stay out of the
    chart's strings: the template puts the person's name around it."""
    if not points:
        return PersonResults((), None)
    version = points[-1].version
    same = [p for p in points if p.version == version][-TRAIL_LENGTH - 1 :]
    plane_points = [
        PlanePoint(p.anxiety, p.avoidance, short_date(p.completed_at), current=(i == len(same) - 1))
        for i, p in enumerate(same)
    ]
    latest = same[-1]
    plane = plane_chart(
        plane_points,
        title="Results about this person in the anxiety and avoidance plane",
        summary=(
            f"{len(same)} result{'s' if len(same) != 1 else ''}; the latest, "
            f"{short_date(latest.completed_at)}, has anxiety {latest.anxiety:.1f} and "
            f"avoidance {latest.avoidance:.1f} on the 1 to 7 scales."
        ),
    )
    return PersonResults(tuple(points), plane)
