"""What a result means, in our own words, drawn from the seed article's step one.

Plain words, gentle, never a verdict: a result is a snapshot of how someone answered today.
"""

from dataclasses import dataclass

from quiz.scoring import (
    AMBIVALENT,
    AVOIDANT,
    FEARFUL,
    HIGH,
    LOW,
    MODERATE,
    PATTERN_HIGH_FROM,
    PATTERN_MODERATE_FROM,
    SECURE,
)

STYLE_NAMES = {
    SECURE: "Secure",
    AMBIVALENT: "Ambivalent (preoccupied)",
    AVOIDANT: "Avoidant (dismissing)",
    FEARFUL: "Fearful (anxious and avoidant)",
}

# Where each style sits in the plane, for the blend's explanation.
STYLE_CORNERS = {
    SECURE: "low anxiety, low avoidance",
    AMBIVALENT: "high anxiety, low avoidance",
    AVOIDANT: "low anxiety, high avoidance",
    FEARFUL: "high anxiety, high avoidance",
}


@dataclass(frozen=True)
class StyleText:
    what: str
    shows: tuple[str, ...]
    helps: tuple[str, ...]


STYLE_TEXT = {
    SECURE: StyleText(
        what=(
            "You can lean on the people close to you and let them lean on you, without your "
            "sense of being all right hanging on how the relationship goes. It usually grows "
            "where care early on was steady enough to teach that needs can be met."
        ),
        shows=(
            "Trust comes fairly easily, and so does being open about what you feel.",
            "You can be close to someone and still be your own person.",
            "If a relationship ended it would hurt, and you would still trust yourself to get "
            "through it.",
        ),
        helps=(
            "Keep feeding what keeps you steady: friendships, interests and time of your own.",
            "Say so early when something feels off, before it grows.",
            "Security is not fixed for life; stressful times can shake anyone, so be kind to "
            "yourself when they do.",
        ),
    ),
    AMBIVALENT: StyleText(
        what=(
            "Closeness matters a great deal to you, and the fear of losing it is rarely far "
            "away. This pattern often grows where early care was loving at some times and "
            "unreliable at others, so part of you learned to hold on tightly."
        ),
        shows=(
            "Worry when someone close is distant or slow to reply, and a mind that fills the "
            "silence with the worst.",
            "A strong need for reassurance, and small changes read as signs of being left.",
            "A pull to cling, check or try harder just when the other person needs space.",
        ),
        helps=(
            "Building sources of comfort and meaning that do not all rest on one person.",
            "Noticing the worried story, naming it, and letting it pass before acting on it.",
            "Expectations that let the other person be separate, busy and imperfect.",
        ),
    ),
    AVOIDANT: StyleText(
        what=(
            "Independence feels safest to you, and closeness can feel like pressure. This "
            "pattern often grows where needs were met with distance, or where showing them "
            "was discouraged, so part of you learned to rely on yourself alone."
        ),
        shows=(
            "Reluctance to open up or to let someone see you struggle.",
            "An urge to step back when a relationship starts to feel serious.",
            "Brushing off a partner's feelings, or going quiet when they want to talk about "
            "the two of you.",
        ),
        helps=(
            "Seeing the urge to withdraw as a feeling to notice, not an order to follow.",
            "Letting someone in a little at a time, and seeing that you are still you.",
            "Staying with an uncomfortable feeling for a few breaths before deciding what to do.",
        ),
    ),
    FEARFUL: StyleText(
        what=(
            "You may want closeness and fear it at the same time: worried about being left, "
            "and uneasy when someone comes near. People rarely fit one box, and here both the "
            "anxious pull and the avoidant pull are strong."
        ),
        shows=(
            "Push and pull: reaching for someone, then backing away once they come close.",
            "Mixed signals that leave both of you unsure where you stand.",
            "Moving between clinging and going cold, sometimes in the same week.",
        ),
        helps=(
            "Slowing down: a few mindful breaths to notice which pull is active right now.",
            "Steady sources of fulfilment outside the relationship, so neither pull runs "
            "everything.",
            "Gentle, realistic expectations of yourself and others. If it feels heavy, talking "
            "it through with a counsellor can help.",
        ),
    ),
}

PATTERN_THRESHOLDS_TEXT = (
    f"Each lens is the average of its statements on the 1 to 7 scale: below "
    f"{PATTERN_MODERATE_FROM:g} reads as low, from {PATTERN_MODERATE_FROM:g} up to "
    f"{PATTERN_HIGH_FROM:g} as moderate, and {PATTERN_HIGH_FROM:g} or above as high."
)

LEVEL_NAMES = {LOW: "Low", MODERATE: "Moderate", HIGH: "High"}

LOVE_ADDICT_TEXT = {
    LOW: "Little of the love-addiction pattern showed in your answers: you do not seem to be "
    "looking for one person to rescue you or to fill every gap.",
    MODERATE: "Some of the love-addiction pattern showed: at times you may hope a partner will "
    "take the pain away, or find it hard to let go when things end. Worth noticing, not "
    "worrying about.",
    HIGH: "Much of the love-addiction pattern showed: a hope that one person can fill an old "
    "emptiness, and a hard time letting go. Building a life with many sources of comfort and "
    "meaning, not just one person, is the gentle way out of that loop.",
}

LOVE_AVOIDANT_TEXT = {
    LOW: "Little of the love-avoidance pattern showed: strong feelings from someone close do "
    "not seem to send you looking for the exit.",
    MODERATE: "Some of the love-avoidance pattern showed: at times you may keep the peace to "
    "avoid a scene, or feel crowded by someone's needs. Worth noticing, not worrying about.",
    HIGH: "Much of the love-avoidance pattern showed: keeping someone happy to avoid conflict, "
    "feeling smothered, and a pull to go cold or leave when it gets too much. Noticing that "
    "pull early gives you more choice about what you do with it.",
}

NOT_A_DIAGNOSIS = (
    "This quiz is for reflection. Its statements are Detach's own and have not been tested in "
    "research, so it gives a general idea of how you answered today, not a measurement. It is "
    "not a diagnosis, and you are more than any questionnaire can say. If relationships are "
    "causing you real distress, a counsellor or therapist can help."
)

ALL_THE_SAME = (
    "You gave every statement the same answer. That can happen for many reasons, such as a "
    "tiring day or wanting to get through quickly, and it means this result may not mean much. "
    "Some statements are worded the other way round, so the same answer to all of them cannot "
    "describe one consistent pattern. If you like, take the quiz again another time, reading "
    "each statement on its own."
)

NEW_VERSION_BEGAN = (
    "The questionnaire was revised since some of your earlier results, so a new version began. "
    "Those results stay in your list, but they are not compared with this one: different "
    "statements give scores that cannot be set side by side."
)
