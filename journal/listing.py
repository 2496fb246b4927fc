"""One page of a person's entries: filters, search (narrowed by the blind index, confirmed over
decrypted text), keyset pagination."""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import QuerySet

from journal.blind_index import candidates
from journal.models import Entry, Tag
from journal.pagination import (
    NEWEST_FIRST,
    OLDEST_FIRST,
    Cursor,
    decode_cursor,
    encode_cursor,
    newer_than,
    older_than,
)
from journal.search import matches
from journal.selectors import entries_for, with_tag_ids

PAGE_SIZE = 20
# Search reads the candidate rows (those the blind index cannot rule out) in batches, newest
# first, until a page of confirmed matches is found. A common word fills the page from the first
# small batch; a rare one has few candidates, so the first batch already holds them all. Queries
# whose words are all under three letters have no index tokens and read every row this way.
FIRST_SEARCH_BATCH = 50
LARGEST_SEARCH_BATCH = 800


@dataclass(frozen=True)
class EntryFilters:
    words: list[str] = field(default_factory=list)
    tag: Tag | None = None
    mood: int | None = None
    start: date | None = None
    end: date | None = None

    @property
    def active(self) -> bool:
        return bool(self.words or self.tag or self.mood or self.start or self.end)


@dataclass
class EntryPage:
    entries: list[Entry]
    older: str | None  # cursor for the next page towards the past, if there is one
    newer: str | None  # cursor for the page towards today, if there is one
    scanned: int  # rows read to build the page (search reads more than it shows)


def filtered_entries(user, filters: EntryFilters) -> QuerySet[Entry]:
    # The list shows neither emotions nor the prompt: not loading them saves parsing JSON for
    # every row a search reads.
    entries = with_tag_ids(entries_for(user).defer("emotions", "prompt_code"))
    if filters.tag is not None:
        entries = entries.filter(tags=filters.tag)
    if filters.mood is not None:
        entries = entries.filter(mood=filters.mood)
    if filters.start:
        entries = entries.filter(entry_date__gte=filters.start)
    if filters.end:
        entries = entries.filter(entry_date__lte=filters.end)
    if filters.words:
        narrowed = candidates(user, filters.words)
        if narrowed is not None:
            entries = entries.filter(narrowed)
    return entries


def _matching(entries: QuerySet[Entry], words: list[str], limit: int) -> tuple[list[Entry], int]:
    """Up to ``limit`` rows of the (ordered) queryset whose title and body hold every word.

    Each batch continues from the last row seen with the same keyset condition, so even a long
    search never uses OFFSET."""
    if not words:
        return list(entries[:limit]), 0
    found: list[Entry] = []
    scanned = 0
    newest_first = entries.query.order_by[0] == NEWEST_FIRST[0]
    batch_query = entries
    batch_size = max(FIRST_SEARCH_BATCH, 2 * limit)
    while len(found) < limit:
        batch = list(batch_query[:batch_size])
        scanned += len(batch)
        for entry in batch:
            if matches(words, (entry.title, entry.body)):
                found.append(entry)
                if len(found) == limit:
                    break
        if len(batch) < batch_size:
            break
        batch_size = min(LARGEST_SEARCH_BATCH, batch_size * 4)
        last = Cursor.of(batch[-1])
        batch_query = entries.filter(older_than(last) if newest_first else newer_than(last))
    return found, scanned


def entry_page(
    user,
    filters: EntryFilters,
    *,
    before: str | None = None,
    after: str | None = None,
    size: int = PAGE_SIZE,
) -> EntryPage:
    """A page of entries newest first. ``before`` continues into the past from a cursor;
    ``after`` comes back towards today from one."""
    entries = filtered_entries(user, filters)
    before_cursor, after_cursor = decode_cursor(before), decode_cursor(after)
    if after_cursor is not None:
        rows, scanned = _matching(
            entries.filter(newer_than(after_cursor)).order_by(*OLDEST_FIRST),
            filters.words,
            size + 1,
        )
        has_newer = len(rows) > size
        rows = list(reversed(rows[:size]))
        has_older = True
    else:
        if before_cursor is not None:
            entries = entries.filter(older_than(before_cursor))
        rows, scanned = _matching(entries.order_by(*NEWEST_FIRST), filters.words, size + 1)
        has_older = len(rows) > size
        rows = rows[:size]
        has_newer = before_cursor is not None
    return EntryPage(
        entries=rows,
        older=encode_cursor(Cursor.of(rows[-1])) if rows and has_older else None,
        newer=encode_cursor(Cursor.of(rows[0])) if rows and has_newer else None,
        scanned=scanned,
    )
