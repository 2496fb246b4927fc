"""Search over a person's own decrypted entries: pure text functions, no database.

The text is encrypted at rest: the blind index (``journal/blind_index.py``) only narrows to
candidates, and these functions decide which candidates match and mark where. Matching ignores
case and accents ("cafe" finds "Café"), and every word of the query must appear in the title or
the body.
"""

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MAX_WORDS = 12
MAX_WORD_LENGTH = 80
# Punctuation trimmed from the ends of query words, so "hope," still finds "hope".
_EDGE_PUNCTUATION = "\"'`.,;:!?()[]{}<>«»“”‘’…-–—/\\*_#"


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    kept = [part for part in unicodedata.normalize("NFKD", char) if not unicodedata.combining(part)]
    return "".join(kept).casefold()


def fold(text: str) -> str:
    """Text without accents and case, for comparing."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(part for part in decomposed if not unicodedata.combining(part)).casefold()


# Text folds in runs: ASCII runs as one lowercase piece; other runs as one piece too when folding
# keeps one character per character (no accent to drop, nothing that expands, like most Greek or
# Cyrillic words); only runs that change length are folded a character at a time.
_RUNS = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")


def _folds_in_place(run: str, folded: str) -> bool:
    # NFKD changes nothing and casefold never shortens a character, so when folding also keeps
    # the length, no accent was dropped and every character folded to exactly one.
    return (
        len(folded) == len(run)
        and len(run.casefold()) == len(run)
        and unicodedata.is_normalized("NFKD", run)
    )


def fold_with_positions(text: str) -> tuple[str, Sequence[int]]:
    """The folded text and, for each of its characters, the index of the original character.

    Built in one pass over the text, a run at a time (never a character at a time for ASCII)."""
    if text.isascii():
        return text.lower(), range(len(text))
    folded: list[str] = []
    positions: list[int] = []
    for piece in _RUNS.finditer(text):
        start, run = piece.start(), piece.group()
        folded_run = fold(run)
        if run.isascii() or _folds_in_place(run, folded_run):
            folded.append(folded_run)
            positions.extend(range(start, start + len(run)))
            continue
        for offset, char in enumerate(run):
            part = _fold_char(char)
            folded.append(part)
            positions.extend([start + offset] * len(part))
    return "".join(folded), positions


def query_words(query: str | None) -> list[str]:
    """The folded words of a query, each once, without surrounding punctuation."""
    words: list[str] = []
    for raw in (query or "").split():
        word = fold(raw).strip(_EDGE_PUNCTUATION)[:MAX_WORD_LENGTH]
        if word and word not in words:
            words.append(word)
    return words[:MAX_WORDS]


def matches(words: list[str], texts: Iterable[str | None]) -> bool:
    """True when every word appears in at least one of the texts (folded)."""
    if not words:
        return True
    haystack = "\n".join(fold(text) for text in texts if text)
    return all(word in haystack for word in words)


def match_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where the words occur in the original text, as merged (start, end) index pairs."""
    if not text or not words:
        return []
    folded, positions = fold_with_positions(text)
    spans: list[tuple[int, int]] = []
    for word in words:
        start = folded.find(word)
        while start != -1:
            end = start + len(word)
            original_end = positions[end - 1] + 1
            # Keep combining accents that follow the match with their letter.
            while original_end < len(text) and unicodedata.combining(text[original_end]):
                original_end += 1
            spans.append((positions[start], original_end))
            start = folded.find(word, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str | None, words: list[str]) -> SafeString:
    """The text, HTML-escaped, with each match wrapped in <mark>."""
    text = text or ""
    pieces: list[str] = []
    cursor = 0
    for start, end in match_spans(text, words):
        pieces.append(escape(text[cursor:start]))
        pieces.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    pieces.append(escape(text[cursor:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of the person's text is escaped


def excerpt(text: str | None, words: list[str], width: int = 180) -> SafeString:
    """About ``width`` characters of the text around its first match, highlighted."""
    text = " ".join((text or "").split())
    spans = match_spans(text, words)
    if not spans or len(text) <= width:
        start = 0
    else:
        start = max(0, spans[0][0] - width // 3)
        space = text.rfind(" ", 0, start)
        start = space + 1 if space != -1 and start - space < 20 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    window = highlight(text[start:end], words)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(f"{prefix}{window}{suffix}")  # noqa: S308 - window is escaped above
