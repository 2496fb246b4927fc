"""Urges on the progress page: how many per week (or month, or quarter), the share ridden out,
and intensity before and after the pause, with plain observations that say what happened,
never what caused it. ``urge_progress`` makes the one query; ``arrange_urges`` is pure."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from detach import charts
from practices.urges.charts import count_chart as urge_count_chart
from practices.urges.selectors import UrgeBucket, urges_by_bucket
from progress import ranges
from progress.observations import Observation, in_words

# The count trend compares the first and the last few buckets of the range.
TREND_BUCKETS = 4
MIN_COMPARED = 5  # urges with both intensities before "less intense after" is said


@dataclass(frozen=True)
class UrgeTotals:
    urges: int
    answered: int
    ridden_out: int
    compared: int
    calmer: int
    before: float | None
    after: float | None

    @property
    def ridden_share(self) -> int | None:
        return round(100 * self.ridden_out / self.answered) if self.answered else None


@dataclass(frozen=True)
class UrgeProgress:
    totals: UrgeTotals
    count_chart: charts.BarChart
    intensity_chart: charts.LineChart | None
    observations: tuple[Observation, ...]


def urge_progress(user, *, start: date | None, first: date, today: date, unit: str):
    """The urges part of the page for the range (one query), or None with no urges in it."""
    buckets = urges_by_bucket(user, unit=unit, since=start)
    if buckets:
        first = min(first, buckets[0].start)
    return arrange_urges(buckets, ranges.buckets_between(first, today, unit), unit)


def totals_of(buckets: Sequence[UrgeBucket]) -> UrgeTotals:
    compared = sum(b.compared for b in buckets)
    return UrgeTotals(
        urges=sum(b.urges for b in buckets),
        answered=sum(b.answered for b in buckets),
        ridden_out=sum(b.ridden_out for b in buckets),
        compared=compared,
        calmer=sum(b.calmer for b in buckets),
        before=sum(b.before_sum for b in buckets) / compared if compared else None,
        after=sum(b.after_sum for b in buckets) / compared if compared else None,
    )


def arrange_urges(
    buckets: Sequence[UrgeBucket], starts: Sequence[date], unit: str
) -> UrgeProgress | None:
    if not buckets:
        return None
    by_start = {b.start: b for b in buckets}
    labels = [ranges.bucket_label(s, unit) for s in starts]
    totals = totals_of(buckets)
    count_chart = urge_count_chart(
        buckets,
        starts,
        labels,
        unit=unit,
        summary=f"{totals.urges} urge{'s' if totals.urges != 1 else ''} paused in this range, "
        f"{totals.ridden_out} of them ridden out.",
    )
    return UrgeProgress(
        totals=totals,
        count_chart=count_chart,
        intensity_chart=intensity_chart(by_start, starts, labels, unit, totals),
        observations=tuple(
            o for o in (calmer_after(totals), ridden_share(totals), count_trend(buckets, unit)) if o
        ),
    )


def intensity_chart(
    by_start: dict[date, UrgeBucket],
    starts: Sequence[date],
    labels: Sequence[str],
    unit: str,
    totals: UrgeTotals,
) -> charts.LineChart | None:
    def average(s: date, attr: str) -> float | None:
        b = by_start.get(s)
        return round(getattr(b, attr) / b.compared, 2) if b and b.compared else None

    if totals.compared == 0:
        return None
    return charts.line_chart(
        [
            charts.Series("Before the pause", [average(s, "before_sum") for s in starts]),
            charts.Series("After", [average(s, "after_sum") for s in starts], "series-2"),
        ],
        x_labels=labels,
        y_min=0,
        y_max=10,
        y_ticks=[0, 2, 4, 6, 8, 10],
        y_format="{:.0f}",
        title=f"Intensity before and after the pause, by {unit}",
        summary=f"Average intensity on a 0–10 scale over the {totals.compared} urges with both "
        f"numbers: {totals.before:.1f} before the pause, {totals.after:.1f} after.",
        x_header=unit.capitalize(),
    )


def calmer_after(totals: UrgeTotals) -> Observation | None:
    if totals.compared < MIN_COMPARED:
        return None
    return Observation(
        text=f"Your urges were less intense after the pause in {totals.calmer} of "
        f"{totals.compared}.",
        basis=f"Of the {totals.compared} urges in this range where you gave the intensity both "
        f"before the pause and afterwards, {totals.calmer} had a lower number afterwards. On "
        f"average: {totals.before:.1f} before, {totals.after:.1f} after.",
    )


def ridden_share(totals: UrgeTotals) -> Observation | None:
    if totals.answered < MIN_COMPARED:
        return None
    return Observation(
        text=f"You rode out {totals.ridden_share}% of the urges you said how they went "
        f"({totals.ridden_out} of {totals.answered}).",
        basis="Ridden out means the urge passed or you did something else. Urges you have not "
        "said anything about yet are left out.",
    )


def count_trend(buckets: Sequence[UrgeBucket], unit: str) -> Observation | None:
    """Fewer or more urges in the last few buckets with urges than in the first few."""
    if len(buckets) < 2 * TREND_BUCKETS:
        return None
    early = sum(b.urges for b in buckets[:TREND_BUCKETS])
    late = sum(b.urges for b in buckets[-TREND_BUCKETS:])
    if early == late:
        return None
    word = "fewer" if late < early else "more"
    span = f"{in_words(TREND_BUCKETS)} {unit}s"
    return Observation(
        text=f"You paused for {word} urges in your latest {span} with urges than in the first "
        f"{span} of this range ({late} against {early}).",
        basis=f"Urges counted in the first {TREND_BUCKETS} and the last {TREND_BUCKETS} {unit}s "
        "of the range that had any urges. It says how the number moved, not why.",
    )
