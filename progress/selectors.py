"""The progress page's reads. Each function is one query whatever the size of the history:
mood and practice are summed per week (per month over long spans) in SQL, never row by row
in Python."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Avg, CharField, Count, DateField, IntegerField, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce, TruncMonth, TruncQuarter, TruncWeek

from journal.models import Entry
from practices.models import AreaRating, FulfillmentMap
from practices.selectors import SOURCES
from quiz.models import Attempt, focus_key, focus_label


@dataclass(frozen=True)
class QuizPoint:
    completed_at: object
    anxiety: float
    avoidance: float
    focus_key: str
    focus_label: str


def quiz_points(user) -> list[QuizPoint]:
    """Every finished attempt, oldest first. A person takes the quiz every few weeks, so this is
    dozens of rows even after years; the focus name is encrypted, so focuses are told apart
    here rather than in SQL."""
    rows = (
        Attempt.objects.for_user(user)
        .filter(completed_at__isnull=False)
        .order_by("completed_at", "pk")
        .values_list("completed_at", "anxiety", "avoidance", "focus", "focus_name")
    )
    return [
        QuizPoint(at, anxiety, avoidance, focus_key(focus, name), focus_label(focus, name))
        for at, anxiety, avoidance, focus, name in rows
    ]


def _bucket(field: str, unit: str):
    """Weeks (from Monday), or months or quarters for long spans, truncated in SQL."""
    trunc = {"week": TruncWeek, "month": TruncMonth, "quarter": TruncQuarter}[unit]
    return trunc(field, output_field=DateField())


def mood_by_bucket(user, start: date | None, *, unit: str) -> dict[date, tuple[float, int]]:
    """{first day of the week, month or quarter: (average mood, entries with a mood)}."""
    entries = Entry.objects.for_user(user).filter(mood__isnull=False)
    if start is not None:
        entries = entries.filter(entry_date__gte=start)
    rows = (
        entries.annotate(week=_bucket("entry_date", unit))
        .values("week")
        .annotate(mood=Avg("mood"), count=Count("id"))
        .order_by()
    )
    return {_as_date(r["week"]): (float(r["mood"]), r["count"]) for r in rows}


def practice_by_bucket(user, start: date | None, *, unit: str) -> list[tuple[date, str, int, int]]:
    """(first day of the week, month or quarter, module, sessions, seconds) for every kind of
    practice, in one UNION ALL."""
    parts = []
    for source in SOURCES:
        queryset = source.queryset(user)
        if start is not None:
            queryset = queryset.filter(**{f"{source.date_field}__gte": start})
        seconds = Sum("duration_seconds") if source.timed else Value(0)
        parts.append(
            queryset.annotate(week=_bucket(source.date_field, unit))
            .values("week")
            .annotate(
                module=Value(str(source.module), output_field=CharField()),
                sessions=Count("id"),
                seconds=Coalesce(seconds, Value(0), output_field=IntegerField()),
            )
            .values_list("week", "module", "sessions", "seconds")
            .order_by()
        )
    rows = parts[0].union(*parts[1:], all=True)
    return [(_as_date(week), module, sessions, seconds) for week, module, sessions, seconds in rows]


def fulfilment_then_and_now(
    user, start: date | None
) -> tuple[dict, dict, date | None, date | None]:
    """Ratings of the first and the latest fulfilment map in the range, in one query:
    ({area: fulfilment} then, {area: fulfilment} now, date then, date now)."""
    maps = FulfillmentMap.objects.for_user(user)
    if start is not None:
        maps = maps.filter(taken_on__gte=start)
    first = maps.order_by("taken_on", "created_at").values("pk")[:1]
    last = maps.order_by("-taken_on", "-created_at").values("pk")[:1]
    ratings = (
        AreaRating.objects.filter(Q(map=Subquery(first)) | Q(map=Subquery(last)))
        .values_list("map__taken_on", "map__created_at", "area", "fulfilment")
        .order_by("map__taken_on", "map__created_at")
    )
    by_map: dict[tuple, dict[str, int]] = {}
    for taken_on, created_at, area, fulfilment in ratings:
        by_map.setdefault((taken_on, created_at), {})[area] = fulfilment
    if not by_map:
        return {}, {}, None, None
    keys = sorted(by_map)
    return by_map[keys[0]], by_map[keys[-1]], keys[0][0], keys[-1][0]


def journal_days(user, start: date, end: date) -> dict[date, int]:
    """{local day: number of entries} between ``start`` and ``end``."""
    rows = (
        Entry.objects.for_user(user)
        .filter(entry_date__range=(start, end))
        .values("entry_date")
        .annotate(count=Count("id"))
        .values_list("entry_date", "count")
        .order_by()
    )
    return dict(rows)


def _as_date(value) -> date:
    # TruncWeek gives a date on PostgreSQL and may give a datetime-like value elsewhere.
    return value.date() if hasattr(value, "date") and callable(value.date) else value
