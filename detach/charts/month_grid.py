"""Days with something recorded, a row of day cells per month (the journal calendar)."""

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from detach.charts.axes import DataTable
from detach.formatting import month_year, short_month_year

CELL, GAP, LABEL_WIDTH = 18, 6, 100
LONGEST_MONTH = 31


@dataclass(frozen=True, slots=True)
class MonthRow:
    label: str
    y: float  # the label's baseline


@dataclass(frozen=True, slots=True)
class CellGroup:
    """Every cell in one state (its CSS class), by top-left corner."""

    state: str
    corners: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class MonthGridChart:
    title: str
    summary: str
    width: int
    height: int
    cell: int  # a cell's side
    rows: tuple[MonthRow, ...]
    cell_groups: tuple[CellGroup, ...]
    table: DataTable


def cell_state(count: int, day: date, today: date) -> str:
    if day > today:
        return "cal-future"
    return "cal-many" if count > 1 else "cal-some" if count else "cal-none"


def month_grid_chart(
    counts: Mapping[date, int], months: Sequence[date], *, today: date, title: str, summary: str
) -> MonthGridChart:
    """Days with something recorded: one row per month (``months`` are first days), one cell
    per day of the month, filled when ``counts`` has the day. Readable on a phone: 31 columns.

    The cells are grouped by state (no text per cell: the table beside the grid says how many
    days and entries each month had), so a year draws as a few elements, not 365."""
    rows, table_rows = [], []
    corners_by_state: dict[str, list[tuple[int, int]]] = {}
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
            corners_by_state.setdefault(cell_state(count, day, today), []).append(
                (LABEL_WIDTH + number * (CELL + GAP), y)
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
        table=DataTable(headers=("Month", "Days with an entry", "Entries"), rows=tuple(table_rows)),
    )
