"""Reading, writing, editing and deleting entries."""

from uuid import UUID, uuid4

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_safe

from detach.ownership import get_owned_or_404
from journal.forms import EntryForm, initial_from_draft, initial_from_entry
from journal.models import Draft, Entry
from journal.prompt_bank import prompt_for_code
from journal.selectors import open_drafts
from journal.services import (
    EntryData,
    VersionConflict,
    draft_autosave,
    entry_create,
    entry_delete,
    entry_update,
    support_note_claim,
)

# Form fields that carry what a person wrote: kept out of error reports.
PRIVATE_FIELDS = ("title", "body", "new_tags")
CARE_NOTE_SESSION_KEY = "journal_care_note"


def _after_save(request: HttpRequest, entry: Entry, message: str) -> HttpResponse:
    if support_note_claim(user=request.user, entry=entry):
        # Remembered in the server-side session only, to show the note once on the next page.
        request.session[CARE_NOTE_SESSION_KEY] = str(entry.uuid)
    messages.success(request, message)
    return redirect("journal:detail", uuid=entry.uuid)


def _form_page(request: HttpRequest, form: EntryForm, **context) -> HttpResponse:
    prompt = prompt_for_code(form["prompt_code"].value())
    return render(request, "journal/entry_form.html", {"form": form, "prompt": prompt, **context})


@sensitive_post_parameters(*PRIVATE_FIELDS)
@require_http_methods(["GET", "HEAD", "POST"])
def entry_new(request: HttpRequest) -> HttpResponse:
    user = request.user
    if request.method == "POST":
        form = EntryForm(request.POST, user=user)
        if form.is_valid():
            entry = entry_create(
                user=user,
                data=EntryData.from_form(form.cleaned_data),
                draft_key=form.cleaned_data.get("draft"),
            )
            return _after_save(request, entry, "Your entry is saved.")
        return _form_page(request, form, editing=None)

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
    return render(
        request, "journal/detail.html", {"entry": entry, "show_care_note": show_care_note}
    )


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
                return _conflict_page(request, form, conflict.entry)
            return _after_save(request, entry, "Your changes are saved.")
        return _form_page(request, form, editing=entry)

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
        {"form": mine, "current": current, "prompt": prompt_for_code(draft.prompt_code)},
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
