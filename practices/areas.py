"""Life areas of the fulfillment map, with small ideas for each. Pure data and pure functions."""

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    code: str
    name: str
    question: str
    ideas: tuple[str, ...]


AREAS: tuple[Area, ...] = (
    Area(
        "friends",
        "Friends",
        "Time with people who know you and like you as you are.",
        (
            "Send one friend a message suggesting a walk or a coffee.",
            "Call someone you have not spoken to in a while, just to hear how they are.",
        ),
    ),
    Area(
        "family",
        "Family",
        "Connection with the relatives or chosen family that matter to you.",
        (
            "Share a meal or a call with a relative you feel easy with.",
            "Look through old photos with someone from your family.",
        ),
    ),
    Area(
        "community",
        "Community",
        "Belonging to a group, a neighbourhood or a cause.",
        (
            "Go to one local event, class or meet-up on your own.",
            "Offer an hour of help to a neighbour or a local group.",
        ),
    ),
    Area(
        "body",
        "Body and movement",
        "Moving, resting and caring for your body.",
        (
            "Take a twenty-minute walk without your phone in your hand.",
            "Try a beginner's class: swimming, dance, yoga or climbing.",
        ),
    ),
    Area(
        "creativity",
        "Creativity",
        "Making something: writing, music, cooking, crafts, anything.",
        (
            "Spend half an hour making something with no aim of it being good.",
            "Cook a recipe you have never tried, just for yourself.",
        ),
    ),
    Area(
        "learning",
        "Learning",
        "Curiosity, skills and ideas that grow you.",
        (
            "Read a chapter of a book you chose only for yourself.",
            "Watch a lesson or tutorial about something you have wondered about.",
        ),
    ),
    Area(
        "nature",
        "Nature",
        "Time outdoors, with plants, animals, water or sky.",
        (
            "Sit in a park or garden for fifteen minutes and notice what is around you.",
            "Plan a short trip to a river, forest, hill or beach.",
        ),
    ),
    Area(
        "work",
        "Work and purpose",
        "Work, study or contribution that feels worthwhile.",
        (
            "Spend one focused hour on a project that is yours.",
            "Write down one thing you want to get better at this month, and a first step.",
        ),
    ),
    Area(
        "rest",
        "Rest and solitude",
        "Time alone that restores you rather than drains you.",
        (
            "Block an evening just for yourself and keep it.",
            "Have a slow morning: no plans, no messages for the first hour.",
        ),
    ),
    Area(
        "meaning",
        "Meaning",
        "What gives your life a sense of direction: values, faith, reflection.",
        (
            "Write a few lines about what you want your days to stand for.",
            "Spend time on a practice that connects you to something larger than yourself.",
        ),
    ),
)

AREAS_BY_CODE: dict[str, Area] = {area.code: area for area in AREAS}
AREA_CHOICES = [(area.code, area.name) for area in AREAS]

# A gap this large (importance minus fulfilment) is worth pointing out.
NOTABLE_GAP = 2
HIGHLIGHTED_GAPS = 3


@dataclass(frozen=True)
class AreaScore:
    area: Area
    importance: int
    fulfilment: int

    @property
    def gap(self) -> int:
        return self.importance - self.fulfilment

    @property
    def words(self) -> str:
        return in_words(self.importance, self.fulfilment)


# Ratings from 0 to 10 read in three bands: up to LOW, up to MIDDLE, and above.
LOW = 3
MIDDLE = 6


def in_words(importance: int, fulfilment: int) -> str:
    """How an area stands, said plainly and without judgement.

    For example "matters a lot, feels thin right now".

    Words come before any number, so a person reads their map as a description of their life,
    not as a score."""
    if importance <= LOW:
        matters = "matters less to you"
    elif importance <= MIDDLE:
        matters = "matters somewhat"
    else:
        matters = "matters a lot"
    if fulfilment <= LOW:
        feels = "feels thin right now"
    elif fulfilment <= MIDDLE:
        feels = "feels partly there right now"
    else:
        feels = "feels full right now"
    return f"{matters}, {feels}"


def biggest_gaps(scores: list[AreaScore], *, limit: int = HIGHLIGHTED_GAPS) -> list[AreaScore]:
    """The areas that matter more than they are fulfilled, largest gap first.

    Ties go to the area that matters more, then to the map's order, so the result is stable.
    """
    order = {area.code: index for index, area in enumerate(AREAS)}
    notable = [s for s in scores if s.gap >= NOTABLE_GAP]
    notable.sort(key=lambda s: (-s.gap, -s.importance, order.get(s.area.code, 0)))
    return notable[:limit]


def mean_fulfilment(ratings: Mapping[str, tuple[int, int]]) -> float | None:
    """The average of 'how fulfilled now' across rated areas, or None for an empty map."""
    if not ratings:
        return None
    return sum(fulfilment for _importance, fulfilment in ratings.values()) / len(ratings)
