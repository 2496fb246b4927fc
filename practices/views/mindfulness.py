from datetime import timedelta
from uuid import UUID

from django.contrib import messages
from django.db.models import Count, IntegerField, Q, Sum, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from detach.forms import posted
from detach.ownership import get_owned_or_404
from detach.sent_forms import comes_back_after_errors
from detach.submissions import earlier_record, save_once
from practices import breathing, calm_charts, selectors
from practices.forms.mindfulness import BreathingSessionForm, NotingForm
from practices.models import BreathingSession, NotingPractice
from practices.modules import MODULES_BY_CODE
from practices.views.common import HISTORY_LIMIT, delete_after_confirming, show_all

CHART_SESSIONS = 30
DEFAULT_PACER_MINUTES = 5


def breathing_totals(user, today) -> dict:
    """Minutes of breathing in the last 7 and 30 days, in one aggregate query."""
    week = Q(practiced_on__gte=today - timedelta(days=6))
    month = Q(practiced_on__gte=today - timedelta(days=29))
    zero = Value(0, output_field=IntegerField())
    row = BreathingSession.objects.for_user(user).aggregate(
        total=Count("id"),
        week_seconds=Coalesce(Sum("duration_seconds", filter=week), zero),
        month_seconds=Coalesce(Sum("duration_seconds", filter=month), zero),
    )
    return {
        "total": row["total"],
        "week": breathing.format_duration(row["week_seconds"]),
        "month": breathing.format_duration(row["month_seconds"]),
    }


@require_safe
def module_page(request: HttpRequest) -> HttpResponse:
    # Queries: session, user, breathing totals, breathing sessions shown, noting count,
    # noting practices shown. The chart reuses the sessions already fetched.
    user = request.user
    today = user.local_today()
    totals = breathing_totals(user, today)
    all_history = show_all(request)
    sessions = BreathingSession.objects.for_user(user).order_by("-practiced_on", "-created_at")
    sessions = list(sessions if all_history else sessions[: max(HISTORY_LIMIT, CHART_SESSIONS)])
    notings_qs = selectors.noting_practices(user)
    noting_total = notings_qs.count()
    notings = list(notings_qs if all_history else notings_qs[:HISTORY_LIMIT])
    return render(
        request,
        "practices/mindfulness/module.html",
        {
            "info": MODULES_BY_CODE["mindfulness"],
            "today": today,
            "totals": totals,
            "sessions": sessions if all_history else sessions[:HISTORY_LIMIT],
            "sessions_more": not all_history and totals["total"] > HISTORY_LIMIT,
            "calm_chart": calm_charts.calm_chart(list(reversed(sessions[:CHART_SESSIONS]))),
            "notings": notings,
            "noting_total": noting_total,
            "notings_more": not all_history and noting_total > HISTORY_LIMIT,
            "history_all": all_history,
            "has_history": bool(totals["total"] or noting_total),
        },
    )


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def breathing_page(request: HttpRequest) -> HttpResponse:
    back = reverse("practices:mindfulness") + "#breathing-history"
    if earlier_record(BreathingSession, request.user, posted(request)) is not None:
        return redirect(back)  # the same form, posted again: it is logged already
    form = BreathingSessionForm(posted(request), initial=pacer_start(request.GET))
    if request.method == "POST" and form.is_valid():
        session = form.save(commit=False)
        session.user = request.user
        session.practiced_on = request.user.local_today()
        session, _created = save_once(session, form.cleaned_data.get("submission"))
        messages.success(
            request,
            f"Logged {session.duration_display} of breathing. Calm {session.calm_before} "
            f"before, {session.calm_after} after.",
        )
        return redirect(back)
    return render(
        request,
        "practices/mindfulness/breathing.html",
        {
            "form": form,
            "presets": breathing.PRESETS.values(),
            "min_minutes": breathing.MIN_MINUTES,
            "max_minutes": breathing.MAX_MINUTES,
            "length_choices": range(breathing.MIN_MINUTES, breathing.MAX_MINUTES + 1),
            "chosen_minutes": chosen_minutes(request.GET),
        },
    )


def pacer_start(query) -> dict:
    """The pattern a link asked for (``?pattern=slow``), when it is one of the presets: "two
    minutes of slow breathing" should open on slow breathing."""
    pattern = query.get("pattern")
    return {"pattern": pattern} if pattern in breathing.PRESETS else {}


def chosen_minutes(query) -> int:
    """The pacer's length a link asked for (``?minutes=2``), or five minutes."""
    try:
        minutes = int(query.get("minutes", ""))
    except ValueError:
        return DEFAULT_PACER_MINUTES
    if breathing.MIN_MINUTES <= minutes <= breathing.MAX_MINUTES:
        return minutes
    return DEFAULT_PACER_MINUTES


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def noting_page(request: HttpRequest) -> HttpResponse:
    back = reverse("practices:mindfulness") + "#noting-history"
    if earlier_record(NotingPractice, request.user, posted(request)) is not None:
        return redirect(back)  # the same form, posted again: it is saved already
    form = NotingForm(posted(request))
    if request.method == "POST" and form.is_valid():
        noting = form.save(commit=False)
        noting.user = request.user
        noting.practiced_on = request.user.local_today()
        save_once(noting, form.cleaned_data.get("submission"))
        messages.success(request, "Your noting practice is saved.")
        return redirect(back)
    return render(request, "practices/mindfulness/noting.html", {"form": form})


@require_http_methods(["GET", "POST"])
def session_delete(request: HttpRequest, uuid: UUID) -> HttpResponse:
    session = get_owned_or_404(BreathingSession, request.user, uuid=uuid)
    back = reverse("practices:mindfulness") + "#breathing-history"
    return delete_after_confirming(
        request,
        session,
        what="this breathing session",
        when=session.practiced_on,
        done_message="The breathing session is deleted.",
        back_url=back,
        done_url=back,
    )


@require_http_methods(["GET", "POST"])
def noting_delete(request: HttpRequest, uuid: UUID) -> HttpResponse:
    noting = get_owned_or_404(NotingPractice, request.user, uuid=uuid)
    back = reverse("practices:mindfulness") + "#noting-history"
    return delete_after_confirming(
        request,
        noting,
        what="this noting practice",
        when=noting.practiced_on,
        done_message="The noting practice is deleted.",
        back_url=back,
        done_url=back,
    )
