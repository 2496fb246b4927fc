"""Public pages: landing, help, health check, and the calm error pages."""

import json
import sys

from django import forms
from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from detach import support_lines
from detach.users.timezones import country_for_zone, zones_in


@login_not_required
@require_safe
def landing(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("today:home")
    return render(request, "pages/landing.html")


class CountryForm(forms.Form):
    """Which country's support lines come first on the help page. A GET form: the choice lives
    in the address only, never in a cookie or the browser's storage."""

    country = forms.ChoiceField(
        label="Show lines for",
        required=False,
        choices=[
            ("", "Choose where you are"),
            *((c.code, c.name) for c in support_lines.COUNTRIES),
            (support_lines.ELSEWHERE, "Somewhere else"),
        ],
        widget=forms.Select(attrs={"class": "form-select"}),
    )


def _country(request: HttpRequest, form: CountryForm) -> tuple[str | None, bool]:
    """The country chosen on the page; else, for a signed-in person, the one their saved time
    zone is in (a guess, and said so); else None, and the page's script may then suggest the
    browser's own."""
    if form.is_valid() and form.cleaned_data["country"]:
        return form.cleaned_data["country"], False
    if request.user.is_authenticated:
        guess = support_lines.known_country(country_for_zone(request.user.timezone))
        return guess, guess is not None
    return None, False


@login_not_required
@require_safe
def help_page(request: HttpRequest) -> HttpResponse:
    form = CountryForm(request.GET or None)
    chosen, guessed = _country(request, form)
    if chosen and not form.is_bound:
        form = CountryForm(initial={"country": chosen})
    first, elsewhere = support_lines.arranged(chosen)
    context = {
        "country_form": form,
        "chosen": chosen,
        "guessed": guessed,
        "first": first,
        "first_groups": [first],
        "elsewhere": elsewhere,
        "emergency_lines": support_lines.emergency_lines(),
        # Only when nothing is known: the script matches the browser's own time zone.
        "browser_zones": json.dumps(zones_in(support_lines.COUNTRY_NAMES)) if not chosen else "",
    }
    return render(request, "pages/help.html", context)


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
