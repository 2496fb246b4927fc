"""Lines kept, on the progress page: days kept of days checked in, by the page's unit, with
plain-language observations that say what happened, never why. The read is one SQL query
(``practices.lines.selectors.kept_by_bucket``); the rest is pure."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from detach import charts
from practices.lines.selectors import kept_by_bucket
from progress import ranges
from progress.observations import Observation, counted

# A trend compares the first and the latest four buckets with a check-in.
TREND_BUCKETS = 4
# Shares closer than this (in percentage points) are "about the same".
MIN_SHARE_CHANGE = 10


@dataclass(frozen=True)
class LinesOverTime:
    chart: charts.BarChart
    observations: tuple[Observation, ...]
    kept: int
    checked: int


def lines_over_time(
    user, *, unit: str, since: date | None, first: date, today: date
) -> LinesOverTime | None:
    """The one query, then the pure arrangement."""
    buckets = kept_by_bucket(user, unit=unit, since=since)
    return arrange(buckets, unit=unit, first=first, today=today)


def arrange(
    buckets: Mapping[date, tuple[int, int]], *, unit: str, first: date, today: date
) -> LinesOverTime | None:
    """None without a check-in in the range."""
    if not buckets:
        return None
    # Over "all", the page's first day follows the other apps' data: a check-in may be older.
    starts = ranges.buckets_between(min(first, *buckets), today, unit)
    kept = [buckets.get(s, (0, 0))[0] for s in starts]
    slipped = [buckets.get(s, (0, 0))[1] - buckets.get(s, (0, 0))[0] for s in starts]
    total_kept = sum(k for k, _c in buckets.values())
    total_checked = sum(c for _k, c in buckets.values())
    chart = charts.bar_chart(
        [
            charts.Series("Kept", kept, "series-1"),
            charts.Series("Not kept", slipped, "series-2"),
        ],
        x_labels=[ranges.bucket_label(s, unit) for s in starts],
        title=f"Days within my lines, by {unit}",
        summary=(
            f"Each bar is a {unit}: the days you checked in, those you kept your lines on at "
            "the bottom. Days without a check-in are not drawn."
        ),
        x_header=unit.capitalize(),
    )
    found = (share_observation(total_kept, total_checked), share_trend(buckets, unit))
    return LinesOverTime(chart, tuple(o for o in found if o), total_kept, total_checked)


def share_observation(kept: int, checked: int) -> Observation | None:
    if not checked:
        return None
    return Observation(
        text=f"You kept your lines on {kept} of the {counted(checked, 'day')} you checked in.",
        basis=(
            "Counted from your daily check-ins in this range: a day with a “Yes” is a kept day; "
            "days without a check-in are left out, not counted as slips."
        ),
    )


def share_trend(buckets: Mapping[date, tuple[int, int]], unit: str) -> Observation | None:
    """The share kept in the first and the latest four buckets with a check-in."""
    keys = [k for k in sorted(buckets) if buckets[k][1]]
    if len(keys) < 2 * TREND_BUCKETS:
        return None

    def share(group: Sequence[date]) -> float:
        return 100 * sum(buckets[k][0] for k in group) / sum(buckets[k][1] for k in group)

    before, lately = share(keys[:TREND_BUCKETS]), share(keys[-TREND_BUCKETS:])
    span = f"{TREND_BUCKETS} {unit}s"
    if abs(lately - before) < MIN_SHARE_CHANGE:
        text = f"You have kept your lines on about the same share of days, around {lately:.0f}%."
    else:
        direction = "more" if lately > before else "fewer"
        text = (
            f"Lately you kept your lines on {direction} of the days you checked in: "
            f"{lately:.0f}% in your latest {span}, against {before:.0f}% in your first {span} "
            "in this range."
        )
    return Observation(
        text=text,
        basis=(
            f"The share of checked-in days kept in your first {span} with a check-in in this "
            f"range, and in your latest {span}. A difference under {MIN_SHARE_CHANGE} "
            f"percentage points counts as about the same. Needs {counted(2 * TREND_BUCKETS, unit)}"
            " with a check-in."
        ),
    )
