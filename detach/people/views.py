"""The people a person is working on: a list with the form to add one, and a page for each that
gathers what the other apps hold about them (found through ``detach.people.sections``).

A name is private words: it is never put in a URL, a log or a page title (titles are kept in the
browser's history, which someone sharing the device may read).
"""

from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from detach.forms import posted
from detach.ownership import get_owned_or_404
from detach.people import sections, selectors
from detach.people.forms import DeletePersonForm, PersonForm
from detach.people.models import Person
from detach.sent_forms import comes_back_after_errors


@require_http_methods(["GET", "HEAD", "POST"])
@comes_back_after_errors
def index(request: HttpRequest) -> HttpResponse:
    # Queries: session, user, the people (one query however many).
    form = PersonForm(posted(request))
    if request.method == "POST" and form.is_valid():
        person = form.save(commit=False)
        person.user = request.user
        person.save()
        messages.success(request, "Added. This page is theirs now, and private to you.")
        return redirect(person.get_absolute_url())
    return render(
        request,
        "people/index.html",
        {"people": list(selectors.people_for(request.user)), "form": form},
    )


@require_safe
def detail(request: HttpRequest, uuid: UUID) -> HttpResponse:
    person = get_owned_or_404(Person, request.user, uuid=uuid)
    return render(
        request,
        "people/detail.html",
        {"person": person, "sections": sections.person_sections(person)},
    )


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def edit(request: HttpRequest, uuid: UUID) -> HttpResponse:
    person = get_owned_or_404(Person, request.user, uuid=uuid)
    form = PersonForm(posted(request), instance=person)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your changes are saved.")
        return redirect(person.get_absolute_url())
    return render(request, "people/form.html", {"person": person, "form": form})


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def delete(request: HttpRequest, uuid: UUID) -> HttpResponse:
    person = get_owned_or_404(Person, request.user, uuid=uuid)
    linked = sections.linked_records(person)
    form = DeletePersonForm(posted(request), has_linked=bool(linked))
    if request.method == "POST" and form.is_valid():
        sections.delete_person(person, delete_linked=form.delete_linked)
        messages.success(request, "They are removed from your people.")
        return redirect("people:index")
    return render(
        request, "people/confirm_delete.html", {"person": person, "linked": linked, "form": form}
    )
