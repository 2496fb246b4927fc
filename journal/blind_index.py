"""The journal's blind index: search narrows to candidate entries without reading every one.

Each entry's title and body are folded as search folds them (no case, no accents), cut into
words (runs of letters and digits), and every three-letter piece of every word (its trigrams:
"anxious" gives anx, nxi, xio, iou, ous) is hashed with HMAC-SHA256 under a key of the person's
own, derived from the field key (``detach.fields.derived_keys``: HKDF with a purpose label and
the person's id; never SECRET_KEY). Only the first ``TOKEN_BITS`` bits of each hash are kept, as
a small number in ``EntryToken`` rows.

Why trigrams: today's search finds any part of a word ("anx" and "xious" both find "anxious",
"friend" finds "boyfriend"). If a query word is in the text, each of its trigrams is inside a
word of the text, so an entry missing any of the query's tokens cannot match: narrowing never
loses a result. A query whose words are all shorter than three letters has no trigram, so
nothing can be narrowed: it reads the person's entries in batches as search always did.

Why 14 bits (16,384 values): the bits are cut on purpose so that unrelated trigrams share a
value. Letters and digits alone make about 47,000 trigrams (and every other script adds its
own), so each value stands for several trigrams, and each trigram is in thousands of words: a
token names no word. Yet a query word of n letters needs n - 2 tokens at once, so collisions
hardly widen the candidates: an entry of 500 words holds about 1,000 distinct trigrams, which
cover about 6% of the values; a three-letter absent word then reads about 6% of entries, a
five-letter one (three tokens) about 0.02%. Twelve bits would make the short-word case read a
fifth of the history; sixteen would give most of a person's trigrams a value of their own.

Candidates are then decrypted and confirmed by the ordinary matching (``journal.search``), so a
collision never shows an entry that does not hold the words.
"""

import hmac
import re
from collections.abc import Iterable
from functools import lru_cache

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, Q

from detach.fields import derived_keys
from journal.models import Entry, EntryToken
from journal.search import fold

TOKEN_BITS = 14
GRAM = 3
PURPOSE = b"detach.journal.blind-index.v1"
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=2048)
def _person_keys(user_id: int, configured: tuple[str, ...]) -> tuple[bytes, ...]:
    return tuple(derived_keys(PURPOSE + b":user:" + str(user_id).encode()))


def person_keys(user_id: int) -> tuple[bytes, ...]:
    """The person's index keys, one per configured field key, the current one first."""
    return _person_keys(user_id, tuple(settings.FIELD_ENCRYPTION_KEYS))


def words_of(texts: Iterable[str | None]) -> set[str]:
    """The distinct folded words (runs of letters and digits) of the texts."""
    return set(_WORD.findall(fold("\n".join(text for text in texts if text))))


def word_trigrams(word: str) -> list[str]:
    return [word[i : i + GRAM] for i in range(len(word) - GRAM + 1)]


def trigrams(texts: Iterable[str | None]) -> set[str]:
    """Every three-letter piece of every folded word of the texts."""
    return {gram for word in words_of(texts) for gram in word_trigrams(word)}


def query_trigrams(words: list[str]) -> set[str]:
    """The trigrams every matching entry must hold, from search's folded query words. A query
    word's punctuation is not indexed, so only its runs of letters and digits count."""
    return {gram for word in words for run in _WORD.findall(word) for gram in word_trigrams(run)}


class Tokenizer:
    """Tokens under one person's key, remembering the trigrams it has already hashed (a long
    history repeats the same few thousand)."""

    def __init__(self, key: bytes):
        self.key = key
        self.known: dict[str, int] = {}
        self.known_words: dict[str, frozenset[int]] = {}

    def token(self, gram: str) -> int:
        value = self.known.get(gram)
        if value is None:
            digest = hmac.digest(self.key, gram.encode(), "sha256")
            value = int.from_bytes(digest[:2], "big") >> (16 - TOKEN_BITS)
            self.known[gram] = value
        return value

    def tokens(self, grams: Iterable[str]) -> set[int]:
        return {self.token(gram) for gram in grams}

    def entry_rows(self, entry: Entry) -> list[tuple[int, int, int]]:
        """(user id, entry id, token) for each distinct token of the entry's text."""
        tokens: set[int] = set()
        for word in words_of((entry.title, entry.body)):
            known = self.known_words.get(word)
            if known is None:
                known = self.known_words[word] = frozenset(self.tokens(word_trigrams(word)))
            tokens |= known
        return [(entry.user_id, entry.pk, token) for token in sorted(tokens)]


def insert_rows(rows: list[tuple[int, int, int]], chunk: int = 5000) -> None:
    """Write (user id, entry id, token) rows in bulk. Plain parameter tuples, not model
    instances: a twenty-year history has about 300,000 of them, and building a model object
    for each costs more than everything else seed_demo does."""
    meta = EntryToken._meta
    quote = connection.ops.quote_name
    columns = ", ".join(quote(meta.get_field(name).column) for name in ("user", "entry", "token"))
    sql = f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES (%s, %s, %s)"  # noqa: S608
    with connection.cursor() as cursor:
        for start in range(0, len(rows), chunk):
            cursor.executemany(sql, rows[start : start + chunk])


def index_entries(entries: Iterable[Entry]) -> None:
    """Write the tokens of freshly created entries (which have none yet) in bulk."""
    tokenizers: dict[int, Tokenizer] = {}
    rows = []
    for entry in entries:
        if entry.user_id not in tokenizers:
            tokenizers[entry.user_id] = tokenizer_for(entry.user_id)
        rows += tokenizers[entry.user_id].entry_rows(entry)
    insert_rows(rows)


def tokenizer_for(user_id: int) -> Tokenizer:
    """Writes always use the current field key's derivation."""
    return Tokenizer(person_keys(user_id)[0])


def index_entry(entry: Entry) -> None:
    """Replace the entry's tokens with those of its current text (call inside the write's
    transaction, so the entry and its tokens never disagree)."""
    EntryToken.objects.filter(entry_id=entry.pk).delete()
    insert_rows(tokenizer_for(entry.user_id).entry_rows(entry))


# Up to this many candidates are fetched first and named by id, so the entry query reads just
# those rows; an absent word then costs one small index lookup whatever the history (asked as a
# subquery, the database walked every entry of the person to test each against an empty list).
# More candidates than this (a common word) stay a subquery, read newest first in batches.
LISTED_CANDIDATES = 500


def candidates(user, words: list[str]) -> Q | None:
    """A filter on the person's entries keeping those whose tokens include every token of the
    query, or None when the query has no trigram (words under three letters) and nothing can be
    narrowed. During a key rotation the older keys' tokens answer too, until the rebuild."""
    grams = query_trigrams(words)
    if not grams:
        return None
    subqueries = []
    for key in person_keys(user.pk):
        needed = Tokenizer(key).tokens(grams)
        subqueries.append(
            EntryToken.objects.filter(user=user, token__in=needed)
            .values("entry_id")
            .annotate(held=Count("token", distinct=True))
            .filter(held=len(needed))
            .values_list("entry_id", flat=True)
        )
    listed: set[int] = set()
    for subquery in subqueries:
        listed.update(subquery[: LISTED_CANDIDATES + 1])
    if len(listed) <= LISTED_CANDIDATES:
        return Q(pk__in=sorted(listed))
    found = Q(pk__in=subqueries[0])
    for subquery in subqueries[1:]:
        found |= Q(pk__in=subquery)
    return found


def rebuild(user_ids: Iterable[int] | None = None, *, batch_size: int = 500) -> int:
    """Rewrite the tokens of every entry of these people (everyone when None), a batch of
    entries per transaction, so it can be interrupted and run again. Returns entries indexed."""
    people = Entry.objects.order_by().values_list("user_id", flat=True).distinct()
    if user_ids is not None:
        people = people.filter(user_id__in=list(user_ids))
    done = 0
    for user_id in sorted(set(people)):
        tokenizer = tokenizer_for(user_id)
        last_pk = 0
        while True:
            batch = list(
                Entry.objects.filter(user_id=user_id, pk__gt=last_pk)
                .order_by("pk")
                .only("pk", "user_id", "title", "body")[:batch_size]
            )
            if not batch:
                break
            last_pk = batch[-1].pk
            with transaction.atomic():
                EntryToken.objects.filter(entry__in=[e.pk for e in batch]).delete()
                insert_rows([row for entry in batch for row in tokenizer.entry_rows(entry)])
            done += len(batch)
    return done
