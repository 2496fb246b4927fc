"""The journal's repeated pieces of HTML: a list row, a mood badge, a row of tag chips.

Built in Python rather than by template includes and loops because the journal list shows
twenty entries a page, and the template work per row was most of that page's cost (see
docs/performance.md). Every piece of the person's text goes through ``format_html``, so it is
escaped. The detail and conflict pages use the badge and chips through
``{% load journal_markup %}``.
"""

from collections.abc import Iterable
from datetime import date

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from detach.templatetags.icons import icon
from journal.models import Entry, Tag
from journal.vocabulary import Mood


def mood_badge(mood: Mood | None) -> SafeString:
    """The mood's icon and word (never the icon alone), or nothing when no mood was noted."""
    if mood is None:
        return SafeString("")
    return format_html(
        '<span class="mood-badge mood-{}">{} {}</span>', mood.value, icon(mood.icon), mood.word
    )


def tag_chips(tags: Iterable[Tag], index_url: str | None = None) -> SafeString:
    """Each tag as a link to the journal filtered by it; nothing when there are none."""
    tags = list(tags)
    if not tags:
        return SafeString("")
    index_url = index_url or reverse("journal:index")
    chips = format_html_join(
        "",
        '<li class="list-inline-item"><a class="tag-chip" href="{}?tag={}">{} {}</a></li>',
        ((index_url, tag.uuid, icon("tag"), tag.name) for tag in tags),
    )
    return format_html('<ul class="list-inline mb-0 journal-tags" aria-label="Tags">{}</ul>', chips)


def long_date(day: date) -> str:
    """The day written out, like "Friday 27 November 2026" (the ``date:"l j F Y"`` filter)."""
    return f"{day:%A} {day.day} {day:%B %Y}"


# The list shows at most three lines of an entry's first paragraph (CSS clamps it); sending a
# little more than three lines' worth rather than the whole paragraph keeps the page light.
PREVIEW_CHARACTERS = 320


def preview(text: str, limit: int = PREVIEW_CHARACTERS) -> str:
    """``text`` cut at a word boundary near ``limit`` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


def entry_row(
    *,
    url: str,
    day: date,
    title: SafeString,
    snippet: SafeString,
    mood: SafeString,
    tags: SafeString,
    clamped: bool,
) -> SafeString:
    """One entry of the journal list. ``title`` and ``snippet`` are already escaped (search
    marks its matches in them)."""
    heading = format_html('<h3 class="h6 mb-1">{}</h3>', title) if title else ""
    return format_html(
        '<li class="card card-calm journal-row mb-2"><div class="card-body">'
        '<div class="d-flex flex-wrap gap-2 align-items-baseline mb-1">'
        '<a class="journal-row-link" href="{}"><time datetime="{}">{}</time></a> {}</div>'
        '{}<p class="mb-1 journal-snippet{}">{}</p>{}</div></li>',
        url,
        day.isoformat(),
        long_date(day),
        mood,
        heading,
        " journal-snippet-clamped" if clamped else "",
        snippet,
        tags,
    )


def memory_row(entry: Entry, url: str) -> SafeString:
    """One "on this day" entry: its date, mood, title and the start of its first line."""
    title = format_html("<strong>{}</strong> · ", entry.title) if entry.title else ""
    return format_html(
        '<li class="card card-calm mb-2"><div class="card-body py-2">'
        '<a href="{}"><time datetime="{}">{}</time></a> {}<p class="mb-0">{}{}</p></div></li>',
        url,
        entry.entry_date.isoformat(),
        f"{entry.entry_date.day} {entry.entry_date:%B %Y}",
        mood_badge(entry.mood_info),
        title,
        preview(entry.first_line, 140),
    )
