from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_safe

from journal.selectors import next_prompt_offset, prompt_offset, todays_prompt
from progress import ranges
from progress.dashboard import build_dashboard
from progress.path.evidence import read_plan


def _prompt_links(prompt, offset: int, selected: ranges.Range) -> dict:
    """The journal's prompt card as the progress page shows it: "Another prompt" stays here,
    on the chosen range, reloading without JavaScript and swapping only the card with htmx."""
    query = urlencode({"range": selected.key, "prompt": next_prompt_offset(offset)})
    return {
        "prompt": prompt,
        "another_url": f"{reverse('progress:home')}?{query}",
        "another_hx_url": f"{reverse('progress:prompt')}?{query}",
        "prompt_on_progress": True,
    }


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """The signed-in home: where the person is today, and how things moved over the range.

    Ten queries whatever the history: the session, the user, the dashboard's seven (see
    progress.dashboard) and where the person is on the path (one, progress.path.evidence).
    Only read here: a GET writes nothing."""
    selected = ranges.resolve(request.GET.get("range"))
    offset = prompt_offset(request.GET.get("prompt"))
    dashboard = build_dashboard(request.user, selected, request.user.local_today(), offset)
    path_facts, path = read_plan(request.user)
    context = {
        "ranges": ranges.RANGES,
        "selected": selected,
        "dashboard": dashboard,
        "path": path,
        "path_opened": path_facts.state is not None,
        **_prompt_links(dashboard.prompt, offset, selected),
    }
    return render(request, "progress/home.html", context)


@require_safe
def prompt_card(request: HttpRequest) -> HttpResponse:
    """Another prompt on the progress page. With htmx only the card is swapped; without (a
    link opened in a new tab, say), the progress page reloads on that prompt."""
    selected = ranges.resolve(request.GET.get("range"))
    offset = prompt_offset(request.GET.get("prompt"))
    if not request.htmx:
        query = urlencode({"range": selected.key, "prompt": offset})
        return redirect(f"{reverse('progress:home')}?{query}")
    context = _prompt_links(todays_prompt(request.user, offset), offset, selected)
    return render(request, "journal/_prompt_card.html", context)
