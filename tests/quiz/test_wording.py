"""The quiz's words stay gentle and educational: never clinical verdicts."""

import re
from pathlib import Path

import pytest

from quiz import content, guidance
from quiz import questionnaire as q

TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "templates" / "quiz").glob("*.html"))
# "not a diagnosis" is the one allowed use of the word.
FORBIDDEN = re.compile(r"\b(diagnos(?!is\b)\w*|disorders?|treat\w*)\b", re.IGNORECASE)


def all_content_strings() -> list[str]:
    texts = [item.text for item in q.current().items]
    for style in content.STYLE_TEXT.values():
        texts += [style.what, *style.shows, *style.helps]
    texts += [*content.LOVE_ADDICT_TEXT.values(), *content.LOVE_AVOIDANT_TEXT.values()]
    texts += [content.NOT_A_DIAGNOSIS, content.PATTERN_THRESHOLDS_TEXT]
    for reasons in guidance.REASONS.values():
        texts += list(reasons.values())
    return texts


def test_the_forbidden_pattern_catches_what_it_should():
    assert FORBIDDEN.search("We diagnose nothing")
    assert FORBIDDEN.search("a treatment plan")
    assert FORBIDDEN.search("an attachment disorder")
    assert not FORBIDDEN.search("This is not a diagnosis.")


def test_no_quiz_text_uses_clinical_verdict_words():
    offenders = [text for text in all_content_strings() if FORBIDDEN.search(text)]
    assert offenders == []


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_no_quiz_template_uses_clinical_verdict_words(template):
    assert FORBIDDEN.findall(template.read_text()) == []


def test_there_are_templates_to_check():
    assert {"index.html", "page.html", "result.html"} <= {t.name for t in TEMPLATES}
