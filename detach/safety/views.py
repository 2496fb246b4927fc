"""The personal safety plan and the relationship-safety check.

Both pages open without an account: someone in a hard moment can read the six steps and print
a blank plan, or answer the check, without signing up. Writing a plan and keeping answers need
an account, and then everything goes through the ownership helpers and is encrypted at rest.
Nothing a person writes or answers is logged or put in a URL.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from detach.forms import posted
from detach.safety import content, selectors
from detach.safety.forms import RelationshipCheckForm, SafetyPlanForm
from detach.safety.models import RelationshipCheck, SafetyPlan, sections_with_text
from detach.sent_forms import comes_back_after_errors


@login_not_required
@require_safe
def safety_plan(request: HttpRequest) -> HttpResponse:
    plan = selectors.plan_for(request.user)
    return render(
        request,
        "safety/plan.html",
        {"plan": plan, "sections": sections_with_text(plan)},
    )


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def plan_edit(request: HttpRequest) -> HttpResponse:
    plan = selectors.plan_for(request.user)
    form = SafetyPlanForm(posted(request), instance=plan)
    if request.method == "POST" and form.is_valid():
        # One plan a person: a double-click on a first save updates the plan the first made.
        SafetyPlan.objects.update_or_create(
            user=request.user,
            defaults={name: form.cleaned_data[name] for name in content.PLAN_FIELDS},
        )
        messages.success(request, "Your safety plan is saved.")
        return redirect("safety:plan")
    return render(request, "safety/plan_edit.html", {"form": form, "plan": plan})


@require_http_methods(["GET", "POST"])
def plan_delete(request: HttpRequest) -> HttpResponse:
    plan = selectors.plan_for(request.user)
    if plan is None:
        return redirect("safety:plan")
    if request.method == "POST":
        SafetyPlan.objects.for_user(request.user).delete()
        messages.success(request, "Your safety plan is deleted.")
        return redirect("safety:plan")
    return render(
        request,
        "safety/confirm_delete.html",
        {
            "title": "Delete your safety plan?",
            "what": "Every step you wrote will be gone for good, and cannot be brought back. "
            "You can always write a new plan.",
            "button": "Yes, delete my plan",
            "keep": "Keep my plan",
            "cancel_url": "safety:plan",
        },
    )


@login_not_required
@require_http_methods(["GET", "HEAD", "POST"])
def relationship_check(request: HttpRequest) -> HttpResponse:
    """A visitor's answers are used for the result and forgotten; a signed-in person may keep
    theirs (then the page shows the kept answers, after a redirect)."""
    signed_in = request.user.is_authenticated
    form = RelationshipCheckForm(posted(request), can_keep=signed_in)
    kept = selectors.kept_check_for(request.user)
    if request.method == "POST" and form.is_valid():
        answers = form.answers()
        if signed_in and form.cleaned_data.get("keep"):
            RelationshipCheck.keep(user=request.user, answers=answers)
            messages.success(request, "Your answers are kept, encrypted. You can delete them here.")
            return redirect("safety:check")
        return render(
            request,
            "safety/check.html",
            {
                "result": result_context(answers),
                "kept": kept,
                "form": RelationshipCheckForm(can_keep=signed_in),
            },
        )
    return render(
        request,
        "safety/check.html",
        {
            "result": result_context(kept.answers, kept=kept) if kept else None,
            "kept": kept,
            "form": form,
        },
    )


def result_context(answers: dict[str, str], *, kept: RelationshipCheck | None = None) -> dict:
    return {
        "assessment": content.assess(answers),
        "answered": content.answered_questions(answers),
        "kept": kept,
    }


@require_http_methods(["GET", "POST"])
def check_delete(request: HttpRequest) -> HttpResponse:
    if selectors.kept_check_for(request.user) is None:
        return redirect("safety:check")
    if request.method == "POST":
        RelationshipCheck.objects.for_user(request.user).delete()
        messages.success(request, "Your answers are deleted.")
        return redirect("safety:check")
    return render(
        request,
        "safety/confirm_delete.html",
        {
            "title": "Delete my answers?",
            "what": "The answers you kept from the relationship check will be gone for good. "
            "You can answer the questions again whenever you like.",
            "button": "Yes, delete my answers",
            "keep": "Keep them",
            "cancel_url": "safety:check",
        },
    )
