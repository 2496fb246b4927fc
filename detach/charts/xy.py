"""Line and bar charts: values over evenly spaced x labels (weeks, months, life areas)."""

from collections.abc import Sequence
from dataclasses import dataclass

from detach.charts.axes import (
    HEIGHT,
    PLOT_BOX,
    WIDTH,
    AxisLabel,
    Box,
    DataTable,
    Series,
    Tick,
    data_table,
    nice_ticks,
    number,
    scale,
    scaler,
    x_label_positions,
    y_axis,
)


@dataclass(frozen=True, slots=True)
class LinePoint:
    x: float
    y: float
    label: str  # "x label: value", the dot's tooltip


@dataclass(frozen=True, slots=True)
class Line:
    """One series as drawn: runs of joined points (a missing value starts a new run)."""

    name: str
    css_class: str
    segments: tuple[tuple[tuple[float, float], ...], ...]
    points: tuple[LinePoint, ...]


@dataclass(frozen=True, slots=True)
class LineChart:
    title: str
    summary: str
    width: int
    height: int
    box: Box
    y_ticks: tuple[Tick, ...]
    x_labels: tuple[AxisLabel, ...]
    lines: tuple[Line, ...]
    table: DataTable


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float  # the top of the bar
    width: float
    height: float
    css_class: str


@dataclass(frozen=True, slots=True)
class SeriesKey:
    """A series' name and colour, for the legend."""

    name: str
    css_class: str


@dataclass(frozen=True, slots=True)
class BarChart:
    title: str
    summary: str
    width: int
    height: int
    box: Box
    y_ticks: tuple[Tick, ...]
    x_labels: tuple[AxisLabel, ...]
    bars: tuple[Bar, ...]  # only the bars taller than nothing
    keys: tuple[SeriesKey, ...]
    table: DataTable


def line_chart(
    series: Sequence[Series],
    *,
    x_labels: Sequence[str],
    y_min: float,
    y_max: float,
    title: str,
    summary: str,
    y_ticks: Sequence[float] | None = None,
    y_format: str = "{:g}",
    x_header: str = "",
) -> LineChart:
    """Lines over evenly spaced x positions; ``None`` values leave a gap in the line."""
    box = PLOT_BOX
    n = len(x_labels)
    if n > 1:
        centres = [scale(i, (0, n - 1), (box.x0 + 8, box.x1 - 8)) for i in range(n)]
    else:
        centres = [(box.x0 + box.x1) / 2] * n
    ticks = list(y_ticks) if y_ticks is not None else nice_ticks(y_min, y_max)
    to_y = scaler((y_min, y_max), (box.y1, box.y0))
    xs = [round(centre, 1) for centre in centres]
    lines = []
    for s in series:
        points, segments, current = [], [], []
        for i, value in enumerate(s.values):
            if value is None:
                if current:
                    segments.append(tuple(current))
                current = []
                continue
            x, y = xs[i], round(to_y(value), 1)
            points.append(LinePoint(x, y, f"{x_labels[i]}: {number(value, y_format)}"))
            current.append((x, y))
        if current:
            segments.append(tuple(current))
        lines.append(Line(s.name, s.css_class, tuple(segments), tuple(points)))
    return LineChart(
        title=title,
        summary=summary,
        width=WIDTH,
        height=HEIGHT,
        box=box,
        y_ticks=y_axis(ticks, y_min, y_max, y_format),
        x_labels=x_label_positions(x_labels, centres),
        lines=tuple(lines),
        table=data_table(series, x_labels, x_header, y_format),
    )


def bar_chart(
    series: Sequence[Series],
    *,
    x_labels: Sequence[str],
    title: str,
    summary: str,
    stacked: bool = True,
    y_max: float | None = None,
    y_format: str = "{:g}",
    x_header: str = "",
) -> BarChart:
    """Bars per x label: stacked (totals) or side by side (comparisons)."""
    box = PLOT_BOX
    n = max(len(x_labels), 1)
    slot = (box.x1 - box.x0) / n
    values = [[(v or 0) for v in s.values] for s in series]
    if stacked:
        top = max((sum(col) for col in zip(*values, strict=True)), default=0)
    else:
        top = max((max(v, default=0) for v in values), default=0)
    # Counts and whole minutes get whole-number ticks.
    whole = all(float(v).is_integer() for column in values for v in column)
    ticks = nice_ticks(0, max(y_max or 0, top) or 1, cover=True, whole=whole)
    y_top = ticks[-1]
    bars = []
    group_width = slot * 0.7
    to_y = scaler((0, y_top), (box.y1, box.y0))
    # A stacked column's bars share their left edge and width: rounded once a column.
    stacked_width = round(max(group_width - 1, 1), 1)
    for i in range(len(x_labels)):
        left = box.x0 + slot * i + (slot - group_width) / 2
        stacked_x = round(left, 1)
        base = 0.0
        for k, s in enumerate(series):
            value = values[k][i]
            low, base = base, base + value
            if value <= 0:
                continue  # nothing to draw; the table beside the chart says 0
            if stacked:
                y_low, y_high = to_y(low), to_y(base)
                bar_x, bar_width = stacked_x, stacked_width
            else:
                width = group_width / len(series)
                y_low, y_high = box.y1, to_y(value)
                bar_x, bar_width = round(left + width * k, 1), round(max(width - 1, 1), 1)
            bars.append(
                Bar(bar_x, round(y_high, 1), bar_width, round(y_low - y_high, 1), s.css_class)
            )
    centres = [box.x0 + slot * (i + 0.5) for i in range(len(x_labels))]
    return BarChart(
        title=title,
        summary=summary,
        width=WIDTH,
        height=HEIGHT,
        box=box,
        y_ticks=y_axis(ticks, 0, y_top, y_format),
        x_labels=x_label_positions(x_labels, centres),
        bars=tuple(bars),
        keys=tuple(SeriesKey(s.name, s.css_class) for s in series),
        table=data_table(series, x_labels, x_header, y_format),
    )
