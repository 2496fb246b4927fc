"""Geometry for the server-rendered SVG charts shared by the quiz and progress pages.

Pure functions: numbers in, a plain dict out for the templates in ``includes/charts/``. Every
chart carries a title, a one-line summary and a data table, so it reads without the picture.
Colours come from CSS classes (``series-1`` …), so light and dark modes both work.
"""

import calendar
import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from detach import chart_svg

WIDTH, HEIGHT = 640, 260
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 16, 16, 40
MAX_X_LABELS = 6


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]
    css_class: str = "series-1"


@dataclass(frozen=True)
class PlanePoint:
    """One quiz result in the anxiety × avoidance plane (both on the 1–7 scale)."""

    anxiety: float
    avoidance: float
    label: str
    current: bool = False


def scale(value: float, domain: tuple[float, float], span: tuple[float, float]) -> float:
    """Map ``value`` from ``domain`` onto ``span`` linearly (a flat domain maps to the middle)."""
    d0, d1 = domain
    r0, r1 = span
    if d1 == d0:
        return (r0 + r1) / 2
    return r0 + (value - d0) * (r1 - r0) / (d1 - d0)


def nice_ticks(low: float, high: float, count: int = 5, *, cover: bool = False) -> list[float]:
    """About ``count`` round tick values within [low, high]; with ``cover`` the last tick is
    the first round value at or above ``high`` (a bar chart's top must hold its tallest bar)."""
    if high <= low:
        high = low + 1
    raw_step = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw_step)
    first = math.floor(low / step) * step
    ticks, tick = [], first
    while tick <= high + step * 1e-9 or (cover and (not ticks or ticks[-1] < high)):
        if tick >= low - step * 1e-9:
            ticks.append(round(tick, 10))
        tick += step
    return ticks


def _with_markup(chart: dict, renderer) -> dict:
    chart["svg"] = renderer(chart)
    chart["table_html"] = chart_svg.table_html(chart)
    return chart


def _chart_id() -> str:
    return "chart-" + uuid.uuid4().hex[:8]


def _fmt(value: float | None, y_format: str) -> str:
    return "–" if value is None else y_format.format(value)


def _plot_box() -> dict[str, float]:
    return {
        "x0": MARGIN_LEFT,
        "x1": WIDTH - MARGIN_RIGHT,
        "y0": MARGIN_TOP,
        "y1": HEIGHT - MARGIN_BOTTOM,
    }


# On a phone axis labels are drawn 22 chart units high, roughly 14 units
# a character wide; the plot is about 580 units wide.
PHONE_CHAR_WIDTH, PLOT_WIDTH = 14, 580


def _x_label_positions(x_labels: Sequence[str], centres: Sequence[float]) -> list[dict]:
    """Evenly thinned labels that fit side by side on a phone: at most MAX_X_LABELS, and fewer
    when the labels are long (life-area names). The table beside every chart has them all."""
    longest = max((len(label) for label in x_labels), default=1)
    fit = max(2, PLOT_WIDTH // ((longest + 3) * PHONE_CHAR_WIDTH))
    step = max(1, math.ceil(len(x_labels) / min(MAX_X_LABELS, fit)))
    return [
        {"x": round(centres[i], 1), "label": label}
        for i, label in enumerate(x_labels)
        if i % step == 0
    ]


def _table(series: Sequence[Series], x_labels: Sequence[str], first_header: str, y_format: str):
    return {
        "headers": [first_header, *[s.name for s in series]],
        "rows": [
            [label, *[_fmt(s.values[i], y_format) for s in series]]
            for i, label in enumerate(x_labels)
        ],
    }


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
) -> dict:
    """Lines over evenly spaced x positions; ``None`` values leave a gap in the line."""
    box = _plot_box()
    n = len(x_labels)
    if n > 1:
        centres = [scale(i, (0, n - 1), (box["x0"] + 8, box["x1"] - 8)) for i in range(n)]
    else:
        centres = [(box["x0"] + box["x1"]) / 2] * n
    ticks = list(y_ticks) if y_ticks is not None else nice_ticks(y_min, y_max)
    drawn = []
    for s in series:
        points, segments, current = [], [], []
        for i, value in enumerate(s.values):
            if value is None:
                if current:
                    segments.append(current)
                current = []
                continue
            x = round(centres[i], 1)
            y = round(scale(value, (y_min, y_max), (box["y1"], box["y0"])), 1)
            points.append({"x": x, "y": y, "label": f"{x_labels[i]}: {_fmt(value, y_format)}"})
            current.append((x, y))
        if current:
            segments.append(current)
        path = " ".join("M" + " L".join(f"{x},{y}" for x, y in segment) for segment in segments)
        drawn.append({"name": s.name, "css_class": s.css_class, "path": path, "points": points})
    chart = {
        "id": _chart_id(),
        "kind": "line",
        "title": title,
        "summary": summary,
        "width": WIDTH,
        "height": HEIGHT,
        "box": box,
        "y_ticks": [
            {
                "y": round(scale(t, (y_min, y_max), (box["y1"], box["y0"])), 1),
                "label": y_format.format(t),
            }
            for t in ticks
        ],
        "x_labels": _x_label_positions(x_labels, centres),
        "series": drawn,
        "table": _table(series, x_labels, x_header, y_format),
    }
    return _with_markup(chart, chart_svg.line_svg)


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
) -> dict:
    """Bars per x label: stacked (totals) or side by side (comparisons)."""
    box = _plot_box()
    n = max(len(x_labels), 1)
    slot = (box["x1"] - box["x0"]) / n
    values = [[(v or 0) for v in s.values] for s in series]
    if stacked:
        top = max((sum(col) for col in zip(*values, strict=True)), default=0)
    else:
        top = max((max(v, default=0) for v in values), default=0)
    ticks = nice_ticks(0, max(y_max or 0, top) or 1, cover=True)
    y_top = ticks[-1]
    bars = []
    group_width = slot * 0.7
    for i in range(len(x_labels)):
        left = box["x0"] + slot * i + (slot - group_width) / 2
        base = 0.0
        for k, s in enumerate(series):
            value = values[k][i]
            if stacked:
                y_low = scale(base, (0, y_top), (box["y1"], box["y0"]))
                y_high = scale(base + value, (0, y_top), (box["y1"], box["y0"]))
                x, width = left, group_width
                base += value
            else:
                width = group_width / len(series)
                x = left + width * k
                y_low = box["y1"]
                y_high = scale(value, (0, y_top), (box["y1"], box["y0"]))
            if value > 0:
                bars.append(
                    {
                        "x": round(x, 1),
                        "y": round(y_high, 1),
                        "width": round(max(width - 1, 1), 1),
                        "height": round(y_low - y_high, 1),
                        "css_class": s.css_class,
                    }
                )
    centres = [box["x0"] + slot * (i + 0.5) for i in range(len(x_labels))]
    chart = {
        "id": _chart_id(),
        "kind": "bar",
        "title": title,
        "summary": summary,
        "width": WIDTH,
        "height": HEIGHT,
        "box": box,
        "y_ticks": [
            {
                "y": round(scale(t, (0, y_top), (box["y1"], box["y0"])), 1),
                "label": y_format.format(t),
            }
            for t in ticks
        ],
        "x_labels": _x_label_positions(x_labels, centres),
        "bars": bars,
        "legend": [{"name": s.name, "css_class": s.css_class} for s in series],
        "table": _table(series, x_labels, x_header, y_format),
    }
    return _with_markup(chart, chart_svg.bar_svg)


PLANE_SIZE, PLANE_MARGIN = 360, 48
SCALE_MIN, SCALE_MID, SCALE_MAX = 1.0, 4.0, 7.0


def plane_chart(points: Sequence[PlanePoint], *, title: str, summary: str) -> dict:
    """The anxiety × avoidance plane: avoidance left to right, anxiety bottom to top.

    Points are given oldest first; the trail joins them in that order. Quadrants are only
    orientation: the scores are continuous and the blend, not a quadrant, is the result.
    """
    lo, hi = PLANE_MARGIN, PLANE_SIZE - 40
    mid = scale(SCALE_MID, (SCALE_MIN, SCALE_MAX), (lo, hi))

    def to_x(avoidance: float) -> float:
        return round(scale(avoidance, (SCALE_MIN, SCALE_MAX), (lo, hi)), 1)

    def to_y(anxiety: float) -> float:
        return round(scale(anxiety, (SCALE_MIN, SCALE_MAX), (hi, lo)), 1)

    placed = [
        {
            "x": to_x(p.avoidance),
            "y": to_y(p.anxiety),
            "label": p.label,
            "current": p.current,
            "anxiety": p.anxiety,
            "avoidance": p.avoidance,
        }
        for p in points
    ]
    trail = "M" + " L".join(f"{p['x']},{p['y']}" for p in placed) if len(placed) > 1 else ""
    quadrants = [
        {
            "name": "Secure",
            "hint": "low anxiety, low avoidance",
            "css_class": "quadrant-secure",
            "x": lo,
            "y": mid,
            "label_x": lo + 8,
            "label_y": hi - 10,
        },
        {
            "name": "Ambivalent",
            "hint": "high anxiety, low avoidance",
            "css_class": "quadrant-ambivalent",
            "x": lo,
            "y": lo,
            "label_x": lo + 8,
            "label_y": lo + 18,
        },
        {
            "name": "Avoidant",
            "hint": "low anxiety, high avoidance",
            "css_class": "quadrant-avoidant",
            "x": mid,
            "y": mid,
            "label_x": hi - 8,
            "label_y": hi - 10,
        },
        {
            "name": "Fearful",
            "hint": "high anxiety, high avoidance",
            "css_class": "quadrant-fearful",
            "x": mid,
            "y": lo,
            "label_x": hi - 8,
            "label_y": lo + 18,
        },
    ]
    ticks = [
        {"value": v, "x": to_x(v), "y": to_y(v)} for v in range(int(SCALE_MIN), int(SCALE_MAX) + 1)
    ]
    chart = {
        "id": _chart_id(),
        "kind": "plane",
        "title": title,
        "summary": summary,
        "size": PLANE_SIZE,
        "lo": lo,
        "hi": hi,
        "mid": round(mid, 1),
        "half": round(mid - lo, 1),
        "quadrants": quadrants,
        "ticks": ticks,
        "points": placed,
        "trail": trail,
        "table": {
            "headers": ["Result", "Anxiety (1–7)", "Avoidance (1–7)"],
            "rows": [[p.label, f"{p.anxiety:.1f}", f"{p.avoidance:.1f}"] for p in points],
        },
    }
    return _with_markup(chart, chart_svg.plane_svg)


CELL, GAP, LABEL_WIDTH = 18, 6, 100


def month_grid_chart(counts: dict, months: Sequence, *, today, title: str, summary: str) -> dict:
    """Days with something recorded: one row per month (``months`` are first days), one cell
    per day of the month, filled when ``counts`` has the day. Readable on a phone: 31 columns.

    The cells are drawn as one path per state (no text per cell: the table beside the grid says
    how many days and entries each month had), so a year is a few elements, not 365."""
    rows, table_rows = [], []
    cells_by_state: dict[str, list[tuple[int, int]]] = {}
    for row_index, first in enumerate(months):
        length = calendar.monthrange(first.year, first.month)[1]
        y = row_index * (CELL + GAP)
        written, entries = 0, 0
        ordinal = first.toordinal()
        for number in range(length):
            day = date.fromordinal(ordinal + number)
            count = counts.get(day, 0)
            if count:
                written += 1
                entries += count
            state = (
                "cal-future"
                if day > today
                else ("cal-many" if count > 1 else "cal-some" if count else "cal-none")
            )
            cells_by_state.setdefault(state, []).append((LABEL_WIDTH + number * (CELL + GAP), y))
        rows.append({"label": first.strftime("%b ’%y"), "y": y + CELL - 4})
        table_rows.append([first.strftime("%B %Y"), str(written), str(entries)])
    chart = {
        "id": _chart_id(),
        "kind": "month_grid",
        "title": title,
        "summary": summary,
        "width": LABEL_WIDTH + 31 * (CELL + GAP),
        "height": max(len(months), 1) * (CELL + GAP),
        "cell": CELL,
        "rows": rows,
        "cells_by_state": cells_by_state,
        "table": {"headers": ["Month", "Days with an entry", "Entries"], "rows": table_rows},
    }
    return _with_markup(chart, chart_svg.month_grid_svg)
