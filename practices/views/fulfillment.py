from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from detach.forms import posted
from detach.ownership import get_owned_or_404
from detach.sent_forms import comes_back_after_errors
from detach.submissions import earlier_record, save_once
from practices import map_charts, selectors, services
from practices.areas import AREAS, AREAS_BY_CODE, AreaScore, biggest_gaps
from practices.forms.fulfillment import ActivityDoneForm, ActivityPlanForm, FulfillmentMapForm
from practices.models import Activity, FulfillmentMap
from practices.modules import MODULES_BY_CODE
from practices.views.common import HISTORY_LIMIT, delete_after_confirming, show_all


def area_scores(ratings: dict[str, tuple[int, int]]) -> list[AreaScore]:
    return [AreaScore(area, *ratings[area.code]) for area in AREAS if area.code in ratings]


def plan_form(request: HttpRequest, data=None, instance: Activity | None = None):
    initial = {}
    if instance is None and request.GET.get("area") in AREAS_BY_CODE:
        initial["area"] = request.GET["area"]
    return ActivityPlanForm(
        data, instance=instance, initial=initial, today=request.user.local_today()
    )


@require_safe
def module_page(request: HttpRequest) -> HttpResponse:
    # Queries: session, user, maps, their ratings (one query of values), this week's
    # activities, the activities shown in the history (and one more, to know if there are more).
    user = request.user
    today = user.local_today()
    maps, maps_total = selectors.first_and_recent_maps(user)
    latest = maps[-1] if maps else None
    scores = area_scores(latest.as_dict()) if latest else []
    history = selectors.activity_history(user, before=today - selectors.WEEK_BEHIND)
    # One row more than is shown tells whether there are more, without counting them all.
    every = show_all(request)
    shown = list(history if every else history[: HISTORY_LIMIT + 1])
    more = not every and len(shown) > HISTORY_LIMIT
    week = list(selectors.activities_this_week(user, today=today))
    charts = map_charts.map_charts(maps)
    return render(
        request,
        "practices/fulfillment/module.html",
        {
            "info": MODULES_BY_CODE["fulfillment"],
            "today": today,
            "maps": maps,
            "maps_total": maps_total,
            "latest": latest,
            "scores": scores,
            "gaps": biggest_gaps(scores),
            "charts": charts,
            "week": week,
            "plan_form": ActivityPlanForm(
                initial={"area": area}
                if (area := request.GET.get("area")) in AREAS_BY_CODE
                else {},
                today=today,
            ),
            "has_history": bool(maps or week or shown),
            "history": shown[:HISTORY_LIMIT] if more else shown,
            "history_more": more,
        },
    )


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def map_new(request: HttpRequest) -> HttpResponse:
    user = request.user
    latest = FulfillmentMap.objects.for_user(user).order_by("-taken_on", "-created_at").first()
    previous = latest.as_dict() if latest else None
    form = FulfillmentMapForm(posted(request), previous=previous)
    if request.method == "POST" and form.is_valid():
        fulfillment_map = services.fulfillment_map_create(
            user=user, ratings=form.ratings(), taken_on=user.local_today()
        )
        messages.success(request, "Your map is saved. Here is what it shows.")
        return redirect("practices:map_detail", uuid=fulfillment_map.uuid)
    return render(request, "practices/fulfillment/map_form.html", {"form": form, "latest": latest})


@require_safe
def map_detail(request: HttpRequest, uuid: UUID) -> HttpResponse:
    fulfillment_map = get_owned_or_404(FulfillmentMap, request.user, uuid=uuid)
    scores = area_scores(fulfillment_map.as_dict())
    gaps = biggest_gaps(scores)
    return render(
        request,
        "practices/fulfillment/map_detail.html",
        {
            "map": fulfillment_map,
            "scores": scores,
            "gaps": gaps,
            "gap_codes": {score.area.code for score in gaps},
        },
    )


@require_http_methods(["GET", "POST"])
def map_delete(request: HttpRequest, uuid: UUID) -> HttpResponse:
    fulfillment_map = get_owned_or_404(FulfillmentMap, request.user, uuid=uuid)
    return delete_after_confirming(
        request,
        fulfillment_map,
        what="this fulfilment map",
        when=fulfillment_map.taken_on,
        done_message="The map is deleted.",
        back_url=fulfillment_map.get_absolute_url(),
        done_url=reverse("practices:fulfillment"),
    )


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def activity_new(request: HttpRequest) -> HttpResponse:
    back = reverse("practices:fulfillment") + "#week"
    if earlier_record(Activity, request.user, posted(request)) is not None:
        return redirect(back)  # the same form, posted again: it is planned already
    form = plan_form(request, posted(request))
    if request.method == "POST" and form.is_valid():
        activity = form.save(commit=False)
        activity.user = request.user
        save_once(activity, form.cleaned_data.get("submission"))
        messages.success(request, "Planned. This time is yours.")
        return redirect(back)
    return render(
        request, "practices/fulfillment/activity_form.html", {"form": form, "activity": None}
    )


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def activity_edit(request: HttpRequest, uuid: UUID) -> HttpResponse:
    activity = get_owned_or_404(Activity, request.user, uuid=uuid)
    form = plan_form(request, posted(request), instance=activity)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your plan is updated.")
        return redirect(reverse("practices:fulfillment") + "#week")
    return render(
        request,
        "practices/fulfillment/activity_form.html",
        {"form": form, "activity": activity},
    )


@require_http_methods(["GET", "POST"])
@comes_back_after_errors
def activity_done(request: HttpRequest, uuid: UUID) -> HttpResponse:
    activity = get_owned_or_404(Activity, request.user, uuid=uuid)
    was_done = activity.is_done
    form = ActivityDoneForm(posted(request), instance=activity, today=request.user.local_today())
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Logged. Well done for making time for yourself.")
        return redirect(reverse("practices:fulfillment") + "#week")
    return render(
        request,
        "practices/fulfillment/activity_done.html",
        {"form": form, "activity": activity, "was_done": was_done},
    )


@require_http_methods(["GET", "POST"])
def activity_delete(request: HttpRequest, uuid: UUID) -> HttpResponse:
    activity = get_owned_or_404(Activity, request.user, uuid=uuid)
    return delete_after_confirming(
        request,
        activity,
        what="this activity",
        when=activity.done_on or activity.planned_for,
        done_message="The activity is deleted.",
        back_url=reverse("practices:fulfillment"),
        done_url=reverse("practices:fulfillment") + "#week",
    )
