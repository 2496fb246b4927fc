"""Drafts: saved on the server every few seconds while a person types, listed, resumed, dropped."""

from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST, require_safe

from detach.ownership import get_owned_or_404
from journal.forms import OUT_OF_DATE, draft_fields, parse_version
from journal.models import Draft, Entry, Tag
from journal.selectors import open_drafts
from journal.services import draft_autosave, draft_discard
from journal.views.entries import PRIVATE_FIELDS


@sensitive_post_parameters(*PRIVATE_FIELDS)
@require_POST
def draft_save(request: HttpRequest, uuid: UUID | None = None) -> HttpResponse:
    """Autosave (htmx every few seconds, and a beacon when the page is closed).

    Answers with a short status for the page; nothing is validated strictly, since a draft may
    be half a sentence."""
    user = request.user
    entry = get_owned_or_404(Entry, user, uuid=uuid) if uuid is not None else None
    try:
        parse_version(request.POST.get("version"))
    except ValueError:
        return render(request, "journal/_draft_status.html", {"problem": OUT_OF_DATE}, status=400)
    keys = {str(key) for key in Tag.objects.for_user(user).values_list("uuid", flat=True)}
    fields = draft_fields(request.POST, user_tag_keys=keys, today=user.local_today())
    try:
        key = UUID(request.POST.get("draft", ""))
    except ValueError:
        key = None
    has_words = any(fields[name].strip() for name in ("title", "body", "new_tags"))
    if not has_words and key is None:
        return render(request, "journal/_draft_status.html", {"draft": None})
    draft = draft_autosave(user=user, key=key, fields=fields, entry=entry)
    return render(
        request,
        "journal/_draft_status.html",
        {
            "draft": draft,
            "new_key": draft.uuid != key,
            "saved_at": timezone.now(),  # shown as the person's own clock time
        },
    )


@require_safe
def draft_list(request: HttpRequest) -> HttpResponse:
    return render(request, "journal/drafts.html", {"drafts": open_drafts(request.user)})


@require_POST
def draft_discard_view(request: HttpRequest, uuid: UUID) -> HttpResponse:
    draft = get_owned_or_404(Draft, request.user, uuid=uuid)
    draft_discard(draft=draft)
    messages.success(request, "The draft is discarded.")
    return redirect("journal:drafts")
