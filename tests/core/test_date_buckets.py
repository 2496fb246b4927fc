"""The one date truncation every selector that sums by week, month or quarter uses."""

from datetime import date, datetime

import pytest

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
