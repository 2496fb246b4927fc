"""Geometry for the server-rendered SVG charts of the quiz, practices and progress pages.

Pure functions: numbers in, a frozen dataclass out (positions in chart units, labels and the
data table as text), with no markup. ``detach.chart_svg`` draws them and
``{% chart some_chart %}`` (``detach/templatetags/charts.py``) puts one on a page with its text
alternative: every chart carries a title, a one-line summary and a data table, so it reads
without the picture. Colours are CSS classes (``series-1`` …), so light and dark modes both work.
"""

from detach.charts.axes import AxisLabel, Box, DataTable, Series, Tick, nice_ticks, scale
from detach.charts.categories import CategoryBarChart, CategoryRow, category_bar_chart
from detach.charts.month_grid import (
    CellGroup,
    MonthGridChart,
    MonthRow,
    month_grid_chart,
    year_grid_chart,
)
from detach.charts.plane import (
    PlacedPoint,
    PlaneChart,
    PlanePoint,
    PlaneTick,
    Quadrant,
    plane_chart,
)
from detach.charts.xy import (
    Bar,
    BarChart,
    Line,
    LineChart,
    LinePoint,
    SeriesKey,
    bar_chart,
    line_chart,
)

Chart = LineChart | BarChart | CategoryBarChart | PlaneChart | MonthGridChart

__all__ = [
    "AxisLabel",
    "Bar",
    "BarChart",
    "Box",
    "CategoryBarChart",
    "CategoryRow",
    "CellGroup",
    "Chart",
    "DataTable",
    "Line",
    "LineChart",
    "LinePoint",
    "MonthGridChart",
    "MonthRow",
    "PlacedPoint",
    "PlaneChart",
    "PlanePoint",
    "PlaneTick",
    "Quadrant",
    "Series",
    "SeriesKey",
    "Tick",
    "bar_chart",
    "category_bar_chart",
    "line_chart",
    "month_grid_chart",
    "nice_ticks",
    "plane_chart",
    "scale",
    "year_grid_chart",
]
