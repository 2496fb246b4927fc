"""Unsent letters: written here instead of sent. There is no send button anywhere."""

from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from detach.forms import page_number, posted
from detach.ownership import get_owned_or_404
from detach.people.models import Person
from detach.sent_forms import comes_back_after_errors
from practices.letters import selectors
from practices.letters.forms import AnswerForm, LetterForm
from practices.letters.models import Letter
from practices.views.common import delete_after_confirming

PAGE_SIZE = 30
DUE_SHOWN = 5  # the question for older letters waits on each letter's own page


LET_GO_MESSAGE = (
    "It is gone. Writing it was the point: what you felt was real, and you did not have to "
    "send it to be heard."
)


@require_safe
def letter_list(request: HttpRequest) -> HttpResponse:
    # Queries: session, user, the latest letters still due their question (a few), one page of
    # letters with their people (one more row than shown, to know whether there is an older
    # page; no COUNT). Showing the question writes nothing (a GET changes nothing); the answer,
    # any of the three, is what ends it.
    page = page_number(request)
    offset = (page - 1) * PAGE_SIZE
    letters = selectors.letters_for(request.user)
    due = list(letters.due_the_question(timezone.now())[:DUE_SHOWN]) if page == 1 else []
    due_ids = {letter.pk for letter in due}
    rows = [
        letter for letter in letters.order_by("-written_at", "-id")[offset : offset + PAGE_SIZE + 1]
    ]
    shown = [letter for letter in rows[:PAGE_SIZE] if letter.pk not in due_ids]
    return render(
        request,
        "letters/list.html",
        {
            "letters": shown,
            "due": due,
            "page": page,
            "older_page": page + 1 if len(rows) > PAGE_SIZE else None,
            "newer_page": page - 1 if page > 1 else None,
        },
    )


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def letter_new(request: HttpRequest) -> HttpResponse:
    initial = {}
    if chosen := request.GET.get("person"):
        initial["person"] = get_owned_or_404(Person, request.user, uuid=chosen)
    form = LetterForm(posted(request), user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        letter = form.save(commit=False)
        letter.user = request.user
        letter.save()
        messages.success(request, "Your letter is kept here. Nothing was sent.")
        return redirect(letter.get_absolute_url())
    return render(request, "letters/form.html", {"form": form, "letter": None})


@require_safe
def letter_detail(request: HttpRequest, uuid: UUID) -> HttpResponse:
    letter = get_owned_or_404(selectors.letters_for(request.user), request.user, uuid=uuid)
    due = letter.due_the_question(timezone.now())
    return render(
        request,
        "letters/detail.html",
        {"letter": letter, "due": due},
    )


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def letter_edit(request: HttpRequest, uuid: UUID) -> HttpResponse:
    letter = get_owned_or_404(Letter, request.user, uuid=uuid)
    form = LetterForm(posted(request), user=request.user, instance=letter)
    if request.method == "POST" and form.is_valid():
        letter = form.save(commit=False)
        letter.updated_at = timezone.now()
        letter.save()
        messages.success(request, "Your changes are kept. Nothing was sent.")
        return redirect(letter.get_absolute_url())
    return render(request, "letters/form.html", {"form": form, "letter": letter})


@require_http_methods(["GET", "POST"])
def letter_delete(request: HttpRequest, uuid: UUID) -> HttpResponse:
    letter = get_owned_or_404(Letter, request.user, uuid=uuid)
    return delete_after_confirming(
        request,
        letter,
        what="this letter",
        when=letter.written_at,
        done_message="The letter is deleted.",
        back_url=letter.get_absolute_url(),
        done_url=reverse("letters:list"),
    )


@require_POST
def letter_answer(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The one question's answer. Asked once: before the day is up, or once answered, nothing
    changes."""
    letter = get_owned_or_404(Letter, request.user, uuid=uuid)
    form = AnswerForm(posted(request))
    now = timezone.now()
    if not letter.due_the_question(now):
        messages.info(request, "This letter has its answer already. It stays as it is.")
        return redirect(letter.get_absolute_url())
    if not form.is_valid():
        messages.warning(request, "Please choose one of the three: keep it, let it go, or later.")
        return redirect(letter.get_absolute_url())
    answer = form.cleaned_data["answer"]
    if answer == AnswerForm.LET_GO:
        letter.delete()
        messages.success(request, LET_GO_MESSAGE)
        return redirect("letters:list")
    letter.answer = answer
    letter.answered_at = now
    letter.asked_at = letter.asked_at or now
    letter.save(update_fields=["answer", "answered_at", "asked_at"])
    if answer == Letter.Answer.KEEP:
        messages.success(request, "Kept here, unsent. It is yours to reread whenever you like.")
    else:
        messages.success(
            request,
            "That is fine. It stays here, unsent, and Detach will not ask again: you can "
            "delete it or keep it whenever you are ready.",
        )
    if request.POST.get("back") == "list":
        return redirect("letters:list")
    return redirect(letter.get_absolute_url())
