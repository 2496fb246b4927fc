from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from practices import selectors
from practices.modules import MODULES
from practices.quiz_step import quiz_step
from practices.streaks import streak_message


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    user = request.user
    today = user.local_today()
    summaries = selectors.module_summaries(user, today=today)
    streak = selectors.streak_for(user)
    return render(
        request,
        "practices/index.html",
        {
            "quiz": quiz_step(user),
            "modules": [(info, summaries[info.module]) for info in MODULES],
            "today": today,
            "streak": streak,
            "streak_message": streak_message(streak) if streak else "",
        },
    )
