"""Example lines for each way of keeping contact: suggestions to read, never stored unless the
person writes a line of their own (these are not a form's initial values)."""

from detach.people.models import Person

EXAMPLES: dict[str, tuple[str, ...]] = {
    Person.Contact.NO_CONTACT: (
        "I don't check their Instagram or their other profiles.",
        "I don't reread our old messages; they are archived where I can't scroll to them.",
        "I don't ask our friends how they are doing.",
        "If they write, I wait a day before deciding anything, and I don't answer at night.",
    ),
    Person.Contact.LIMITED: (
        "We talk about the children, by email, on Sundays.",
        "I answer messages about practical things within a day, and nothing else.",
        "I leave when a conversation turns into blame.",
        "We meet in public places only, for an hour at most.",
    ),
    Person.Contact.CLOSE: (
        "I say no when I mean no, even if they are disappointed.",
        "I keep one evening a week for myself and don't cancel it for them.",
        "I don't fix their problems unless they ask me to.",
        "When I feel the urge to pull away, I say so instead of going quiet.",
    ),
}
ABOUT_NO_ONE: tuple[str, ...] = (
    "I don't make big decisions about a relationship after 10 pm.",
    "When I want to reach out, I ride out the urge for ten minutes first.",
    "I keep my phone out of the bedroom.",
)
MODE_HEADINGS = {
    Person.Contact.NO_CONTACT: "For no contact",
    Person.Contact.LIMITED: "For limited contact",
    Person.Contact.CLOSE: "For staying close, with boundaries",
}


def examples_for(person: Person | None) -> tuple[str, ...]:
    """The examples matching the person's contact mode, or lines about no one in particular."""
    if person is None:
        return ABOUT_NO_ONE
    return EXAMPLES.get(person.contact, ABOUT_NO_ONE)


def all_examples() -> list[tuple[str, tuple[str, ...]]]:
    """Every mode's examples, headed, for a form where no one is chosen yet."""
    return [
        *((MODE_HEADINGS[mode], lines) for mode, lines in EXAMPLES.items()),
        ("About no one in particular", ABOUT_NO_ONE),
    ]
