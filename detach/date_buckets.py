"""Dates summed by week (from Monday), month or quarter in SQL: the one truncation the apps'
selectors group by, so every backend hands back the same plain dates."""

from datetime import date, datetime

from django.db.models import DateField, Func
from django.db.models.functions import TruncMonth, TruncQuarter, TruncWeek

TRUNCATIONS = {"week": TruncWeek, "month": TruncMonth, "quarter": TruncQuarter}


def truncated(field: str, unit: str) -> Func:
    """The date ``field`` cut to the first day of its week, month or quarter."""
    return TRUNCATIONS[unit](field, output_field=DateField())


def as_date(value: date | datetime) -> date:
    """A truncated value as a date: some backends hand back a datetime at midnight, notably in
    a UNION, where Django cannot apply the output field's conversion to every part."""
    return value.date() if isinstance(value, datetime) else value
