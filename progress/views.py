from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from journal.prompts import choose_prompt
from practices.areas import AREAS
from progress import dashboard, observations, ranges, selectors
from progress.suggestions import MODULES, suggest_next
from quiz.selectors import RETAKE_AFTER


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """The signed-in home: where the person is today, and how things moved over the range.

    Five queries whatever the history (quiz results, mood by week, practice by week, the
    fulfilment maps, journal days), plus the session and the user."""
    user = request.user
    today = user.local_today()
    selected = ranges.resolve(request.GET.get("range"))
    start = ranges.start_of(selected, today)

    quiz_points = selectors.quiz_points(user)
    unit = dashboard.bucket_unit(start, user.date_joined.astimezone(user.zone).date(), today)
    mood_weeks = selectors.mood_by_bucket(user, start, unit=unit)
    practice_rows = selectors.practice_by_bucket(user, start, unit=unit)
    then, now, then_on, now_on = selectors.fulfilment_then_and_now(user, start)

    first = dashboard.span_start(
        start,
        today,
        [
            *mood_weeks,
            *(row[0] for row in practice_rows),
            *(p.completed_at.astimezone(user.zone).date() for p in quiz_points),
        ],
    )
    journal_days = selectors.journal_days(user, dashboard.calendar_start(first, today), today)
    latest = quiz_points[-1] if quiz_points else None
    scores = (latest.anxiety, latest.avoidance) if latest else None
    is_new = not (quiz_points or mood_weeks or practice_rows or journal_days or now)

    starts = dashboard.buckets(first, today, unit)
    mood_chart, has_mood = dashboard.mood_chart(mood_weeks, starts, unit)
    minutes_chart, sessions_chart, total_sessions = dashboard.practice_charts(
        practice_rows, starts, unit
    )
    quiz = dashboard.quiz_charts(quiz_points, start, user.zone, unit)
    area_names = {area.code: area.name for area in AREAS}
    fulfilment_chart, fulfilment_change = dashboard.fulfilment_chart(
        then, now, then_on, now_on, area_names
    )
    sessions_by_module: dict[str, int] = {}
    for _week, module, count, _seconds in practice_rows:
        sessions_by_module[module] = sessions_by_module.get(module, 0) + count
    moods = {key: avg for key, (avg, _count) in mood_weeks.items()}
    found = [
        observations.practice_and_mood(moods, dashboard.session_counts(practice_rows), unit),
        observations.mood_trend(moods, unit),
        quiz and quiz["observation"],
        observations.busiest_module(sessions_by_module, {k: v[0] for k, v in MODULES.items()}),
        fulfilment_change,
    ]
    context = {
        "ranges": ranges.RANGES,
        "selected": selected,
        "is_new": is_new,
        "prompt": choose_prompt(scores, user.pk, today),
        "suggestion": suggest_next(scores, dashboard.practised_lately(practice_rows, today, unit)),
        "retake_due": latest is not None
        and (user.local_now() - latest.completed_at) >= RETAKE_AFTER,
        "quiz": quiz,
        "mood_chart": mood_chart,
        "has_mood": has_mood,
        "minutes_chart": minutes_chart,
        "sessions_chart": sessions_chart,
        "has_practice": total_sessions > 0,
        "fulfilment_chart": fulfilment_chart,
        "calendar_chart": dashboard.calendar_chart(journal_days, first, today),
        "has_journal": bool(journal_days),
        "observations": [o for o in found if o],
        "minimums": {
            "weeks": observations.MIN_WEEKS_PER_GROUP,
            "sessions": observations.PRACTICE_WEEK_SESSIONS,
            "trend": 2 * observations.TREND_WEEKS,
        },
    }
    return render(request, "progress/home.html", context)
