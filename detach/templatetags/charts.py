"""``{% chart some_chart %}``: a chart of ``detach.charts`` on a page, as one figure holding its
SVG, its legend, its summary and the numbers as a table. Nothing for ``None`` (a chart with no
data to draw), so a template need not test for one first."""

from django import template

from detach.chart_svg import draw, new_chart_id
from detach.charts import Chart

register = template.Library()


@register.inclusion_tag("includes/charts/figure.html")
def chart(chart: Chart | None) -> dict:
    if chart is None:
        return {"drawing": None}
    return {"chart": chart, "drawing": draw(chart, new_chart_id())}
