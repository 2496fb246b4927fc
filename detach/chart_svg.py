"""Draws the chart geometry of ``detach.charts`` as inline SVG, with its text alternative: a
legend where there is more than one series, and the numbers as a table.

Built in Python rather than in template loops: a five-year chart has hundreds of elements, and
the template engine would spend most of the page's time on them. Every piece is made by
``_html`` or ``_join`` from a literal template of this module, and they escape every value put
into one (labels and names from data, numbers alike) unless it is a piece made here.
"""

import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape

from django.utils.safestring import SafeString

from detach.charts import (
    AxisLabel,
    BarChart,
    Box,
    CategoryBarChart,
    Chart,
    DataTable,
    Line,
    LineChart,
    MonthGridChart,
    PlaneChart,
    Tick,
)

# Axis labels this close to either end of the plot are anchored inwards so they are never cut.
EDGE = 40
LINE_KEY = (
    '<li class="list-inline-item"><svg class="chart-key {}" viewBox="0 0 24 8" '
    'aria-hidden="true" focusable="false"><line class="chart-line-path" x1="0" x2="24" y1="4" '
    'y2="4"/></svg> {}</li>'
)
BAR_KEY = (
    '<li class="list-inline-item"><svg class="chart-key {}" viewBox="0 0 12 12" '
    'aria-hidden="true" focusable="false"><rect class="chart-bar-rect" width="12" height="12" '
    'rx="2"/></svg> {}</li>'
)
CELL_KEY = (
    '<li class="list-inline-item"><svg class="chart-key" viewBox="0 0 12 12" aria-hidden="true" '
    'focusable="false"><rect class="cal-cell {}" width="12" height="12" rx="2"/></svg> {}</li>'
)
PLANE_CURRENT_R = 8
PLANE_KEYS = SafeString(
    '<li class="list-inline-item"><svg class="chart-key chart-key-wide" viewBox="0 0 48 12" '
    'aria-hidden="true" focusable="false"><path class="plane-trail" d="M6,6 L42,6"/>'
    '<circle class="plane-point" cx="6" cy="6" r="4" opacity="0.3"/>'
    '<circle class="plane-point" cx="24" cy="6" r="4" opacity="0.55"/>'
    '<circle class="plane-point" cx="42" cy="6" r="4" opacity="0.85"/></svg> '
    "earlier results, oldest faintest</li>"
    '<li class="list-inline-item"><svg class="chart-key" viewBox="0 0 24 24" '
    'aria-hidden="true" focusable="false"><circle class="plane-point plane-point-current" '
    'cx="12" cy="12" r="6"/><circle class="plane-point-ring" cx="12" cy="12" r="10" '
    'fill="none"/></svg> latest</li>'
)
NUMBERS = (int, float)
# Looking for the characters ``escape`` replaces costs half what replacing them does.
_NEEDS_ESCAPING = re.compile("[&<>\"']").search


@dataclass(frozen=True)
class Drawing:
    """A chart ready for a page: ``kind`` names the figure's class (``chart-<kind>``); the rest
    is escaped HTML (``legend`` is empty for a single series)."""

    kind: str
    svg: SafeString
    legend: str
    table: SafeString


def _escaped(value):
    kind = type(value)
    if kind is str:  # labels and formatted numbers, thousands of them on a long history
        return escape(value) if _NEEDS_ESCAPING(value) else value
    if kind in NUMBERS:  # positions and counts: nothing in them to escape
        return value
    return value if isinstance(value, SafeString) else escape(str(value))


def _fill(template: str, values) -> str:
    if isinstance(values, dict):
        return template.format(**{name: _escaped(v) for name, v in values.items()})
    return template.format(*map(_escaped, values))


def _html(template: str, *args, **kwargs) -> SafeString:
    """``format_html`` for this module: ``template`` filled with every value escaped (pieces
    made by ``_html`` or ``_join`` are kept as they are).

    Django's ``format_html`` escapes each value through a lazy-string check that made drawing a
    year of weekly points about six times slower than the page's budget allows. These two
    functions are the only places the module declares markup safe, each straight after
    escaping everything that went into it."""
    return SafeString(_fill(template, kwargs or args))


def _join(template: str, rows: Iterable) -> SafeString:
    """``format_html_join("", template, rows)``: one filled ``template`` per row (a tuple of
    values or a dict of names to values), every value escaped. Rows of a table or a series
    run to hundreds on a long history, so a tuple is filled here rather than through
    ``_fill``."""
    fill = template.format
    return SafeString(
        "".join(
            _fill(template, row) if isinstance(row, dict) else fill(*map(_escaped, row))
            for row in rows
        )
    )


def new_chart_id() -> str:
    """An id for the SVG's title and description, unique on the page."""
    return "chart-" + uuid.uuid4().hex[:8]


def draw(chart: Chart, chart_id: str) -> Drawing:
    kind, svg, legend = DRAWERS[type(chart)](chart, chart_id)
    return Drawing(kind, svg, legend, table_html(chart.table, chart.title))


def _svg(
    chart_id: str, chart: Chart, width, height, body: SafeString, aspect: str = "xMidYMid meet"
) -> SafeString:
    return _html(
        '<svg viewBox="0 0 {width} {height}" role="img" aria-labelledby="{id}-title {id}-desc" '
        'preserveAspectRatio="{aspect}"><title id="{id}-title">{title}</title>'
        '<desc id="{id}-desc">{summary}</desc>{body}</svg>',
        width=width,
        height=height,
        id=chart_id,
        aspect=aspect,
        title=chart.title,
        summary=chart.summary,
        body=body,
    )


def _anchor(label: AxisLabel, box: Box) -> str:
    if label.x > box.x1 - EDGE:
        return "end"
    return "start" if label.x < box.x0 + EDGE else "middle"


def _axes(box: Box, y_ticks: tuple[Tick, ...], x_labels: tuple[AxisLabel, ...]) -> SafeString:
    grid = _join(
        '<line class="chart-grid" x1="{}" x2="{}" y1="{}" y2="{}"/><text class="chart-axis-label" '
        'x="{}" y="{}" text-anchor="end" dominant-baseline="middle">{}</text>',
        ((box.x0, box.x1, t.y, t.y, box.x0 - 6, t.y, t.label) for t in y_ticks),
    )
    labels = _join(
        '<text class="chart-axis-label" x="{}" y="{}" text-anchor="{}">{}</text>',
        ((label.x, box.y1 + 22, _anchor(label, box), label.label) for label in x_labels),
    )
    return _html("{}{}", grid, labels)


def _legend(template: str, keys) -> str:
    """A legend of (css class, name) pairs; none for a single series."""
    if len(keys) < 2:
        return ""
    return _html('<ul class="chart-legend list-inline mb-1">{}</ul>', _join(template, keys))


def _path(points) -> str:
    return "M" + " L".join(f"{x},{y}" for x, y in points)


def line_svg(chart: LineChart, chart_id: str) -> tuple[str, SafeString, str]:
    series = _join("{}", ((_line(line),) for line in chart.lines))
    body = _html("{}{}", _axes(chart.box, chart.y_ticks, chart.x_labels), series)
    legend = _legend(LINE_KEY, [(line.css_class, line.name) for line in chart.lines])
    return "line", _svg(chart_id, chart, chart.width, chart.height, body), legend


def _line(line: Line) -> SafeString:
    """A series' path and a dot per value, each dot titled with the series' name and its value."""
    path = (
        _html(
            '<path class="chart-line-path" d="{}" fill="none"/>',
            " ".join(_path(segment) for segment in line.segments),
        )
        if line.segments
        else ""
    )
    name = _html("{}", line.name)  # escaped once for every dot's title
    dots = _join(
        '<circle class="chart-dot" cx="{}" cy="{}" r="3.5"><title>{}, {}</title></circle>',
        ((p.x, p.y, name, p.label) for p in line.points),
    )
    return _html('<g class="chart-series {}">{}{}</g>', line.css_class, path, dots)


def bar_svg(chart: BarChart, chart_id: str) -> tuple[str, SafeString, str]:
    """One path per series: each bar is a rectangle in the path, so hundreds of bars stay one
    element. The exact numbers are in the table beside the chart."""
    by_class: dict[str, list[str]] = {}
    for bar in chart.bars:
        by_class.setdefault(bar.css_class, []).append(
            f"M{bar.x},{bar.y}h{bar.width}v{bar.height}h{-bar.width}Z"
        )
    bars = _join(
        '<path class="chart-bar-rect {}" d="{}"/>',
        ((css_class, "".join(rects)) for css_class, rects in by_class.items()),
    )
    body = _html("{}{}", _axes(chart.box, chart.y_ticks, chart.x_labels), bars)
    legend = _legend(BAR_KEY, [(key.css_class, key.name) for key in chart.keys])
    return "bar", _svg(chart_id, chart, chart.width, chart.height, body), legend


def category_bar_svg(chart: CategoryBarChart, chart_id: str) -> tuple[str, SafeString, str]:
    """Each category's name at the left of its bars; one path per series, as for bar charts."""
    box = chart.box
    grid = _join(
        '<line class="chart-grid" x1="{}" x2="{}" y1="{}" y2="{}"/><text '
        'class="chart-axis-label" x="{}" y="{}" text-anchor="middle">{}</text>',
        ((t.x, t.x, box.y0 - 4, box.y1 + 2, t.x, box.y1 + 20, t.label) for t in chart.x_ticks),
    )
    names = _join(
        '<text class="chart-axis-label chart-category" x="{}" y="{}" '
        'dominant-baseline="middle">{}</text>',
        ((0, row.y, row.label) for row in chart.rows),
    )
    by_class: dict[str, list[str]] = {}
    for bar in chart.bars:
        by_class.setdefault(bar.css_class, []).append(
            f"M{bar.x},{bar.y}h{bar.width}v{bar.height}h{-bar.width}Z"
        )
    bars = _join(
        '<path class="chart-bar-rect {}" d="{}"/>',
        ((css_class, "".join(rects)) for css_class, rects in by_class.items()),
    )
    body = _html("{}{}{}", grid, names, bars)
    legend = _legend(BAR_KEY, [(key.css_class, key.name) for key in chart.keys])
    return "categories", _svg(chart_id, chart, chart.width, chart.height, body), legend


def plane_svg(chart: PlaneChart, chart_id: str) -> tuple[str, SafeString, str]:
    lo, hi, mid, size = chart.lo, chart.hi, chart.mid, chart.size
    quadrants = _join(
        '<rect class="plane-quadrant {css}" x="{x}" y="{y}" width="{half}" height="{half}">'
        '<title>{name}: {hint}</title></rect><text class="plane-quadrant-label" x="{label_x}" '
        'y="{label_y}" text-anchor="{anchor}">{name}</text>',
        (
            {
                "css": q.css_class,
                "x": q.x,
                "y": q.y,
                "half": chart.half,
                "name": q.name,
                "hint": q.hint,
                "label_x": q.label_x,
                "label_y": q.label_y,
                "anchor": "end" if q.label_x > mid else "start",
            }
            for q in chart.quadrants
        ),
    )
    ticks = _join(
        '<text class="chart-axis-label" x="{}" y="{}" text-anchor="middle">{}</text>'
        '<text class="chart-axis-label" x="{}" y="{}" text-anchor="end" '
        'dominant-baseline="middle">{}</text>',
        ((t.x, hi + 16, t.value, lo - 8, t.y, t.value) for t in chart.ticks),
    )
    frame = _html(
        '<line class="plane-midline" x1="{mid}" x2="{mid}" y1="{lo}" y2="{hi}"/>'
        '<line class="plane-midline" x1="{lo}" x2="{hi}" y1="{mid}" y2="{mid}"/>{ticks}'
        '<text class="chart-axis-title" x="{mid}" y="{bottom}" text-anchor="middle">'
        'Avoidance →</text><text class="chart-axis-title" x="12" y="{mid}" '
        'text-anchor="middle" transform="rotate(-90 12 {mid})">Anxiety →</text>',
        mid=mid,
        lo=lo,
        hi=hi,
        ticks=ticks,
        bottom=size - 6,
    )
    trail = (
        _html('<path class="plane-trail" d="{}" fill="none"/>', _path(chart.trail))
        if chart.trail
        else ""
    )
    points = _join(
        '<circle class="plane-point{}" cx="{}" cy="{}" r="{}" opacity="{}"><title>{}: anxiety {}, '
        "avoidance {}</title></circle>",
        (
            (
                " plane-point-current" if p.current else "",
                p.x,
                p.y,
                PLANE_CURRENT_R if p.current else 5,
                p.opacity,
                p.label,
                f"{p.anxiety:.1f}",
                f"{p.avoidance:.1f}",
            )
            for p in chart.points
        ),
    )
    # The latest result on top of the trail and the earlier points, with a ring around it.
    latest = [p for p in chart.points if p.current]
    rings = _join(
        '<circle class="plane-point-ring" cx="{}" cy="{}" r="{}" fill="none"/>',
        ((p.x, p.y, PLANE_CURRENT_R + 5) for p in latest),
    )
    body = _html("{}{}{}{}{}", quadrants, frame, trail, points, rings)
    legend = _html('<ul class="chart-legend list-inline mb-1">{}</ul>', PLANE_KEYS) if trail else ""
    return "plane", _svg(chart_id, chart, size, size, body), legend


def _cells(cell: int, groups) -> SafeString:
    """Every cell a rounded square, one path per state, as relative path commands after a move
    to each corner."""
    square = (
        f"h{cell - 6}a3,3 0 0 1 3,3v{cell - 6}a3,3 0 0 1 -3,3"
        f"h{6 - cell}a3,3 0 0 1 -3,-3v{6 - cell}a3,3 0 0 1 3,-3Z"
    )
    return _join(
        '<path class="cal-cell {}" d="{}"/>',
        (
            (group.state, "".join(f"M{x + 3},{y}{square}" for x, y in group.corners))
            for group in groups
        ),
    )


def month_grid_svg(chart: MonthGridChart, chart_id: str) -> tuple[str, SafeString, str]:
    """A row per month for wide screens and small month calendars for phones; the stylesheet
    shows one of the two (each is a few paths, so drawing both costs little). A year grid (a
    row per year, a cell per month) fits both and is drawn once."""
    labels = _join(
        '<text class="chart-axis-label" x="{}" y="{}">{}</text>',
        ((row.x, row.y, row.label) for row in chart.rows),
    )
    body = _html("{}{}", labels, _cells(chart.cell, chart.cell_groups))
    wide = _svg(chart_id, chart, chart.width, chart.height, body, "xMinYMin meet")
    legend = _legend(CELL_KEY, chart.key)
    compact = chart.compact
    if compact is None:
        return "year-grid", wide, legend
    month_labels = _join(
        '<text class="chart-axis-label" x="{}" y="{}">{}</text>',
        ((month.x, month.y, month.label) for month in compact.months),
    )
    small = _svg(
        f"{chart_id}-compact",
        chart,
        compact.width,
        compact.height,
        _html("{}{}", month_labels, _cells(compact.cell, compact.cell_groups)),
        "xMinYMin meet",
    )
    svg = _html(
        '<div class="month-grid-wide">{}</div><div class="month-grid-compact">{}</div>',
        wide,
        small,
    )
    return "month-grid", svg, legend


DRAWERS: dict[type, Callable[..., tuple[str, SafeString, str]]] = {
    LineChart: line_svg,
    BarChart: bar_svg,
    CategoryBarChart: category_bar_svg,
    PlaneChart: plane_svg,
    MonthGridChart: month_grid_svg,
}


def table_html(table: DataTable, title: str) -> SafeString:
    """The numbers behind a chart, folded away under "Show the numbers"."""
    columns = len(table.headers)
    # One format string per table (its shape, no data), so each row is one format_html call.
    row = '<tr><th scope="row">{}</th>' + "<td>{}</td>" * (columns - 1) + "</tr>"
    return _html(
        '<details class="chart-data"><summary>Show the numbers</summary>'
        '<div class="table-responsive" tabindex="0" role="region" '
        'aria-label="{title}: the numbers"><table class="table table-sm">'
        '<caption class="visually-hidden">{title}</caption><thead><tr>{head}</tr></thead>'
        "<tbody>{rows}</tbody></table></div></details>",
        title=title,
        head=_join('<th scope="col">{}</th>', ((h,) for h in table.headers)),
        rows=_join(row, table.rows),
    )
