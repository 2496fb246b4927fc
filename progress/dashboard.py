"""Turns the progress selectors' numbers into charts and words. No queries here."""

from collections import defaultdict
from datetime import date, timedelta
from statistics import fmean

from detach import charts
from detach.formatting import full_date, short_date, short_day_month, short_month_year
from progress import observations, ranges
from progress.selectors import QuizPoint
from progress.suggestions import MODULES

MODULE_SERIES = {"fulfillment": "series-1", "expectations": "series-2", "mindfulness": "series-3"}
RECENT_DAYS = 14
TRAIL_POINTS = 12


def span_start(start: date | None, today: date, dates: list[date]) -> date:
    """The first day to draw: the range's start, or for "all" the first day with any data."""
    if start is not None:
        return start
    return min(dates, default=today)


def bucket_unit(start: date | None, joined: date, today: date) -> str:
    """ "week", or for "all" once a person has been here a long while "month" or "quarter":
    chosen before querying, so the database sums the buckets and returns a few dozen rows."""
    weeks = len(ranges.weeks_between(joined, today))
    if start is not None or weeks <= ranges.MONTHLY_AFTER_WEEKS:
        return "week"
    months = len(ranges.months_between(joined, today))
    return "month" if months <= ranges.QUARTERLY_AFTER_MONTHS else "quarter"


def buckets(first: date, today: date, unit: str) -> list[date]:
    return ranges.buckets_between(first, today, unit)


def bucket_of(day: date, unit: str) -> date:
    return ranges.bucket_start(day, unit)


def mood_chart(mood_weeks, starts, unit):
    totals: dict[date, list[float]] = defaultdict(lambda: [0.0, 0])
    for week, (avg, count) in mood_weeks.items():
        bucket = totals[bucket_of(week, unit)]
        bucket[0] += avg * count
        bucket[1] += count
    values = [round(totals[s][0] / totals[s][1], 2) if s in totals else None for s in starts]
    recorded = [v for v in values if v is not None]
    if recorded:
        summary = (
            f"Average mood per {unit} on a 1–5 scale, from {min(recorded):.1f} at its "
            f"lowest to {max(recorded):.1f} at its highest, over {len(recorded)} "
            f"{unit}s with a mood."
        )
    else:
        summary = "No mood recorded in your journal in this range yet."
    return charts.line_chart(
        [charts.Series("Mood", values)],
        x_labels=[ranges.bucket_label(s, unit) for s in starts],
        y_min=1,
        y_max=5,
        y_ticks=[1, 2, 3, 4, 5],
        y_format="{:.0f}",
        title=f"Mood by {unit}",
        summary=summary,
        x_header=unit.capitalize(),
    ), bool(recorded)


def practice_charts(practice_rows, starts, unit):
    minutes: dict[str, dict[date, float]] = defaultdict(lambda: defaultdict(float))
    sessions: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for week, module, count, seconds in practice_rows:
        bucket = bucket_of(week, unit)
        minutes[module][bucket] += seconds / 60
        sessions[module][bucket] += count
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
    return minutes_chart, sessions_chart, total_sessions


def session_counts(practice_rows) -> dict[date, int]:
    counts: dict[date, int] = defaultdict(int)
    for week, _module, count, _seconds in practice_rows:
        counts[week] += count
    return counts


def quiz_charts(points: list[QuizPoint], start: date | None, zone, unit: str = "week"):
    """The plane trail of the latest result's focus (focuses are never mixed), and both scores
    over time."""
    in_range = [
        p for p in points if start is None or p.completed_at.astimezone(zone).date() >= start
    ]
    if not in_range:
        return None
    focus = in_range[-1].focus_key
    results = [p for p in in_range if p.focus_key == focus]
    trail = results
    if len(results) > TRAIL_POINTS:
        # Where they started and where they have been lately: years of monthly results would
        # turn the plane into a knot and the page slow; the scores over time keep them all.
        trail = [results[0], *results[-(TRAIL_POINTS - 1) :]]
    labels = [short_date(p.completed_at.astimezone(zone).date()) for p in trail]
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
    lines = None
    if len(results) > 1:
        summary = (
            f"Anxiety from {results[0].anxiety:.1f} to {results[-1].anxiety:.1f}, "
            f"avoidance from {results[0].avoidance:.1f} to {results[-1].avoidance:.1f}."
        )
        if unit == "week":
            # Short axis labels keep six of them readable side by side on a phone.
            long_span = (results[-1].completed_at - results[0].completed_at).days > 300
            label = short_month_year if long_span else short_day_month
            axis_labels = [label(p.completed_at.astimezone(zone).date()) for p in results]
            anxiety = [p.anxiety for p in results]
            avoidance = [p.avoidance for p in results]
            x_header = "Result"
        else:
            # Over years, one point per month or quarter like the other charts on the page
            # (the mean of the results in it): dozens of retakes would crowd the line, and each
            # result stays listed on the quiz page.
            by_bucket: dict[date, list[QuizPoint]] = defaultdict(list)
            for p in results:
                by_bucket[bucket_of(p.completed_at.astimezone(zone).date(), unit)].append(p)
            axis_labels = [ranges.bucket_label(b, unit) for b in by_bucket]
            groups = list(by_bucket.values())
            anxiety = [round(fmean(p.anxiety for p in group), 2) for group in groups]
            avoidance = [round(fmean(p.avoidance for p in group), 2) for group in groups]
            x_header = unit.capitalize()
            summary += f" Each point is the mean of your results in that {unit}."
        lines = charts.line_chart(
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
    first, last = trail[0], trail[-1]
    change = observations.quiz_change(
        (first.completed_at.astimezone(zone).date(), first.anxiety, first.avoidance),
        (last.completed_at.astimezone(zone).date(), last.anxiety, last.avoidance),
    )
    return {"plane": plane, "lines": lines, "observation": change}


def fulfilment_chart(then, now, then_on, now_on, area_names):
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
    chart = charts.bar_chart(
        series,
        x_labels=labels,
        stacked=False,
        y_max=10,
        title="Fulfilment map: then and now",
        summary=summary,
        x_header="Life area",
    )
    change = observations.fulfilment_change(then, now, area_names) if then_on != now_on else None
    return chart, change


def calendar_start(first: date, today: date) -> date:
    """The journal calendar shows at most the last twelve months, this one included."""
    return ranges.month_start(max(first, today - timedelta(days=334)))


def calendar_chart(journal_days, first: date, today: date):
    months = ranges.months_between(calendar_start(first, today), today)
    written = sum(1 for d in journal_days if d >= months[0])
    return charts.month_grid_chart(
        journal_days,
        months,
        today=today,
        title="Days with a journal entry",
        summary=f"You wrote on {written} day{'s' if written != 1 else ''} in the months shown.",
    )


def practised_lately(practice_rows, today: date, unit: str) -> set[str]:
    """Modules with practice in the last two weeks (in the buckets holding them when the page
    is summed by month or quarter)."""
    since = bucket_of(today - timedelta(days=RECENT_DAYS - 1), unit)
    return {module for week, module, count, _ in practice_rows if week >= since and count}
