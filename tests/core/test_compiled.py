"""A read compiled once and run for each person (detach/compiled.py): each person gets their
own row, whoever it was compiled for, and the values read the same on both backends."""

from datetime import UTC, date, datetime

import pytest

from detach.compiled import STAND_IN_ID, PerPersonRow, plain_date, plain_datetime, plain_json
from journal.models import Entry
from tests.factories import UserFactory
from tests.journal.factories import EntryFactory

pytestmark = pytest.mark.django_db


def entries_of(person):
    from django.contrib.auth import get_user_model
    from django.db.models import Count, Max, OuterRef, Subquery

    mine = Entry.objects.for_user(person).order_by().values("user")
    return (
        get_user_model()
        .objects.filter(pk=person.pk)
        .values(
            entries=Subquery(mine.annotate(n=Count("pk")).values("n")),
            latest=Subquery(mine.annotate(d=Max("entry_date")).values("d")),
            joined=Subquery(
                get_user_model().objects.filter(pk=OuterRef("pk")).values("date_joined")
            ),
        )
    )


def test_each_person_gets_their_own_row_whoever_it_was_compiled_for():
    read = PerPersonRow(entries_of)
    first, second = UserFactory(), UserFactory()
    EntryFactory.create_batch(3, user=first, entry_date=date(2026, 5, 1))
    EntryFactory(user=second, entry_date=date(2026, 6, 2))
    assert read.row(first)["entries"] == 3
    row = read.row(second)
    assert row["entries"] == 1
    assert plain_date(row["latest"]) == date(2026, 6, 2)
    assert plain_datetime(row["joined"]) == second.date_joined


def test_the_sql_is_compiled_once_with_the_stand_in_in_every_place_of_the_person():
    read = PerPersonRow(entries_of)
    person = UserFactory()
    _alias, _sql, params = read.compiled(person)
    assert params.count(STAND_IN_ID) == 3
    assert person.pk not in params
    assert read.compiled(UserFactory())[1:] == (_sql, params)


def test_a_person_with_no_row_reads_none():
    person = UserFactory()
    read = PerPersonRow(lambda p: entries_of(p).filter(email="nobody@example.org"))
    assert read.row(person) is None


def test_values_read_alike_from_either_backend():
    assert plain_date("2026-12-01") == plain_date(date(2026, 12, 1)) == date(2026, 12, 1)
    moment = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    assert plain_datetime("2026-12-01 09:30:00") == plain_datetime(moment) == moment
    assert (
        plain_json('{"a": "2026-01-01"}') == plain_json({"a": "2026-01-01"}) == {"a": "2026-01-01"}
    )
    assert plain_date(None) is plain_datetime(None) is None
