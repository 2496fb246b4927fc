"""The path's pages: the four steps, one session, and the review at the end."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST, require_safe

from progress.path import review as path_review
from progress.path import services
from progress.path.evidence import read_plan
from progress.path.plan import came_back
from progress.path.sessions import BY_SLUG, STEPS, Session


def _session_or_404(slug: str) -> Session:
    try:
        return BY_SLUG[slug]
    except KeyError:
        raise Http404("No such session.") from None


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    # Queries: session, user, the path's facts (one). A GET writes nothing.
    facts, plan = read_plan(request.user)
    context = {
        "plan": plan,
        "welcome_back": came_back(facts.last_active, request.user.local_today()),
        "minutes": sum(step.minutes for step in STEPS),
        "section": "path",
    }
    return render(request, "progress/path/index.html", context)


@require_safe
def session_page(request: HttpRequest, slug: str) -> HttpResponse:
    session = _session_or_404(slug)
    facts, plan = read_plan(request.user)
    view = plan.view_of(session.slug)
    before, after = plan.neighbours(session.slug)
    # After a session already done, the way back to the person's place, unless the link to the
    # following session already leads there.
    place = plan.next
    if place is not None and place.session.slug in (session.slug, after and after.session.slug):
        place = None
    context = {
        "view": view,
        "session": session,
        "place": place,
        "step": next(s for s in plan.steps if s.step.number == session.step),
        "before": before,
        "after": after,
        "lean": plan.lean,
        "contact": facts.contact,
        "section": "path",
    }
    return render(request, "progress/path/session.html", context)


@require_POST
def session_done(request: HttpRequest, slug: str) -> HttpResponse:
    session = _session_or_404(slug)
    _facts, plan = read_plan(request.user)
    finishes = all(v.is_done or v.session.slug == session.slug for v in plan.sessions)
    services.mark_done(
        user=request.user, session=session, today=request.user.local_today(), finishes=finishes
    )
    if finishes:
        messages.success(request, "That was the last session. Here is a look back.")
        return redirect("path:review")
    _facts, plan = read_plan(request.user)
    messages.success(request, f"“{session.title}” is done.")
    return redirect(plan.next.session.get_absolute_url())


@require_POST
def session_not_done(request: HttpRequest, slug: str) -> HttpResponse:
    session = _session_or_404(slug)
    services.mark_not_done(user=request.user, session=session)
    messages.info(request, f"“{session.title}” is open again.")
    return redirect(session.get_absolute_url())


@require_safe
def review(request: HttpRequest) -> HttpResponse:
    facts, plan = read_plan(request.user)
    context = {
        "plan": plan,
        "review": path_review.look_back(request.user, facts.state),
        "section": "path",
    }
    return render(request, "progress/path/review.html", context)
