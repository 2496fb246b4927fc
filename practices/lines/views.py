"""My lines: the lines a person sets for themselves, per person, each with its earlier wordings,
and the daily check-in ("kept my lines today?").

A line is private words: it never goes into a URL, a log or a page title.
"""

from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from detach.forms import posted
from detach.ownership import get_owned_or_404
from detach.people.models import Person
from detach.people.selectors import people_for
from detach.sent_forms import come_back_with_errors, comes_back_after_errors, sent_data
from practices.lines import charts, examples, selectors, services, stretches
from practices.lines.forms import CheckInForm, LineForm
from practices.lines.models import Line
from practices.lines.templatetags.lines_check_in import check_in_context

SECTION = "practices"


def _groups(people: list[Person], lines: list[Line]) -> list[dict]:
    """A group per person (in the order they were added), then lines about no one."""
    by_person: dict[int | None, list[Line]] = {}
    for line in lines:
        by_person.setdefault(line.person_id, []).append(line)
    groups = [
        {
            "person": person,
            "active": [line for line in by_person.get(person.pk, []) if not line.retired_at],
            "retired": [line for line in by_person.get(person.pk, []) if line.retired_at],
            "examples": examples.examples_for(person),
        }
        for person in people
    ]
    unlinked = by_person.get(None, [])
    groups.append(
        {
            "person": None,
            "active": [line for line in unlinked if not line.retired_at],
            "retired": [line for line in unlinked if line.retired_at],
            "examples": examples.ABOUT_NO_ONE,
        }
    )
    return groups


def _index_context(user, check_in_form: CheckInForm | None = None) -> dict:
    today = user.local_today()
    lines = list(selectors.lines_for(user))
    progress = stretches.lines_progress(selectors.check_in_days(user), today=today)
    return {
        "section": SECTION,
        "groups": _groups(list(people_for(user)), lines),
        "has_lines": bool(lines),
        "progress": progress,
        "trend_chart": charts.trend_chart(progress.weeks),
        "today": today,
        **check_in_context(user, check_in_form),
    }


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    # Queries: session, user, the people, the lines, every check-in's day and answer, and
    # today's check-in: six, however many lines and days.
    sent = sent_data(request)
    check_in_form = CheckInForm(sent, user=request.user) if sent is not None else None
    return render(request, "lines/index.html", _index_context(request.user, check_in_form))


def _person_from_query(request: HttpRequest) -> Person | None:
    """``?person=<uuid>`` preselects one of the person's own people; anything else is ignored."""
    value = request.GET.get("person")
    if not value:
        return None
    return Person.objects.for_user(request.user).filter(uuid__in=_uuids(value)).first()


def _uuids(value: str) -> list[UUID]:
    try:
        return [UUID(value)]
    except ValueError:
        return []


def _form_context(form: LineForm, person: Person | None, **extra) -> dict:
    """The form, with examples for the chosen person's contact mode (or every mode when no one
    is chosen yet), and the safety check offered when that mode means distance."""
    return {
        "section": SECTION,
        "form": form,
        "chosen": person,
        "examples": examples.examples_for(person) if person else None,
        "all_examples": examples.all_examples(),
        **extra,
    }


def _chosen_person(form: LineForm, fallback: Person | None) -> Person | None:
    if form.is_bound:
        return form.cleaned_data.get("person") if hasattr(form, "cleaned_data") else fallback
    return fallback


@require_http_methods(["GET", "HEAD", "POST"])
@comes_back_after_errors
def new(request: HttpRequest) -> HttpResponse:
    preselected = _person_from_query(request)
    form = LineForm(
        posted(request), user=request.user, initial={"person": preselected} if preselected else {}
    )
    if request.method == "POST" and form.is_valid():
        line = form.save(commit=False)
        line.user = request.user
        line.save()
        messages.success(request, "Your line is saved. It is yours to keep, and to change.")
        return redirect("lines:list")
    person = _chosen_person(form, preselected)
    return render(request, "lines/form.html", _form_context(form, person, line=None))


@require_safe
def detail(request: HttpRequest, uuid: UUID) -> HttpResponse:
    line = get_owned_or_404(Line.objects.select_related("person"), request.user, uuid=uuid)
    revisions = list(line.revisions.order_by("-replaced_at", "-id"))
    return render(
        request,
        "lines/detail.html",
        {"section": SECTION, "line": line, "revisions": revisions},
    )


@require_http_methods(["GET", "HEAD", "POST"])
@comes_back_after_errors
def edit(request: HttpRequest, uuid: UUID) -> HttpResponse:
    line = get_owned_or_404(Line.objects.select_related("person"), request.user, uuid=uuid)
    old_text = line.text
    form = LineForm(posted(request), instance=line, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.line_edit(
            line=line,
            old_text=old_text,
            new_text=form.cleaned_data["text"],
            person=form.cleaned_data["person"],
        )
        messages.success(request, "Saved. The earlier wording is kept in the line's history.")
        return redirect(line.get_absolute_url())
    person = _chosen_person(form, line.person)
    return render(request, "lines/form.html", _form_context(form, person, line=line))


@require_POST
def retire(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """Retire a line that no longer fits, or restore a retired one."""
    line = get_owned_or_404(Line, request.user, uuid=uuid)
    if line.retired_at:
        line.retired_at = None
        messages.success(request, "The line is back among your lines.")
    else:
        line.retired_at = timezone.now()
        messages.success(request, "Retired. It stays here with its history, and can come back.")
    line.save(update_fields=["retired_at"])
    return redirect(line.get_absolute_url())


@require_http_methods(["GET", "HEAD", "POST"])
def delete(request: HttpRequest, uuid: UUID) -> HttpResponse:
    line = get_owned_or_404(Line, request.user, uuid=uuid)
    if request.method == "POST":
        line.delete()
        messages.success(request, "The line and its history are deleted.")
        return redirect("lines:list")
    return render(
        request,
        "practices/confirm_delete.html",
        {
            "section": SECTION,
            "what": "this line and its history",
            "when": line.created_at,
            "cancel_url": line.get_absolute_url(),
        },
    )


@require_POST
def check_in(request: HttpRequest) -> HttpResponse:
    """Kept my lines today? Yes or Not today, once a local day; a second answer changes it."""
    form = CheckInForm(posted(request), user=request.user)
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = ""
    if not form.is_valid():
        # Shown again, with its note, on the page that holds it.
        return come_back_with_errors(request, page=reverse("lines:list"))
    kept = form.cleaned_data["kept"]
    services.check_in(
        user=request.user,
        day=request.user.local_today(),
        kept=kept,
        note=form.cleaned_data["note"],
        person=form.cleaned_data["person"],
    )
    if kept:
        messages.success(request, "Noted: you kept your lines today.")
    else:
        messages.info(request, "Noted. A slip is part of changing, and today still counts.")
    return redirect(back or "lines:list")
