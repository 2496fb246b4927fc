"""Helpers shared by the practice views."""

from collections.abc import Sequence
from typing import TypeVar

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

HISTORY_LIMIT = 10

T = TypeVar("T")


def show_all(request: HttpRequest) -> bool:
    return request.GET.get("history") == "all"


def limited(request: HttpRequest, items: Sequence[T] | list[T], total: int) -> dict:
    """History context: the rows to show and whether more exist than are shown."""
    return {
        "history": items,
        "history_total": total,
        "history_more": not show_all(request) and total > HISTORY_LIMIT,
        "history_all": show_all(request),
    }


def delete_after_confirming(
    request: HttpRequest, obj, *, what: str, when, done_message: str, back_url: str, done_url: str
) -> HttpResponse:
    """GET asks (the object was already fetched through get_owned_or_404); POST deletes."""
    if request.method == "POST":
        obj.delete()
        messages.success(request, done_message)
        return redirect(done_url)
    return render(
        request,
        "practices/confirm_delete.html",
        {"what": what, "when": when, "cancel_url": back_url},
    )
