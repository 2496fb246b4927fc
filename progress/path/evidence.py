"""What the path knows about a person, read in one query: where they are on the path, which
exercises they have done on their own with the tools, their latest quiz scores and the kinds of
contact they keep with their people. The records come from each app's selectors."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, F, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from detach.compiled import PerPersonRow, plain_date, plain_datetime, plain_json
from detach.people import selectors as people_selectors
from detach.people.models import Person
from detach.safety import selectors as safety_selectors
from journal import selectors as journal_selectors
from practices import selectors as practice_selectors
from practices.dearman.selectors import requests_for
from practices.letters.selectors import letters_for
from practices.lines.selectors import lines_for
from practices.urges.selectors import urges_for
from progress.models import PathState
from progress.path.plan import PathPlan, build_plan
from progress.path.sessions import CLOSE, DISTANCE
from quiz import selectors as quiz_selectors


@dataclass(frozen=True)
class Record:
    """A kind of record a session's exercise leaves, and when each was made."""

    records: Callable[..., QuerySet]
    made_at: str  # the field the review counts "since you started the path" by
    # (order by, day field): the person's latest one, read from an index, tells when they
    # were last active here. None for records too rare to say anything about that.
    latest: tuple[str, str] | None = None


RECORDS: dict[str, Record] = {
    "general_quiz": Record(
        quiz_selectors.general_results, "completed_at", ("completed_at", "completed_at")
    ),
    "relationship_quiz": Record(quiz_selectors.relationship_results, "completed_at"),
    "pattern_notice": Record(
        practice_selectors.pattern_notices, "created_at", ("practiced_on", "practiced_on")
    ),
    "safety_plan": Record(safety_selectors.plans_for, "created_at"),
    "fulfilment_map": Record(practice_selectors.fulfillment_maps_for, "created_at"),
    "activity": Record(practice_selectors.activities_for, "created_at", ("done_on", "done_on")),
    "urge": Record(urges_for, "started_at", ("started_at", "started_on")),
    "clear_request": Record(requests_for, "created_at"),
    "expectation_check": Record(
        practice_selectors.expectation_checks, "created_at", ("practiced_on", "practiced_on")
    ),
    "line": Record(lines_for, "created_at"),
    "letter": Record(letters_for, "written_at"),
    "breathing": Record(
        practice_selectors.breathing_sessions, "created_at", ("practiced_on", "practiced_on")
    ),
    "noting": Record(
        practice_selectors.noting_practices, "created_at", ("practiced_on", "practiced_on")
    ),
    "journal": Record(journal_selectors.entries_for, "created_at", ("entry_date", "entry_date")),
}


@dataclass(frozen=True)
class PathFacts:
    state: PathState | None
    done_elsewhere: frozenset[str]  # keys of RECORDS the person has at least one of
    scores: tuple[float, float] | None  # (anxiety, avoidance) of the latest general result
    contact: frozenset[str]  # DISTANCE and/or CLOSE, from the people they added
    last_active: date | None  # the person's local day of their latest record or path mark


def _latest_general(user, field: str) -> Subquery:
    latest = quiz_selectors.general_results(user).order_by("-completed_at", "-pk")
    return Subquery(latest.values(field)[:1])


def _latest(user, record: Record) -> Subquery:
    order, field = record.latest
    newest = record.records(user).exclude(**{f"{order}__isnull": True}).order_by(F(order).desc())
    return Subquery(newest.values(field)[:1])


def _facts_row(user) -> QuerySet:
    """The one row of facts about ``user``, as plain values."""
    people = people_selectors.people_for(user).order_by()
    state = PathState.objects.for_user(user)
    return (
        get_user_model()
        .objects.filter(pk=user.pk)
        .values(
            **{f"has_{key}": Exists(r.records(user).order_by()) for key, r in RECORDS.items()},
            latest_anxiety=_latest_general(user, "anxiety"),
            latest_avoidance=_latest_general(user, "avoidance"),
            **{f"last_{key}": _latest(user, r) for key, r in RECORDS.items() if r.latest},
            keeps_distance=Exists(
                people.filter(contact__in=[Person.Contact.NO_CONTACT, Person.Contact.LIMITED])
            ),
            stays_close=Exists(people.filter(contact=Person.Contact.CLOSE)),
            **{f"state_{field}": Subquery(state.values(field)[:1]) for field in STATE_FIELDS},
        )
    )


STATE_FIELDS = ("id", "uuid", "done", "started_at", "finished_on", "last_marked_on")
# Compiling this query in the ORM costs several times what running it does (two dozen
# subqueries): it is compiled once per process and run for each person (detach/compiled.py).
FACTS = PerPersonRow(_facts_row)


def _state_from(row: dict, user) -> PathState | None:
    if row["state_id"] is None:
        return None
    state = PathState(
        id=row["state_id"],
        uuid=row["state_uuid"],
        user=user,
        done=plain_json(row["state_done"]),
        started_at=plain_datetime(row["state_started_at"]),
        finished_on=plain_date(row["state_finished_on"]),
        last_marked_on=plain_date(row["state_last_marked_on"]),
    )
    state._state.adding = False
    return state


def _local_day(value, zone) -> date | None:
    """A latest-record column as the person's local day: a day, or a moment (quiz results)."""
    if isinstance(value, datetime) or (isinstance(value, str) and len(value) > 10):
        return plain_datetime(value).astimezone(zone).date()
    return plain_date(value)


def path_facts(user) -> PathFacts:
    """Everything the path needs about the person, in one query."""
    row = FACTS.row(user)
    scores = None
    if row["latest_anxiety"] is not None and row["latest_avoidance"] is not None:
        scores = (float(row["latest_anxiety"]), float(row["latest_avoidance"]))
    contact = {DISTANCE} if row["keeps_distance"] else set()
    if row["stays_close"]:
        contact.add(CLOSE)
    state = _state_from(row, user)
    days = [_local_day(row[f"last_{k}"], user.zone) for k, r in RECORDS.items() if r.latest]
    if state is not None:
        days += [date.fromisoformat(day) for day in state.done.values()]
    return PathFacts(
        state=state,
        done_elsewhere=frozenset(k for k in RECORDS if row[f"has_{k}"]),
        scores=scores,
        contact=frozenset(contact),
        last_active=max((day for day in days if day is not None), default=None),
    )


def _counts_row(user) -> QuerySet:
    """How many of each record the person made since they started the path (since they
    joined, before they marked a session): one row."""
    started = Coalesce(
        Subquery(PathState.objects.for_user(user).values("started_at")[:1]),
        OuterRef("date_joined"),
    )

    def counted(record: Record) -> Coalesce:
        made = record.records(user).order_by().filter(**{f"{record.made_at}__gte": started})
        per_person = made.values("user").annotate(n=Count("pk")).values("n")
        return Coalesce(Subquery(per_person, output_field=IntegerField()), 0)

    return (
        get_user_model()
        .objects.filter(pk=user.pk)
        .values(**{f"n_{key}": counted(r) for key, r in RECORDS.items()})
    )


COUNTS = PerPersonRow(_counts_row)


def counts_since_start(user) -> dict[str, int]:
    """{record: how many since the person started the path}, in one query."""
    row = COUNTS.row(user)
    return {key: row[f"n_{key}"] for key in RECORDS}


def read_plan(user) -> tuple[PathFacts, PathPlan]:
    """The facts and the person's path built from them: one query."""
    facts = path_facts(user)
    state = facts.state
    plan = build_plan(
        done=state.done if state else {},
        done_elsewhere=facts.done_elsewhere,
        scores=facts.scores,
        contact=facts.contact,
    )
    return facts, plan
