"""Step 1: the lesson on how people attach, the quiz (linked, in its own app), and noticing
one's own pattern in real moments."""

from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from detach.forms import posted
from detach.ownership import get_owned_or_404
from detach.sent_forms import comes_back_after_errors
from practices import selectors
from practices.forms.attachment import LookingBackForm, PatternNoticeForm
from practices.models import PatternNotice
from practices.modules import ATTACHMENT
from practices.quiz_step import quiz_step
from practices.views.common import HISTORY_LIMIT, delete_after_confirming, limited, show_all


@require_safe
def module_page(request: HttpRequest) -> HttpResponse:
    # Queries: session, user, the quiz step (one), count of notices, the notices shown.
    notices = selectors.pattern_notices(request.user)
    total = notices.count()
    shown = notices if show_all(request) else notices[:HISTORY_LIMIT]
    return render(
        request,
        "practices/attachment/module.html",
        {
            "info": ATTACHMENT,
            "quiz": quiz_step(request.user),
            "has_history": total > 0,
            **limited(request, shown, total),
        },
    )


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def notice_new(request: HttpRequest) -> HttpResponse:
    form = PatternNoticeForm(posted(request), today=request.user.local_today())
    if request.method == "POST" and form.is_valid():
        notice = form.save(commit=False)
        notice.user = request.user
        notice.save()
        messages.success(request, "Saved. Noticing is the first step, and you took it.")
        return redirect(notice.get_absolute_url())
    return render(request, "practices/attachment/form.html", {"form": form})


@require_http_methods(["GET", "HEAD", "POST"])
@comes_back_after_errors
def notice_detail(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The moment as it was written, with the form to add a look back (posted back here)."""
    notice = get_owned_or_404(PatternNotice, request.user, uuid=uuid)
    form = LookingBackForm(posted(request), instance=notice)
    if request.method == "POST" and form.is_valid():
        looked_back = form.save(commit=False)
        looked_back.looked_back_on = request.user.local_today()
        looked_back.save()
        messages.success(request, "Thank you for coming back to this. It is saved.")
        return redirect(notice.get_absolute_url())
    return render(
        request, "practices/attachment/detail.html", {"notice": notice, "looking_back_form": form}
    )


@require_http_methods(["GET", "POST"])
def notice_delete(request: HttpRequest, uuid: UUID) -> HttpResponse:
    notice = get_owned_or_404(PatternNotice, request.user, uuid=uuid)
    return delete_after_confirming(
        request,
        notice,
        what="this noticed moment",
        when=notice.practiced_on,
        done_message="The noticed moment is deleted.",
        back_url=notice.get_absolute_url(),
        done_url=reverse("practices:attachment") + "#history",
    )
