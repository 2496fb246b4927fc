"""Reading, writing, editing and deleting entries."""

from uuid import UUID, uuid4

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_safe

from detach.ownership import get_owned_or_404
from detach.sent_forms import come_back_with_errors, comes_back_after_errors, sent_data
from journal.care import care_line
from journal.forms import EntryForm, initial_from_draft, initial_from_entry
from journal.models import Draft, Entry
from journal.prompt_bank import prompt_for_code
from journal.selectors import open_drafts
from journal.services import (
    EntryData,
    VersionConflict,
    already_saved,
    draft_autosave,
    entry_create,
    entry_delete,
    entry_update,
    support_note_claim,
)
from journal.vocabulary import LOWEST_MOOD

# Form fields that carry what a person wrote: kept out of error reports.
PRIVATE_FIELDS = ("title", "body", "new_tags")
CARE_NOTE_SESSION_KEY = "journal_care_note"
# The entry just saved at the lowest mood: its page shows the quiet crisis line once.
MOOD_CARE_SESSION_KEY = "journal_mood_care"
# Sent by static/js/journal-draft.js when it saves the form itself (to keep the page and retry
# when the server does not answer). It is answered with the address to go to, instead of a
# redirect the script would follow in the background, reading the next page's one-time notes.
SAVED_BY_SCRIPT_HEADER = "X-Detach-Save"
NEXT_PAGE_HEADER = "X-Detach-Location"


def _after_save(request: HttpRequest, entry: Entry, message: str) -> HttpResponse:
    # Remembered in the server-side session only, to show on the next page once.
    if support_note_claim(user=request.user, entry=entry):
        request.session[CARE_NOTE_SESSION_KEY] = str(entry.uuid)
    if entry.mood == LOWEST_MOOD:
        request.session[MOOD_CARE_SESSION_KEY] = str(entry.uuid)
    messages.success(request, message)
    if request.headers.get(SAVED_BY_SCRIPT_HEADER) == "fetch":
        return HttpResponse(status=204, headers={NEXT_PAGE_HEADER: entry.get_absolute_url()})
    return redirect("journal:detail", uuid=entry.uuid)


def _form_page(request: HttpRequest, form: EntryForm, **context) -> HttpResponse:
    prompt = prompt_for_code(form["prompt_code"].value())
    context = {"form": form, "prompt": prompt, "care_line": care_line(request.user), **context}
    return render(request, "journal/entry_form.html", context)


@sensitive_post_parameters(*PRIVATE_FIELDS)
@require_http_methods(["GET", "HEAD", "POST"])
@comes_back_after_errors
def entry_new(request: HttpRequest) -> HttpResponse:
    user = request.user
    if request.method == "POST":
        form = EntryForm(request.POST, user=user)
        if form.is_valid():
            entry = entry_create(
                user=user,
                data=EntryData.from_form(form.cleaned_data),
                draft_key=form.cleaned_data.get("draft"),
                submission=form.cleaned_data.get("submission"),
            )
            return _after_save(request, entry, "Your entry is saved.")
        return _form_page(request, form, editing=None)

    sent = sent_data(request)
    if sent is not None:  # sent with a mistake: shown again, with what was written
        return _form_page(request, EntryForm(sent, user=user), editing=None)
    draft_key = request.GET.get("draft")
    if draft_key:
        draft = get_owned_or_404(
            Draft.objects.filter(entry__isnull=True, saved_at__isnull=True), user, uuid=draft_key
        )
        initial = initial_from_draft(draft)
    else:
        initial = {"draft": uuid4()}
        prompt = prompt_for_code(request.GET.get("prompt"))
        if prompt is not None:
            initial["prompt_code"] = prompt.code
    form = EntryForm(user=user, initial=initial)
    other_drafts = open_drafts(user).filter(entry__isnull=True).exclude(uuid=initial["draft"])
    return _form_page(request, form, editing=None, other_drafts=other_drafts.count())


@require_safe
def entry_detail(request: HttpRequest, uuid: UUID) -> HttpResponse:
    entry = get_owned_or_404(Entry.objects.prefetch_related("tags"), request.user, uuid=uuid)
    show_care_note = request.session.get(CARE_NOTE_SESSION_KEY) == str(entry.uuid)
    if show_care_note:
        del request.session[CARE_NOTE_SESSION_KEY]
    show_mood_care = request.session.get(MOOD_CARE_SESSION_KEY) == str(entry.uuid)
    if show_mood_care:
        del request.session[MOOD_CARE_SESSION_KEY]
    context = {
        "entry": entry,
        "show_care_note": show_care_note,
        "show_mood_care": show_mood_care,
        "care_line": care_line(request.user) if show_care_note or show_mood_care else None,
    }
    return render(request, "journal/detail.html", context)


@sensitive_post_parameters(*PRIVATE_FIELDS)
@require_http_methods(["GET", "HEAD", "POST"])
def entry_edit(request: HttpRequest, uuid: UUID) -> HttpResponse:
    user = request.user
    entry = get_owned_or_404(Entry.objects.prefetch_related("tags"), user, uuid=uuid)
    if request.method == "POST":
        form = EntryForm(request.POST, user=user)
        if form.is_valid():
            data = EntryData.from_form(form.cleaned_data)
            draft_key = form.cleaned_data.get("draft")
            try:
                entry = entry_update(
                    user=user,
                    entry=entry,
                    data=data,
                    expected_version=form.cleaned_data.get("version"),
                    draft_key=draft_key,
                )
            except VersionConflict as conflict:
                if already_saved(conflict.entry, data):
                    # The same edit sent again (a retry after a lost answer, a double tap):
                    # the first one saved it, so there is nothing to compare.
                    return _after_save(request, conflict.entry, "Your changes are saved.")
                return _conflict_page(request, form, conflict.entry)
            return _after_save(request, entry, "Your changes are saved.")
        # Not answered with the form: Back onto a page made by a POST shows the browser's
        # "Confirm Form Resubmission" (the conflict page above is one such page, on purpose:
        # it is not a mistake to correct).
        return come_back_with_errors(request)

    sent = sent_data(request)
    if sent is not None:  # sent with a mistake: shown again, with what was written
        return _form_page(request, EntryForm(sent, user=user), editing=entry)
    draft_key = request.GET.get("draft")
    if draft_key:
        draft = get_owned_or_404(
            Draft.objects.filter(entry=entry, saved_at__isnull=True), user, uuid=draft_key
        )
        initial = initial_from_draft(draft)
    else:
        initial = {**initial_from_entry(entry), "draft": uuid4()}
    form = EntryForm(user=user, initial=initial)
    waiting = open_drafts(user).filter(entry=entry).exclude(uuid=initial["draft"]).first()
    return _form_page(request, form, editing=entry, waiting_draft=waiting)


def _conflict_page(request: HttpRequest, form: EntryForm, current: Entry) -> HttpResponse:
    """Another tab saved first. Keep this tab's text as a draft on the server, then show both
    versions side by side; the form on the right is this tab's text, ready to save on top of
    the current version or as a separate entry."""
    draft = draft_autosave(
        user=request.user,
        key=form.cleaned_data.get("draft"),
        fields={
            "title": form.cleaned_data.get("title") or "",
            "body": form.cleaned_data["body"],
            "mood": form.cleaned_data.get("mood"),
            "emotions": list(form.cleaned_data.get("emotions") or []),
            "tag_uuids": [str(tag.uuid) for tag in form.cleaned_data.get("tags") or []],
            "new_tags": ", ".join(form.cleaned_data.get("new_tags") or []),
            "prompt_code": form.cleaned_data.get("prompt_code") or "",
            "entry_date": form.cleaned_data.get("entry_date"),
            "base_version": form.cleaned_data.get("version"),
        },
        entry=current,
    )
    mine = EntryForm(
        user=request.user, initial={**initial_from_draft(draft), "version": current.version}
    )
    current = Entry.objects.prefetch_related("tags").get(pk=current.pk)
    return render(
        request,
        "journal/conflict.html",
        {
            "form": mine,
            "current": current,
            "prompt": prompt_for_code(draft.prompt_code),
            "care_line": care_line(request.user),
        },
        status=409,
    )


@require_http_methods(["GET", "HEAD", "POST"])
def entry_delete_view(request: HttpRequest, uuid: UUID) -> HttpResponse:
    entry = get_owned_or_404(Entry, request.user, uuid=uuid)
    if request.method == "POST":
        entry_delete(entry=entry)
        messages.success(request, "The entry is deleted.")
        return redirect("journal:index")
    return render(request, "journal/delete.html", {"entry": entry})
