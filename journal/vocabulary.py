"""The fixed words of the journal: the mood scale and the list of emotions.

Moods are a 5-point scale shown with words (and an icon), never a bare number. Emotions come
from a fixed list so they can be counted without reading anyone's text.
"""

from dataclasses import dataclass

LOWEST_MOOD = 1


@dataclass(frozen=True)
class Mood:
    value: int
    word: str
    icon: str  # a Bootstrap Icons name, always shown next to the word, never alone


MOODS: tuple[Mood, ...] = (
    Mood(1, "Very low", "emoji-tear"),
    Mood(2, "Low", "emoji-frown"),
    Mood(3, "In between", "emoji-neutral"),
    Mood(4, "Good", "emoji-smile"),
    Mood(5, "Very good", "emoji-laughing"),
)
MOODS_BY_VALUE: dict[int, Mood] = {mood.value: mood for mood in MOODS}
MOOD_CHOICES: list[tuple[int, str]] = [(mood.value, mood.word) for mood in MOODS]


def mood_word(value: int | None) -> str:
    mood = MOODS_BY_VALUE.get(value) if value is not None else None
    return mood.word if mood else "No mood noted"


EMOTIONS: tuple[tuple[str, str], ...] = (
    ("anxious", "Anxious"),
    ("lonely", "Lonely"),
    ("sad", "Sad"),
    ("angry", "Angry"),
    ("hurt", "Hurt"),
    ("jealous", "Jealous"),
    ("confused", "Confused"),
    ("numb", "Numb"),
    ("tired", "Tired"),
    ("calm", "Calm"),
    ("hopeful", "Hopeful"),
    ("relieved", "Relieved"),
    ("grateful", "Grateful"),
    ("proud", "Proud"),
    ("free", "Free"),
    ("connected", "Connected"),
)
EMOTION_LABELS: dict[str, str] = dict(EMOTIONS)


def clean_emotions(codes) -> list[str]:
    """Known emotion codes only, in the list's own order, each once."""
    wanted = set(codes or ())
    return [code for code, _label in EMOTIONS if code in wanted]
