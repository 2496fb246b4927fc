"""Absolute words ("should", "always", "never", "must"…) in an expectation, found gently.

Pure functions: no request, no database. The same word list is mirrored in
static/js/practices-expectations.js for the live hint; the server is the reference.
"""

import re
from dataclasses import dataclass

# Word or short phrase -> a gentle question about it. Order is the order hints are shown in.
ABSOLUTE_WORDS: dict[str, str] = {
    "should": "“Should” can hide a rule. Is it a wish you could ask for instead?",
    "shouldn't": "“Shouldn't” can hide a rule. What would you prefer, said as a wish?",
    "must": "“Must” leaves little room. What would be enough?",
    "mustn't": "“Mustn't” leaves little room. What would you like instead?",
    "have to": "“Have to” sounds like an order. Could it be a request?",
    "has to": "“Has to” sounds like an order. Could it be a request?",
    "ought to": "“Ought to” can hide a rule. Whose rule is it?",
    "always": "“Always” asks for every single time. Is that possible for anyone?",
    "never": "“Never” leaves no room for a bad day. What would usually be enough?",
    "every time": "“Every time” asks for perfection. How often would feel fair?",
    "everything": "“Everything” is a lot for one person. Which part matters most?",
    "no one": "“No one” is sweeping. Is there an exception?",
    "nobody": "“Nobody” is sweeping. Is there an exception?",
}

_PATTERN = re.compile(
    r"\b("
    + "|".join(
        re.escape(word).replace("\\ ", r"\s+").replace("'", "['’]?")
        for word in sorted(ABSOLUTE_WORDS, key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Segment:
    text: str
    absolute: bool


def _canonical(match: str) -> str:
    return re.sub(r"\s+", " ", match.lower().replace("’", "'"))


def _normalise(word: str) -> str:
    word = _canonical(word)
    if word in ABSOLUTE_WORDS:
        return word
    # "shouldnt" written without an apostrophe
    for known in ABSOLUTE_WORDS:
        if known.replace("'", "") == word:
            return known
    return word


def absolute_words(text: str) -> list[str]:
    """The distinct absolute words in ``text``, in the order they first appear."""
    found: list[str] = []
    for match in _PATTERN.finditer(text or ""):
        word = _normalise(match.group(1))
        if word not in found:
            found.append(word)
    return found


def hints(text: str) -> list[tuple[str, str]]:
    """(word, gentle question) for each absolute word in ``text``."""
    return [(word, ABSOLUTE_WORDS[word]) for word in absolute_words(text)]


def segments(text: str) -> list[Segment]:
    """``text`` split into plain and absolute-word pieces, for highlighting with <mark>."""
    pieces: list[Segment] = []
    position = 0
    for match in _PATTERN.finditer(text or ""):
        if match.start() > position:
            pieces.append(Segment(text[position : match.start()], False))
        pieces.append(Segment(match.group(0), True))
        position = match.end()
    if position < len(text or ""):
        pieces.append(Segment(text[position:], False))
    return pieces
