"""Days with something recorded, a row of day cells per month (the journal calendar)."""

import calendar
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from detach.charts.axes import DataTable
from detach.formatting import month_year, short_month_year

CELL, GAP, LABEL_WIDTH = 18, 6, 100
LONGEST_MONTH = 31
# On a phone, 31 cells side by side would each be a few pixels wide: there the months are small
# calendars instead, a week a row (Monday first) and a quarter's months side by side.
COMPACT_CELL, COMPACT_GAP, COMPACT_LABEL, COMPACT_MONTH_GAP = 20, 4, 30, 16
MONTHS_PER_ROW, WEEK_ROWS = 3, 6
COMPACT_MONTH_WIDTH = 7 * (COMPACT_CELL + COMPACT_GAP) - COMPACT_GAP
COMPACT_MONTH_HEIGHT = COMPACT_LABEL + WEEK_ROWS * (COMPACT_CELL + COMPACT_GAP)


@dataclass(frozen=True, slots=True)
class MonthRow:
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
    compact: CompactGrid
    table: DataTable


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
