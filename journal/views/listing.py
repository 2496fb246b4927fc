"""The journal's front page: today's prompt, the list, search, filters and "on this day"."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_safe

from journal.forms import EntryFilterForm
from journal.listing import EntryFilters, entry_page
from journal.search import excerpt, highlight, query_words
from journal.selectors import (
    next_prompt_offset,
    on_this_day,
    open_drafts,
    prompt_offset,
    tags_by_entry,
    tags_for,
    todays_prompt,
)


def prompt_links(prompt, offset: int) -> dict:
    """The journal's prompt card: "Another prompt" reloads the journal on the next prompt without
    JavaScript, and swaps only the card with htmx. (The progress page shows the same card with
    links of its own, ``progress/views.py``.)"""
    following = next_prompt_offset(offset)
    return {
        "prompt": prompt,
        "another_url": reverse("journal:index") + f"?prompt={following}",
        "another_hx_url": reverse("journal:prompt") + f"?prompt={following}",
    }


def _prompt_context(request: HttpRequest) -> dict:
    offset = prompt_offset(request.GET.get("prompt"))
    return prompt_links(todays_prompt(request.user, offset), offset)


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    user = request.user
    tags = tags_for(user)
    filter_form = EntryFilterForm(request.GET or None, tags=tags)
    filters = EntryFilters()
    if filter_form.is_bound and filter_form.is_valid():
        data = filter_form.cleaned_data
        filters = EntryFilters(
            words=query_words(data.get("q")),
            tag=filter_form.chosen_tag,
            mood=data.get("mood"),
            start=data.get("start"),
            end=data.get("end"),
        )
    page = entry_page(
        user, filters, before=request.GET.get("before"), after=request.GET.get("after")
    )
    words = filters.words
    entry_tags = tags_by_entry(page.entries, tags)
    for entry in page.entries:
        entry.tag_list = entry_tags[entry.pk]
        if words:
            # Escaped text with the matches in <mark>: the template prints these as they are.
            entry.marked_title = highlight(entry.title, words)
            entry.marked_excerpt = excerpt(entry.body, words)
    kept = {k: v for k, v in request.GET.items() if k in filter_form.fields and v}
    first_page = not (request.GET.get("before") or request.GET.get("after"))
    front = first_page and not filters.active
    context = {
        "filter_form": filter_form,
        "filters": filters,
        "entries": page.entries,
        "older_url": _page_url(kept, before=page.older) if page.older else None,
        "newer_url": _page_url(kept, after=page.newer) if page.newer else None,
        "newest_url": _page_url(kept) if not first_page else None,
        "tags": tags,
        "drafts": list(open_drafts(user)[:3]) if front else [],
        "memories": on_this_day(user, user.local_today(), limit=3) if front else [],
        "show_prompt": front,
        "first_page": first_page,
    }
    if context["show_prompt"]:
        context.update(_prompt_context(request))
    return render(request, "journal/index.html", context)


def _page_url(kept: dict, **cursor) -> str:
    query = {**kept, **{k: v for k, v in cursor.items() if v}}
    return reverse("journal:index") + (f"?{urlencode(query)}" if query else "")


@require_safe
def prompt_card(request: HttpRequest) -> HttpResponse:
    """Another prompt. With htmx only the card is swapped; without, the journal reloads."""
    offset = prompt_offset(request.GET.get("prompt"))
    if not request.htmx:
        return redirect(reverse("journal:index") + (f"?prompt={offset}" if offset else ""))
    return render(request, "journal/_prompt_card.html", _prompt_context(request))
