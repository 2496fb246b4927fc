"""Charts: the geometry as plain data (``detach.charts``), the drawing (``detach.chart_svg``) and
the ``{% chart %}`` tag, each on its own."""

import dataclasses
import re
from datetime import date
from pathlib import Path

import pytest
from django.template import Context, Template

from detach import charts
from detach.chart_svg import draw
from detach.charts import PlanePoint, Series, bar_chart, line_chart, nice_ticks, plane_chart, scale
from tests.html import page_text

SNAPSHOTS = Path(__file__).parent / "chart_snapshots"
FIXED_ID = "chart-fixed"


def fixed_charts() -> dict:
    """One chart of each kind from fixed numbers. ``chart_snapshots/`` holds how the drawing
    code before the geometry became dataclasses drew exactly these (ids set to chart-fixed)."""
    counts = {date(2026, 9, 3): 1, date(2026, 9, 4): 2, date(2026, 10, 31): 1, date(2026, 11, 2): 3}
    return {
        "line": line_chart(
            [
                Series("Anxiety", [5.5, None, 4.25, 4.0, 3.5, 3.25, 3.0, 2.75]),
                Series("Avoidance", [3.0, 3.5, None, None, 2.5, 2.5, 2.0, 2.25], "series-2"),
            ],
            x_labels=[f"{d} Nov" for d in range(1, 9)],
            y_min=1,
            y_max=7,
            y_ticks=[1, 2, 3, 4, 5, 6, 7],
            y_format="{:.1f}",
            title="Both scores over time",
            summary="Anxiety from 5.5 to 2.8.",
            x_header="Result",
        ),
        "line_one_point": line_chart(
            [Series("Mood", [3])],
            x_labels=["5 Jan"],
            y_min=1,
            y_max=5,
            title="Mood by week",
            summary="One week.",
            x_header="Week",
        ),
        "bar": bar_chart(
            [
                Series("Outside fulfilment", [10, 0, 32.5, 5]),
                Series("Letting go", [0, 12, 4, 0], "series-2"),
                Series("Mindfulness", [20, 8, 0, 7], "series-3"),
            ],
            x_labels=["Jan–Mar ’25", "Apr–Jun ’25", "Jul–Sep ’25", "Oct–Dec ’25"],
            title="Practice minutes by quarter and module",
            summary="88 timed minutes.",
            x_header="Quarter",
        ),
        "bar_side_by_side": bar_chart(
            [
                Series("Then (5 Jan 2026)", [2, 5, None], "series-2"),
                Series("Now (5 Jun 2026)", [6, 4, 7]),
            ],
            x_labels=["Friends", "Nature", "Rest and solitude"],
            stacked=False,
            y_max=10,
            title="Fulfilment map: then and now",
            summary="Then and now.",
            x_header="Life area",
        ),
        "categories": charts.category_bar_chart(
            [
                Series("Then (5 Jan 2026)", [2, 5, None], "series-2"),
                Series("Now (5 Jun 2026)", [6, 4, 7]),
            ],
            categories=["Friends", "Nature", "Rest and solitude"],
            x_max=10,
            title="Fulfilment map: then and now",
            summary="Then and now.",
            category_header="Life area",
        ),
        "plane": plane_chart(
            [
                PlanePoint(5.5, 3.0, "2 Jan 2026"),
                PlanePoint(4.6, 2.5, "2 Mar 2026"),
                PlanePoint(3.2, 2.1, "2 May 2026", current=True),
            ],
            title="Your quiz results: in general",
            summary="3 results in this range.",
        ),
        "month_grid": charts.month_grid_chart(
            counts,
            [date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1)],
            today=date(2026, 11, 20),
            title="Days with a journal entry",
            summary="You wrote on 4 days in the months shown.",
        ),
    }


# --- Geometry ---------------------------------------------------------------------------------


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


@pytest.mark.parametrize(
    ("high", "expected"),
    [(10, [0, 5, 10]), (2, [0, 1, 2]), (1, [0, 1]), (37, [0, 10, 20, 30, 40])],
)
def test_whole_ticks_never_fall_between_whole_numbers(high, expected):
    assert nice_ticks(0, high, cover=True, whole=True) == expected


def test_a_bar_chart_of_counts_has_whole_number_ticks():
    counts = bar_chart(
        [Series("Sessions", [4, 10, 5, 3])], x_labels=list("abcd"), title="t", summary="s"
    )
    assert [tick.label for tick in counts.y_ticks] == ["0", "5", "10"]
    hours = bar_chart(
        [Series("Hours", [4, 9.5, 5, 3])], x_labels=list("abcd"), title="t", summary="s"
    )
    assert "2.5" in [tick.label for tick in hours.y_ticks]


def _walk(value, path="chart"):
    """Every (path, value) inside a chart's dataclasses and tuples."""
    yield path, value
    if dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from _walk(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]")


@pytest.mark.parametrize("kind", list(fixed_charts()))
def test_every_chart_is_frozen_plain_data_without_markup(kind):
    chart = fixed_charts()[kind]
    for path, value in _walk(chart):
        assert not isinstance(value, dict | list), f"{path} is a {type(value).__name__}"
        if dataclasses.is_dataclass(value):
            assert value.__dataclass_params__.frozen, path
            names = {field.name for field in dataclasses.fields(value)}
            assert not names & {"svg", "table_html", "id"}, path
        if isinstance(value, str):
            assert "<" not in value, path
    with pytest.raises(dataclasses.FrozenInstanceError):
        chart.title = "changed"


def test_the_same_numbers_give_the_same_chart():
    assert fixed_charts() == fixed_charts()


def test_the_tallest_stacked_bar_fits_inside_the_chart():
    chart = bar_chart(
        [Series("A", [20]), Series("B", [5], "series-2")], x_labels=["w1"], title="t", summary="s"
    )
    assert min(bar.y for bar in chart.bars) >= chart.box.y0


def test_a_line_chart_leaves_a_gap_where_a_value_is_missing():
    chart = line_chart(
        [Series("Mood", [3, None, 4, 5])],
        x_labels=["w1", "w2", "w3", "w4"],
        y_min=1,
        y_max=5,
        title="Mood",
        summary="s",
    )
    (line,) = chart.lines
    assert [len(segment) for segment in line.segments] == [1, 2]
    assert [point.label for point in line.points] == ["w1: 3", "w3: 4", "w4: 5"]
    assert chart.table.rows[1] == ("w2", "–")


def test_a_higher_value_is_drawn_higher_on_a_line_chart():
    chart = line_chart(
        [Series("x", [1, 5])], x_labels=["a", "b"], y_min=1, y_max=5, title="t", summary="s"
    )
    low, high = chart.lines[0].points
    assert high.y < low.y
    assert (low.y, high.y) == (chart.box.y1, chart.box.y0)


def test_stacked_bars_sit_on_top_of_each_other():
    chart = bar_chart(
        [Series("A", [10]), Series("B", [5], "series-2")], x_labels=["w1"], title="t", summary="s"
    )
    a, b = chart.bars
    assert a.y == pytest.approx(b.y + b.height, abs=0.2)
    assert [key.name for key in chart.keys] == ["A", "B"]


def test_side_by_side_bars_share_the_slot_and_an_empty_value_draws_no_bar():
    chart = fixed_charts()["bar_side_by_side"]
    assert len(chart.bars) == 5  # three areas, two maps, one area missing on the first map
    then_friends, now_friends = chart.bars[0], chart.bars[1]
    assert then_friends.x + then_friends.width < now_friends.x
    assert [tick.label for tick in chart.y_ticks][-1] == "10"


def test_many_x_labels_are_thinned_for_small_screens():
    labels = [f"w{i}" for i in range(52)]
    chart = line_chart(
        [Series("x", list(range(52)))], x_labels=labels, y_min=0, y_max=52, title="t", summary="s"
    )
    assert len(chart.x_labels) <= 6
    assert len(chart.table.rows) == 52


def test_the_plane_puts_high_anxiety_up_and_high_avoidance_right():
    chart = plane_chart(
        [PlanePoint(2, 2, "then"), PlanePoint(6, 6, "now", current=True)], title="t", summary="s"
    )
    then, now = chart.points
    assert now.x > then.x
    assert now.y < then.y
    assert chart.trail == ((then.x, then.y), (now.x, now.y))
    assert chart.table.rows == (("then", "2.0", "2.0"), ("now", "6.0", "6.0"))


def test_a_single_result_on_the_plane_has_no_trail():
    chart = plane_chart([PlanePoint(4, 4, "Today", current=True)], title="t", summary="s")
    assert chart.trail == ()
    assert chart.points[0].current


def test_the_month_grid_groups_days_by_state_and_counts_each_month():
    chart = fixed_charts()["month_grid"]
    cells = {group.state: len(group.corners) for group in chart.cell_groups}
    # September 30 days, October 31, November 30 of which the 21st to the 30th are to come.
    assert cells == {"cal-none": 77, "cal-some": 2, "cal-many": 2, "cal-future": 10}
    assert [row.label for row in chart.rows] == ["Sep ’26", "Oct ’26", "Nov ’26"]
    assert chart.table.rows == (
        ("September 2026", "2", "3"),
        ("October 2026", "1", "1"),
        ("November 2026", "1", "3"),
    )


def test_over_years_the_grid_is_a_year_a_row_and_a_month_a_cell_shaded_by_days_written():
    counts = {date(2024, 3, 1): (2, 3), date(2025, 7, 1): (12, 14), date(2026, 11, 1): (1, 1)}
    chart = charts.year_grid_chart(
        counts, first=date(2024, 2, 10), today=date(2026, 11, 20), title="t", summary="s"
    )
    cells = {group.state: len(group.corners) for group in chart.cell_groups}
    # 36 months in 2024–2026: January 2024 before the history and December 2026 to come are
    # outlines; of the 34 between, one month written often, two sometimes, 31 not at all.
    assert cells == {"cal-future": 2, "cal-some": 2, "cal-many": 1, "cal-none": 31}
    assert [row.label for row in chart.rows] == [*"JFMAMJJASOND", "2024", "2025", "2026"]
    assert chart.table.headers[0] == "Year" and chart.table.headers[-1] == "Days in the year"
    assert chart.table.headers[3] == "Days in March"
    assert [row[0] for row in chart.table.rows] == ["2024", "2025", "2026"]
    assert chart.table.rows[0][1:4] == ("", "0", "2")  # January is before the history
    assert chart.table.rows[1][7] == "12" and chart.table.rows[1][-1] == "12"
    assert chart.table.rows[2][12] == ""  # December 2026 has not come yet
    assert chart.compact is None
    assert ("cal-many", "8 days or more") in chart.key


def test_a_year_grid_draws_once_with_month_letters_and_a_legend_in_months():
    counts = {date(2025, 1, 1): (9, 9)}
    chart = charts.year_grid_chart(
        counts, first=date(2025, 1, 1), today=date(2026, 2, 1), title="t", summary="s"
    )
    drawing = draw(chart, FIXED_ID)
    assert drawing.kind == "year-grid"
    assert str(drawing.svg).count("<svg") == 1
    assert ">2025</text>" in str(drawing.svg) and ">D</text>" in str(drawing.svg)
    assert "8 days or more" in drawing.legend
    assert "two or more" not in drawing.legend


def test_long_x_labels_are_thinned_so_they_do_not_overlap_on_a_phone():
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
    shown = chart.x_labels
    assert 2 <= len(shown) < len(names)
    widths = [len(label.label) * 12 for label in shown]
    gaps = [b.x - a.x for a, b in zip(shown, shown[1:], strict=False)]
    assert all(gap >= (w1 + w2) / 2 for gap, w1, w2 in zip(gaps, widths, widths[1:], strict=False))
    assert len(chart.table.rows) == 10


# --- Drawing ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(fixed_charts()))
def test_the_drawing_is_the_same_svg_and_table_as_before_the_geometry_became_data(kind):
    drawing = draw(fixed_charts()[kind], FIXED_ID)
    assert str(drawing.svg) == (SNAPSHOTS / f"{kind}.svg").read_text().rstrip("\n")
    assert str(drawing.table) == (SNAPSHOTS / f"{kind}.table.html").read_text().rstrip("\n")


NASTY = "<script>alert(1)</script> & \"quoted\" 'single'"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#x27;single&#x27;"


def nasty_charts() -> dict:
    """Every text a chart carries (title, summary, series, labels, headers) from data."""
    text = {"title": f"Title {NASTY}", "summary": f"Summary {NASTY}"}
    return {
        "line": line_chart(
            [Series(f"Series {NASTY}", [1, 2]), Series("Other", [2, 1], "series-2")],
            x_labels=[f"Label {NASTY}", "b"],
            y_min=0,
            y_max=5,
            x_header=f"Header {NASTY}",
            **text,
        ),
        "bar": bar_chart(
            [Series(f"Series {NASTY}", [1, 2]), Series("Other", [2, 1], "series-2")],
            x_labels=[f"Label {NASTY}", "b"],
            x_header=f"Header {NASTY}",
            **text,
        ),
        "categories": charts.category_bar_chart(
            [Series(f"Series {NASTY}", [1, 2]), Series("Other", [2, 1], "series-2")],
            categories=[f"Label {NASTY}", "b"],
            category_header=f"Header {NASTY}",
            **text,
        ),
        "plane": plane_chart(
            [PlanePoint(3, 3, f"Label {NASTY}"), PlanePoint(4, 4, "now", current=True)], **text
        ),
        "month_grid": charts.month_grid_chart(
            {date(2026, 1, 2): 1}, [date(2026, 1, 1)], today=date(2026, 1, 31), **text
        ),
    }


@pytest.mark.parametrize("kind", list(nasty_charts()))
def test_every_text_from_data_is_escaped_in_the_svg_and_the_table(kind):
    chart = nasty_charts()[kind]
    drawing = draw(chart, FIXED_ID)
    for html in (str(drawing.svg), str(drawing.table), drawing.legend):
        assert "<script" not in html
        assert '"quoted"' not in html
        assert "'single'" not in html
        assert " & " not in html
    svg, table = str(drawing.svg), str(drawing.table)
    assert f'<title id="{FIXED_ID}-title">Title {ESCAPED}</title>' in svg
    assert f'<desc id="{FIXED_ID}-desc">Summary {ESCAPED}</desc>' in svg
    assert f'aria-label="Title {ESCAPED}: the numbers"' in table
    assert f'<caption class="visually-hidden">Title {ESCAPED}</caption>' in table
    if kind != "month_grid":
        assert f"Label {ESCAPED}" in svg + table
    # Read back as a person or a screen reader would, the text is exactly what was given.
    assert f"Title {NASTY}" in page_text(table)


def test_quotes_alone_are_escaped_too():
    # The drawing only escapes text holding something to escape: quotes are such a thing.
    quoted = "She said \"no\" and 'yes'"
    chart = bar_chart(
        [Series(quoted, [1, 2]), Series("Other", [2, 1], "series-2")],
        x_labels=[quoted, "b"],
        title=quoted,
        summary="s",
    )
    drawing = draw(chart, FIXED_ID)
    for html in (str(drawing.svg), str(drawing.table), drawing.legend):
        assert quoted not in html
        assert "She said &quot;no&quot; and &#x27;yes&#x27;" in html


def test_the_legend_names_each_series_escaped_and_only_when_there_are_several():
    drawing = draw(nasty_charts()["line"], FIXED_ID)
    assert f"Series {ESCAPED}" in drawing.legend
    assert draw(fixed_charts()["line_one_point"], FIXED_ID).legend == ""
    assert "two or more" in draw(fixed_charts()["month_grid"], FIXED_ID).legend


# --- The {% chart %} tag ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(fixed_charts()))
def test_the_chart_tag_puts_a_chart_and_its_text_alternative_in_one_figure(kind):
    chart = fixed_charts()[kind]
    html = Template("{% chart c %}").render(Context({"c": chart}))
    chart_id = re.search(r'<title id="(chart-[0-9a-f]{8})-title">', html)[1]
    assert html.startswith(f'<figure class="chart chart-{kind.split("_")[0]}')
    assert f'<title id="{chart_id}-title">{chart.title}</title>' in html
    assert f'<p class="chart-summary mb-1">{chart.summary}</p>' in html
    assert html.count("<table") == 1 and html.count("<svg") >= 1
    assert "style=" not in html


def test_the_chart_tag_gives_each_chart_its_own_id_and_draws_nothing_for_none():
    chart = fixed_charts()["plane"]
    html = Template("{% chart a %}{% chart b %}{% chart nothing %}").render(
        Context({"a": chart, "b": chart, "nothing": None})
    )
    ids = re.findall(r'<title id="(chart-[0-9a-f]{8})-title">', html)
    assert len(ids) == 2 and ids[0] != ids[1]
    assert html.count("<figure") == 2


def test_the_chart_tag_escapes_the_summary_under_the_chart():
    html = Template("{% chart c %}").render(Context({"c": nasty_charts()["bar"]}))
    assert "<script" not in html
    assert f'<p class="chart-summary mb-1">Summary {ESCAPED}</p>' in html


def test_earlier_results_on_the_plane_fade_with_age_and_the_latest_is_marked():
    chart = plane_chart(
        [PlanePoint(5, 3, "first"), PlanePoint(4, 3, "second"), PlanePoint(3, 3, "third")]
        + [PlanePoint(2, 2, "latest", current=True)],
        title="t",
        summary="s",
    )
    opacities = [point.opacity for point in chart.points]
    assert opacities[0] < opacities[1] < opacities[2] < opacities[3] == 1
    svg = str(draw(chart, FIXED_ID).svg)
    assert svg.count('class="plane-point-ring"') == 1
    assert svg.index('class="plane-trail"') < svg.index('class="plane-point')


def test_the_plane_has_a_legend_for_its_trail_and_none_for_a_single_result():
    trail = draw(fixed_charts()["plane"], FIXED_ID).legend
    assert page_text(trail) == "earlier results, oldest faintest latest"
    single = plane_chart([PlanePoint(4, 4, "Today", current=True)], title="t", summary="s")
    assert draw(single, FIXED_ID).legend == ""


AREA_NAMES = [
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


def test_every_category_is_named_beside_its_own_bars():
    chart = charts.category_bar_chart(
        [Series("Then", [3] * 10, "series-2"), Series("Now", [8] * 10)],
        categories=AREA_NAMES,
        x_max=10,
        title="t",
        summary="s",
    )
    assert [row.label for row in chart.rows] == AREA_NAMES
    svg = str(draw(chart, FIXED_ID).svg)
    assert all(f">{name}</text>" in svg for name in AREA_NAMES)
    # Each name sits level with its two bars, left of them, and rows never overlap.
    for row, then, now in zip(chart.rows, chart.bars[::2], chart.bars[1::2], strict=True):
        assert then.y < row.y < now.y + now.height
        assert then.x == now.x == chart.box.x0
    assert all(a.y < b.y for a, b in zip(chart.rows, chart.rows[1:], strict=False))
    # A longer bar for a bigger value, and the full scale reaches the plot's right edge.
    assert chart.bars[1].width > chart.bars[0].width
    assert chart.x_ticks[-1].label == "10" and chart.x_ticks[-1].x == chart.box.x1


def test_on_a_phone_the_month_grid_is_small_calendars_a_quarter_to_a_row():
    chart = fixed_charts()["month_grid"]
    compact = chart.compact
    corners = sorted(c for group in compact.cell_groups for c in group.corners)
    assert len(corners) == 30 + 31 + 30
    # 1 September 2026 is a Tuesday: second column of the first calendar; the months side by
    # side, each seven cells wide.
    september = [m for m in compact.months if m.label == "Sep ’26"][0]
    assert [m.x for m in compact.months] == [0, 180, 360]
    first_week = [x for x, y in corners if y == september.y + 10 and x < 180]
    assert min(first_week) == september.x + 24 and len(first_week) == 6
    assert compact.width < chart.width / 1.5
    assert str(draw(chart, FIXED_ID).svg).count("<svg") == 2
