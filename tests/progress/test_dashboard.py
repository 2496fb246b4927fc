"""The progress page arranged from plain numbers (``progress.dashboard.arrange``): no database."""

from datetime import UTC, date, datetime, timedelta

from practices.models import Module
from practices.selectors import PracticeBucket, ThenAndNow
from progress import dashboard
from progress.dashboard import History, arrange
from quiz.selectors import QuizPoint

TODAY = date(2026, 11, 27)  # a Friday
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
MONDAYS = [date(2026, 10, 5) + timedelta(days=7 * i) for i in range(8)]
NOTHING = ThenAndNow({}, {}, None, None)


def point(days_ago: int, anxiety: float, avoidance: float, focus: str = "general") -> QuizPoint:
    return QuizPoint(NOW - timedelta(days=days_ago), anxiety, avoidance, focus, "in general")


def arranged(history: History, start: date | None = MONDAYS[0], unit: str = "week"):
    return arrange(
        history,
        start=start,
        first=start or TODAY,
        unit=unit,
        today=TODAY,
        now=NOW,
        zone=UTC,
        user_id=1,
    )


def test_a_newcomer_sees_no_charts_no_observations_and_no_suggestion():
    page = arranged(History([], {}, [], NOTHING, {}))
    assert page.is_new
    assert (page.quiz, page.mood_chart, page.minutes_chart, page.sessions_chart) == (None,) * 4
    assert (page.fulfilment_chart, page.calendar_chart) == (None, None)
    assert page.observations == ()
    assert page.suggestion is None and not page.retake_due
    assert page.prompt.text
    assert (page.minimums.weeks, page.minimums.sessions, page.minimums.trend) == (3, 3, 8)


def test_eight_weeks_of_mood_and_practice_give_charts_and_observations_with_their_numbers():
    moods = dict(
        zip(MONDAYS, [(2.0, 3), (2.0, 2), (2.0, 4), (2.0, 1)] + [(4.0, 2)] * 4, strict=True)
    )
    practice = [PracticeBucket(monday, Module.MINDFULNESS, 4, 600) for monday in MONDAYS[4:]]
    page = arranged(History([], moods, practice, NOTHING, {}))
    assert not page.is_new
    assert page.mood_chart.title == "Mood by week"
    assert [row[1] for row in page.mood_chart.table.rows[:2]] == ["2", "2"]
    assert page.minutes_chart.table.rows[-1][-1] == "10"  # mindfulness minutes in the last week
    assert "16 practices logged" in page.sessions_chart.summary
    texts = [o.text for o in page.observations]
    assert texts[0] == (
        "In weeks when you practised three times or more, your mood averaged 4.0; "
        "in other weeks, 2.0."
    )
    assert "averaged 4.0 in your latest four weeks, against 2.0" in texts[1]
    assert texts[2] == (
        "You practised 16 times in this range; the step you came back to most was "
        "“Practise mindfulness”."
    )


def test_the_latest_quiz_result_leads_the_suggestion_and_a_month_old_one_is_due_a_retake():
    points = [point(60, 6.0, 2.0), point(29, 5.5, 2.5)]
    page = arranged(History(points, {}, [], NOTHING, {}), start=None)
    assert page.suggestion.module == "fulfillment"  # high anxiety: outside fulfilment first
    assert page.retake_due
    assert page.quiz.plane.points[-1].current
    assert page.quiz.lines.title == "Both scores over time"
    # Half a point is within retest noise, as the quiz results page would say too.
    assert "anxiety and avoidance scores stayed about the same" in page.quiz.change.text
    assert not arranged(History([point(3, 6.0, 2.0)], {}, [], NOTHING, {})).retake_due


def test_practice_in_the_last_two_weeks_moves_the_suggestion_on():
    recent = [PracticeBucket(date(2026, 11, 23), Module.FULFILLMENT, 1, 0)]
    page = arranged(History([point(3, 6.0, 2.0)], {}, recent, NOTHING, {}))
    assert page.suggestion.module == "expectations"
    old = [PracticeBucket(date(2026, 11, 2), Module.FULFILLMENT, 1, 0)]
    assert dashboard.practised_lately(old, TODAY, "week") == set()
    assert dashboard.practised_lately(old, TODAY, "month") == {"fulfillment"}


def test_a_fulfilment_map_then_and_now_is_drawn_with_the_area_that_changed_most():
    maps = ThenAndNow({"friends": 2, "rest": 5}, {"friends": 7, "rest": 6}, MONDAYS[0], TODAY)
    page = arranged(History([], {}, [], maps, {}))
    assert [key.name for key in page.fulfilment_chart.keys] == [
        "Then (5 Oct 2026)",
        "Now (27 Nov 2026)",
    ]
    assert page.observations[-1].text.startswith("Of all your life areas, friends feels")


def test_journal_days_fill_the_calendar_from_the_first_month_of_the_range():
    days = {date(2026, 10, 6): 1, date(2026, 11, 2): 2}
    page = arranged(History([], {}, [], NOTHING, days))
    assert [row.label for row in page.calendar_chart.rows] == ["Oct ’26", "Nov ’26"]
    assert "You wrote on 2 days" in page.calendar_chart.summary


def test_over_all_time_months_of_writing_draw_the_whole_history_a_year_a_row():
    months = {date(2022, 4, 1): (3, 4), date(2026, 11, 1): (9, 9)}
    page = arranged(History([], {}, [], NOTHING, {}, months), start=None, unit="quarter")
    chart = page.calendar_chart
    assert [row[0] for row in chart.table.rows] == ["2022", "2023", "2024", "2025", "2026"]
    assert "You wrote on 12 days since April 2022" in chart.summary
    assert not page.is_new


def test_for_all_time_the_page_starts_at_the_first_day_with_any_data():
    practice = [PracticeBucket(date(2026, 3, 2), Module.EXPECTATIONS, 1, 0)]
    points = [point(100, 4.0, 4.0)]
    first = dashboard.first_day(None, TODAY, {date(2026, 5, 4): (3.0, 1)}, practice, points, UTC)
    assert first == date(2026, 3, 2)
    assert dashboard.first_day(None, TODAY, {}, [], [], UTC) == TODAY
    assert dashboard.first_day(MONDAYS[0], TODAY, {}, practice, points, UTC) == MONDAYS[0]


def test_sessions_are_added_up_per_module_across_buckets():
    practice = [
        PracticeBucket(MONDAYS[0], Module.MINDFULNESS, 2, 0),
        PracticeBucket(MONDAYS[1], Module.MINDFULNESS, 3, 0),
        PracticeBucket(MONDAYS[1], Module.EXPECTATIONS, 1, 0),
    ]
    assert dashboard.sessions_by_module(practice) == {"mindfulness": 5, "expectations": 1}


def versioned(days_ago: int, anxiety: float, avoidance: float, version: int) -> QuizPoint:
    return QuizPoint(
        NOW - timedelta(days=days_ago), anxiety, avoidance, "general", "in general", "general",
        version,
    )  # fmt: skip


def test_results_of_another_questionnaire_version_are_never_compared_as_movement():
    # Version 1 at anxiety 6.8, then version 2 at 2.0: a fall of 4.8 points, far past the
    # threshold, yet a different questionnaire: not drawn together and not called movement.
    points = [versioned(40, 6.8, 2.0, 1), versioned(20, 2.0, 2.0, 2)]
    page = arranged(History(points, {}, [], NOTHING, {}))
    assert page.quiz.new_version_began
    assert len(page.quiz.plane.points) == 1
    assert page.quiz.change is None
    assert not any("went" in o.text for o in page.observations)


def test_two_results_of_the_new_version_are_compared_with_each_other_only():
    points = [
        versioned(50, 1.0, 1.0, 1),
        versioned(40, 6.8, 2.0, 2),
        versioned(20, 4.0, 2.0, 2),
    ]
    page = arranged(History(points, {}, [], NOTHING, {}))
    assert page.quiz.new_version_began
    assert len(page.quiz.plane.points) == 2
    assert "your anxiety score went down, from 6.8 to 4.0" in page.quiz.change.text
