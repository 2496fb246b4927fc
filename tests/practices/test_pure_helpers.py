from dataclasses import dataclass
from datetime import date

import pytest

from practices import breathing
from practices.areas import AREAS, AREAS_BY_CODE, AreaScore, biggest_gaps, in_words
from practices.calm_charts import calm_chart, calm_summary
from practices.forms.fulfillment import plan_day_choices
from practices.map_charts import followed_areas, over_time_chart, then_and_now


def test_the_map_has_the_ten_life_areas_of_the_issue():
    assert [a.code for a in AREAS] == [
        "friends",
        "family",
        "community",
        "body",
        "creativity",
        "learning",
        "nature",
        "work",
        "rest",
        "meaning",
    ]
    assert all(len(area.ideas) >= 2 for area in AREAS)


def score(code, importance, fulfilment):
    return AreaScore(AREAS_BY_CODE[code], importance, fulfilment)


def test_biggest_gaps_come_first_and_small_gaps_are_not_highlighted():
    scores = [
        score("friends", 9, 2),
        score("family", 6, 5),
        score("nature", 8, 4),
        score("rest", 3, 9),
        score("work", 7, 4),
    ]
    assert [s.area.code for s in biggest_gaps(scores)] == ["friends", "nature", "work"]


def test_equal_gaps_favour_the_area_that_matters_more():
    scores = [score("friends", 6, 2), score("family", 9, 5)]
    assert [s.area.code for s in biggest_gaps(scores)] == ["family", "friends"]


@pytest.mark.parametrize(
    ("importance", "fulfilment", "words"),
    [
        (10, 0, "matters a lot, feels thin right now"),
        (7, 3, "matters a lot, feels thin right now"),
        (7, 4, "matters a lot, feels partly there right now"),
        (6, 6, "matters somewhat, feels partly there right now"),
        (4, 7, "matters somewhat, feels full right now"),
        (3, 10, "matters less to you, feels full right now"),
        (0, 0, "matters less to you, feels thin right now"),
    ],
)
def test_an_area_is_described_in_words_from_its_two_ratings(importance, fulfilment, words):
    assert in_words(importance, fulfilment) == words


def test_an_area_score_reads_as_words():
    assert AreaScore(AREAS_BY_CODE["friends"], 9, 2).words == "matters a lot, feels thin right now"


def test_the_words_never_judge():
    every = " ".join(in_words(i, f) for i in range(11) for f in range(11))
    for harsh in ("bad", "poor", "fail", "should", "must", "wrong", "low score"):
        assert harsh not in every


def test_patterns_have_the_counts_of_the_issue():
    assert breathing.BOX.counts == "4-4-4-4"
    assert breathing.FOUR_SEVEN_EIGHT.counts == "4-7-8-0"
    assert breathing.SLOW.counts == "5-0-5-0"
    custom = breathing.pattern_for("custom", inhale=3, hold_in=1, exhale=6, hold_out=0)
    assert (custom.code, custom.counts) == ("custom", "3-1-6-0")


def test_durations_read_naturally():
    assert breathing.format_duration(45) == "45 s"
    assert breathing.format_duration(300) == "5 min"
    assert breathing.format_duration(90) == "1 min 30 s"
    assert breathing.format_duration(5400) == "1 h 30 min"
    assert breathing.format_duration(7200) == "2 h"


def test_the_plan_offers_today_and_the_six_days_after():
    choices = plan_day_choices(date(2026, 11, 27))
    assert len(choices) == 7
    assert choices[0] == ("2026-11-27", "Today (Friday)")
    assert choices[1][1] == "Tomorrow (Saturday)"
    assert choices[2][1] == "Sunday 29 November"
    assert choices[-1][0] == "2026-12-03"


@dataclass
class FakeSession:
    practiced_on: date
    calm_before: int
    calm_after: int


def test_the_calm_chart_draws_before_and_after_for_each_session():
    sessions = [FakeSession(date(2026, 11, d), 3, 6) for d in (1, 2, 3)]
    chart = calm_chart(sessions)
    assert [line.name for line in chart.lines] == ["Calm after", "Calm before"]
    assert len(chart.table.rows) == 3
    assert "3.0 before and 6.0 after" in chart.summary


def test_there_is_no_calm_chart_without_sessions():
    assert calm_chart([]) is None


def test_a_calmer_or_less_calm_average_is_told_plainly():
    assert "calmer afterwards" in calm_summary([FakeSession(date(2026, 1, 1), 2, 5)])
    assert "less calm" in calm_summary([FakeSession(date(2026, 1, 1), 5, 4)])


@dataclass
class FakeMap:
    taken_on: date
    ratings: dict

    def as_dict(self):
        return self.ratings


def test_then_and_now_compares_the_first_and_latest_maps():
    first = FakeMap(date(2026, 1, 5), {"friends": (9, 2), "nature": (8, 5), "rest": (4, 4)})
    latest = FakeMap(date(2026, 6, 5), {"friends": (9, 6), "nature": (8, 4), "rest": (4, 4)})
    rows = {row.name: (row.then, row.now, row.change) for row in then_and_now([first, latest])}
    assert rows == {"Friends": (2, 6, 4), "Nature": (5, 4, -1), "Rest and solitude": (4, 4, 0)}
    assert followed_areas(first.ratings) == ["friends", "nature"]


def test_the_map_over_time_needs_two_maps_and_follows_the_first_gaps():
    first = FakeMap(date(2025, 12, 5), {"friends": (9, 2), "nature": (8, 5)})
    latest = FakeMap(date(2026, 6, 5), {"friends": (9, 6), "nature": (8, 4)})
    assert over_time_chart([first]) is None
    chart = over_time_chart([first, latest])
    names = [line.name for line in chart.lines]
    assert names == ["Average of all areas", "Friends", "Nature"]
    assert chart.table.rows[0] == ("5 Dec ’25", "3.5", "2", "5")
    assert "3.5 out of 10 on 5 December 2025 and 5.0 on 5 June 2026" in chart.summary
