"""The words of the safety plan and of the relationship check: versioned data, in our own words.

The plan follows the six steps of the Stanley–Brown safety plan, plus the reasons a person keeps
going. The check asks a few plain questions about fear, threats, harm, control, isolation and
the monitoring of phone or money. Nothing here touches a request or the database.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class PlanSection:
    field: str  # the SafetyPlan field holding the person's words
    heading: str
    hint: str
    step: int | None  # 1-6 for the six steps; None for the reasons to keep going


PLAN_SECTIONS = (
    PlanSection(
        "warning_signs",
        "My warning signs",
        "The thoughts, feelings, places or moments that tell me a hard time may be starting.",
        1,
    ),
    PlanSection(
        "on_my_own",
        "Things I can do on my own to feel calmer",
        "Small things that help without anyone else: a walk, a shower, music, slow breathing, "
        "a film I know by heart.",
        2,
    ),
    PlanSection(
        "people_and_places",
        "People and places that take my mind off things",
        "Company or places that help without needing to talk about it: a friend's kitchen, a "
        "café, a library, a park.",
        3,
    ),
    PlanSection(
        "people_to_ask",
        "People I can ask for help",
        "People I can tell how I really am, and how to reach them.",
        4,
    ),
    PlanSection(
        "professionals",
        "Professionals and lines I can call",
        "My doctor, a counsellor, a local crisis line or a domestic-abuse helpline, with their "
        "numbers. The lines at the end of the plan are a place to start.",
        5,
    ),
    PlanSection(
        "safer_surroundings",
        "Making my surroundings safer",
        "What I can put away, hand to someone I trust or stay away from for a while, and where "
        "I could go if I needed to leave.",
        6,
    ),
    PlanSection(
        "reasons",
        "My reasons to keep going",
        "The people, creatures, hopes and small joys that matter to me, big or small.",
        None,
    ),
)
PLAN_FIELDS = tuple(section.field for section in PLAN_SECTIONS)
# Long enough for anything a person writes in one step; a paste of a whole document is refused
# with a message, and the words stay in the box.
SECTION_MAX_CHARS = 3000


YES, NO, NOT_SURE = "yes", "no", "not_sure"
ANSWER_CHOICES = ((YES, "Yes"), (NO, "No"), (NOT_SURE, "Not sure"))
ANSWER_WORDS = dict(ANSWER_CHOICES)


@dataclass(frozen=True)
class Question:
    code: str
    text: str


CHECK_VERSION = 1
QUESTIONS = (
    Question("afraid", "Do you ever feel afraid of them, or of how they will react?"),
    Question(
        "threats",
        "Have they threatened to hurt you, someone you love, a pet, or themselves?",
    ),
    Question(
        "harm",
        "Have they ever hurt you physically, or pressed you into something sexual you did not "
        "want?",
    ),
    Question("control", "Do they try to decide where you go, whom you see or what you do?"),
    Question(
        "isolation",
        "Has it become hard to see friends or family because of how they react?",
    ),
    Question(
        "phone",
        "Do they check your phone, messages or location, or insist on knowing your passwords?",
    ),
    Question(
        "money",
        "Do they control the money, take yours, or make you account for what you spend?",
    ),
)
QUESTIONS_BY_CODE = {question.code: question for question in QUESTIONS}


@dataclass(frozen=True)
class Assessment:
    """What a set of answers suggests about planning distance, never about the relationship."""

    yes: tuple[str, ...]
    not_sure: tuple[str, ...]

    @property
    def needs_care(self) -> bool:
        """Any "yes", and any "not sure" too: not knowing whether one is watched or in danger is
        itself a reason to plan carefully. Talking to an advocate costs little; a plan that
        overlooks danger can cost a great deal."""
        return bool(self.yes or self.not_sure)

    @property
    def only_unsure(self) -> bool:
        return self.needs_care and not self.yes


def assess(answers: dict[str, str]) -> Assessment:
    """Answers by question code ("yes", "no", "not_sure"); unknown codes are ignored."""
    known = [q.code for q in QUESTIONS if q.code in answers]
    return Assessment(
        yes=tuple(code for code in known if answers[code] == YES),
        not_sure=tuple(code for code in known if answers[code] == NOT_SURE),
    )


def answered_questions(answers: dict[str, str]) -> list[tuple[Question, str]]:
    """(question, the answer in words), in the check's order, for the questions answered."""
    return [
        (question, ANSWER_WORDS.get(answers[question.code], answers[question.code]))
        for question in QUESTIONS
        if question.code in answers
    ]
