"""Reads of the journal that views and other apps need (progress reads these).

Everything starts from ``for_user``: nothing here can reach another person's rows.
"""

from datetime import date
from typing import NamedTuple

from django.db.models import (
    Aggregate,
    Avg,
    CharField,
    Count,
    OuterRef,
    QuerySet,
    Subquery,
    Sum,
)

from detach.date_buckets import as_date, truncated
from journal.calendars import DaySummary
from journal.models import CareState, Draft, Entry, Tag
from journal.prompt_bank import PROMPTS, Prompt
from journal.prompts import choose_prompt
from journal.vocabulary import LOWEST_MOOD, MOODS_BY_VALUE, Mood
from quiz.selectors import latest_scores

ON_THIS_DAY_YEARS = 10


def todays_prompt(user, offset: int = 0) -> Prompt:
    """The person's prompt for their own local day (``offset`` > 0: "another prompt").

    A ``Prompt`` has ``code``, ``text``, ``step`` (a key of ``journal.prompt_bank.STEPS``),
    ``step_title`` and ``step_number``."""
    return choose_prompt(latest_scores(user), user.pk, user.local_today(), offset)


def prompt_for(
    scores: tuple[float, float] | None, user_id: int, day: date, offset: int = 0
) -> Prompt:
    """The prompt of ``day`` for a person whose latest quiz scores the caller already holds:
    the same draw as ``todays_prompt``, without its query."""
    return choose_prompt(scores, user_id, day, offset)


def prompt_offset(raw: str | None) -> int:
    """Which "another prompt" a page shows, from its ``?prompt=N`` (0, today's own, when
    absent or not a number)."""
    return int(raw) % len(PROMPTS) if raw and raw.isdigit() else 0


def next_prompt_offset(offset: int) -> int:
    """The offset "Another prompt" asks for next, round the whole bank."""
    return (offset + 1) % len(PROMPTS)


def entries_for(user) -> QuerySet[Entry]:
    return Entry.objects.for_user(user)


def tags_for(user) -> list[Tag]:
    """The person's tags, sorted by name (names are encrypted, so sorting happens here)."""
    return sorted(Tag.objects.for_user(user), key=lambda tag: (tag.name.casefold(), tag.pk))


class _CommaJoined(Aggregate):
    """The group's values as one comma-separated string (GROUP_CONCAT on SQLite, STRING_AGG on
    PostgreSQL)."""

    function = "GROUP_CONCAT"
    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return super().as_sql(
            compiler,
            connection,
            function="STRING_AGG",
            template="%(function)s(%(expressions)s::text, ',')",
            **extra_context,
        )


def with_tag_ids(entries: QuerySet[Entry]) -> QuerySet[Entry]:
    """``entries`` with ``tag_ids``: the ids of each entry's tags, read in the same query from the
    link table alone. The tag rows themselves are already loaded (``tags_for``), so a second
    query, or Django's prefetch (a queryset per entry), would only add to a list page's cost."""
    links = (
        Entry.tags.through.objects.filter(entry_id=OuterRef("pk"))
        .values("entry_id")
        .annotate(ids=_CommaJoined("tag_id"))
        .values("ids")
    )
    return entries.annotate(tag_ids=Subquery(links[:1]))


def tags_by_entry(entries: list[Entry], tags: list[Tag]) -> dict[int, list[Tag]]:
    """Each entry's tags, in the order of ``tags`` (the person's, from ``tags_for``), from the
    ``tag_ids`` of entries read through ``with_tag_ids``."""
    position = {tag.pk: index for index, tag in enumerate(tags)}
    found: dict[int, list[Tag]] = {}
    for entry in entries:
        ids = (int(pk) for pk in (entry.tag_ids or "").split(",") if pk)
        found[entry.pk] = [tags[i] for i in sorted(position[pk] for pk in ids if pk in position)]
    return found


def day_summaries(user, start: date, end: date) -> dict[date, DaySummary]:
    """For each day with entries between ``start`` and ``end``: the count and mean mood."""
    rows = (
        entries_for(user)
        .filter(entry_date__range=(start, end))
        .order_by()
        .values("entry_date")
        .annotate(count=Count("id"), mood=Avg("mood"))
    )
    return {
        row["entry_date"]: DaySummary(
            count=row["count"], mood=float(row["mood"]) if row["mood"] is not None else None
        )
        for row in rows
    }


def on_this_day(user, today: date, limit: int = 5) -> list[Entry]:
    """Entries from the same day of the month in earlier months and years, newest first
    (without their tags: one query, whatever the history)."""
    # The same day number in earlier months, within ten years: months too short to have that
    # day simply have no match. Asked of the database by day number rather than as a list of
    # 120 dates, which cost more to build and send than the query itself.
    return list(
        entries_for(user)
        .filter(
            entry_date__day=today.day,
            entry_date__lt=today,
            entry_date__gte=today.replace(year=today.year - ON_THIS_DAY_YEARS, day=1),
        )
        .order_by("-entry_date", "-created_at", "-id")[:limit]
    )


def latest_check_in_mood(user, day: date) -> Mood | None:
    """The mood of the person's latest check-in on ``day`` (their own local day), or None when
    they have not checked in that day. One query, read from the entry index."""
    mood = (
        entries_for(user)
        .filter(is_check_in=True, entry_date=day)
        .order_by("-created_at", "-id")
        .values_list("mood", flat=True)
        .first()
    )
    return MOODS_BY_VALUE.get(mood) if mood is not None else None


def open_drafts(user) -> QuerySet[Draft]:
    return Draft.objects.for_user(user).filter(saved_at__isnull=True).select_related("entry")


def lowest_mood_dates(user, since: date) -> list[date]:
    """One date per entry recorded at the lowest mood on or after ``since``."""
    return list(
        entries_for(user)
        .filter(mood=LOWEST_MOOD, entry_date__gte=since)
        .values_list("entry_date", flat=True)
    )


def support_note_offered_on(user) -> date | None:
    return (
        CareState.objects.for_user(user).values_list("support_note_offered_on", flat=True).first()
    )


# --- For the progress page --------------------------------------------------------------------


class Tally(NamedTuple):
    """The entries of one day or one month: how many, on how many days, and their moods. A
    named tuple: a year's range holds a tally for every day written on."""

    entries: int
    days: int  # days with an entry (1 for a day)
    moods: int  # entries with a mood
    mood_total: int  # those moods summed, so days and months can be averaged together


def tallies(user, *, by: str, until: date, since: date | None = None) -> dict[date, Tally]:
    """{day, or first of the month: its tally} for every day (``by="day"``) or month with an
    entry from ``since`` to ``until``, oldest first. The progress page's mood chart and journal
    calendar both come from this one query: summed in SQL, a row per day or month however
    many entries each holds."""
    entries = entries_for(user).filter(entry_date__lte=until)
    if since is not None:
        entries = entries.filter(entry_date__gte=since)
    sums = {"entries": Count("id"), "moods": Count("mood"), "mood_total": Sum("mood", default=0)}
    if by == "day":
        rows = (
            entries.values("entry_date")
            .annotate(**sums)
            .values_list("entry_date", "entries", "moods", "mood_total")
            .order_by("entry_date")
        )
        return {day: Tally(n, 1, moods, total) for day, n, moods, total in rows}
    if by != "month":
        raise ValueError(f"No tally by {by!r}.")
    rows = (
        entries.annotate(month=truncated("entry_date", "month"))
        .values("month")
        .annotate(days=Count("entry_date", distinct=True), **sums)
        .values_list("month", "entries", "days", "moods", "mood_total")
        .order_by("month")
    )
    return {as_date(month): Tally(*numbers) for month, *numbers in rows}


# Set by the check-in when it brings the quiet note (three very low moods in a week), for the
# page the person goes back to: server-side session only, shown once.
CHECK_IN_CARE_NOTE_KEY = "journal_care_note_after_check_in"


def take_check_in_care_note(session) -> bool:
    """True once after a check-in brought the quiet note; reading it clears it."""
    return bool(session.pop(CHECK_IN_CARE_NOTE_KEY, False))
