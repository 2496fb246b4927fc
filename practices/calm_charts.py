"""The calm-before/after chart of the mindfulness page, drawn with detach.charts."""

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from detach.charts import LineChart, Series, line_chart
from detach.formatting import short_day_month, short_day_month_year

CALM_TICKS = [0, 2, 4, 6, 8, 10]


class CalmSession(Protocol):
    practiced_on: date
    calm_before: int
    calm_after: int


def date_labels(days: Sequence[date]) -> list[str]:
    """'2 Dec', or '2 Dec ’25' when the days span more than one year (short enough for the
    axis of a chart on a phone)."""
    label = short_day_month_year if len({d.year for d in days}) > 1 else short_day_month
    return [label(d) for d in days]


def calm_summary(sessions: Sequence[CalmSession]) -> str:
    count = len(sessions)
    before = sum(s.calm_before for s in sessions) / count
    after = sum(s.calm_after for s in sessions) / count
    change = after - before
    if abs(change) < 0.05:
        trend = "about the same before and after"
    elif change > 0:
        trend = f"{change:.1f} points calmer afterwards"
    else:
        trend = f"{-change:.1f} points less calm afterwards, which can happen too"
    noun = "session" if count == 1 else "sessions"
    return (
        f"Over your last {count} breathing {noun}, calm averaged {before:.1f} before and "
        f"{after:.1f} after: {trend}."
    )


def calm_chart(sessions: Sequence[CalmSession]) -> LineChart | None:
    """Calm before and after each session (oldest first), 0-10; None with no sessions."""
    if not sessions:
        return None
    return line_chart(
        [
            Series("Calm after", [s.calm_after for s in sessions], "series-1"),
            Series("Calm before", [s.calm_before for s in sessions], "series-2"),
        ],
        x_labels=date_labels([s.practiced_on for s in sessions]),
        y_min=0,
        y_max=10,
        y_ticks=CALM_TICKS,
        title="How calm you felt before and after each breathing session",
        summary=calm_summary(sessions),
        x_header="Session",
    )
