from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from journal.views.listing import prompt_links, prompt_offset
from progress import ranges
from progress.dashboard import build_dashboard


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """The signed-in home: where the person is today, and how things moved over the range.

    Seven queries whatever the history: the session, the user, and the dashboard's five."""
    selected = ranges.resolve(request.GET.get("range"))
    offset = prompt_offset(request)
    dashboard = build_dashboard(request.user, selected, request.user.local_today(), offset)
    context = {
        "ranges": ranges.RANGES,
        "selected": selected,
        "dashboard": dashboard,
        **prompt_links(dashboard.prompt, offset, on_progress=True, range_key=selected.key),
    }
    return render(request, "progress/home.html", context)
