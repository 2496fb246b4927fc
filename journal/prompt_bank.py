"""The journal's prompts, in our own words, organised by the four steps of Detach.

Each prompt has a stable code (entries keep the code of the prompt they answer, so never reuse
or renumber one; retire a prompt by leaving it out of ``PROMPTS`` only if no entry can refer to
it) and may lean towards one of the two dimensions of the quiz:

* ``anxiety``: fulfilment found outside the relationship, soothing oneself, expectations;
* ``avoidance``: noticing the urge to withdraw, small steps towards openness.
"""

from dataclasses import dataclass

from detach import steps as detach_steps

ANXIETY = "anxiety"
AVOIDANCE = "avoidance"

STEPS: dict[str, str] = {step.code: step.name for step in detach_steps.STEPS}
STEP_NUMBERS: dict[str, int] = {code: number for number, code in enumerate(STEPS, start=1)}


@dataclass(frozen=True)
class Prompt:
    code: str
    step: str
    text: str
    leans: frozenset[str] = frozenset()

    @property
    def step_title(self) -> str:
        return STEPS[self.step]

    @property
    def step_number(self) -> int:
        return STEP_NUMBERS[self.step]


def _p(code: str, text: str, *leans: str) -> Prompt:
    return Prompt(code=code, step=code.rsplit("-", 1)[0], text=text, leans=frozenset(leans))


PROMPTS: tuple[Prompt, ...] = (
    # 1. Understand how you attach
    _p(
        "understand-01",
        "Think of a moment this week when you felt close to someone. What did your body do: "
        "did you lean in, or look for some room?",
    ),
    _p(
        "understand-02",
        "When a message stays unanswered for a few hours, what story does your mind begin to "
        "tell? Write it down, then write two other things that could be true.",
        ANXIETY,
    ),
    _p(
        "understand-03",
        "When someone wants more of your time or feelings than you are ready to give, what do "
        "you usually do? What are you guarding when you do it?",
        AVOIDANCE,
    ),
    _p(
        "understand-04",
        "Which of your habits in relationships feel like echoes of how care worked when you "
        "were small? There is nothing to judge here, only something to notice.",
    ),
    _p(
        "understand-05",
        "Remember a time you stepped back from someone who was being kind to you. What felt "
        "risky about staying close?",
        AVOIDANCE,
    ),
    _p(
        "understand-06",
        "Remember a time you held on tightly to someone. What did you fear would happen if you "
        "loosened your grip a little?",
        ANXIETY,
    ),
    _p(
        "understand-07",
        "Where in your life do you already feel secure: trusting, at ease, able to ask for "
        "help? What makes that place different from the others?",
    ),
    _p(
        "understand-08",
        "What do you need from the people close to you that is hard to ask for out loud? "
        "Write the request here first, in plain words.",
        AVOIDANCE,
    ),
    _p(
        "understand-09",
        "Think back to a recent disagreement. What did you want most in that moment: "
        "reassurance, space, or something else again?",
    ),
    _p(
        "understand-10",
        "If a friend who knows you well described the way you love, what would they say? Which "
        "part would you keep, and which would you like to soften?",
    ),
    _p(
        "understand-11",
        "Is there a pattern that turns up in more than one of your relationships? When did you "
        "first notice it?",
    ),
    _p(
        "understand-12",
        "Being 'too much' or 'too distant': does either phrase sting? Whose voice does it sound "
        "like, and is that voice fair?",
    ),
    # 2. Find fulfilment outside the relationship
    _p(
        "fulfillment-01",
        "List three things that lit you up before this relationship. Which one could have "
        "twenty minutes of your week?",
        ANXIETY,
    ),
    _p(
        "fulfillment-02",
        "Who else in your life would be glad to hear from you? Draft the first line of a "
        "message you could send them.",
        ANXIETY,
        AVOIDANCE,
    ),
    _p(
        "fulfillment-03",
        "Plan an hour that belongs only to you. Where would you be, and what would you do with it?",
        ANXIETY,
    ),
    _p(
        "fulfillment-04",
        "Write down a few needs you hope one person will meet. Next to each, name another place "
        "in your life where it could also be met.",
        ANXIETY,
    ),
    _p(
        "fulfillment-05",
        "Describe something small you did today only for yourself. How did it feel to choose it?",
    ),
    _p(
        "fulfillment-06",
        "Which friendship has gone quiet? What would be an easy, low-stakes way to reach back in?",
        AVOIDANCE,
    ),
    _p(
        "fulfillment-07",
        "What would you like to learn or make, simply for the pleasure of it? What is the "
        "smallest first step?",
    ),
    _p(
        "fulfillment-08",
        "When you feel empty or restless, what do you usually reach for? What else could fill "
        "that space more gently?",
        ANXIETY,
    ),
    _p(
        "fulfillment-09",
        "Think of a group, a class or a place where you could belong for an evening. What draws "
        "you there, and what holds you back?",
        AVOIDANCE,
    ),
    _p(
        "fulfillment-10",
        "Write about a time you truly enjoyed your own company. What made it good?",
        ANXIETY,
    ),
    _p(
        "fulfillment-11",
        "If your relationship were one room in a house, what would you like to find in the "
        "other rooms?",
    ),
    _p(
        "fulfillment-12",
        "Who could hear one honest sentence from you this week about how you really are? What "
        "would that sentence be?",
        AVOIDANCE,
    ),
    # 3. Let go of unrealistic expectations
    _p(
        "expectations-01",
        "Finish this sentence three ways: 'Someone who loved me would always…'. Read them back. "
        "Which of them could any real person keep?",
        ANXIETY,
    ),
    _p(
        "expectations-02",
        "Remember a moment you felt let down. What had you expected, and had it ever been said "
        "out loud?",
        ANXIETY,
    ),
    _p(
        "expectations-03",
        "Which of your expectations are really a wish to be reassured? How could you give "
        "yourself a little of that reassurance today?",
        ANXIETY,
    ),
    _p(
        "expectations-04",
        "What do you expect of yourself in relationships that you would never ask of a friend?",
    ),
    _p(
        "expectations-05",
        "Name one thing in your relationship you cannot control and one thing you can. Write a "
        "few lines about each.",
    ),
    _p(
        "expectations-06",
        "Think of a recent mistake by someone close to you. Could it be just a mistake, and not "
        "a message about your worth?",
        ANXIETY,
    ),
    _p(
        "expectations-07",
        "When you expect to be disappointed, do you step back before it can happen? What might "
        "happen if you stayed a moment longer?",
        AVOIDANCE,
    ),
    _p(
        "expectations-08",
        "What would it be like to let someone have a bad day without fixing it and without "
        "leaving?",
        ANXIETY,
        AVOIDANCE,
    ),
    _p(
        "expectations-09",
        "Which rule about how love 'should' be are you ready to loosen? What could take its place?",
    ),
    _p(
        "expectations-10",
        "Write one kind and realistic sentence about what you can count on from the people "
        "around you.",
    ),
    _p(
        "expectations-11",
        "What do you expect to go wrong if someone sees you struggling? How sure are you of that?",
        AVOIDANCE,
    ),
    _p(
        "expectations-12",
        "Picture someone accepting you on a day when you are far from your best. What could "
        "you accept in them in return?",
    ),
    # 4. Practise mindfulness
    _p(
        "mindfulness-01",
        "Take three slow breaths before you write. Then describe, plainly, what you feel right "
        "now and where in your body you feel it.",
        ANXIETY,
    ),
    _p(
        "mindfulness-02",
        "Which thought has visited you most today? Greet it, write it down, and set it aside "
        "for now.",
    ),
    _p(
        "mindfulness-03",
        "Describe the place around you through your five senses. What is here, right now?",
        ANXIETY,
    ),
    _p(
        "mindfulness-04",
        "When did you feel the wish to withdraw today? Describe it without acting on it: where "
        "it began, how strong it was, how it faded.",
        AVOIDANCE,
    ),
    _p(
        "mindfulness-05",
        "What worry about tomorrow or regret about yesterday took up room today? What is true "
        "in this moment instead?",
        ANXIETY,
    ),
    _p(
        "mindfulness-06",
        "Describe a feeling you would usually push away. If it could speak, what would it ask "
        "you for?",
        AVOIDANCE,
    ),
    _p(
        "mindfulness-07",
        "What helps you settle when your mind races? Write the steps as if for a friend who "
        "needs them tonight.",
        ANXIETY,
    ),
    _p(
        "mindfulness-08",
        "Recall one moment today when you were fully where you were. What made it possible?",
    ),
    _p(
        "mindfulness-09",
        "Write about one feeling as if it were weather passing through: its shape, how long it "
        "has stayed, what may come after it.",
    ),
    _p(
        "mindfulness-10",
        "Where did you feel the pull to close off today? What might one small, open step have "
        "looked like instead?",
        AVOIDANCE,
    ),
    _p(
        "mindfulness-11",
        "Write a few lines of kindness to yourself, the way you would write to someone you care "
        "about who is having a hard week.",
        ANXIETY,
    ),
    _p(
        "mindfulness-12",
        "What did you notice today that you would have missed if your mind had been elsewhere?",
    ),
)

PROMPTS_BY_CODE: dict[str, Prompt] = {prompt.code: prompt for prompt in PROMPTS}


def prompt_for_code(code: str | None) -> Prompt | None:
    return PROMPTS_BY_CODE.get(code) if code else None
