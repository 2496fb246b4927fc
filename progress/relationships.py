"""Attachment per relationship on the progress page: one small plane per person with their
trail, and one sentence setting the people side by side. Pure: the selectors fetched."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from detach import charts
from detach.formatting import short_date
from progress.charts import local_day
from quiz.selectors import PeopleComparison, PersonTrail, compare_people


@dataclass(frozen=True)
class PersonPlane:
    trail: PersonTrail
    plane: charts.PlaneChart


@dataclass(frozen=True)
class Relationships:
    planes: tuple[PersonPlane, ...]
    comparison: PeopleComparison | None


def relationship_planes(
    trails: Sequence[PersonTrail], start: date | None, zone: tzinfo
) -> Relationships | None:
    """Each person's results in the range (the latest version's only: another version's
    statements give scores that cannot be joined), and the comparison of their latest."""
    shown = []
    for trail in trails:
        points = [p for p in trail.points if start is None or local_day(p, zone) >= start]
        points = [p for p in points if p.version == trail.latest.version]
        if not points:
            continue
        kept = PersonTrail(trail.person, tuple(points))
        plane = charts.plane_chart(
            [
                charts.PlanePoint(
                    p.anxiety,
                    p.avoidance,
                    short_date(local_day(p, zone)),
                    current=(i == len(points) - 1),
                )
                for i, p in enumerate(points)
            ],
            title="Results about one person",
            summary=(
                f"{len(points)} result{'s' if len(points) != 1 else ''} in this range; the "
                f"latest has anxiety {points[-1].anxiety:.1f} and avoidance "
                f"{points[-1].avoidance:.1f} (1–7)."
            ),
        )
        shown.append(PersonPlane(kept, plane))
    if not shown:
        return None
    return Relationships(tuple(shown), compare_people([p.trail for p in shown]))
