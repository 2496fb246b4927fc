import pytest
from django.template.loader import render_to_string

from detach.charts import PlanePoint, Series, bar_chart, line_chart, nice_ticks, plane_chart, scale


def test_scale_maps_linearly_and_a_flat_domain_to_the_middle():
    assert scale(5, (0, 10), (0, 100)) == 50
    assert scale(1, (1, 7), (300, 0)) == 300
    assert scale(3, (3, 3), (0, 10)) == 5


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [(0, 10, [0, 2.5, 5, 7.5, 10]), (1, 5, [1, 2, 3, 4, 5]), (0, 37, [0, 10, 20, 30])],
)
def test_nice_ticks_are_round_numbers_covering_the_range(low, high, expected):
    assert nice_ticks(low, high) == expected


def test_covering_ticks_reach_past_the_highest_value():
    assert nice_ticks(0, 25, cover=True) == [0, 10, 20, 30]


def test_the_tallest_stacked_bar_fits_inside_the_chart():
    chart = bar_chart(
        [Series("A", [20]), Series("B", [5], "series-2")], x_labels=["w1"], title="t", summary="s"
    )
    assert min(bar["y"] for bar in chart["bars"]) >= chart["box"]["y0"]


def test_a_line_chart_leaves_a_gap_where_a_value_is_missing():
    chart = line_chart(
        [Series("Mood", [3, None, 4, 5])],
        x_labels=["w1", "w2", "w3", "w4"],
        y_min=1,
        y_max=5,
        title="Mood",
        summary="s",
    )
    path = chart["series"][0]["path"]
    assert path.count("M") == 2
    assert len(chart["series"][0]["points"]) == 3
    assert chart["table"]["rows"][1] == ["w2", "–"]


def test_a_higher_value_is_drawn_higher_on_a_line_chart():
    chart = line_chart(
        [Series("x", [1, 5])], x_labels=["a", "b"], y_min=1, y_max=5, title="t", summary="s"
    )
    low, high = chart["series"][0]["points"]
    assert high["y"] < low["y"]


def test_stacked_bars_sit_on_top_of_each_other():
    chart = bar_chart(
        [Series("A", [10]), Series("B", [5], "series-2")], x_labels=["w1"], title="t", summary="s"
    )
    a, b = chart["bars"]
    assert a["y"] == pytest.approx(b["y"] + b["height"], abs=0.2)


def test_many_x_labels_are_thinned_for_small_screens():
    labels = [f"w{i}" for i in range(52)]
    chart = line_chart(
        [Series("x", list(range(52)))], x_labels=labels, y_min=0, y_max=52, title="t", summary="s"
    )
    assert len(chart["x_labels"]) <= 6
    assert len(chart["table"]["rows"]) == 52


def test_the_plane_puts_high_anxiety_up_and_high_avoidance_right():
    chart = plane_chart(
        [PlanePoint(2, 2, "then"), PlanePoint(6, 6, "now", current=True)], title="t", summary="s"
    )
    then, now = chart["points"]
    assert now["x"] > then["x"]
    assert now["y"] < then["y"]
    assert chart["trail"].startswith("M")


def test_every_chart_template_renders_a_title_summary_and_table():
    charts = {
        "line": line_chart(
            [Series("Mood", [3, 4])],
            x_labels=["a", "b"],
            y_min=1,
            y_max=5,
            title="Mood by week",
            summary="Mood rose.",
        ),
        "bar": bar_chart(
            [Series("Minutes", [10, 20])],
            x_labels=["a", "b"],
            title="Minutes by week",
            summary="More practice.",
        ),
        "plane": plane_chart(
            [PlanePoint(4, 4, "Today", current=True)],
            title="Where you stand",
            summary="In the middle.",
        ),
    }
    for kind, chart in charts.items():
        html = render_to_string(f"includes/charts/{kind}.html", {"chart": chart})
        assert f'<title id="{chart["id"]}-title">{chart["title"]}</title>' in html
        assert chart["summary"] in html
        assert "<table" in html
        assert "style=" not in html


def test_long_category_names_are_thinned_so_they_do_not_overlap_on_a_phone():
    names = [
        "Friends",
        "Family",
        "Community",
        "Body and movement",
        "Creativity",
        "Learning",
        "Nature",
        "Work and purpose",
        "Rest and solitude",
        "Meaning",
    ]
    chart = bar_chart([Series("Now", [5] * 10)], x_labels=names, title="t", summary="s")
    shown = chart["x_labels"]
    assert 2 <= len(shown) < len(names)
    widths = [len(label["label"]) * 12 for label in shown]
    gaps = [b["x"] - a["x"] for a, b in zip(shown, shown[1:], strict=False)]
    assert all(gap >= (w1 + w2) / 2 for gap, w1, w2 in zip(gaps, widths, widths[1:], strict=False))
    assert len(chart["table"]["rows"]) == 10
