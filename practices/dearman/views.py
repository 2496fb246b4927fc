"""Clear requests: build one step by step, read it whole, rehearse it, change it, let it go."""

from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from detach.forms import posted
from detach.ownership import get_owned_or_404
from detach.people.models import Person
from detach.sent_forms import comes_back_after_errors
from practices.dearman import selectors
from practices.dearman.forms import ClearRequestForm
from practices.dearman.models import ClearRequest
from practices.lines.models import Line
from practices.models import ExpectationCheck
from practices.views.common import delete_after_confirming


@require_safe
def request_list(request: HttpRequest) -> HttpResponse:
    # Queries: session, user, the requests with their people (one join).
    return render(
        request,
        "dearman/list.html",
        {"clear_requests": list(selectors.requests_for(request.user))},
    )


def starting_point(request: HttpRequest) -> tuple[dict, dict]:
    """What the builder starts from: a person, an expectation check or a line (each fetched
    only among the person's own), as the form's initial values and what the page says."""
    initial: dict = {}
    source: dict = {}
    if chosen := request.GET.get("person"):
        initial["person"] = get_owned_or_404(Person, request.user, uuid=chosen)
    if check_uuid := request.GET.get("from_check"):
        check = get_owned_or_404(ExpectationCheck, request.user, uuid=check_uuid)
        initial["ask"] = check.reframe
        source = {"kind": "check", "text": check.expectation, "url": check.get_absolute_url()}
    elif line_uuid := request.GET.get("from_line"):
        line = get_owned_or_404(Line.objects.select_related("person"), request.user, uuid=line_uuid)
        initial["ask"] = line.text
        if line.person is not None:
            initial.setdefault("person", line.person)
        source = {"kind": "line", "text": line.text}
    return initial, source


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def request_new(request: HttpRequest) -> HttpResponse:
    initial, source = starting_point(request) if request.method == "GET" else ({}, {})
    form = ClearRequestForm(posted(request), user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        clear_request = form.save(commit=False)
        clear_request.user = request.user
        clear_request.save()
        messages.success(request, "Your request is saved. Read it aloud once or twice.")
        return redirect(clear_request.get_absolute_url())
    return render(
        request,
        "dearman/form.html",
        {"form": form, "clear_request": None, "source": source, "chosen": form.chosen_person()},
    )


@require_safe
def request_detail(request: HttpRequest, uuid: UUID) -> HttpResponse:
    clear_request = get_owned_or_404(selectors.requests_for(request.user), request.user, uuid=uuid)
    return render(request, "dearman/detail.html", {"clear_request": clear_request})


@require_safe
def request_rehearse(request: HttpRequest, uuid: UUID) -> HttpResponse:
    clear_request = get_owned_or_404(selectors.requests_for(request.user), request.user, uuid=uuid)
    return render(request, "dearman/rehearse.html", {"clear_request": clear_request})


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def request_edit(request: HttpRequest, uuid: UUID) -> HttpResponse:
    clear_request = get_owned_or_404(selectors.requests_for(request.user), request.user, uuid=uuid)
    form = ClearRequestForm(posted(request), user=request.user, instance=clear_request)
    if request.method == "POST" and form.is_valid():
        clear_request = form.save(commit=False)
        clear_request.updated_at = timezone.now()
        clear_request.save()
        messages.success(request, "Your changes are saved.")
        return redirect(clear_request.get_absolute_url())
    return render(
        request,
        "dearman/form.html",
        {
            "form": form,
            "clear_request": clear_request,
            "source": {},
            "chosen": form.chosen_person(),
        },
    )


@require_http_methods(["GET", "POST"])
def request_delete(request: HttpRequest, uuid: UUID) -> HttpResponse:
    clear_request = get_owned_or_404(ClearRequest, request.user, uuid=uuid)
    return delete_after_confirming(
        request,
        clear_request,
        what="this request",
        when=clear_request.created_at,
        done_message="The request is deleted.",
        back_url=clear_request.get_absolute_url(),
        done_url=reverse("dearman:list"),
    )
