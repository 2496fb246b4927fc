"""The journal's two small repeated atoms: ``{% mood_badge entry.mood_info %}`` and
``{% tag_chips entry.tags.all %}`` (on a list, ``{% tag_chips entry.tag_list index_url %}``).

Simple tags rather than inclusion tags: the list shows both on each of its twenty rows, and an
inclusion tag costs a template render per call, as an include per row would. Each atom is one
escaped ``format_html`` string of a single element; the rows around them are template markup.
"""

from collections.abc import Iterable
from functools import cache

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from detach.templatetags.icons import icon
from journal.models import Tag
from journal.vocabulary import Mood

register = template.Library()


@register.simple_tag
def mood_badge(mood: Mood | None) -> SafeString:
    """The mood's icon and word (never the icon alone), or nothing when no mood was noted."""
    return SafeString("") if mood is None else _badge(mood)


@cache
def _badge(mood: Mood) -> SafeString:
    # Five fixed moods, so five badges: made once each rather than once per row.
    return format_html(
        '<span class="mood-badge mood-{}">{} {}</span>', mood.value, icon(mood.icon), mood.word
    )


@register.simple_tag
def tag_chips(tags: Iterable[Tag], index_url: str | None = None) -> SafeString:
    """Each tag as a link to the journal filtered by it; nothing when there are none.

    ``index_url`` is the journal's own address, reversed once by a page that shows many rows."""
    if not tags:
        return SafeString("")
    index_url = index_url or reverse("journal:index")
    tag_icon = icon("tag")
    chips = SafeString(
        "".join(
            format_html(
                '<li class="list-inline-item">'
                '<a class="tag-chip" dir="auto" href="{}?tag={}">{} {}</a></li>',
                index_url,
                tag.uuid,
                tag_icon,
                tag.name,
            )
            for tag in tags
        )
    )
    return format_html('<ul class="list-inline mb-0 journal-tags" aria-label="Tags">{}</ul>', chips)
