import logging

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from detach.forms import posted
from detach.sent_forms import come_back_with_errors, comes_back_after_errors
from detach.users.export import build_export_zip
from detach.users.forms import DeleteAccountForm, ProfileForm
from detach.users.models import ReminderLog, User
from detach.users.reminder_mail import PREFERENCE_FIELD, read_unsubscribe_token

logger = logging.getLogger(__name__)


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def settings_page(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(posted(request), instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your settings are saved.")
        return redirect("users:settings")
    return render(request, "users/settings.html", {"form": form})


@never_cache
@require_http_methods(["GET", "POST"])
@reauthentication_required(allow_get=True)
def export_page(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "users/export.html")
    archive = build_export_zip(request.user)
    # The event, never the content.
    logger.info("data export downloaded: user id %s", request.user.pk)
    stamp = timezone.localdate().isoformat()
    response = HttpResponse(archive, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="detach-export-{stamp}.zip"'
    return response


@require_http_methods(["GET", "POST"])
@reauthentication_required(allow_get=True)
def delete_page(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(posted(request))
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        form.delete(user)
        # A page, not a redirect: the session it could be kept in is gone.
        return render(request, "users/deleted.html")
    if request.method == "POST":
        return come_back_with_errors(request)
    return render(request, "users/delete.html", {"form": form})


@login_not_required
@csrf_exempt  # mail clients' one-click POST (RFC 8058) carries the signed token, not a cookie
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks (a link preview must not unsubscribe anyone); one POST stops that reminder."""
    parsed = read_unsubscribe_token(token)
    if parsed is None:
        raise Http404("This unsubscribe link is not valid.")
    user_id, kind = parsed
    user = get_object_or_404(User, pk=user_id)
    label = ReminderLog.Kind(kind).label
    if request.method == "POST":
        setattr(user, PREFERENCE_FIELD[kind], False)
        user.save(update_fields=[PREFERENCE_FIELD[kind]])
        return render(request, "users/unsubscribed.html", {"label": label})
    return render(request, "users/unsubscribe.html", {"label": label})
