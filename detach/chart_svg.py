"""SVG and data-table markup for the chart dicts of ``detach.charts``.

Built as strings here rather than in template loops: a five-year chart has hundreds of
elements, and the template engine would spend most of the page's time on them. Every text
that comes from data is escaped.
"""

from html import escape

from django.utils.safestring import SafeString, mark_safe


def _open(chart: dict, width, height, aspect: str = "xMidYMid meet") -> list[str]:
    cid = chart["id"]
    return [
        f'<svg viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{cid}-title {cid}-desc" preserveAspectRatio="{aspect}">',
        f'<title id="{cid}-title">{escape(chart["title"])}</title>',
        f'<desc id="{cid}-desc">{escape(chart["summary"])}</desc>',
    ]


def _axes(chart: dict) -> list[str]:
    box = chart["box"]
    parts = []
    for tick in chart["y_ticks"]:
        parts.append(
            f'<line class="chart-grid" x1="{box["x0"]}" x2="{box["x1"]}" y1="{tick["y"]}" '
            f'y2="{tick["y"]}"/><text class="chart-axis-label" x="{box["x0"] - 6}" '
            f'y="{tick["y"]}" text-anchor="end" dominant-baseline="middle">'
            f"{escape(tick['label'])}</text>"
        )
    for label in chart["x_labels"]:
        # Labels near either edge are anchored inwards so they are never cut off.
        if label["x"] > box["x1"] - 40:
            anchor = "end"
        elif label["x"] < box["x0"] + 40:
            anchor = "start"
        else:
            anchor = "middle"
        parts.append(
            f'<text class="chart-axis-label" x="{label["x"]}" y="{box["y1"] + 22}" '
            f'text-anchor="{anchor}">{escape(label["label"])}</text>'
        )
    return parts


def line_svg(chart: dict) -> SafeString:
    parts = _open(chart, chart["width"], chart["height"]) + _axes(chart)
    for s in chart["series"]:
        parts.append(f'<g class="chart-series {escape(s["css_class"])}">')
        if s["path"]:
            parts.append(f'<path class="chart-line-path" d="{s["path"]}" fill="none"/>')
        name = escape(s["name"])
        parts.extend(
            f'<circle class="chart-dot" cx="{p["x"]}" cy="{p["y"]}" r="3.5">'
            f"<title>{name}, {escape(p['label'])}</title></circle>"
            for p in s["points"]
        )
        parts.append("</g>")
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 (every data text above is escaped)


def bar_svg(chart: dict) -> SafeString:
    """One path per series: each bar is a rectangle in the path, so hundreds of bars stay one
    element. The exact numbers are in the table beside the chart."""
    parts = _open(chart, chart["width"], chart["height"]) + _axes(chart)
    by_class: dict[str, list[str]] = {}
    for bar in chart["bars"]:
        by_class.setdefault(bar["css_class"], []).append(
            f"M{bar['x']},{bar['y']}h{bar['width']}v{bar['height']}h{-bar['width']}Z"
        )
    for css_class, rects in by_class.items():
        parts.append(f'<path class="chart-bar-rect {escape(css_class)}" d="{"".join(rects)}"/>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 (every data text above is escaped)


def plane_svg(chart: dict) -> SafeString:
    lo, hi, mid, size = chart["lo"], chart["hi"], chart["mid"], chart["size"]
    parts = _open(chart, size, size)
    for q in chart["quadrants"]:
        anchor = "end" if q["label_x"] > mid else "start"
        parts.append(
            f'<rect class="plane-quadrant {q["css_class"]}" x="{q["x"]}" y="{q["y"]}" '
            f'width="{chart["half"]}" height="{chart["half"]}"><title>{escape(q["name"])}: '
            f'{escape(q["hint"])}</title></rect><text class="plane-quadrant-label" '
            f'x="{q["label_x"]}" y="{q["label_y"]}" text-anchor="{anchor}">'
            f"{escape(q['name'])}</text>"
        )
    parts.append(
        f'<line class="plane-midline" x1="{mid}" x2="{mid}" y1="{lo}" y2="{hi}"/>'
        f'<line class="plane-midline" x1="{lo}" x2="{hi}" y1="{mid}" y2="{mid}"/>'
    )
    for t in chart["ticks"]:
        parts.append(
            f'<text class="chart-axis-label" x="{t["x"]}" y="{hi + 16}" text-anchor="middle">'
            f'{t["value"]}</text><text class="chart-axis-label" x="{lo - 8}" y="{t["y"]}" '
            f'text-anchor="end" dominant-baseline="middle">{t["value"]}</text>'
        )
    parts.append(
        f'<text class="chart-axis-title" x="{mid}" y="{size - 6}" text-anchor="middle">'
        f'Avoidance →</text><text class="chart-axis-title" x="12" y="{mid}" '
        f'text-anchor="middle" transform="rotate(-90 12 {mid})">Anxiety →</text>'
    )
    if chart["trail"]:
        parts.append(f'<path class="plane-trail" d="{chart["trail"]}" fill="none"/>')
    for p in chart["points"]:
        current = " plane-point-current" if p["current"] else ""
        parts.append(
            f'<circle class="plane-point{current}" cx="{p["x"]}" cy="{p["y"]}" '
            f'r="{8 if p["current"] else 5}"><title>{escape(p["label"])}: anxiety '
            f"{p['anxiety']:.1f}, avoidance {p['avoidance']:.1f}</title></circle>"
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 (every data text above is escaped)


def month_grid_svg(chart: dict) -> SafeString:
    parts = _open(chart, chart["width"], chart["height"], "xMinYMin meet")
    parts.extend(
        f'<text class="chart-axis-label" x="0" y="{row["y"]}">{escape(row["label"])}</text>'
        for row in chart["rows"]
    )
    cell = chart["cell"]
    # Each cell a rounded square, as relative path commands after a move to its corner.
    square = (
        f"h{cell - 6}a3,3 0 0 1 3,3v{cell - 6}a3,3 0 0 1 -3,3"
        f"h{6 - cell}a3,3 0 0 1 -3,-3v{6 - cell}a3,3 0 0 1 3,-3Z"
    )
    for css_class, cells in chart["cells_by_state"].items():
        path = "".join(f"M{x + 3},{y}{square}" for x, y in cells)
        parts.append(f'<path class="cal-cell {css_class}" d="{path}"/>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 (every data text above is escaped)


def table_html(chart: dict) -> SafeString:
    table = chart["table"]
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in table["headers"])
    rows = "".join(
        "<tr>"
        + f'<th scope="row">{escape(row[0])}</th>'
        + "".join(f"<td>{escape(cell)}</td>" for cell in row[1:])
        + "</tr>"
        for row in table["rows"]
    )
    return mark_safe(  # noqa: S308 (every data text above is escaped)
        '<details class="chart-data"><summary>Show the numbers</summary>'
        '<div class="table-responsive" tabindex="0" role="region" '
        f'aria-label="{escape(chart["title"])}: the numbers">'
        '<table class="table table-sm">'
        f'<caption class="visually-hidden">{escape(chart["title"])}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div></details>"
    )
