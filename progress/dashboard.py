"""The progress page for one person and range: ``build_dashboard`` makes the reads (through the
quiz, journal and practices selectors only) and ``arrange`` turns them into charts and words
without touching the database.

Seven queries whatever the history: the quiz results, the results about one person (and the
people they are about, only when there are any), the journal's tallies by day or month (mood
and the calendar, progress/journal.py), practice by bucket (one UNION ALL), the first and
latest fulfilment map, urges by bucket (progress/urges.py) and lines kept by bucket
(progress/lines.py)."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo

from detach.charts import BarChart, CategoryBarChart, LineChart, MonthGridChart
from journal import selectors as journal_selectors
from journal.selectors import Prompt
from practices import selectors as practice_selectors
from practices.selectors import PracticeBucket, ThenAndNow
from progress import charts, observations, ranges
from progress import journal as journal_progress
from progress import lines as lines_progress
from progress import urges as urge_progress
from progress.charts import QuizCharts, local_day
from progress.observations import Observation
from progress.relationships import Relationships, relationship_planes
from progress.suggestions import MODULES, Suggestion, suggest_next
from quiz import selectors as quiz_selectors
from quiz.selectors import RETAKE_AFTER, PersonTrail, QuizPoint

RECENT_DAYS = 14
AREA_NAMES = practice_selectors.area_names()
MODULE_NAMES = {module: title for module, (title, _url) in MODULES.items()}


@dataclass(frozen=True)
class Minimums:
    """How much data the observations need, as the page explains when it has none to show."""

    weeks: int = observations.MIN_WEEKS_PER_GROUP
    sessions: int = observations.PRACTICE_WEEK_SESSIONS
    trend: int = 2 * observations.TREND_WEEKS


@dataclass(frozen=True)
class History:
    """What the selectors returned for one person and range (buckets of the page's unit)."""

    quiz_points: Sequence[QuizPoint]
    moods: Mapping[date, tuple[float, int]]  # {bucket: (average mood, entries with a mood)}
    practice: Sequence[PracticeBucket]
    fulfilment: ThenAndNow
    journal_days: Mapping[date, int]  # {day: entries}, for the calendar's months
    # {first of month: (days written, entries)}: over "all" for someone here more than a year,
    # whose calendar is then a year a row and a month a cell, drawn whole.
    journal_months: Mapping[date, tuple[int, int]] = field(default_factory=dict)
    # Results about one person, per person (the relationship form).
    relationship_trails: Sequence[PersonTrail] = ()


@dataclass(frozen=True)
class Dashboard:
    """Everything the progress page shows. A chart is None when there is nothing to draw."""

    is_new: bool
    prompt: Prompt
    suggestion: Suggestion | None
    retake_due: bool
    quiz: QuizCharts | None
    mood_chart: LineChart | None
    minutes_chart: BarChart | None
    sessions_chart: BarChart | None
    fulfilment_chart: CategoryBarChart | None
    calendar_chart: MonthGridChart | None
    observations: tuple[Observation, ...]
    minimums: Minimums = field(default_factory=Minimums)
    relationships: Relationships | None = None
    lines: lines_progress.LinesOverTime | None = None  # days within my lines
    urges: urge_progress.UrgeProgress | None = None  # progress/urges.py


def bucket_unit(start: date | None, joined: date, today: date) -> str:
    """ "week", or for "all" once a person has been here a long while "month" or "quarter":
    chosen before querying, so the database sums the buckets and returns a few dozen rows."""
    weeks = ranges.weeks_spanned(joined, today)
    if start is not None or weeks <= ranges.MONTHLY_AFTER_WEEKS:
        return "week"
    months = ranges.months_spanned(joined, today)
    return "month" if months <= ranges.QUARTERLY_AFTER_MONTHS else "quarter"


def first_day(
    start: date | None,
    today: date,
    moods: Mapping[date, object],
    practice: Sequence[PracticeBucket],
    quiz_points: Sequence[QuizPoint],
    zone: tzinfo,
) -> date:
    """The first day to draw: the range's start, or for "all" the first day with any data."""
    if start is not None:
        return start
    days = [*moods, *(b.start for b in practice), *(local_day(p, zone) for p in quiz_points)]
    return min(days, default=today)


def build_dashboard(user, selected: ranges.Range, today: date, prompt_offset: int = 0) -> Dashboard:
    zone = user.zone
    start = ranges.start_of(selected, today)
    joined = user.date_joined.astimezone(zone).date()
    unit = bucket_unit(start, joined, today)
    by_month = journal_progress.calendar_by_month(start, joined, today)
    quiz_points = quiz_selectors.quiz_points(user)
    trails = quiz_selectors.relationship_trails(user)
    # Mood and the calendar from one read of the journal (progress/journal.py).
    tallies = journal_selectors.tallies(
        user,
        by=journal_progress.tally_by(unit, by_month),
        since=journal_progress.tally_since(start, today),
        until=today,
    )
    moods = journal_progress.moods_by_bucket(tallies, unit, since=start)
    practice = practice_selectors.practice_by_bucket(user, unit=unit, since=start)
    fulfilment = practice_selectors.fulfilment_then_and_now(user, since=start)
    first = first_day(start, today, moods, practice, quiz_points, zone)
    journal_days, journal_months = {}, {}
    if by_month:
        journal_months = journal_progress.entries_by_month(tallies)
    else:
        journal_days = journal_progress.entries_by_day(tallies, charts.calendar_start(first, today))
    lines = lines_progress.lines_over_time(user, unit=unit, since=start, first=first, today=today)
    dashboard = arrange(
        History(quiz_points, moods, practice, fulfilment, journal_days, journal_months, trails),
        start=start,
        first=first,
        unit=unit,
        today=today,
        now=user.local_now(),
        zone=zone,
        user_id=user.pk,
        prompt_offset=prompt_offset,
    )
    urges = urge_progress.urge_progress(user, start=start, first=first, today=today, unit=unit)
    # Urges or check-ins alone are enough to show the page rather than the first-visit welcome.
    return replace(
        dashboard,
        urges=urges,
        lines=lines,
        is_new=dashboard.is_new and urges is None and lines is None,
    )


def arrange(
    history: History,
    *,
    start: date | None,
    first: date,
    unit: str,
    today: date,
    now: datetime,
    zone: tzinfo,
    user_id: int,
    prompt_offset: int = 0,
) -> Dashboard:
    """The page from the person's numbers: charts, observations and a next step."""
    latest = history.quiz_points[-1] if history.quiz_points else None
    scores = (latest.anxiety, latest.avoidance) if latest else None
    starts = ranges.buckets_between(first, today, unit)
    practice_charts = charts.practice_charts(history.practice, starts, unit)
    minutes_chart, sessions_chart = practice_charts or (None, None)
    quiz = charts.quiz_charts(history.quiz_points, start, zone, unit)
    fulfilment_chart, fulfilment_change = charts.fulfilment_chart(history.fulfilment, AREA_NAMES)
    found = (
        *mood_observations(history.moods, history.practice, unit),
        quiz and quiz.change,
        observations.busiest_module(sessions_by_module(history.practice), MODULE_NAMES),
        fulfilment_change,
    )
    return Dashboard(
        is_new=not (
            history.quiz_points
            or history.relationship_trails
            or history.moods
            or history.practice
            or history.journal_days
            or history.journal_months
            or history.fulfilment.now
        ),
        # "Another prompt" (``prompt_offset`` > 0) draws from the scores already held.
        prompt=journal_selectors.prompt_for(scores, user_id, today, prompt_offset),
        suggestion=suggest_next(scores, practised_lately(history.practice, today, unit)),
        retake_due=latest is not None and (now - latest.completed_at) >= RETAKE_AFTER,
        quiz=quiz,
        mood_chart=charts.mood_chart(history.moods, starts, unit),
        minutes_chart=minutes_chart,
        sessions_chart=sessions_chart,
        fulfilment_chart=fulfilment_chart,
        calendar_chart=(
            charts.calendar_years_chart(history.journal_months, first, today)
            if history.journal_months
            else charts.calendar_chart(history.journal_days, first, today)
        ),
        observations=tuple(o for o in found if o),
        relationships=relationship_planes(history.relationship_trails, start, zone),
    )


def mood_observations(
    moods: Mapping[date, tuple[float, int]], practice: Sequence[PracticeBucket], unit: str
) -> tuple[Observation | None, Observation | None]:
    average = {bucket: mood for bucket, (mood, _count) in moods.items()}
    sessions: dict[date, int] = {}
    for b in practice:
        sessions[b.start] = sessions.get(b.start, 0) + b.sessions
    return (
        observations.practice_and_mood(average, sessions, unit),
        observations.mood_trend(average, unit),
    )


def sessions_by_module(practice: Sequence[PracticeBucket]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for b in practice:
        totals[b.module] = totals.get(b.module, 0) + b.sessions
    return totals


def practised_lately(practice: Sequence[PracticeBucket], today: date, unit: str) -> set[str]:
    """Modules with practice in the last two weeks (in the buckets holding them when the page
    is summed by month or quarter)."""
    since = ranges.bucket_start(today - timedelta(days=RECENT_DAYS - 1), unit)
    return {b.module for b in practice if b.start >= since and b.sessions}
