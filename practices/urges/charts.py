"""Urges counted by week (month, quarter) as a bar chart: ridden out against the rest. Pure: the
buckets come from ``selectors.urges_by_bucket`` (one query), the x axis from the caller. Drawn on
the progress page and on a person's page."""

from collections.abc import Sequence
from datetime import date, timedelta

from detach import charts
from detach.formatting import short_day_month
from practices.urges.selectors import UrgeBucket

# A person's page shows the last twelve weeks: a quarter reads at a glance on a phone, where a
# bar for every week of a long history would be too thin to read. The numbers above it still
# count every urge about them.
PERSON_WEEKS = 12


def count_chart(
    buckets: Sequence[UrgeBucket],
    starts: Sequence[date],
    labels: Sequence[str],
    *,
    unit: str,
    summary: str,
) -> charts.BarChart:
    """One pair of stacked bars per bucket in ``starts``: ridden out, and the rest."""
    by_start = {b.start: b for b in buckets}
    ridden = [by_start[s].ridden_out if s in by_start else 0 for s in starts]
    other = [by_start[s].urges - by_start[s].ridden_out if s in by_start else 0 for s in starts]
    return charts.bar_chart(
        [
            charts.Series("Ridden out", ridden, "series-1"),
            charts.Series("Reached out, or not answered", other, "series-2"),
        ],
        x_labels=list(labels),
        title=f"Urges by {unit}",
        summary=summary,
        x_header=unit.capitalize(),
    )


def recent_weeks(today: date, weeks: int = PERSON_WEEKS) -> list[date]:
    """The Mondays of the last ``weeks`` weeks, this one included, oldest first."""
    this_monday = today - timedelta(days=today.weekday())
    return [this_monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


def person_weeks_chart(buckets: Sequence[UrgeBucket], today: date) -> charts.BarChart | None:
    """The urges about one person in the last twelve weeks; None with none in them."""
    starts = recent_weeks(today)
    shown = [b for b in buckets if b.start >= starts[0]]
    if not shown:
        return None
    urges = sum(b.urges for b in shown)
    ridden = sum(b.ridden_out for b in shown)
    return count_chart(
        shown,
        starts,
        [short_day_month(s) for s in starts],
        unit="week",
        summary=f"{urges} urge{'s' if urges != 1 else ''} about them paused in the last "
        f"{PERSON_WEEKS} weeks, {ridden} of them ridden out.",
    )
