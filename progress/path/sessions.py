"""The path's content: four steps in the article's order, each of four sessions of three to
eight minutes. A session is a short reading (``templates/progress/path/readings/<slug>.html``,
in Detach's own words) and one exercise with a tool that already exists.

``evidence`` names what counts as the exercise done on its own (``progress.path.evidence``);
None where the tool keeps no record (a pause, a journal prompt), so only marking the session
done counts. ``leans`` moves a session to the front of its step for a person whose latest quiz
leans that way; ``contact`` does the same for someone keeping that kind of contact with one of
their people. The first session of a step stays first: it is what the step stands on."""

from dataclasses import dataclass

from detach import steps as detach_steps

ANXIETY = "anxiety"
AVOIDANCE = "avoidance"
# Contact kinds, from the people a person adds (detach.people.models.Person.Contact).
DISTANCE = "distance"  # no contact, or limited contact
CLOSE = "close"  # staying close, with boundaries


@dataclass(frozen=True)
class Exercise:
    label: str  # the button: what the person will do
    url_name: str
    query: str = ""  # appended to the URL ("?minutes=2")


@dataclass(frozen=True)
class Session:
    slug: str
    step: int  # 1-4
    title: str
    minutes: int
    summary: str  # one line for lists
    exercise: Exercise
    evidence: str | None = None
    leans: str | None = None
    contact: str | None = None

    @property
    def reading_template(self) -> str:
        return f"progress/path/readings/{self.slug}.html"

    def get_absolute_url(self) -> str:
        # Reversed lazily: this module is imported before the URLconf is ready.
        from django.urls import reverse

        return reverse("path:session", args=[self.slug])


@dataclass(frozen=True)
class Step:
    number: int
    title: str  # the step's one name (detach.steps)
    sessions: tuple[Session, ...]

    @property
    def minutes(self) -> int:
        return sum(s.minutes for s in self.sessions)


def _step(step: detach_steps.Step, *sessions: Session) -> Step:
    assert all(s.step == step.number for s in sessions)
    return Step(step.number, step.name, sessions)


STEPS: tuple[Step, ...] = (
    _step(
        detach_steps.UNDERSTAND,
        Session(
            "a-blend-not-a-box",
            1,
            "A blend, not a box",
            7,
            "Why people hold on the way they do, and where you stand today.",
            Exercise("Take the attachment quiz", "quiz:take"),
            evidence="general_quiz",
        ),
        Session(
            "one-person-at-a-time",
            1,
            "One relationship at a time",
            5,
            "The same nine statements, about one person in your life.",
            Exercise("Add a person and answer about them", "people:index"),
            evidence="relationship_quiz",
            leans=AVOIDANCE,
        ),
        Session(
            "the-pull-and-the-push",
            1,
            "The pull and the push",
            5,
            "Holding on tight and keeping away: noticing your own moves.",
            Exercise("Notice a pattern", "practices:notice_new"),
            evidence="pattern_notice",
            leans=ANXIETY,
        ),
        Session(
            "safe-ground-first",
            1,
            "Safe ground first",
            6,
            "A plan for the hardest days, written on a calm one.",
            Exercise("Write your safety plan", "safety:plan_edit"),
            evidence="safety_plan",
        ),
    ),
    _step(
        detach_steps.FULFILLMENT,
        Session(
            "where-your-days-find-meaning",
            2,
            "Where your days find meaning",
            6,
            "A map of what fills your life, beyond one person.",
            Exercise("Map your sources of fulfilment", "practices:map_new"),
            evidence="fulfilment_map",
        ),
        Session(
            "one-thing-just-for-you",
            2,
            "One thing just for you",
            4,
            "Plan something small that is yours alone, and do it.",
            Exercise("Plan one activity", "practices:activity_new"),
            evidence="activity",
            leans=ANXIETY,
        ),
        Session(
            "when-the-pull-comes",
            2,
            "When the pull to reach out comes",
            5,
            "Ten minutes between the urge and the message.",
            Exercise("Ride out an urge", "urges:ride"),
            evidence="urge",
            leans=ANXIETY,
            contact=DISTANCE,
        ),
        Session(
            "a-small-open-step",
            2,
            "A small open step",
            5,
            "Asking someone for one small thing, clearly and kindly.",
            Exercise("Write a clear request", "dearman:new"),
            evidence="clear_request",
            leans=AVOIDANCE,
            contact=CLOSE,
        ),
    ),
    _step(
        detach_steps.EXPECTATIONS,
        Session(
            "what-you-expect-of-them",
            3,
            "What you expect of them",
            6,
            "Is it realistic, and is it in your hands?",
            Exercise("Check an expectation", "practices:check_new"),
            evidence="expectation_check",
        ),
        Session(
            "lines-that-are-yours",
            3,
            "Lines that are yours",
            6,
            "Limits about what you will do, not about what they must.",
            Exercise("Write one of your lines", "lines:new"),
            evidence="line",
            leans=AVOIDANCE,
            contact=CLOSE,
        ),
        Session(
            "the-message-you-keep",
            3,
            "The message you keep here",
            5,
            "Say it all, to no one, and decide tomorrow.",
            Exercise("Write an unsent letter", "letters:new"),
            evidence="letter",
            leans=ANXIETY,
            contact=DISTANCE,
        ),
        Session(
            "the-allowance-you-give-yourself",
            3,
            "The allowance you give yourself",
            4,
            "The same room for mistakes, turned towards you.",
            Exercise(
                "Write about it in your journal",
                "journal:new",
                "?prompt=expectations-04",
            ),
        ),
    ),
    _step(
        detach_steps.MINDFULNESS,
        Session(
            "breath-by-breath",
            4,
            "Breath by breath",
            5,
            "A pacer for your breath, and a few minutes with nowhere else to be.",
            Exercise("Breathe with the pacer", "practices:breathing"),
            evidence="breathing",
        ),
        Session(
            "name-it-and-let-it-go",
            4,
            "Name it, and let it go",
            5,
            "Watching thoughts and feelings pass instead of following them.",
            Exercise("Try a noting practice", "practices:noting"),
            evidence="noting",
            leans=ANXIETY,
        ),
        Session(
            "a-kind-pause",
            4,
            "A kind pause",
            3,
            "What you would say to a friend, said to yourself.",
            Exercise("Take a self-compassion break", "urges:kindness"),
        ),
        Session(
            "here-today",
            4,
            "Here, today",
            4,
            "One ordinary moment of today, noticed in full.",
            Exercise("Write about it in your journal", "journal:new", "?prompt=mindfulness-08"),
            leans=AVOIDANCE,
        ),
    ),
)

SESSIONS: tuple[Session, ...] = tuple(s for step in STEPS for s in step.sessions)
BY_SLUG: dict[str, Session] = {s.slug: s for s in SESSIONS}
