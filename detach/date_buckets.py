"""Dates summed by week (from Monday), month or quarter in SQL: the one truncation the apps'
selectors group by, so every backend hands back the same plain dates."""

from datetime import date, datetime

from django.db.models import DateField, F, Func

UNITS = ("week", "month", "quarter")


class DateBucket(Func):
    """The first day of the week, month or quarter holding a date column, as a date.

    Django's ``Trunc`` on PostgreSQL casts the date to a timestamp with time zone, truncates
    in the session's zone and hands back a timestamp that the driver parses in Python, zone
    and all, for every row. Over five years of history those rows are most of what grows with
    it, so on PostgreSQL the cut is made on a plain timestamp and cast back to a date in SQL
    (a local day has no zone to respect). Elsewhere it is Django's own truncation."""

    output_field = DateField()

    def __init__(self, expression, unit: str):
        if unit not in UNITS:
            raise ValueError(f"No date bucket called {unit!r}.")
        super().__init__(expression)
        self.unit = unit

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return connection.ops.date_trunc_sql(self.unit, sql, params)

    def as_postgresql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"DATE_TRUNC(%s, ({sql})::timestamp)::date", (self.unit, *params)


def truncated(field: str, unit: str) -> Func:
    """The date ``field`` cut to the first day of its week, month or quarter."""
    return DateBucket(F(field), unit)


def as_date(value: date | datetime) -> date:
    """A truncated value as a date: some backends hand back a datetime at midnight, notably in
    a UNION, where Django cannot apply the output field's conversion to every part."""
    return value.date() if isinstance(value, datetime) else value
