"""Reads of the practice modules that views and other apps (progress, export) need.

Every logged practice has a module and a local date in the person's own time zone:

| model              | module        | date field     | timed (``duration_seconds``) |
| ------------------ | ------------- | -------------- | ---------------------------- |
| ExpectationCheck   | expectations  | ``practiced_on`` | no                         |
| FulfillmentMap     | fulfillment   | ``taken_on``     | no                         |
| Activity (done)    | fulfillment   | ``done_on``      | optional                   |
| BreathingSession   | mindfulness   | ``practiced_on`` | yes (+ calm_before/after)  |
| NotingPractice     | mindfulness   | ``practiced_on`` | no                         |

Aggregation happens in SQL; each function issues a fixed number of queries whatever the history.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import (
    CharField,
    Count,
    IntegerField,
    Max,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce

from detach.date_buckets import as_date, truncated
from practices.areas import AREAS
from practices.models import (
    Activity,
    AreaRating,
    BreathingSession,
    ExpectationCheck,
    FulfillmentMap,
    Module,
    NotingPractice,
    PatternNotice,
)
from practices.streaks import Streak, streak_from_dates

RECENT_DAYS = 30


@dataclass(frozen=True)
class PracticeSource:
    """Where one kind of logged practice lives: its model, module and date field."""

    kind: str
    module: Module
    date_field: str
    timed: bool

    def queryset(self, user) -> QuerySet:
        queryset = self.model.objects.for_user(user)
        if self.kind == "activity":
            queryset = queryset.filter(done_on__isnull=False)
        return queryset

    @property
    def model(self):
        return {
            "expectation_check": ExpectationCheck,
            "fulfillment_map": FulfillmentMap,
            "activity": Activity,
            "breathing": BreathingSession,
            "noting": NotingPractice,
        }[self.kind]


SOURCES: tuple[PracticeSource, ...] = (
    PracticeSource("expectation_check", Module.EXPECTATIONS, "practiced_on", timed=False),
    PracticeSource("fulfillment_map", Module.FULFILLMENT, "taken_on", timed=False),
    PracticeSource("activity", Module.FULFILLMENT, "done_on", timed=True),
    PracticeSource("breathing", Module.MINDFULNESS, "practiced_on", timed=True),
    PracticeSource("noting", Module.MINDFULNESS, "practiced_on", timed=False),
)


def _in_range(source: PracticeSource, since: date | None, until: date | None) -> Q:
    q = Q()
    if since is not None:
        q &= Q(**{f"{source.date_field}__gte": since})
    if until is not None:
        q &= Q(**{f"{source.date_field}__lte": until})
    return q


def _aggregates(source: PracticeSource, recent: Q | None = None) -> dict:
    """Sessions and (for timed practices) seconds, optionally only those matching ``recent``."""
    aggregates = {"sessions": Count("id", filter=recent)}
    if source.timed:
        aggregates["seconds"] = Coalesce(
            Sum("duration_seconds", filter=recent), Value(0), output_field=IntegerField()
        )
    return aggregates


# --- For the progress page -------------------------------------------------------------------


@dataclass(frozen=True)
class PracticeDay:
    day: date
    module: Module
    kind: str
    sessions: int
    seconds: int


def practice_by_day(
    user, *, since: date | None = None, until: date | None = None
) -> list[PracticeDay]:
    """Sessions and seconds per local day and kind of practice. One query per kind (5)."""
    days: list[PracticeDay] = []
    for source in SOURCES:
        rows = (
            source.queryset(user)
            .filter(_in_range(source, since, until))
            .values(source.date_field)
            .annotate(**_aggregates(source))
            .order_by(source.date_field)
        )
        days.extend(
            PracticeDay(
                row[source.date_field],
                source.module,
                source.kind,
                row["sessions"],
                row.get("seconds", 0),
            )
            for row in rows
        )
    days.sort(key=lambda d: (d.day, d.module, d.kind))
    return days


def area_names() -> dict[str, str]:
    """Each life area's code and the name a person reads (fixed content, no query)."""
    return {area.code: area.name for area in AREAS}


def practice_dates(user, *, since: date | None = None) -> set[date]:
    """Every local date with at least one practice, in one UNION query."""
    querysets = [
        source.queryset(user)
        .filter(_in_range(source, since, None))
        .values_list(source.date_field, flat=True)
        .order_by()
        for source in SOURCES
    ]
    return set(querysets[0].union(*querysets[1:]))


def streak_for(user) -> Streak | None:
    """The person's streak, or None when they have not turned streaks on (the default)."""
    if not getattr(user, "streaks_enabled", False):
        return None
    return streak_from_dates(practice_dates(user), today=user.local_today())


def breathing_sessions(
    user, *, since: date | None = None, until: date | None = None
) -> QuerySet[BreathingSession]:
    """Breathing sessions, oldest first, with calm_before / calm_after (0-10)."""
    source = SOURCES[3]
    return (
        BreathingSession.objects.for_user(user)
        .filter(_in_range(source, since, until))
        .order_by("practiced_on", "created_at")
    )


MAPS_SHOWN = 12


def load_ratings(maps: list[FulfillmentMap]) -> list[FulfillmentMap]:
    """Give every map its ratings (``as_dict()``) from one query of plain values: a map has ten
    ratings, and prefetching them as model instances cost more than the rest of a page."""
    by_map: dict[int, dict[str, tuple[int, int]]] = {m.pk: {} for m in maps}
    rows = AreaRating.objects.filter(map__in=list(by_map)).values_list(
        "map_id", "area", "importance", "fulfilment"
    )
    for map_id, area, importance, fulfilment in rows:
        by_map[map_id][area] = (importance, fulfilment)
    for fulfillment_map in maps:
        fulfillment_map.loaded_ratings = by_map[fulfillment_map.pk]
    return maps


def first_and_recent_maps(user, recent: int = MAPS_SHOWN) -> tuple[list[FulfillmentMap], int]:
    """The first map and the latest ``recent``, oldest first, with their ratings, and how many
    maps there are in all: two queries whatever the history (a map a week for years would
    otherwise load thousands of ratings)."""
    maps = FulfillmentMap.objects.for_user(user)
    latest_pks = maps.order_by("-taken_on", "-created_at").values("pk")[:recent]
    first_pk = maps.order_by("taken_on", "created_at").values("pk")[:1]
    total = maps.order_by().values("user").annotate(n=Count("pk")).values("n")
    shown = load_ratings(
        list(
            maps.filter(Q(pk__in=latest_pks) | Q(pk=Subquery(first_pk)))
            .annotate(total=Subquery(total))
            .order_by("taken_on", "created_at")
        )
    )
    return shown, (shown[0].total if shown else 0)


def fulfillment_maps(user) -> list[FulfillmentMap]:
    """Every fulfillment map, oldest first, with its ratings (2 queries).

    ``map.as_dict()`` gives {area code: (importance, fulfilment)}; ``map.taken_on`` the date.
    """
    return load_ratings(
        list(FulfillmentMap.objects.for_user(user).order_by("taken_on", "created_at"))
    )


# --- For the practices pages -----------------------------------------------------------------


@dataclass(frozen=True)
class ModuleSummary:
    module: Module
    last_practiced_on: date | None
    recent_sessions: int
    recent_seconds: int
    total_sessions: int

    @property
    def recent_minutes(self) -> int:
        return round(self.recent_seconds / 60)


def module_summaries(user, *, today: date, days: int = RECENT_DAYS) -> dict[Module, ModuleSummary]:
    """Per module: last practice day, sessions and time in the last ``days`` days, and the total.
    One query: an aggregate per kind of practice, joined with UNION ALL."""
    since = today - timedelta(days=days - 1)
    parts = []
    for source in SOURCES:
        recent = Q(**{f"{source.date_field}__gte": since})
        seconds = (
            Coalesce(Sum("duration_seconds", filter=recent), Value(0), output_field=IntegerField())
            if source.timed
            else Value(0, output_field=IntegerField())
        )
        parts.append(
            source.queryset(user)
            .order_by()
            .annotate(module=Value(str(source.module), output_field=CharField()))
            .values("module")
            .annotate(
                last=Max(source.date_field),
                total=Count("id"),
                recent=Count("id", filter=recent),
                seconds=seconds,
            )
            .values_list("module", "last", "total", "recent", "seconds")
        )
    summed: dict[Module, list] = {module: [None, 0, 0, 0] for module in Module}
    for module, last, total, recent_count, recent_seconds in parts[0].union(*parts[1:], all=True):
        part = summed[Module(module)]
        if last and (part[0] is None or last > part[0]):
            part[0] = last
        part[1] += recent_count
        part[2] += recent_seconds or 0
        part[3] += total
    return {module: ModuleSummary(module, *values) for module, values in summed.items()}


def expectation_checks(user) -> QuerySet[ExpectationCheck]:
    return ExpectationCheck.objects.for_user(user).order_by("-practiced_on", "-created_at")


WEEK_BEHIND = timedelta(days=6)


def activities_this_week(user, *, today: date) -> QuerySet[Activity]:
    """Activities planned from six days ago to six days ahead, done or not, soonest first."""
    return (
        Activity.objects.for_user(user)
        .filter(planned_for__gte=today - WEEK_BEHIND, planned_for__lte=today + WEEK_BEHIND)
        .order_by("planned_for", "created_at")
    )


def activity_history(user, *, before: date | None = None) -> QuerySet[Activity]:
    """Activities, most recent first (done ones by the day they were done); with ``before``,
    only those planned before that day (the ones older than this week's plan)."""
    queryset = Activity.objects.for_user(user)
    if before is not None:
        queryset = queryset.filter(planned_for__lt=before)
    return queryset.annotate(on=Coalesce("done_on", "planned_for")).order_by("-on", "-created_at")


def pattern_notices(user) -> QuerySet[PatternNotice]:
    return PatternNotice.objects.for_user(user).order_by("-practiced_on", "-created_at")


def noting_practices(user) -> QuerySet[NotingPractice]:
    return NotingPractice.objects.for_user(user).order_by("-practiced_on", "-created_at")


def fulfillment_maps_for(user) -> QuerySet[FulfillmentMap]:
    return FulfillmentMap.objects.for_user(user)


def activities_for(user) -> QuerySet[Activity]:
    return Activity.objects.for_user(user)


# --- For the progress page: sums by period and the fulfilment maps then and now ---------------


@dataclass(frozen=True)
class PracticeBucket:
    start: date  # the first day of the week (a Monday), month or quarter
    module: Module
    sessions: int
    seconds: int

    @property
    def minutes(self) -> float:
        return self.seconds / 60


def practice_by_bucket(
    user, *, unit: str = "week", since: date | None = None
) -> list[PracticeBucket]:
    """Sessions and seconds per week, month or quarter and module, oldest first: every kind of
    practice summed in SQL, in one UNION ALL query whatever the history."""
    parts = []
    for source in SOURCES:
        seconds = Sum("duration_seconds") if source.timed else Value(0)
        parts.append(
            source.queryset(user)
            .filter(_in_range(source, since, None))
            .annotate(bucket=truncated(source.date_field, unit))
            .values("bucket")
            .annotate(
                module=Value(str(source.module), output_field=CharField()),
                sessions=Count("id"),
                seconds=Coalesce(seconds, Value(0), output_field=IntegerField()),
            )
            .values_list("bucket", "module", "sessions", "seconds")
            .order_by()
        )
    # Two kinds of practice share a module (maps and activities, breathing and noting).
    totals: dict[tuple[date, str], list[int]] = {}
    for bucket, module, sessions, seconds in parts[0].union(*parts[1:], all=True):
        total = totals.setdefault((as_date(bucket), module), [0, 0])
        total[0] += sessions
        total[1] += seconds
    return [
        PracticeBucket(start, Module(module), sessions, seconds)
        for (start, module), (sessions, seconds) in sorted(totals.items())
    ]


@dataclass(frozen=True)
class ThenAndNow:
    """Fulfilment per life area on the first and the latest map of a range (the same map when
    there is only one)."""

    then: dict[str, int]
    now: dict[str, int]
    then_on: date | None
    now_on: date | None


def fulfilment_then_and_now(user, *, since: date | None = None) -> ThenAndNow:
    """Ratings of the first and the latest fulfilment map since ``since``, in one query."""
    maps = FulfillmentMap.objects.for_user(user)
    if since is not None:
        maps = maps.filter(taken_on__gte=since)
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
        return ThenAndNow({}, {}, None, None)
    keys = sorted(by_map)
    return ThenAndNow(by_map[keys[0]], by_map[keys[-1]], keys[0][0], keys[-1][0])
