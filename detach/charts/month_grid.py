"""Days with something recorded: a row of day cells per month (the journal calendar), or over
more than a year a row of month cells per year, so a long history is drawn whole and cheaply."""

import calendar
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from detach.charts.axes import DataTable
from detach.formatting import MONTHS, month_year, short_month_year

CELL, GAP, LABEL_WIDTH = 18, 6, 100
LONGEST_MONTH = 31
# On a phone, 31 cells side by side would each be a few pixels wide: there the months are small
# calendars instead, a week a row (Monday first) and a quarter's months side by side.
COMPACT_CELL, COMPACT_GAP, COMPACT_LABEL, COMPACT_MONTH_GAP = 20, 4, 30, 16
MONTHS_PER_ROW, WEEK_ROWS = 3, 6
# Over years, each cell is a month, shaded by the days written in it; the same drawing suits a
# phone (a year's label and twelve cells fit 360 px), so it needs no compact form.
YEAR_LABEL, YEAR_CELL, YEAR_GAP, YEAR_HEADER = 72, 30, 6, 32
DAYS_FOR_MANY = 8  # about two days a week: a month written in often
DAY_KEY = (("cal-none", "no entry"), ("cal-some", "one entry"), ("cal-many", "two or more"))
MONTH_KEY = (
    ("cal-none", "no entry that month"),
    ("cal-some", f"1 to {DAYS_FOR_MANY - 1} days"),
    ("cal-many", f"{DAYS_FOR_MANY} days or more"),
)
COMPACT_MONTH_WIDTH = 7 * (COMPACT_CELL + COMPACT_GAP) - COMPACT_GAP
COMPACT_MONTH_HEIGHT = COMPACT_LABEL + WEEK_ROWS * (COMPACT_CELL + COMPACT_GAP)


@dataclass(frozen=True, slots=True)
class MonthRow:
    """A label: a row's (a month's or a year's), or a column's over a year grid."""

    label: str
    y: float  # the label's baseline
    x: float = 0


@dataclass(frozen=True, slots=True)
class CellGroup:
    """Every cell in one state (its CSS class), by top-left corner."""

    state: str
    corners: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class CompactGrid:
    """The same days as small month calendars, for narrow screens."""

    width: int
    height: int
    cell: int
    months: tuple[MonthRow, ...]  # each month's label, above its calendar
    cell_groups: tuple[CellGroup, ...]


@dataclass(frozen=True, slots=True)
class MonthGridChart:
    title: str
    summary: str
    width: int
    height: int
    cell: int  # a cell's side
    rows: tuple[MonthRow, ...]
    cell_groups: tuple[CellGroup, ...]
    compact: CompactGrid | None  # None when the grid itself fits a phone (a year grid)
    table: DataTable
    key: tuple[tuple[str, str], ...] = DAY_KEY  # each cell state's words, for the legend


def cell_state(count: int, day: date, today: date) -> str:
    if day > today:
        return "cal-future"
    return "cal-many" if count > 1 else "cal-some" if count else "cal-none"


def month_grid_chart(
    counts: Mapping[date, int], months: Sequence[date], *, today: date, title: str, summary: str
) -> MonthGridChart:
    """Days with something recorded: one row per month (``months`` are first days), one cell
    per day of the month, filled when ``counts`` has the day; and the same days as small month
    calendars (``compact``) for a phone, where 31 columns would be too small to read.

    The cells are grouped by state (no text per cell: the table beside the grid says how many
    days and entries each month had), so a year draws as a few elements, not 365."""
    rows, table_rows, labels = [], [], []
    corners_by_state: dict[str, list[tuple[int, int]]] = {}
    compact_by_state: dict[str, list[tuple[int, int]]] = {}
    for row_index, first in enumerate(months):
        left = (row_index % MONTHS_PER_ROW) * (COMPACT_MONTH_WIDTH + COMPACT_MONTH_GAP)
        top = (row_index // MONTHS_PER_ROW) * (COMPACT_MONTH_HEIGHT + COMPACT_MONTH_GAP)
        labels.append(MonthRow(short_month_year(first), top + COMPACT_LABEL - 10, left))
        offset = first.weekday()  # the first's column, Monday first
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
            state = cell_state(count, day, today)
            corners_by_state.setdefault(state, []).append((LABEL_WIDTH + number * (CELL + GAP), y))
            week, weekday = divmod(offset + number, 7)
            compact_by_state.setdefault(state, []).append(
                (
                    left + weekday * (COMPACT_CELL + COMPACT_GAP),
                    top + COMPACT_LABEL + week * (COMPACT_CELL + COMPACT_GAP),
                )
            )
        rows.append(MonthRow(short_month_year(first), y + CELL - 4))
        table_rows.append((month_year(first), str(written), str(entries)))
    return MonthGridChart(
        title=title,
        summary=summary,
        width=LABEL_WIDTH + LONGEST_MONTH * (CELL + GAP),
        height=max(len(months), 1) * (CELL + GAP),
        cell=CELL,
        rows=tuple(rows),
        cell_groups=tuple(
            CellGroup(state, tuple(corners)) for state, corners in corners_by_state.items()
        ),
        compact=CompactGrid(
            width=MONTHS_PER_ROW * (COMPACT_MONTH_WIDTH + COMPACT_MONTH_GAP) - COMPACT_MONTH_GAP,
            height=math.ceil(max(len(months), 1) / MONTHS_PER_ROW)
            * (COMPACT_MONTH_HEIGHT + COMPACT_MONTH_GAP),
            cell=COMPACT_CELL,
            months=tuple(labels),
            cell_groups=tuple(
                CellGroup(state, tuple(corners)) for state, corners in compact_by_state.items()
            ),
        ),
        table=DataTable(headers=("Month", "Days with an entry", "Entries"), rows=tuple(table_rows)),
    )


def month_state(days: int, month: date, first: date, today: date) -> str:
    if month > today or month < first.replace(day=1):
        return "cal-future"  # outside the history: drawn as an empty outline
    return "cal-many" if days >= DAYS_FOR_MANY else "cal-some" if days else "cal-none"


def year_grid_chart(
    counts: Mapping[date, tuple[int, int]],
    *,
    first: date,
    today: date,
    title: str,
    summary: str,
) -> MonthGridChart:
    """A long history whole: one row per year from ``first``'s to ``today``'s, one cell per
    month, shaded by the days written that month (``counts``: {first of month: (days, entries)}).
    The table has the same shape, a year a row and the days written in each month."""
    years = range(first.year, today.year + 1)
    headers = [
        MonthRow(name[0], YEAR_HEADER - 8, YEAR_LABEL + column * (YEAR_CELL + YEAR_GAP) + 10)
        for column, name in enumerate(MONTHS)
    ]
    rows, table_rows = list(headers), []
    corners_by_state: dict[str, list[tuple[int, int]]] = {}
    for row_index, year in enumerate(years):
        y = YEAR_HEADER + row_index * (YEAR_CELL + YEAR_GAP)
        rows.append(MonthRow(str(year), y + YEAR_CELL - 8))
        cells = []
        for column in range(12):
            month = date(year, column + 1, 1)
            days, _entries = counts.get(month, (0, 0))
            state = month_state(days, month, first, today)
            corners_by_state.setdefault(state, []).append(
                (YEAR_LABEL + column * (YEAR_CELL + YEAR_GAP), y)
            )
            cells.append("" if state == "cal-future" else str(days))
        table_rows.append(
            (str(year), *cells, str(sum(d for m, (d, _) in counts.items() if m.year == year)))
        )
    return MonthGridChart(
        title=title,
        summary=summary,
        width=YEAR_LABEL + 12 * (YEAR_CELL + YEAR_GAP),  # a gap's margin for the last stroke
        height=YEAR_HEADER + len(years) * (YEAR_CELL + YEAR_GAP),
        cell=YEAR_CELL,
        rows=tuple(rows),
        cell_groups=tuple(
            CellGroup(state, tuple(corners)) for state, corners in corners_by_state.items()
        ),
        compact=None,
        table=DataTable(
            headers=("Year", *(f"Days in {name}" for name in MONTHS), "Days in the year"),
            rows=tuple(table_rows),
        ),
        key=MONTH_KEY,
    )
