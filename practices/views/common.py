"""Helpers shared by the practice views."""

from collections.abc import Sequence
from typing import TypeVar

from django.http import HttpRequest

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
