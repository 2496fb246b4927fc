"""The trend on the lines page: the share of checked-in days kept, week by week. Pure."""

from collections.abc import Sequence

from detach.charts import LineChart, Series, line_chart
from detach.formatting import short_day_month
from practices.lines.stretches import WeekShare

SHARE_TICKS = [0, 25, 50, 75, 100]


def trend_summary(weeks: Sequence[WeekShare]) -> str:
    kept = sum(w.kept for w in weeks)
    checked = sum(w.checked for w in weeks)
    with_check_ins = sum(1 for w in weeks if w.checked)
    return (
        f"Over the last {len(weeks)} weeks you checked in on {checked} "
        f"day{'s' if checked != 1 else ''} and kept your lines on {kept} of them, "
        f"in {with_check_ins} week{'s' if with_check_ins != 1 else ''} with a check-in. "
        "A week without a check-in leaves a gap."
    )


def trend_chart(weeks: Sequence[WeekShare]) -> LineChart | None:
    """None until there is a check-in in the weeks shown."""
    if not any(w.checked for w in weeks):
        return None
    return line_chart(
        [Series("Days kept (%)", [w.share for w in weeks])],
        x_labels=[short_day_month(w.start) for w in weeks],
        y_min=0,
        y_max=100,
        y_ticks=SHARE_TICKS,
        y_format="{:.0f}",
        title="Share of checked-in days kept, by week",
        summary=trend_summary(weeks),
        x_header="Week from",
    )
