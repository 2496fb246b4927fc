from uuid import UUID

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from detach.forms import posted
from detach.ownership import get_owned_or_404
from detach.people.models import Person
from quiz import questionnaire as q
from quiz import selectors
from quiz.forms import QuizPageForm, StartForm
from quiz.models import Attempt
from quiz.questionnaire import AGREEMENT
from quiz.results import result_context

# Twelve: a year of monthly retakes, the usual rhythm; older results are one link away.
RESULTS_SHOWN = 12
# The query marker a quiz form gets after it was sent with something still missing.
MISSING = "missing"


def _page_url(attempt: Attempt, number: int, *, missing: bool = False) -> str:
    url = reverse("quiz:page", kwargs={"uuid": attempt.uuid, "number": number})
    # Only a marker: which statements are unanswered is read again from the saved attempt,
    # so no answer ever travels in the address.
    return f"{url}?{MISSING}=1" if missing else url


def _see_other(url: str) -> HttpResponseRedirect:
    """Redirect after a POST with a 303, so the browser comes back with a GET.

    A page rendered straight from a POST cannot be restored from history (signed-in pages
    are no-store), and Back would show the browser's "Confirm Form Resubmission" page.
    """
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    # The latest results by default, every one on request: one row more than is shown tells
    # whether there are others, so the page costs the same after one year or ten.
    show_all = request.GET.get("results") == "all"
    attempts = selectors.completed_attempts(request.user).defer("answers")
    attempts = list(attempts if show_all else attempts[: RESULTS_SHOWN + 1])
    more = not show_all and len(attempts) > RESULTS_SHOWN
    attempts = attempts[:RESULTS_SHOWN] if more else attempts
    unfinished = selectors.unfinished_attempt(request.user)
    latest = attempts[0] if attempts else None
    questionnaire = q.current()
    return render(
        request,
        "quiz/index.html",
        {
            "attempts": attempts,
            "more_results": more,
            "showing_all": show_all,
            "unfinished": unfinished,
            "unfinished_page": unfinished.first_open_page() if unfinished else None,
            # Derived from the list already fetched, not another query.
            "retake_due": bool(latest)
            and latest.completed_at <= timezone.now() - selectors.RETAKE_AFTER,
            "item_count": len(questionnaire.items),
            "page_count": questionnaire.page_count,
            "relationship_item_count": len(q.current(q.RELATIONSHIP).items),
            # The people a relationship quiz can be about: a handful, names decrypted here.
            "people": list(Person.objects.for_user(request.user)),
        },
    )


@require_http_methods(["GET", "POST"])
def take(request: HttpRequest) -> HttpResponse:
    """Resume the unfinished attempt at its page in hand, or start one: about close
    relationships in general, or (``?person=<uuid>``) about one of the person's own people."""
    unfinished = selectors.unfinished_attempt(request.user)
    if unfinished is not None:
        return redirect(_page_url(unfinished, unfinished.first_open_page()))
    form = StartForm(posted(request) or {"person": request.GET.get("person") or None})
    if not form.is_valid():
        raise Http404("No such person.")
    person_uuid = form.cleaned_data["person"]
    person = get_owned_or_404(Person, request.user, uuid=person_uuid) if person_uuid else None
    if request.method == "POST":
        try:
            with transaction.atomic():
                if person is None:
                    attempt = Attempt.objects.create(user=request.user)
                else:
                    attempt = Attempt.objects.create(
                        user=request.user,
                        form=Attempt.Form.RELATIONSHIP,
                        person=person,
                        version=q.CURRENT_RELATIONSHIP_VERSION,
                    )
        except IntegrityError:
            # Another tab started one a moment ago: resume that one instead.
            return redirect("quiz:take")
        return redirect(_page_url(attempt, 1))
    questionnaire = q.current(q.RELATIONSHIP if person else q.GENERAL)
    return render(
        request,
        "quiz/start.html",
        {
            "form": form,
            "person": person,
            "item_count": len(questionnaire.items),
            "page_count": questionnaire.page_count,
        },
    )


@require_http_methods(["GET", "POST"])
def page(request: HttpRequest, uuid: UUID, number: int) -> HttpResponse:
    attempt = get_owned_or_404(Attempt.objects.select_related("person"), request.user, uuid=uuid)
    if attempt.is_complete:
        return redirect("quiz:result", uuid=attempt.uuid)
    questionnaire = attempt.questionnaire
    if not 1 <= number <= questionnaire.page_count:
        raise Http404("No such page.")
    items = questionnaire.page(number)

    if request.method == "GET":
        open_page = attempt.first_open_page()
        if number > open_page:
            # No skipping ahead past unanswered statements.
            return redirect(_page_url(attempt, open_page))
        answered = attempt.answered_on_page(number)
        if request.GET.get(MISSING):
            # Back from a page sent with gaps: bound to the saved answers, so each statement
            # still unanswered gets its message (and none, once they are all answered).
            form = QuizPageForm(
                {code: str(value) for code, value in answered.items()},
                items=items,
                words=attempt.statement,
            )
            form.is_valid()
        else:
            form = QuizPageForm(initial=answered, items=items, words=attempt.statement)
        return _render_page(request, attempt, number, form)

    with transaction.atomic():
        # Locked, so two tabs saving different pages at once cannot drop each other's answers.
        attempt = get_owned_or_404(Attempt.objects.select_for_update(), request.user, uuid=uuid)
        if attempt.is_complete:
            return redirect("quiz:result", uuid=attempt.uuid)
        form = QuizPageForm(request.POST, items=items, words=attempt.statement)
        valid = form.is_valid()
        attempt.record_answers(form.answered())
        attempt.save(update_fields=["answers", "updated_at"])

        if "back" in request.POST:
            return redirect(_page_url(attempt, max(number - 1, 1)))
        if "leave" in request.POST:
            messages.info(request, "Your answers are saved. Come back whenever you like.")
            return redirect("quiz:index")
        if not valid:
            # The valid answers are saved above; the page itself marks what is missing.
            return _see_other(_page_url(attempt, number, missing=True))
        if number < questionnaire.page_count:
            return redirect(_page_url(attempt, number + 1))
        if not attempt.all_answered():
            messages.info(request, "A few statements on an earlier page still need an answer.")
            return _see_other(_page_url(attempt, attempt.first_open_page(), missing=True))
        attempt.complete()
        attempt.save()
    messages.success(request, "Thank you. Your result is ready, and only you can see it.")
    return redirect("quiz:result", uuid=attempt.uuid)


def _render_page(request, attempt: Attempt, number: int, form: QuizPageForm) -> HttpResponse:
    questionnaire = attempt.questionnaire
    first_number = sum(len(p) for p in questionnaire.pages[: number - 1]) + 1
    name = attempt.person_name
    rows = []
    for i, item in enumerate(form.items):
        row = {"number": first_number + i, "field": form[item.code], "item": item}
        if attempt.is_relationship:
            # The name is set apart in the template (its own direction), never in a string.
            row["before"], row["after"] = q.around_name(item.text)
        rows.append(row)
    return render(
        request,
        "quiz/page.html",
        {
            "attempt": attempt,
            "number": number,
            "page_count": questionnaire.page_count,
            "item_count": len(questionnaire.items),
            "answered_count": len(attempt.answers),
            "rows": rows,
            "form": form,
            "scale": AGREEMENT,
            "is_last": number == questionnaire.page_count,
            "person_name": name,
        },
    )


@require_POST
def discard(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """Throw away an unfinished attempt, to start over or change its focus."""
    unfinished = Attempt.objects.filter(completed_at__isnull=True)
    attempt = get_owned_or_404(unfinished, request.user, uuid=uuid)
    attempt.delete()
    messages.info(request, "Your unfinished answers are gone. You can start again any time.")
    return redirect("quiz:take")


@require_safe
def result(request: HttpRequest, uuid: UUID) -> HttpResponse:
    attempt = get_owned_or_404(Attempt.objects.select_related("person"), request.user, uuid=uuid)
    if not attempt.is_complete:
        return redirect(_page_url(attempt, attempt.first_open_page()))
    earlier, other_version = selectors.earlier_by_version(attempt)
    context = result_context(attempt, earlier, other_version_earlier=other_version)
    latest = selectors.latest_attempt(request.user)
    context["is_latest"] = latest is not None and latest.pk == attempt.pk
    context["retake_due"] = (
        context["is_latest"] and attempt.completed_at <= timezone.now() - selectors.RETAKE_AFTER
    )
    return render(request, "quiz/result.html", context)


@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest, uuid: UUID) -> HttpResponse:
    attempt = get_owned_or_404(Attempt, request.user, uuid=uuid)
    if request.method == "POST":
        attempt.delete()
        messages.success(request, "That result is deleted.")
        return redirect("quiz:index")
    return render(request, "quiz/delete.html", {"attempt": attempt})
