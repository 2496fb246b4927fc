from datetime import date, timedelta

from progress import observations, ranges
from progress.suggestions import suggest_next

MONDAYS = [date(2026, 1, 5) + timedelta(days=7 * i) for i in range(8)]


def test_an_unknown_range_falls_back_to_ninety_days():
    assert ranges.resolve("forever").key == "90d"
    assert ranges.resolve("1y").days == 365


def test_a_range_starts_the_right_number_of_days_back():
    assert ranges.start_of(ranges.resolve("30d"), date(2026, 11, 30)) == date(2026, 11, 1)
    assert ranges.start_of(ranges.resolve("all"), date(2026, 11, 30)) is None


def test_weeks_between_lists_each_monday():
    assert ranges.weeks_between(date(2026, 11, 4), date(2026, 11, 17)) == [
        date(2026, 11, 2),
        date(2026, 11, 9),
        date(2026, 11, 16),
    ]


def test_practice_and_mood_compares_busy_and_quiet_weeks_with_the_numbers():
    moods = dict(zip(MONDAYS, [4, 4, 3.5, 3, 3, 3.2], strict=False))
    sessions = dict(zip(MONDAYS, [3, 5, 4, 0, 1, 2], strict=False))
    found = observations.practice_and_mood(moods, sessions)
    assert found.text == (
        "In weeks with 3 or more practice sessions your average mood was 3.8, "
        "in other weeks 3.1: 3 and 3 weeks."
    )


def test_practice_and_mood_stays_silent_without_enough_weeks():
    moods = dict(zip(MONDAYS, [4, 4, 3, 3, 3], strict=False))
    sessions = dict(zip(MONDAYS, [3, 5, 0, 0, 0], strict=False))
    assert observations.practice_and_mood(moods, sessions) is None


def test_mood_trend_needs_eight_weeks_and_names_the_direction():
    assert observations.mood_trend(dict(zip(MONDAYS[:7], [2] * 7, strict=True))) is None
    rising = dict(zip(MONDAYS, [2, 2, 2, 2, 4, 4, 4, 4], strict=True))
    assert "4.0, higher than the 2.0" in observations.mood_trend(rising).text


def test_quiz_change_reports_both_scores():
    found = observations.quiz_change((date(2026, 1, 1), 5.5, 3.0), (date(2026, 6, 1), 4.1, 3.1))
    assert "anxiety went from 5.5 to 4.1" in found.text
    assert "avoidance stayed near 3.1" in found.text


def test_observations_never_claim_a_cause():
    moods = dict(zip(MONDAYS, [4, 4, 3.5, 3, 3, 3.2, 3, 3], strict=True))
    sessions = dict(zip(MONDAYS, [3, 5, 4, 0, 1, 2, 0, 0], strict=True))
    texts = [
        observations.practice_and_mood(moods, sessions).text,
        observations.mood_trend(moods).text,
    ]
    for text in texts:
        for word in ("because", "caused", "made you", "improved your"):
            assert word not in text


def test_without_a_quiz_result_there_is_no_practice_suggestion():
    assert suggest_next(None, set()) is None


def test_high_anxiety_suggests_outside_fulfilment_first():
    assert suggest_next((5.8, 2.5), set()).module == "fulfillment"


def test_a_module_practised_lately_gives_way_to_the_next_one():
    suggestion = suggest_next((5.8, 2.5), {"fulfillment"})
    assert suggestion.module == "expectations"
    assert suggestion.fresh


def test_high_avoidance_suggests_mindfulness_first():
    assert suggest_next((2.5, 5.5), set()).module == "mindfulness"


def test_over_long_spans_the_practice_comparison_counts_months():
    months = [date(2025, m, 1) for m in range(1, 7)]
    moods = dict(zip(months, [4, 4, 4, 3, 3, 3], strict=True))
    sessions = dict(zip(months, [12, 15, 20, 2, 11, 0], strict=True))
    found = observations.practice_and_mood(moods, sessions, "month")
    assert found.text.startswith("In months with 12 or more practice sessions")
    assert found.text.endswith("3 and 3 months.")


def test_all_time_is_summed_by_month_then_quarter_only_for_people_here_a_long_while():
    from progress import dashboard

    today = date(2026, 11, 27)
    assert dashboard.bucket_unit(None, date(2026, 1, 1), today) == "week"
    assert dashboard.bucket_unit(None, date(2024, 1, 1), today) == "month"
    assert dashboard.bucket_unit(None, date(2021, 11, 1), today) == "quarter"
    assert dashboard.bucket_unit(date(2025, 11, 28), date(2020, 1, 1), today) == "week"


def test_quarters_start_on_the_first_of_january_april_july_and_october():
    from progress import ranges

    assert ranges.bucket_start(date(2026, 11, 27), "quarter") == date(2026, 10, 1)
    assert ranges.bucket_start(date(2026, 3, 31), "quarter") == date(2026, 1, 1)
    assert ranges.buckets_between(date(2025, 2, 14), date(2025, 11, 27), "quarter") == [
        date(2025, 1, 1),
        date(2025, 4, 1),
        date(2025, 7, 1),
        date(2025, 10, 1),
    ]
    assert ranges.bucket_label(date(2025, 10, 1), "quarter") == "Oct–Dec ’25"


def test_bucket_labels_name_the_week_by_its_monday_and_the_month_by_its_short_name():
    assert ranges.bucket_label(date(2026, 11, 23), "week") == "23 Nov"
    assert ranges.bucket_label(date(2026, 11, 1), "month") == "Nov ’26"
    assert ranges.bucket_label(date(2009, 1, 1), "quarter") == "Jan–Mar ’09"
