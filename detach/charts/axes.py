"""What the line and bar charts share: the scale, round tick values, the plot box, thinned axis
labels and the data table. Pure functions and frozen dataclasses."""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

WIDTH, HEIGHT = 640, 260
# The left margin holds a y label such as "600" drawn 26 units high on a phone.
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 54, 16, 16, 40
MAX_X_LABELS = 6
# On a phone axis labels are drawn 26 chart units high (12 px or more once the chart is scaled
# to a 360 px screen), roughly 15 units a character wide; the plot is 570 units wide.
PHONE_CHAR_WIDTH, PLOT_WIDTH = 15, WIDTH - MARGIN_LEFT - MARGIN_RIGHT
MISSING = "–"


@dataclass(frozen=True, slots=True)
class Series:
    """One named row of values (``None``: nothing recorded), coloured by its CSS class."""

    name: str
    values: Sequence[float | None]
    css_class: str = "series-1"


@dataclass(frozen=True, slots=True)
class Box:
    """The plot area inside the margins, in chart units (y grows downwards)."""

    x0: float
    x1: float
    y0: float
    y1: float


PLOT_BOX = Box(MARGIN_LEFT, WIDTH - MARGIN_RIGHT, MARGIN_TOP, HEIGHT - MARGIN_BOTTOM)


@dataclass(frozen=True, slots=True)
class Tick:
    """A value on the y axis: its height and its label."""

    y: float
    label: str


@dataclass(frozen=True, slots=True)
class AxisLabel:
    """A label under the x axis, centred on ``x``."""

    x: float
    label: str


@dataclass(frozen=True, slots=True)
class DataTable:
    """The numbers behind a chart, as text: a header row, then one row per x label (its first
    cell names the row)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def scale(value: float, domain: tuple[float, float], span: tuple[float, float]) -> float:
    """Map ``value`` from ``domain`` onto ``span`` linearly (a flat domain maps to the middle)."""
    d0, d1 = domain
    r0, r1 = span
    if d1 == d0:
        return (r0 + r1) / 2
    return r0 + (value - d0) * (r1 - r0) / (d1 - d0)


def scaler(domain: tuple[float, float], span: tuple[float, float]) -> Callable[[float], float]:
    """``scale`` with its domain and span fixed, for a chart's many values: the same numbers
    to the last bit, without unpacking both pairs again for every bar and point."""
    d0, d1 = domain
    r0, r1 = span
    if d1 == d0:
        middle = (r0 + r1) / 2
        return lambda _value: middle
    stretch, width = r1 - r0, d1 - d0
    return lambda value: r0 + (value - d0) * stretch / width


def nice_ticks(
    low: float, high: float, count: int = 5, *, cover: bool = False, whole: bool = False
) -> list[float]:
    """About ``count`` round tick values within [low, high]; with ``cover`` the last tick is
    the first round value at or above ``high`` (a bar chart's top must hold its tallest bar);
    with ``whole`` only whole numbers (counts: "2.5 sessions" reads as a mistake)."""
    if high <= low:
        high = low + 1
    raw_step = (high - low) / max(count - 1, 1)
    if whole:
        raw_step = max(raw_step, 1)
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(
        m * magnitude
        for m in (1, 2, 2.5, 5, 10)
        if m * magnitude >= raw_step and not (whole and not float(m * magnitude).is_integer())
    )
    first = math.floor(low / step) * step
    ticks, tick = [], first
    while tick <= high + step * 1e-9 or (cover and (not ticks or ticks[-1] < high)):
        if tick >= low - step * 1e-9:
            ticks.append(round(tick, 10))
        tick += step
    return ticks


def y_axis(ticks: Sequence[float], low: float, high: float, y_format: str) -> tuple[Tick, ...]:
    """Ticks for values from ``low`` (the bottom of the plot) to ``high`` (its top)."""
    box = PLOT_BOX
    return tuple(
        Tick(round(scale(t, (low, high), (box.y1, box.y0)), 1), y_format.format(t)) for t in ticks
    )


def x_label_positions(x_labels: Sequence[str], centres: Sequence[float]) -> tuple[AxisLabel, ...]:
    """Evenly thinned labels that fit side by side on a phone: at most MAX_X_LABELS, and fewer
    when the labels are long (life-area names). The table beside every chart has them all."""
    longest = max((len(label) for label in x_labels), default=1)
    fit = max(2, PLOT_WIDTH // ((longest + 3) * PHONE_CHAR_WIDTH))
    step = max(1, math.ceil(len(x_labels) / min(MAX_X_LABELS, fit)))
    return tuple(
        AxisLabel(round(centres[i], 1), label) for i, label in enumerate(x_labels) if i % step == 0
    )


def number(value: float | None, y_format: str) -> str:
    return MISSING if value is None else y_format.format(value)


def data_table(
    series: Sequence[Series], x_labels: Sequence[str], first_header: str, y_format: str
) -> DataTable:
    """Formatted a column at a time and zipped into rows: a five-year chart has a row for
    each of its twenty-odd buckets in every one of the page's tables."""
    fill = y_format.format
    columns = [[MISSING if v is None else fill(v) for v in s.values] for s in series]
    return DataTable(
        headers=(first_header, *(s.name for s in series)),
        rows=tuple(zip(x_labels, *columns, strict=False)),
    )
