"""The fulfillment map over time ("then and now"), drawn with detach.charts.

Takes maps oldest first, each giving ``taken_on`` and ``as_dict()`` ({area: (importance,
fulfilment)}); the arithmetic is plain Python, so it is tested without a database.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from detach.charts import LineChart, Series, line_chart
from detach.formatting import full_date
from practices.areas import AREAS, AREAS_BY_CODE, AreaScore, biggest_gaps, mean_fulfilment
from practices.calm_charts import CALM_TICKS, date_labels

FOLLOWED_AREAS = 3


class MapLike(Protocol):
    taken_on: date

    def as_dict(self) -> dict[str, tuple[int, int]]: ...


@dataclass(frozen=True)
class ThenNow:
    name: str
    then: int
    now: int

    @property
    def change(self) -> int:
        return self.now - self.then

    @property
    def size(self) -> int:
        return abs(self.change)


def followed_areas(first: dict[str, tuple[int, int]]) -> list[str]:
    """The areas with the biggest gaps on the first map: the ones the person set out to grow."""
    scores = [AreaScore(AREAS_BY_CODE[c], *v) for c, v in first.items() if c in AREAS_BY_CODE]
    return [s.area.code for s in biggest_gaps(scores, limit=FOLLOWED_AREAS)]


def then_and_now(maps: Sequence[MapLike]) -> list[ThenNow]:
    """Fulfilment per area on the first map and on the latest one."""
    if len(maps) < 2:
        return []
    first, latest = maps[0].as_dict(), maps[-1].as_dict()
    return [
        ThenNow(area.name, first[area.code][1], latest[area.code][1])
        for area in AREAS
        if area.code in first and area.code in latest
    ]


def over_time_summary(maps: Sequence[MapLike]) -> str:
    first, latest = maps[0], maps[-1]
    start, end = mean_fulfilment(first.as_dict()), mean_fulfilment(latest.as_dict())
    labels = [full_date(d) for d in (first.taken_on, latest.taken_on)]
    if start is None or end is None:
        return f"You have taken the map {len(maps)} times."
    return (
        f"You have taken the map {len(maps)} times. Average fulfilment across your life areas "
        f"was {start:.1f} out of 10 on {labels[0]} and {end:.1f} on {labels[1]}."
    )


def over_time_chart(maps: Sequence[MapLike]) -> LineChart | None:
    """Average fulfilment on each map, plus the areas that had the biggest gaps at first."""
    if len(maps) < 2:
        return None
    ratings = [m.as_dict() for m in maps]
    series = [
        Series(
            "Average of all areas",
            [None if (v := mean_fulfilment(r)) is None else round(v, 1) for r in ratings],
            "series-1",
        )
    ]
    for index, code in enumerate(followed_areas(ratings[0]), start=2):
        series.append(
            Series(
                AREAS_BY_CODE[code].name,
                [r[code][1] if code in r else None for r in ratings],
                f"series-{index}",
            )
        )
    return line_chart(
        series,
        x_labels=date_labels([m.taken_on for m in maps]),
        y_min=0,
        y_max=10,
        y_ticks=CALM_TICKS,
        y_format="{:g}",
        title="How fulfilled you felt each time you took the map (0 to 10)",
        summary=over_time_summary(maps),
        x_header="Map taken on",
    )


def map_charts(maps: Sequence[MapLike]) -> dict:
    return {"over_time": over_time_chart(maps), "then_now": then_and_now(maps)}
