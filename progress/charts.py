"""The progress page's charts, from the numbers the apps' selectors return. Pure functions: no
queries and no request here.

Mood and practice come summed by the page's unit (week, month or quarter) from SQL, keyed by
each bucket's first day, which is what ``ranges.buckets_between`` lists for the x axis."""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from math import fsum

from detach import charts
from detach.formatting import (
    full_date,
    month_year,
    short_date,
    short_day_month,
    short_month_year,
)
from practices.selectors import PracticeBucket, ThenAndNow
from progress import observations, ranges
from progress.observations import Observation
from progress.suggestions import MODULES
from quiz.selectors import QuizPoint

MODULE_SERIES = {"fulfillment": "series-1", "expectations": "series-2", "mindfulness": "series-3"}
TRAIL_POINTS = 12
# The journal calendar shows at most the last twelve months, this one included.
CALENDAR_DAYS = 335


@dataclass(frozen=True)
class QuizCharts:
    """The latest focus's results in the plane, both scores over time (from two results on) and
    how the scores moved."""

    plane: charts.PlaneChart
    lines: charts.LineChart | None
    change: Observation | None
    # Results of the same focus taken with an earlier questionnaire version exist in the range:
    # they are not drawn or compared with these, and the page says a new version began.
    new_version_began: bool = False


def local_day(point: QuizPoint, zone: tzinfo) -> date:
    return point.completed_at.astimezone(zone).date()


def mood_chart(
    moods: Mapping[date, tuple[float, int]], starts: Sequence[date], unit: str
) -> charts.LineChart | None:
    """Average mood per bucket; None when no mood was recorded in the range."""
    values = [round(moods[s][0], 2) if s in moods else None for s in starts]
    recorded = [v for v in values if v is not None]
    if not recorded:
        return None
    return charts.line_chart(
        [charts.Series("Mood", values)],
        x_labels=[ranges.bucket_label(s, unit) for s in starts],
        y_min=1,
        y_max=5,
        y_ticks=[1, 2, 3, 4, 5],
        y_format="{:.0f}",
        title=f"Mood by {unit}",
        summary=(
            f"Average mood per {unit} on a 1–5 scale, from {min(recorded):.1f} at its "
            f"lowest to {max(recorded):.1f} at its highest, over {len(recorded)} "
            f"{unit}s with a mood."
        ),
        x_header=unit.capitalize(),
    )


def practice_charts(
    practice: Sequence[PracticeBucket], starts: Sequence[date], unit: str
) -> tuple[charts.BarChart, charts.BarChart] | None:
    """Minutes and sessions per bucket, stacked by module; None with no practice in the range."""
    if not any(b.sessions for b in practice):
        return None
    minutes: dict[str, dict[date, float]] = defaultdict(lambda: defaultdict(float))
    sessions: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for b in practice:
        minutes[b.module][b.start] += b.minutes
        sessions[b.module][b.start] += b.sessions
    labels = [ranges.bucket_label(s, unit) for s in starts]
    minute_series = [
        charts.Series(
            MODULES[m][0], [round(minutes[m].get(s, 0), 1) for s in starts], MODULE_SERIES[m]
        )
        for m in MODULES
    ]
    session_series = [
        charts.Series(MODULES[m][0], [sessions[m].get(s, 0) for s in starts], MODULE_SERIES[m])
        for m in MODULES
    ]
    total_minutes = sum(sum(s.values) for s in minute_series)
    total_sessions = sum(sum(s.values) for s in session_series)
    minutes_chart = charts.bar_chart(
        minute_series,
        x_labels=labels,
        title=f"Practice minutes by {unit} and module",
        summary=f"{total_minutes:.0f} timed minutes in this range (breathing sessions and "
        "activities with a length).",
        x_header=unit.capitalize(),
        y_format="{:g}",
    )
    sessions_chart = charts.bar_chart(
        session_series,
        x_labels=labels,
        title=f"Practices by {unit} and module",
        summary=f"{total_sessions} practices logged in this range, across the three modules.",
        x_header=unit.capitalize(),
    )
    return minutes_chart, sessions_chart


def quiz_charts(
    points: Sequence[QuizPoint], start: date | None, zone: tzinfo, unit: str = "week"
) -> QuizCharts | None:
    """The plane trail of the latest result's focus (focuses are never mixed), and both scores
    over time. None without a result in the range."""
    in_range = [p for p in points if start is None or local_day(p, zone) >= start]
    if not in_range:
        return None
    focus, version = in_range[-1].focus_key, in_range[-1].version
    same_focus = [p for p in in_range if p.focus_key == focus]
    # Different statements give scores that cannot be set side by side: one version only.
    results = [p for p in same_focus if p.version == version]
    trail = results
    if len(results) > TRAIL_POINTS:
        # Where they started and where they have been lately: years of monthly results would
        # turn the plane into a knot and the page slow; the scores over time keep them all.
        trail = [results[0], *results[-(TRAIL_POINTS - 1) :]]
    labels = [short_date(local_day(p, zone)) for p in trail]
    shown = (
        ""
        if trail is results
        else f" (the plane shows the first and the latest {TRAIL_POINTS - 1})"
    )
    plane = charts.plane_chart(
        [
            charts.PlanePoint(p.anxiety, p.avoidance, label, current=(i == len(trail) - 1))
            for i, (p, label) in enumerate(zip(trail, labels, strict=True))
        ],
        title=f"Your quiz results: {trail[-1].focus_label}",
        summary=f"{len(results)} result{'s' if len(results) != 1 else ''} in this range{shown}; "
        "the latest "
        f"has anxiety {trail[-1].anxiety:.1f} and avoidance {trail[-1].avoidance:.1f} (1–7).",
    )
    lines = scores_over_time(results, zone, unit) if len(results) > 1 else None
    first, last = trail[0], trail[-1]
    change = observations.quiz_change(
        (local_day(first, zone), first.anxiety, first.avoidance),
        (local_day(last, zone), last.anxiety, last.avoidance),
        form=last.form,
    )
    return QuizCharts(plane, lines, change, new_version_began=len(results) < len(same_focus))


def score_span(name: str, first: float, last: float) -> str:
    """ "Anxiety from 5.4 to 3.8", or "Anxiety 3.5 at first and last" when they round alike."""
    if f"{first:.1f}" == f"{last:.1f}":
        return f"{name} {last:.1f} at the first result and the latest"
    return f"{name} from {first:.1f} to {last:.1f}"


def scores_over_time(results: Sequence[QuizPoint], zone: tzinfo, unit: str) -> charts.LineChart:
    summary = (
        f"{score_span('Anxiety', results[0].anxiety, results[-1].anxiety)}, "
        f"{score_span('avoidance', results[0].avoidance, results[-1].avoidance)}."
    )
    if unit == "week":
        # Short axis labels keep six of them readable side by side on a phone.
        long_span = (results[-1].completed_at - results[0].completed_at).days > 300
        label = short_month_year if long_span else short_day_month
        axis_labels = [label(local_day(p, zone)) for p in results]
        anxiety = [p.anxiety for p in results]
        avoidance = [p.avoidance for p in results]
        x_header = "Result"
    else:
        # Over years, one point per month or quarter like the other charts on the page
        # (the mean of the results in it): dozens of retakes would crowd the line, and each
        # result stays listed on the quiz page.
        by_bucket: dict[date, tuple[list[float], list[float]]] = {}
        for p in results:
            anxieties, avoidances = by_bucket.setdefault(
                ranges.bucket_start(local_day(p, zone), unit), ([], [])
            )
            anxieties.append(p.anxiety)
            avoidances.append(p.avoidance)
        axis_labels = [ranges.bucket_label(b, unit) for b in by_bucket]
        # fsum over the count is what statistics.fmean does, without its generator per value.
        anxiety = [round(fsum(a) / len(a), 2) for a, _ in by_bucket.values()]
        avoidance = [round(fsum(v) / len(v), 2) for _, v in by_bucket.values()]
        x_header = unit.capitalize()
        summary += f" Each point is the mean of your results in that {unit}."
    return charts.line_chart(
        [charts.Series("Anxiety", anxiety), charts.Series("Avoidance", avoidance, "series-2")],
        x_labels=axis_labels,
        y_min=1,
        y_max=7,
        y_ticks=[1, 2, 3, 4, 5, 6, 7],
        title="Both scores over time",
        x_header=x_header,
        y_format="{:.1f}",
        summary=summary,
    )


def fulfilment_chart(
    maps: ThenAndNow, area_names: Mapping[str, str]
) -> tuple[charts.CategoryBarChart | None, Observation | None]:
    """The first and latest map of the range side by side, and the area that changed most."""
    then, now, then_on, now_on = maps.then, maps.now, maps.then_on, maps.now_on
    if not now:
        return None, None
    areas = [code for code in area_names if code in now]
    labels = [area_names[a] for a in areas]
    if then_on == now_on:
        series = [charts.Series(short_date(now_on), [now[a] for a in areas])]
        summary = "Your fulfilment map, out of 10. Retake it later to see the change."
    else:
        series = [
            charts.Series(
                f"Then ({short_date(then_on)})", [then.get(a) for a in areas], "series-2"
            ),
            charts.Series(f"Now ({short_date(now_on)})", [now[a] for a in areas]),
        ]
        summary = (
            f"How fulfilled each life area felt, out of 10, on {full_date(then_on)} "
            f"and on {full_date(now_on)}."
        )
    chart = charts.category_bar_chart(
        series,
        categories=labels,
        x_max=10,
        title="Fulfilment map: then and now",
        summary=summary,
        category_header="Life area",
    )
    change = observations.fulfilment_change(then, now, area_names) if then_on != now_on else None
    return chart, change


def calendar_start(first: date, today: date) -> date:
    """The journal calendar shows at most the last twelve months, this one included."""
    return ranges.month_start(max(first, today - timedelta(days=CALENDAR_DAYS - 1)))


def calendar_chart(
    journal_days: Mapping[date, int], first: date, today: date
) -> charts.MonthGridChart | None:
    """Days with an entry, a row per month; None without an entry in those months."""
    if not journal_days:
        return None
    months = ranges.months_between(calendar_start(first, today), today)
    written = sum(1 for d in journal_days if d >= months[0])
    return charts.month_grid_chart(
        journal_days,
        months,
        today=today,
        title="Days with a journal entry",
        summary=f"You wrote on {written} day{'s' if written != 1 else ''} in the months shown.",
    )


def calendar_years_chart(
    journal_months: Mapping[date, tuple[int, int]], first: date, today: date
) -> charts.MonthGridChart:
    """The whole history, a year a row and a month a cell, from the first month with anything
    recorded (an entry may be about a day before the rest)."""
    start = min(first, next(iter(journal_months)))
    written = sum(days for days, _entries in journal_months.values())
    return charts.year_grid_chart(
        journal_months,
        first=start,
        today=today,
        title="Days with a journal entry, month by month",
        summary=(
            f"You wrote on {written} day{'s' if written != 1 else ''} "
            f"since {month_year(start)}; each square is a month."
        ),
    )
