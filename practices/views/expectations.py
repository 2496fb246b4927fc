from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from detach.forms import posted
from detach.ownership import get_owned_or_404
from detach.sent_forms import comes_back_after_errors
from detach.submissions import earlier_record, save_once
from practices import selectors, wording
from practices.forms.expectations import ExpectationCheckForm, RevisitForm
from practices.models import ExpectationCheck
from practices.modules import MODULES_BY_CODE
from practices.views.common import HISTORY_LIMIT, delete_after_confirming, limited, show_all


@require_safe
def module_page(request: HttpRequest) -> HttpResponse:
    # Queries: session, user, count of checks, the checks shown.
    checks = selectors.expectation_checks(request.user)
    total = checks.count()
    shown = checks if show_all(request) else checks[:HISTORY_LIMIT]
    return render(
        request,
        "practices/expectations/module.html",
        {
            "info": MODULES_BY_CODE["expectations"],
            "has_history": total > 0,
            **limited(request, shown, total),
        },
    )


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def check_new(request: HttpRequest) -> HttpResponse:
    earlier = earlier_record(ExpectationCheck, request.user, posted(request))
    if earlier is not None:  # the same form, posted again: it is saved already
        return redirect("practices:check_detail", uuid=earlier.uuid)
    form = ExpectationCheckForm(posted(request))
    if request.method == "POST" and form.is_valid():
        check = form.save(commit=False)
        check.user = request.user
        check.practiced_on = request.user.local_today()
        check, _created = save_once(check, form.cleaned_data.get("submission"))
        messages.success(request, "Your expectation check is saved. You can come back to it.")
        return redirect("practices:check_detail", uuid=check.uuid)
    return render(request, "practices/expectations/form.html", {"form": form, "check": None})


@require_http_methods(["GET", "HEAD", "POST"])
@comes_back_after_errors
def check_detail(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The check, with the form to note how it went (posted back here)."""
    check = get_owned_or_404(ExpectationCheck, request.user, uuid=uuid)
    revisit_form = RevisitForm(posted(request), instance=check)
    if request.method == "POST" and revisit_form.is_valid():
        return save_revisit(request, revisit_form)
    return render(
        request,
        "practices/expectations/detail.html",
        {
            "check": check,
            "segments": wording.segments(check.expectation),
            "hints": wording.hints(check.expectation),
            "revisit_form": revisit_form,
        },
    )


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def check_edit(request: HttpRequest, uuid: UUID) -> HttpResponse:
    check = get_owned_or_404(ExpectationCheck, request.user, uuid=uuid)
    form = ExpectationCheckForm(posted(request), instance=check)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your changes are saved.")
        return redirect("practices:check_detail", uuid=check.uuid)
    return render(request, "practices/expectations/form.html", {"form": form, "check": check})


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def check_revisit(request: HttpRequest, uuid: UUID) -> HttpResponse:
    check = get_owned_or_404(ExpectationCheck, request.user, uuid=uuid)
    form = RevisitForm(posted(request), instance=check)
    if request.method == "POST" and form.is_valid():
        return save_revisit(request, form)
    return render(request, "practices/expectations/revisit.html", {"form": form, "check": check})


def save_revisit(request: HttpRequest, form: RevisitForm) -> HttpResponse:
    revisited = form.save(commit=False)
    revisited.revisited_on = request.user.local_today()
    revisited.save()
    messages.success(request, "Thank you for coming back to this. It is saved.")
    return redirect("practices:check_detail", uuid=revisited.uuid)


@require_http_methods(["GET", "POST"])
def check_delete(request: HttpRequest, uuid: UUID) -> HttpResponse:
    check = get_owned_or_404(ExpectationCheck, request.user, uuid=uuid)
    return delete_after_confirming(
        request,
        check,
        what="this expectation check",
        when=check.practiced_on,
        done_message="The expectation check is deleted.",
        back_url=reverse("practices:check_detail", kwargs={"uuid": check.uuid}),
        done_url=reverse("practices:expectations"),
    )
