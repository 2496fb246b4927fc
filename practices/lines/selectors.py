"""Reads of a person's lines and check-ins, each through the ownership helpers. Other apps
(the progress page, a person's page, the request builder) read lines through these."""

from datetime import date

from django.db.models import Count, Q, QuerySet

from detach.date_buckets import as_date, truncated
from detach.people.models import Person
from detach.people.selectors import people_for
from practices.lines import stretches
from practices.lines.models import CheckIn, Line


def lines_for(user) -> QuerySet[Line]:
    return Line.objects.for_user(user).order_by("created_at", "id")


def lines_about(user, person) -> QuerySet[Line]:
    return lines_for(user).filter(person=person)


def check_in_days(user) -> list[tuple[date, bool]]:
    """Every check-in as (local day, kept), oldest first: two small columns, nothing to
    decrypt, one query however long the history."""
    return list(CheckIn.objects.for_user(user).order_by("day").values_list("day", "kept"))


def check_in_days_with(user, person) -> list[tuple[date, bool]]:
    """Every check-in as (local day, kept with this person), oldest first: a "Not today" counts
    against them when it names them or names no one; a slip named with someone else does not.
    One query, nothing to decrypt."""
    rows = CheckIn.objects.for_user(user).order_by("day").values_list("day", "kept", "person_id")
    return stretches.days_with(rows, person.pk)


def people_with_lines(user) -> QuerySet[Person]:
    """The person's people who have a line about them (retired ones too), in the order added."""
    return people_for(user).filter(
        pk__in=Line.objects.for_user(user).filter(person__isnull=False).values("person")
    )


def check_in_on(user, day: date) -> CheckIn | None:
    return CheckIn.objects.for_user(user).filter(day=day).select_related("person").first()


def kept_by_bucket(user, *, unit: str, since: date | None = None) -> dict[date, tuple[int, int]]:
    """{first day of the week, month or quarter: (days kept, days checked in)}, oldest first,
    summed in SQL: one query whatever the history."""
    check_ins = CheckIn.objects.for_user(user)
    if since is not None:
        check_ins = check_ins.filter(day__gte=since)
    rows = (
        check_ins.annotate(bucket=truncated("day", unit))
        .values("bucket")
        .annotate(kept_days=Count("id", filter=Q(kept=True)), checked=Count("id"))
        .values_list("bucket", "kept_days", "checked")
        .order_by("bucket")
    )
    return {as_date(bucket): (kept, checked) for bucket, kept, checked in rows}
