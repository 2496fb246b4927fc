"""Reads other code needs: the numbers about a set of urges, and urges summed by week (or month,
or quarter) for the progress page. Everything is counted and averaged in SQL: one query each,
whatever the history."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Avg, Count, F, Q, QuerySet, Sum

from detach.date_buckets import as_date, truncated
from practices.urges.models import RIDDEN_OUT, Outcome, Urge

ANSWERED = ~Q(outcome="")
RIDDEN = Q(outcome__in=RIDDEN_OUT)
# Both numbers known: intensity before the pause and after it.
COMPARED = Q(intensity_after__isnull=False)
CALMER = COMPARED & Q(intensity_after__lt=F("intensity_before"))


@dataclass(frozen=True)
class UrgeNumbers:
    """The plain numbers about some urges: how many, how many were answered and ridden out
    (it passed, or something else was done), and the intensity before and after the pause
    over the urges with both."""

    total: int
    answered: int
    ridden_out: int
    reached_out: int
    compared: int
    calmer: int
    before: float | None  # average intensity before, over ``compared``
    after: float | None

    @property
    def ridden_share(self) -> int | None:
        """Percent of answered urges ridden out, or None with none answered."""
        return round(100 * self.ridden_out / self.answered) if self.answered else None


def urge_numbers(urges: QuerySet[Urge]) -> UrgeNumbers:
    row = urges.order_by().aggregate(
        total=Count("id"),
        answered=Count("id", filter=ANSWERED),
        ridden_out=Count("id", filter=RIDDEN),
        reached_out=Count("id", filter=Q(outcome=Outcome.REACHED_OUT)),
        compared=Count("id", filter=COMPARED),
        calmer=Count("id", filter=CALMER),
        before=Avg("intensity_before", filter=COMPARED),
        after=Avg("intensity_after", filter=COMPARED),
    )
    return UrgeNumbers(**row)


def numbers_for(user, person=None) -> UrgeNumbers:
    urges = Urge.objects.for_user(user)
    if person is not None:
        urges = urges.filter(person=person)
    return urge_numbers(urges)


def urges_for(user) -> QuerySet[Urge]:
    return Urge.objects.for_user(user)


@dataclass(frozen=True)
class UrgeBucket:
    """Urges in one week (month, quarter), keyed by its first day."""

    start: date
    urges: int
    answered: int
    ridden_out: int
    compared: int
    calmer: int
    before_sum: int  # summed over ``compared``, so buckets can be averaged together
    after_sum: int


def urges_by_bucket(
    user, *, unit: str = "week", since: date | None = None, person=None
) -> list[UrgeBucket]:
    """Urges per week, month or quarter of the person's local days, oldest first; with
    ``person``, only the urges about them."""
    urges = Urge.objects.for_user(user)
    if person is not None:
        urges = urges.filter(person=person)
    if since is not None:
        urges = urges.filter(started_on__gte=since)
    rows = (
        urges.annotate(bucket=truncated("started_on", unit))
        .values("bucket")
        .annotate(
            urges=Count("id"),
            answered=Count("id", filter=ANSWERED),
            ridden_out=Count("id", filter=RIDDEN),
            compared=Count("id", filter=COMPARED),
            calmer=Count("id", filter=CALMER),
            before_sum=Sum("intensity_before", filter=COMPARED, default=0),
            after_sum=Sum("intensity_after", filter=COMPARED, default=0),
        )
        .values_list(
            "bucket",
            "urges",
            "answered",
            "ridden_out",
            "compared",
            "calmer",
            "before_sum",
            "after_sum",
        )
        .order_by("bucket")
    )
    return [UrgeBucket(as_date(bucket), *rest) for bucket, *rest in rows]
