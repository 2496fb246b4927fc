"""The questionnaire as versioned data: item codes, wording, scale, keying and page layout.

An attempt records the version it was taken with and is always scored by that version, so a
later edit never changes an old result. To change wording, add items or reorder pages, add a new
version to ``QUESTIONNAIRES`` and move ``CURRENT_VERSION``; never edit a published version.

The two main scales follow the two-dimension model of adult attachment (anxiety about
abandonment, avoidance of closeness); two short scales follow the love-addiction and
love-avoidance patterns Pia Mellody describes in Facing Love Addiction. Every sentence is our own
wording, and none of it has been tested in research (the quiz's pages say so). Statements speak of
"someone close to me" so that they read the same whether a person answers about close
relationships in general or about one relationship they name.
"""

from dataclasses import dataclass
from functools import cached_property

ANXIETY = "anxiety"
AVOIDANCE = "avoidance"
LOVE_ADDICT = "love_addict"
LOVE_AVOIDANT = "love_avoidant"

SCALE_MIN = 1
SCALE_MAX = 7

# The 7-point agreement scale. The ends are always shown; every point has a spoken label.
AGREEMENT = (
    (1, "Strongly disagree"),
    (2, "Disagree"),
    (3, "Slightly disagree"),
    (4, "Neither agree nor disagree"),
    (5, "Slightly agree"),
    (6, "Agree"),
    (7, "Strongly agree"),
)


@dataclass(frozen=True)
class Item:
    code: str
    text: str
    scale: str
    # A reverse-keyed item is worded in the secure direction; it is scored as 8 - answer.
    reverse: bool = False


@dataclass(frozen=True)
class Questionnaire:
    version: int
    items: tuple[Item, ...]
    page_size: int

    @cached_property
    def codes(self) -> frozenset[str]:
        return frozenset(item.code for item in self.items)

    @cached_property
    def pages(self) -> tuple[tuple[Item, ...], ...]:
        size = self.page_size
        return tuple(self.items[i : i + size] for i in range(0, len(self.items), size))

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def page(self, number: int) -> tuple[Item, ...]:
        """Items of page ``number``, counted from 1."""
        if not 1 <= number <= self.page_count:
            raise IndexError(f"Version {self.version} has no page {number}.")
        return self.pages[number - 1]

    def items_for(self, scale: str) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.scale == scale)


def _anx(code: str, text: str, reverse: bool = False) -> Item:
    return Item(code, text, ANXIETY, reverse)


def _avo(code: str, text: str, reverse: bool = False) -> Item:
    return Item(code, text, AVOIDANCE, reverse)


def _add(code: str, text: str, reverse: bool = False) -> Item:
    return Item(code, text, LOVE_ADDICT, reverse)


def _lav(code: str, text: str, reverse: bool = False) -> Item:
    return Item(code, text, LOVE_AVOIDANT, reverse)


R = True  # marks a reverse-keyed item below

# Version 1: 14 anxiety items (5 reverse-keyed), 14 avoidance items (5 reverse-keyed), 6
# love-addict and 6 love-avoidant items; 40 in all, shown in this order, 8 to a page, so each
# page mixes the scales and no page is all one kind of statement.
VERSION_1 = Questionnaire(
    version=1,
    page_size=8,
    items=(
        # page 1
        _anx("ANX01", "When someone close to me is slow to reply, my mind jumps to the worst."),
        _avo("AVO01", "I feel uneasy when someone wants to be very close to me."),
        _anx("ANX04", "I rarely wonder whether someone close to me still cares about me.", R),
        _avo("AVO04", "I find it natural to turn to someone close to me when things are hard.", R),
        _add("ADD01", "I hope that a partner will rescue me from the pain I carry."),
        _anx("ANX03", "I need to hear often that I am loved before I can relax."),
        _avo("AVO02", "I would rather sort out my problems alone than lean on someone close."),
        _lav("LAV01", "I go along with what someone close to me wants, mainly to avoid a scene."),
        # page 2
        _anx("ANX05", "Time apart from someone close to me leaves me restless and uneasy."),
        _avo("AVO03", "Talking about my deeper feelings makes me want to change the subject."),
        _anx("ANX07", "When we spend time apart, I feel settled and sure of us.", R),
        _avo("AVO07", "I am glad when someone close to me relies on me.", R),
        _add("ADD02", "Without someone's affection, I feel empty inside."),
        _anx("ANX02", "I worry that the people I love will decide they are better off without me."),
        _avo("AVO05", "When a relationship starts to feel serious, I feel an urge to step back."),
        _lav("LAV02", "Big displays of emotion from someone close to me make me want to get away."),
        # page 3
        _anx("ANX06", "I hold on tightly to people because I fear they will drift away."),
        _avo("AVO06", "I keep parts of my life to myself, even from the people I love most."),
        _anx("ANX10", "I feel secure enough that I do not need frequent proof of being loved.", R),
        _avo("AVO09", "Opening up to someone close to me comes easily.", R),
        _add("ADD03", "I catch myself checking what someone is doing online or where they are."),
        _anx("ANX08", "I can give someone room without fearing that I will lose them.", R),
        _avo("AVO08", "Needing someone feels like a weakness to me."),
        _lav("LAV03", "I feel responsible for keeping someone happy, and it wears me out."),
        # page 4
        _anx("ANX09", "A small change in someone's tone can leave me wondering what I did wrong."),
        _avo("AVO10", "I go quiet or busy myself when someone wants to talk about us."),
        _anx("ANX13", "The thought of being left is not something I dwell on.", R),
        _avo("AVO12", "Being emotionally close to someone feels safe to me.", R),
        _add("ADD04", "After a relationship ends, the person fills my thoughts for a long time."),
        _anx("ANX11", "I sometimes test someone close to me to find out whether they really care."),
        _avo("AVO11", "I am most at ease when there is plenty of distance in a relationship."),
        _lav("LAV04", "When I have had enough, I go cold or leave rather than talk it through."),
        # page 5
        _anx("ANX12", "When I sense someone pulling back, I try harder to win their attention."),
        _avo("AVO13", "I tend to withdraw when someone shows strong feelings for me."),
        _anx("ANX14", "I keep a quiet watch for signs that I am about to be replaced."),
        _avo("AVO14", "I let someone close to me see me when I am struggling.", R),
        _add("ADD05", "I picture one person as the answer to all that feels wrong in my life."),
        _add("ADD06", "I put up with a lot rather than face being on my own."),
        _lav("LAV05", "Someone else's needs can feel as if they are smothering me."),
        _lav("LAV06", "I long for closeness, yet when it comes I feel trapped."),
    ),
)

# Version 2, the general form revised:
# - each lens has reverse-keyed statements (three of eight, four of eleven), so agreeing with
#   everything lands in the middle of a lens rather than "high" on both;
# - "I am glad when someone close to me relies on me" (AVO07 in version 1, keyed as low
#   avoidance) is now a love-avoidance statement as written (LAV12): it fits the rescuer role
#   of the love-avoidant pattern, keeping someone close by being needed;
# - double-barrelled statements are split into one idea each: ANX06 into ANX15 and ANX16, ANX07
#   into ANX17 and ANX18, LAV01 into LAV07 and LAV08, LAV03 into LAV09 and LAV10, LAV06 into
#   LAV11 (the "feel trapped" half; the "long for closeness" half is not a sign of love
#   avoidance on its own, so it is not kept as a statement of that lens);
# - no statement says "us" or "we": AVO10 becomes AVO15;
# - ADD01 is left out (ADD05 asks the same), and LAV02 and LAV05 too, so the lens stays short
#   while its reverse-keyed statements balance it.
# 16 anxiety (6 reverse-keyed), 14 avoidance (5 reverse-keyed), 8 love-addict (3 reverse-keyed)
# and 11 love-avoidant (4 reverse-keyed) statements: 49, seven to a page, the scales mixed.
VERSION_2 = Questionnaire(
    version=2,
    page_size=7,
    items=(
        # page 1
        _anx("ANX01", "When someone close to me is slow to reply, my mind jumps to the worst."),
        _avo("AVO01", "I feel uneasy when someone wants to be very close to me."),
        _add("ADD02", "Without someone's affection, I feel empty inside."),
        _lav("LAV07", "I go along with what someone close to me wants, even against my wishes."),
        _anx("ANX04", "I rarely wonder whether someone close to me still cares about me.", R),
        _avo("AVO04", "I find it natural to turn to someone close to me when things are hard.", R),
        _add("ADD07", "I can feel whole without being in a relationship.", R),
        # page 2
        _anx("ANX03", "I need to hear often that I am loved before I can relax."),
        _avo("AVO02", "I would rather sort out my problems alone than lean on someone close."),
        _lav("LAV08", "I will do a lot to avoid a scene with someone close to me."),
        _anx("ANX15", "I hold on tightly to the people I love."),
        _lav("LAV13", "I can stay and talk things through when someone close to me is upset.", R),
        _avo("AVO09", "Opening up to someone close to me comes easily.", R),
        _add("ADD03", "I catch myself checking what someone is doing online or where they are."),
        # page 3
        _anx("ANX16", "I fear that the people I love will drift away from me."),
        _avo("AVO03", "Talking about my deeper feelings makes me want to change the subject."),
        _lav("LAV09", "I feel it is my job to keep someone close to me happy."),
        _anx("ANX17", "Time apart from someone close to me leaves me feeling settled.", R),
        _add("ADD08", "When a relationship ends, I can let the person go in time.", R),
        _avo("AVO05", "When a relationship starts to feel serious, I feel an urge to step back."),
        _lav("LAV12", "I am glad when someone close to me relies on me."),
        # page 4
        _anx("ANX02", "I worry that the people I love will decide they are better off without me."),
        _avo("AVO12", "Being emotionally close to someone feels safe to me.", R),
        _add("ADD04", "After a relationship ends, the person fills my thoughts for a long time."),
        _anx("ANX18", "I feel sure of where I stand with the people close to me.", R),
        _lav("LAV10", "Keeping someone else happy wears me out."),
        _avo("AVO06", "I keep parts of my life to myself, even from the people I love most."),
        _anx("ANX05", "Time apart from someone close to me leaves me restless and uneasy."),
        # page 5
        _lav("LAV14", "Someone else's needs rarely feel like too much for me.", R),
        _avo("AVO08", "Needing someone feels like a weakness to me."),
        _anx("ANX10", "I feel secure enough that I do not need frequent proof of being loved.", R),
        _add("ADD05", "I picture one person as the answer to all that feels wrong in my life."),
        _avo("AVO15", "When someone close to me wants to talk about the relationship, I go quiet."),
        _lav("LAV04", "When I have had enough, I go cold or leave rather than talk it through."),
        _anx("ANX09", "A small change in someone's tone can leave me wondering what I did wrong."),
        # page 6
        _avo("AVO16", "I am comfortable depending on someone close to me.", R),
        _add("ADD09", "My own life, not one person, is what makes things feel right to me.", R),
        _anx("ANX08", "I can give someone room without fearing that I will lose them.", R),
        _lav("LAV11", "When someone gets close to me, I start to feel trapped."),
        _avo("AVO11", "I am most at ease when there is plenty of distance in a relationship."),
        _anx("ANX11", "I sometimes test someone close to me to find out whether they really care."),
        _lav("LAV15", "I can say no to someone close to me without feeling guilty.", R),
        # page 7
        _anx("ANX12", "When I sense someone pulling back, I try harder to win their attention."),
        _avo("AVO13", "I tend to withdraw when someone shows strong feelings for me."),
        _add("ADD06", "I put up with a lot rather than face being on my own."),
        _anx("ANX13", "The thought of being left is not something I dwell on.", R),
        _lav("LAV16", "I can stay near someone close to me when their feelings run strong.", R),
        _avo("AVO14", "I let someone close to me see me when I am struggling.", R),
        _anx("ANX14", "I keep a quiet watch for signs that I am about to be replaced."),
    ),
)

QUESTIONNAIRES: dict[int, Questionnaire] = {1: VERSION_1, 2: VERSION_2}
CURRENT_VERSION = 2


# --- The relationship form: nine statements about one person ---------------------------------
#
# The structure of the ECR-RS (Fraley, Heffernan, Vicary & Brumbaugh 2011, Psychological
# Assessment 23(3), 615-625): the same nine statements asked about each important person;
# avoidance is the mean of statements 1-6 with 1-4 reverse-keyed, anxiety the mean of 7-9; 1-7
# agreement. The wording is Detach's own. Each statement names the person once, as "{name}",
# filled in with the person's own private name for them when shown.
NAME = "{name}"

RELATIONSHIP_1 = Questionnaire(
    version=1,
    page_size=9,
    items=(
        _avo("REL01", "When I am struggling, turning to {name} helps.", R),
        _avo("REL02", "I tell {name} what is really going on with me.", R),
        _avo("REL03", "Talking things through with {name} comes naturally to me.", R),
        _avo("REL04", "Leaning on {name} feels easy.", R),
        _avo("REL05", "Opening up to {name} makes me uncomfortable."),
        _avo("REL06", "I keep my deepest feelings from {name}."),
        _anx("REL07", "I wonder whether {name} truly cares about me."),
        _anx("REL08", "I fear that {name} will walk away from me."),
        _anx("REL09", "I worry that my care for {name} is not returned in kind."),
    ),
)

GENERAL = "general"
RELATIONSHIP = "relationship"
RELATIONSHIP_QUESTIONNAIRES: dict[int, Questionnaire] = {1: RELATIONSHIP_1}
CURRENT_RELATIONSHIP_VERSION = 1


def get(version: int, form: str = GENERAL) -> Questionnaire:
    """The questionnaire an attempt was taken with."""
    bank = RELATIONSHIP_QUESTIONNAIRES if form == RELATIONSHIP else QUESTIONNAIRES
    try:
        return bank[version]
    except KeyError as exc:
        raise LookupError(f"No {form} questionnaire has version {version}.") from exc


def current(form: str = GENERAL) -> Questionnaire:
    if form == RELATIONSHIP:
        return get(CURRENT_RELATIONSHIP_VERSION, RELATIONSHIP)
    return get(CURRENT_VERSION)


def about(text: str, name: str) -> str:
    """A relationship statement with the person's name in it (plain text; escaped when shown)."""
    return text.replace(NAME, name)


def around_name(text: str) -> tuple[str, str]:
    """The words before and after the name, so a template can isolate the name (dir="auto")."""
    before, _, after = text.partition(NAME)
    return before, after
