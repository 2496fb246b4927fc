"""The one date truncation every selector that sums by week, month or quarter uses."""

from datetime import date, datetime

import pytest
from django.db import connection

from detach.date_buckets import as_date, truncated
from tests.journal.factories import EntryFactory


def test_a_truncated_value_is_always_a_plain_date():
    assert as_date(datetime(2026, 11, 23, 0, 0)) == date(2026, 11, 23)
    assert type(as_date(datetime(2026, 11, 23, 0, 0))) is date
    assert as_date(date(2026, 11, 23)) == date(2026, 11, 23)


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("week", date(2026, 11, 23)),
        ("month", date(2026, 11, 1)),
        ("quarter", date(2026, 10, 1)),
    ],
)
def test_the_database_cuts_a_day_to_its_week_month_or_quarter(owner, unit, expected):
    from journal.models import Entry

    EntryFactory(user=owner, entry_date=date(2026, 11, 29))
    value = Entry.objects.annotate(bucket=truncated("entry_date", unit)).values_list(
        "bucket", flat=True
    )[0]
    assert as_date(value) == expected


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own plan")
def test_on_postgresql_the_cut_never_goes_through_a_zoned_timestamp(owner):
    # Django's Trunc casts a date to a timestamp with time zone; five years of those, parsed
    # back in Python one by one, were most of what the progress page's cost grew with.
    from journal.models import Entry

    buckets = Entry.objects.annotate(bucket=truncated("entry_date", "quarter")).values("bucket")
    sql, params = buckets.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (VERBOSE) {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "date_trunc('quarter'" in plan
    assert "with time zone" not in plan
