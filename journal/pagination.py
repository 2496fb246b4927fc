"""Keyset pagination for the journal list: pages cost the same on day one and in year five.

Entries are ordered newest first by (entry_date, created_at, id). A page ends with a cursor
naming its last row; the next page asks for rows strictly after it in that order, so the
database walks the index from there instead of counting past an OFFSET that grows with history.
The cursor travels in the query string as an opaque token.
"""

import base64
import binascii
from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Q

NEWEST_FIRST = ("-entry_date", "-created_at", "-id")
OLDEST_FIRST = ("entry_date", "created_at", "id")


@dataclass(frozen=True)
class Cursor:
    entry_date: date
    created_at: datetime
    pk: int

    @classmethod
    def of(cls, entry) -> "Cursor":
        return cls(entry.entry_date, entry.created_at, entry.pk)


def encode_cursor(cursor: Cursor) -> str:
    raw = f"{cursor.entry_date.isoformat()}|{cursor.created_at.isoformat()}|{cursor.pk}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str | None) -> Cursor | None:
    """The cursor in a token, or None for a missing or malformed one (the first page then)."""
    if not token or len(token) > 200:
        return None
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        day, moment, pk = raw.split("|")
        created_at = datetime.fromisoformat(moment)
        if created_at.tzinfo is None:
            return None
        return Cursor(date.fromisoformat(day), created_at, int(pk))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def older_than(cursor: Cursor) -> Q:
    """Rows after the cursor in newest-first order. The leading ``entry_date__lte`` lets the
    database range-scan the (user, entry_date, created_at, id) index."""
    d, t, pk = cursor.entry_date, cursor.created_at, cursor.pk
    return Q(entry_date__lte=d) & (
        Q(entry_date__lt=d)
        | Q(entry_date=d, created_at__lt=t)
        | Q(entry_date=d, created_at=t, id__lt=pk)
    )


def newer_than(cursor: Cursor) -> Q:
    """Rows before the cursor in newest-first order (used to page back towards today)."""
    d, t, pk = cursor.entry_date, cursor.created_at, cursor.pk
    return Q(entry_date__gte=d) & (
        Q(entry_date__gt=d)
        | Q(entry_date=d, created_at__gt=t)
        | Q(entry_date=d, created_at=t, id__gt=pk)
    )
