"""The anxiety × avoidance plane of the quiz: results as points, joined oldest first, the older
the fainter, the latest marked."""

from collections.abc import Sequence
from dataclasses import dataclass

from detach.charts.axes import DataTable, scale

PLANE_SIZE, PLANE_MARGIN = 360, 48
SCALE_MIN, SCALE_MID, SCALE_MAX = 1.0, 4.0, 7.0
# Earlier results fade from the one before the latest (most opaque) to the oldest (faintest).
FAINTEST, CLEAREST = 0.3, 0.85


@dataclass(frozen=True, slots=True)
class PlanePoint:
    """One quiz result in the anxiety × avoidance plane (both on the 1–7 scale)."""

    anxiety: float
    avoidance: float
    label: str
    current: bool = False


@dataclass(frozen=True, slots=True)
class PlacedPoint:
    """A result where it is drawn, with the scores it stands for."""

    x: float
    y: float
    label: str
    current: bool
    anxiety: float
    avoidance: float
    opacity: float  # 1 for the latest; earlier results fainter the older they are


@dataclass(frozen=True, slots=True)
class Quadrant:
    """A corner of the plane (orientation only: the blend, not a quadrant, is the result)."""

    name: str
    hint: str
    css_class: str
    x: float
    y: float
    label_x: float
    label_y: float


@dataclass(frozen=True, slots=True)
class PlaneTick:
    """A whole score, placed on both axes."""

    value: int
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class PlaneChart:
    title: str
    summary: str
    size: int
    lo: float  # where the scale starts and ends on either axis
    hi: float
    mid: float
    half: float  # a quadrant's side
    quadrants: tuple[Quadrant, ...]
    ticks: tuple[PlaneTick, ...]
    points: tuple[PlacedPoint, ...]
    trail: tuple[tuple[float, float], ...]  # the points joined in order; empty for one point
    table: DataTable


def fade(index: int, count: int) -> float:
    """How opaque the ``index``-th of ``count`` results is drawn (the last is the latest)."""
    earlier = count - 1
    if earlier <= 1:
        return CLEAREST
    return round(FAINTEST + (CLEAREST - FAINTEST) * index / (earlier - 1), 2)


def plane_chart(points: Sequence[PlanePoint], *, title: str, summary: str) -> PlaneChart:
    """The anxiety × avoidance plane: avoidance left to right, anxiety bottom to top.

    Points are given oldest first; the trail joins them in that order and older points are
    drawn fainter (``opacity``), so the order reads without the table. Quadrants are only
    orientation: the scores are continuous and the blend, not a quadrant, is the result.
    """
    lo, hi = PLANE_MARGIN, PLANE_SIZE - 40
    mid = scale(SCALE_MID, (SCALE_MIN, SCALE_MAX), (lo, hi))

    def to_x(avoidance: float) -> float:
        return round(scale(avoidance, (SCALE_MIN, SCALE_MAX), (lo, hi)), 1)

    def to_y(anxiety: float) -> float:
        return round(scale(anxiety, (SCALE_MIN, SCALE_MAX), (hi, lo)), 1)

    placed = tuple(
        PlacedPoint(
            to_x(p.avoidance),
            to_y(p.anxiety),
            p.label,
            p.current,
            p.anxiety,
            p.avoidance,
            1.0 if p.current else fade(index, len(points)),
        )
        for index, p in enumerate(points)
    )
    quadrants = (
        Quadrant(
            "Secure", "low anxiety, low avoidance", "quadrant-secure", lo, mid, lo + 8, hi - 10
        ),
        Quadrant(
            "Ambivalent",
            "high anxiety, low avoidance",
            "quadrant-ambivalent",
            lo,
            lo,
            lo + 8,
            lo + 18,
        ),
        Quadrant(
            "Avoidant",
            "low anxiety, high avoidance",
            "quadrant-avoidant",
            mid,
            mid,
            hi - 8,
            hi - 10,
        ),
        Quadrant(
            "Fearful", "high anxiety, high avoidance", "quadrant-fearful", mid, lo, hi - 8, lo + 18
        ),
    )
    return PlaneChart(
        title=title,
        summary=summary,
        size=PLANE_SIZE,
        lo=lo,
        hi=hi,
        mid=round(mid, 1),
        half=round(mid - lo, 1),
        quadrants=quadrants,
        ticks=tuple(
            PlaneTick(v, to_x(v), to_y(v)) for v in range(int(SCALE_MIN), int(SCALE_MAX) + 1)
        ),
        points=placed,
        trail=tuple((p.x, p.y) for p in placed) if len(placed) > 1 else (),
        table=DataTable(
            headers=("Result", "Anxiety (1–7)", "Avoidance (1–7)"),
            rows=tuple((p.label, f"{p.anxiety:.1f}", f"{p.avoidance:.1f}") for p in points),
        ),
    )
