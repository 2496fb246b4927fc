"""Honest labels: the quiz says its statements are Detach's own and untested, that it gives a
general idea only, and where the established questionnaires are; the two lenses say what they
are (short, untested scales after Pia Mellody's Facing Love Addiction) and that "love
addiction" is not a diagnosis, in words about patterns, never about who a person is; and the
landing page does not treat the need for closeness as something to outgrow."""

import re
from pathlib import Path

import pytest

from quiz import content, guidance
from quiz import questionnaire as q
from tests.html import page_text
from tests.quiz.factories import CompletedAttemptFactory

ROOT = Path(__file__).resolve().parents[2]
# "the love addict", "a love avoidant", "you are a love addict", "love addicts": a pattern made
# into a kind of person.
IDENTITY = re.compile(
    r"\b(?:the|a|an|you are|you're|are you)\s+love[- ](?:addict|avoidant)s?\b"
    r"|\blove[- ](?:addict|avoidant)s\b",
    re.IGNORECASE,
)


def test_the_identity_pattern_catches_what_it_should():
    assert IDENTITY.search("the love addict hopes")
    assert IDENTITY.search("Are you a love avoidant?")
    assert IDENTITY.search("Love addicts seek a fantasy")
    assert not IDENTITY.search("the love-addiction pattern showed")
    assert not IDENTITY.search("Your love-avoidance lens read high")


def test_the_quiz_introduction_says_its_statements_are_untested_and_where_to_find_tested_ones(
    owner_client,
):
    text = page_text(owner_client.get("/quiz/"))
    assert "The statements are Detach's own" in text
    assert "they have not been tested in research" in text
    assert "the quiz gives a general idea only" in text
    assert (
        "Experiences in Close Relationships–Revised (ECR-R; Fraley, Waller and Brennan, 2000)"
        in text
    )
    assert "ECR-RS" in text and "Fraley, Heffernan, Vicary and Brumbaugh, 2011" in text
    html = owner_client.get("/quiz/").content.decode()
    assert 'href="https://labs.psychology.illinois.edu/~rcfraley/measures/ecrr.htm"' in html


LENS_WORDS = [
    "short scales Detach wrote",
    "Pia Mellody",
    "Facing Love Addiction",
    "They have not been tested in research.",
    "“Love addiction” is not a diagnosis",
    "not who you are",
]


def test_the_introduction_says_what_the_lenses_are(owner_client):
    html = owner_client.get("/quiz/").content.decode()
    for words in LENS_WORDS:
        assert words in page_text(html)
    assert "<cite>Facing Love Addiction</cite>" in html


def test_a_result_says_what_the_lenses_are_beside_them(owner_client, owner):
    attempt = CompletedAttemptFactory(user=owner, love_addict=6, love_avoidant=5)
    text = page_text(owner_client.get(f"/quiz/results/{attempt.uuid}/"))
    lens_section = text[text.index("Two patterns: love addiction and love avoidance") :]
    for words in LENS_WORDS:
        assert words in lens_section
    assert "have not been tested in research" in text[: text.index("Your two scores")]
    assert IDENTITY.search(text) is None


def quiz_words() -> list[str]:
    texts = [item.text for item in q.current().items]
    texts += [*content.LOVE_ADDICT_TEXT.values(), *content.LOVE_AVOIDANT_TEXT.values()]
    texts += [content.NOT_A_DIAGNOSIS]
    texts += [guidance.ADDICT_REASON, guidance.AVOIDANT_REASON]
    return texts


def test_no_quiz_words_turn_a_pattern_into_a_person():
    assert [text for text in quiz_words() if IDENTITY.search(text)] == []


@pytest.mark.parametrize(
    "template",
    sorted((ROOT / "templates").rglob("*.html")),
    ids=lambda p: str(p.relative_to(ROOT / "templates")),
)
def test_no_template_turns_a_pattern_into_a_person(template):
    assert IDENTITY.findall(template.read_text()) == []


def test_the_landing_page_treats_closeness_as_human_not_as_a_need_to_outgrow(client, db):
    text = page_text(client.get("/"))
    assert "instead of a need" not in text
    assert "Needing closeness is part of being human" in text
    assert "more than one place to rest" in text
