"""The small pieces every journal list repeats: a mood badge and a row of tag chips.

Built in Python rather than by template includes because the journal list shows twenty entries
a page, and an include per piece per row was most of that page's cost (see docs/performance.md).
The detail and conflict pages use the same functions through ``{% load journal_badges %}``.
"""

from collections.abc import Iterable
from datetime import date

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from detach.templatetags.icons import icon
from journal.models import Tag
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
    """ "Friday 27 November 2026", as the ``date:"l j F Y"`` filter writes it in English."""
    return f"{day:%A} {day.day} {day:%B %Y}"
