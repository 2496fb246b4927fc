"""Today: the signed-in home. The one next thing on the person's path (one primary action), a
warm word after a long gap, the one tap for a pull to reach out, the day's journal prompt and
the ten-second check-in. Short on a phone; nothing here is due, counted or missed."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from journal.selectors import (
    latest_check_in_mood,
    next_prompt_offset,
    prompt_for,
    prompt_offset,
    take_check_in_care_note,
    todays_prompt,
)
from progress.path.evidence import read_plan
from progress.path.plan import came_back
from progress.path.sessions import SESSIONS


def _prompt_links(prompt, offset: int) -> dict:
    """The journal's prompt card on Today: "Another prompt" reloads Today without JavaScript
    and swaps only the card with htmx. Its buttons are secondary here: the next session is the
    page's one primary action."""
    following = next_prompt_offset(offset)
    return {
        "prompt": prompt,
        "another_url": f"{reverse('today:home')}?prompt={following}",
        "another_hx_url": f"{reverse('today:prompt')}?prompt={following}",
        "prompt_secondary": True,
    }


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """Four queries whatever the history: the session, the user, the path's facts (its state,
    what was done with the tools, the latest quiz scores, the kinds of contact; one query) and
    today's latest check-in. The prompt is drawn from the quiz scores the facts already hold.
    A GET writes nothing: "welcome back" follows the person's latest activity."""
    user = request.user
    today = user.local_today()
    facts, plan = read_plan(user)
    offset = prompt_offset(request.GET.get("prompt"))
    context = {
        "plan": plan,
        "sessions": len(SESSIONS),
        "welcome_back": came_back(facts.last_active, today),
        "latest_check_in": latest_check_in_mood(user, today),
        "show_care_note": take_check_in_care_note(request.session),
        **_prompt_links(prompt_for(facts.scores, user.pk, today, offset), offset),
        "section": "today",
    }
    return render(request, "progress/today.html", context)


@require_safe
def prompt_card(request: HttpRequest) -> HttpResponse:
    """Another prompt on Today. With htmx only the card is swapped; without (a link opened in
    a new tab, say), Today reloads on that prompt."""
    offset = prompt_offset(request.GET.get("prompt"))
    if not request.htmx:
        return redirect(f"{reverse('today:home')}?prompt={offset}")
    prompt = todays_prompt(request.user, offset)
    return render(request, "journal/_prompt_card.html", _prompt_links(prompt, offset))
