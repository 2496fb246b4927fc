"""Public pages: landing, help, health check, and the calm error pages."""

import sys

from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

# Crisis resources are checked by a person; update this date when they are re-checked.
HELP_LAST_REVIEWED = "2026-11-27"


@login_not_required
@require_safe
def landing(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("progress:home")
    return render(request, "pages/landing.html")


@login_not_required
@require_safe
def help_page(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/help.html", {"last_reviewed": HELP_LAST_REVIEWED})


@login_not_required
@require_safe
def web_manifest(request: HttpRequest) -> HttpResponse:
    """The web app manifest, so Detach can be added to a phone's home screen and open in its
    own window. It names only the app and its icons: nothing about the person."""
    return render(
        request, "manifest.webmanifest", content_type="application/manifest+json; charset=utf-8"
    )


@login_not_required
@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "up"})


def server_error(request: HttpRequest) -> HttpResponse:
    """500, or a calm 503 when the database is what failed. Renders without touching the
    database, which may be the very thing that is down."""
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError):
        template, status = "errors/503.html", 503
    else:
        template, status = "500.html", 500
    return render(request, template, {"bare": True}, status=status)
