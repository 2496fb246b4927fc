"""A read whose SQL Django compiles once per process, then runs for each person.

Some reads gather a little from many tables in one query (the path's facts: two dozen
subqueries over every app). Building and compiling that in the ORM costs several times what the
database takes to answer it, and the SQL is the same for everyone but the person's id. So it is
compiled once, for a stand-in person, and run with the real person's id in the stand-in's
place. The result is one row of plain values; ``plain_date`` and friends even out what SQLite
and PostgreSQL hand back for the same column."""

import json
from collections.abc import Callable
from datetime import UTC, date, datetime

from django.db import connections, router
from django.db.models import QuerySet

# No real primary key is negative: every parameter equal to this one is the person's id.
STAND_IN_ID = -7_340_019


class PerPersonRow:
    """``build(person)`` returns a ``.values(...)`` queryset of at most one row, filtered by the
    person through ``for_user`` and ``pk`` like any other read."""

    def __init__(self, build: Callable[..., QuerySet]):
        self._build = build
        self._compiled: dict[str, tuple[str, tuple]] = {}

    def compiled(self, user) -> tuple[str, str, tuple]:
        # The person's model, not type(user): a request's user is a lazy stand-in of its own.
        model = user._meta.concrete_model
        alias = router.db_for_read(model)
        if alias not in self._compiled:
            queryset = self._build(model(pk=STAND_IN_ID)).using(alias)
            self._compiled[alias] = queryset.query.sql_with_params()
        return (alias, *self._compiled[alias])

    def row(self, user) -> dict | None:
        alias, sql, params = self.compiled(user)
        params = tuple(user.pk if p == STAND_IN_ID else p for p in params)
        with connections[alias].cursor() as cursor:
            cursor.execute(sql, params)
            values = cursor.fetchone()
            names = [column[0] for column in cursor.description]
        return dict(zip(names, values, strict=True)) if values is not None else None


def plain_date(value) -> date | None:
    """A date column: PostgreSQL gives a date, SQLite its ISO text."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def plain_datetime(value) -> datetime | None:
    """A timestamp column, aware: PostgreSQL gives it so, SQLite naive UTC text."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def plain_json(value):
    """A JSON column: text on both backends as Django reads it, already decoded by some."""
    return json.loads(value) if isinstance(value, str | bytes) else value
