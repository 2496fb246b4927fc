"""In the moment: riding out the urge to reach out, and kindness after a slip."""

from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from detach.forms import page_number, posted
from detach.ownership import get_owned_or_404
from detach.people.models import Person
from detach.sent_forms import comes_back_after_errors
from practices.urges import patterns, selectors
from practices.urges.forms import OutcomeForm, RideForm
from practices.urges.models import Urge, seconds_left
from quiz.selectors import latest_scores, person_results

PAGE_SIZE = 30


@require_safe
def kindness(request: HttpRequest) -> HttpResponse:
    """A self-compassion break in three short steps, offered after a slip (an urge acted on,
    a line not kept). It stores nothing: it is a pause, not a record."""
    return render(request, "urges/kindness.html", {"section": "practices"})


@require_safe
def urge_list(request: HttpRequest) -> HttpResponse:
    # Queries: session, user, the numbers (one aggregate), one page of urges with their people
    # (one more row than shown, to know whether there is an older page; no COUNT).
    page = page_number(request)
    offset = (page - 1) * PAGE_SIZE
    rows = list(
        Urge.objects.for_user(request.user)
        .select_related("person")
        .order_by("-started_at", "-id")[offset : offset + PAGE_SIZE + 1]
    )
    return render(
        request,
        "urges/list.html",
        {
            "urges": rows[:PAGE_SIZE],
            "numbers": selectors.numbers_for(request.user),
            "page": page,
            "older_page": page + 1 if len(rows) > PAGE_SIZE else None,
            "newer_page": page - 1 if page > 1 else None,
        },
    )


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def ride(request: HttpRequest) -> HttpResponse:
    """Say what the urge is, then start the pause: the urge is saved as the pause starts."""
    initial = {}
    if request.method == "GET" and request.GET.get("person"):
        initial["person"] = get_owned_or_404(Person, request.user, uuid=request.GET["person"])
    form = RideForm(posted(request), user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        urge = form.save(commit=False)
        urge.user = request.user
        urge.started_at = timezone.now()
        urge.started_on = request.user.local_today()
        urge.save()
        return redirect(urge.get_absolute_url())
    return render(request, "urges/ride.html", {"form": form})


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def detail(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The pause (its start and end, the guidance, a countdown with JavaScript) and the plain
    outcome form, available at any time."""
    urge = get_owned_or_404(Urge.objects.select_related("person"), request.user, uuid=uuid)
    answered_before = bool(urge.outcome)
    form = OutcomeForm(posted(request), instance=urge)
    if request.method == "POST" and form.is_valid():
        urge = form.save(commit=False)
        urge.answered_at = timezone.now()
        urge.save()
        messages.success(
            request, "Thank you. Your answer is saved." if not answered_before else "Updated."
        )
        return redirect(urge.get_absolute_url() + "#how-it-went")
    left = seconds_left(urge.started_at, urge.pause_minutes, timezone.now())
    return render(
        request,
        "urges/detail.html",
        {
            "urge": urge,
            "form": form,
            "seconds_left": left,
            "pause_over": left == 0,
            **pattern_context(request.user, urge),
        },
    )


def pattern_context(user, urge: Urge) -> dict:
    """The note connecting the urge to how the person attaches: from their answers about the
    person the urge is about when there are any (one query), else from their latest general
    result (one more)."""
    if not urge.side:
        return {"note": "", "note_about_person": False}
    if urge.person is not None:
        points = person_results(user, urge.person)
        if points:
            scores = (points[-1].anxiety, points[-1].avoidance)
            return {"note": patterns.pattern_note(urge.side, scores), "note_about_person": True}
    return {
        "note": patterns.pattern_note(urge.side, latest_scores(user)),
        "note_about_person": False,
    }


@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest, uuid: UUID) -> HttpResponse:
    urge = get_owned_or_404(Urge, request.user, uuid=uuid)
    if request.method == "POST":
        urge.delete()
        messages.success(request, "The urge is deleted.")
        return redirect("urges:list")
    return render(
        request,
        "practices/confirm_delete.html",
        {"what": "this urge", "when": urge.started_on, "cancel_url": urge.get_absolute_url()},
    )
