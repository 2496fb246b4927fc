"""The pure counting behind "days within my lines": nothing a slip can zero."""

from datetime import date, timedelta

from practices.lines import stretches

D = date(2026, 11, 1)  # a Sunday


def days(*answers: bool, start: date = D) -> list[tuple[date, bool]]:
    return [(start + timedelta(days=i), kept) for i, kept in enumerate(answers)]


def test_a_slip_never_zeroes_the_months_count():
    check_ins = days(True, True, True, True, False)
    kept, checked = stretches.kept_in_month(check_ins, D)
    assert (kept, checked) == (4, 5)


def test_the_months_count_leaves_out_other_months():
    check_ins = days(True, True, start=date(2026, 10, 31))
    assert stretches.kept_in_month(check_ins, D) == (1, 1)


def test_the_longest_stretch_survives_a_slip():
    check_ins = days(True, True, True, False, True)
    longest = stretches.longest_stretch(check_ins)
    assert longest.days == 3
    assert (longest.first, longest.last) == (D, D + timedelta(days=2))
    assert stretches.latest_stretch(check_ins).days == 1


def test_a_day_without_a_check_in_neither_ends_a_stretch_nor_counts_in_it():
    check_ins = [(D, True), (D + timedelta(days=2), True), (D + timedelta(days=3), True)]
    assert stretches.longest_stretch(check_ins).days == 3


def test_after_a_not_today_the_latest_stretch_is_empty_but_the_longest_stays():
    check_ins = days(True, True, False)
    assert stretches.latest_stretch(check_ins).days == 0
    assert stretches.longest_stretch(check_ins).days == 2


def test_no_check_ins_give_empty_stretches():
    assert stretches.longest_stretch([]).days == 0
    assert stretches.latest_stretch([]).days == 0
    assert stretches.stretches([]) == []


def test_the_weekly_shares_run_monday_to_sunday_and_leave_empty_weeks_empty():
    today = date(2026, 11, 18)  # a Wednesday
    check_ins = [
        (date(2026, 11, 1), True),  # before the weeks shown
        (date(2026, 11, 16), True),
        (date(2026, 11, 17), False),
        (today, True),
    ]
    weeks = stretches.weekly_shares(check_ins, today=today, weeks=3)
    assert [w.start for w in weeks] == [date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)]
    assert [w.share for w in weeks] == [None, None, 67]


def test_lines_progress_ignores_days_after_today():
    check_ins = days(True, False, True)
    progress = stretches.lines_progress(check_ins, today=D + timedelta(days=1))
    assert (progress.kept_total, progress.checked_total) == (1, 2)
    assert progress.latest.days == 0
    assert progress.longest.days == 1
