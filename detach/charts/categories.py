"""Horizontal bars for categories (life areas): every category named beside its bars.

Time axes can thin their labels (the neighbours say which week a bar is); categories cannot, so
each row carries its name at the left and its bars, one per series, to the right. The chart is
narrow in chart units so that its text stays legible when a phone draws it about 300 px wide.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from detach.charts.axes import AxisLabel, Box, DataTable, Series, data_table, nice_ticks, scale
from detach.charts.xy import Bar, SeriesKey

CATEGORY_WIDTH = 390
LABEL_WIDTH = 172  # "Body and movement" at 16 units, a character about 0.6 em wide
BAR_HEIGHT, BAR_GAP, ROW_GAP = 12, 2, 12
AXIS_HEIGHT = 24  # the value ticks along the bottom


@dataclass(frozen=True, slots=True)
class CategoryRow:
    """A category's name, its baseline centred on the category's bars."""

    label: str
    y: float


@dataclass(frozen=True, slots=True)
class CategoryBarChart:
    title: str
    summary: str
    width: int
    height: int
    box: Box  # where the bars are drawn; the names sit left of it
    x_ticks: tuple[AxisLabel, ...]  # values along the bottom, with their gridlines
    rows: tuple[CategoryRow, ...]
    bars: tuple[Bar, ...]  # only the bars longer than nothing
    keys: tuple[SeriesKey, ...]
    table: DataTable


def category_bar_chart(
    series: Sequence[Series],
    *,
    categories: Sequence[str],
    title: str,
    summary: str,
    x_max: float | None = None,
    value_format: str = "{:g}",
    category_header: str = "",
) -> CategoryBarChart:
    """One row per category, its name beside a bar per series (missing values draw none)."""
    bars_per_row = max(len(series), 1)
    row_height = bars_per_row * (BAR_HEIGHT + BAR_GAP) - BAR_GAP + ROW_GAP
    top = max((v or 0 for s in series for v in s.values), default=0)
    ticks = nice_ticks(0, max(x_max or 0, top) or 1, count=3, cover=True)
    box = Box(
        LABEL_WIDTH,
        CATEGORY_WIDTH - 12,
        ROW_GAP / 2,
        ROW_GAP / 2 + row_height * len(categories) - ROW_GAP,
    )
    rows, bars = [], []
    for i, name in enumerate(categories):
        y0 = box.y0 + i * row_height
        middle = y0 + (bars_per_row * (BAR_HEIGHT + BAR_GAP) - BAR_GAP) / 2
        rows.append(CategoryRow(name, round(middle, 1)))
        for k, s in enumerate(series):
            value = s.values[i] or 0
            if value > 0:
                width = scale(value, (0, ticks[-1]), (0, box.x1 - box.x0))
                y = y0 + k * (BAR_HEIGHT + BAR_GAP)
                bars.append(Bar(box.x0, round(y, 1), round(width, 1), BAR_HEIGHT, s.css_class))
    return CategoryBarChart(
        title=title,
        summary=summary,
        width=CATEGORY_WIDTH,
        height=round(box.y1 + AXIS_HEIGHT),
        box=box,
        x_ticks=tuple(
            AxisLabel(round(scale(t, (0, ticks[-1]), (box.x0, box.x1)), 1), value_format.format(t))
            for t in ticks
        ),
        rows=tuple(rows),
        bars=tuple(bars),
        keys=tuple(SeriesKey(s.name, s.css_class) for s in series),
        table=data_table(series, categories, category_header, value_format),
    )
