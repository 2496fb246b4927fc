"""The questionnaire's shape, and the promise that a published version never changes."""

import re
from collections import Counter

import pytest

from quiz import questionnaire as q

V1 = q.get(1)

# Version 1 as published: (code, scale, reverse-keyed). Editing version 1 breaks old results'
# meaning, so this list may only change by adding a new version.
V1_KEY = [
    ("ANX01", "anxiety", False), ("AVO01", "avoidance", False), ("ANX04", "anxiety", True),
    ("AVO04", "avoidance", True), ("ADD01", "love_addict", False), ("ANX03", "anxiety", False),
    ("AVO02", "avoidance", False), ("LAV01", "love_avoidant", False),
    ("ANX05", "anxiety", False), ("AVO03", "avoidance", False), ("ANX07", "anxiety", True),
    ("AVO07", "avoidance", True), ("ADD02", "love_addict", False), ("ANX02", "anxiety", False),
    ("AVO05", "avoidance", False), ("LAV02", "love_avoidant", False),
    ("ANX06", "anxiety", False), ("AVO06", "avoidance", False), ("ANX10", "anxiety", True),
    ("AVO09", "avoidance", True), ("ADD03", "love_addict", False), ("ANX08", "anxiety", True),
    ("AVO08", "avoidance", False), ("LAV03", "love_avoidant", False),
    ("ANX09", "anxiety", False), ("AVO10", "avoidance", False), ("ANX13", "anxiety", True),
    ("AVO12", "avoidance", True), ("ADD04", "love_addict", False), ("ANX11", "anxiety", False),
    ("AVO11", "avoidance", False), ("LAV04", "love_avoidant", False),
    ("ANX12", "anxiety", False), ("AVO13", "avoidance", False), ("ANX14", "anxiety", False),
    ("AVO14", "avoidance", True), ("ADD05", "love_addict", False), ("ADD06", "love_addict", False),
    ("LAV05", "love_avoidant", False), ("LAV06", "love_avoidant", False),
]  # fmt: skip


def test_version_one_is_exactly_as_published():
    assert [(i.code, i.scale, i.reverse) for i in V1.items] == V1_KEY


def test_item_codes_are_unique_and_stable_in_form():
    codes = [item.code for item in V1.items]
    assert len(codes) == len(set(codes))
    assert all(len(code) == 5 and code[:3].isalpha() and code[3:].isdigit() for code in codes)


def test_each_scale_has_enough_items():
    counts = Counter(item.scale for item in V1.items)
    assert counts[q.ANXIETY] >= 12
    assert counts[q.AVOIDANCE] >= 12
    assert counts[q.LOVE_ADDICT] >= 6
    assert counts[q.LOVE_AVOIDANT] >= 6


@pytest.mark.parametrize("scale", [q.ANXIETY, q.AVOIDANCE])
def test_about_a_third_of_each_main_scale_is_reverse_keyed(scale):
    items = V1.items_for(scale)
    share = sum(item.reverse for item in items) / len(items)
    assert 0.28 <= share <= 0.4


def test_pages_hold_six_to_eight_items_and_cover_every_item_once():
    assert all(6 <= len(page) <= 8 for page in V1.pages)
    assert [item for page in V1.pages for item in page] == list(V1.items)
    assert V1.page_count == 5


def test_every_page_mixes_both_main_scales():
    for page in V1.pages:
        scales = {item.scale for item in page}
        assert {q.ANXIETY, q.AVOIDANCE} <= scales


def test_the_agreement_scale_has_seven_points_with_labelled_ends():
    assert [value for value, _label in q.AGREEMENT] == list(range(1, 8))
    assert q.AGREEMENT[0][1] == "Strongly disagree"
    assert q.AGREEMENT[-1][1] == "Strongly agree"


def test_statements_are_short_first_person_and_avoid_clinical_words():
    for item in V1.items:
        assert len(item.text) <= 90, item.code
        assert item.text.endswith("."), item.code
        lowered = item.text.lower()
        assert "diagnos" not in lowered and "disorder" not in lowered
        words = set(re.findall(r"[a-z']+", lowered))
        assert words & {"i", "me", "my", "i'm"}, item.code


def test_an_unknown_version_is_a_clear_error():
    with pytest.raises(LookupError):
        q.get(99)
    with pytest.raises(IndexError):
        V1.page(6)
