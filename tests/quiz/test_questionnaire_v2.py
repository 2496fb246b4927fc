"""Version 2 of the general questionnaire: the revisions of issue 16, each checked."""

import re
from collections import Counter

import pytest

from quiz import questionnaire as q
from quiz import scoring

V1 = q.get(1)
V2 = q.get(2)


def test_new_attempts_use_version_two_and_version_one_stays_readable():
    assert q.CURRENT_VERSION == 2
    assert q.current() is V2
    assert len(V1.items) == 40


@pytest.mark.parametrize("lens", [q.LOVE_ADDICT, q.LOVE_AVOIDANT])
def test_each_lens_has_at_least_two_reverse_keyed_statements(lens):
    assert sum(item.reverse for item in V2.items_for(lens)) >= 2


@pytest.mark.parametrize("lens", [q.LOVE_ADDICT, q.LOVE_AVOIDANT])
def test_agreeing_with_everything_no_longer_reads_high_on_a_lens(lens):
    everything = {item.code: 7 for item in V2.items}
    mean = scoring.scale_mean(V2, everything, lens)
    assert scoring.pattern_level(mean) != scoring.HIGH


def test_glad_to_be_relied_on_is_the_rescuer_role_not_low_avoidance():
    (item,) = [i for i in V2.items if i.text == "I am glad when someone close to me relies on me."]
    assert item.scale == q.LOVE_AVOIDANT
    assert not item.reverse
    assert "AVO07" not in V2.codes


@pytest.mark.parametrize("code", ["ANX06", "ANX07", "LAV01", "LAV03", "LAV06"])
def test_double_barrelled_statements_are_gone_from_version_two(code):
    assert code in V1.codes
    assert code not in V2.codes


@pytest.mark.parametrize(
    ("old", "halves"),
    [
        ("ANX06", ("ANX15", "ANX16")),
        ("ANX07", ("ANX17", "ANX18")),
        ("LAV01", ("LAV07", "LAV08")),
        ("LAV03", ("LAV09", "LAV10")),
        ("LAV06", ("LAV11",)),
    ],
)
def test_each_split_statement_has_its_halves_with_one_idea_each(old, halves):
    old_scale = next(i.scale for i in V1.items if i.code == old)
    for code in halves:
        item = next(i for i in V2.items if i.code == code)
        assert item.scale == old_scale
        # One idea: no "and"/"yet"/"because" joining two claims, no ", and it".
        assert not re.search(r"\b(yet|because|mainly to)\b|, and ", item.text), item.text


def test_no_general_statement_says_us_or_we():
    for item in V2.items:
        assert not re.search(r"\b(us|we)\b", item.text, re.IGNORECASE), item.text


def test_a_code_kept_from_version_one_keeps_its_wording_scale_and_keying():
    old = {i.code: i for i in V1.items}
    for item in V2.items:
        if item.code in old:
            assert item == old[item.code]


def test_version_two_codes_are_unique_and_pages_mix_the_scales():
    codes = [i.code for i in V2.items]
    assert len(codes) == len(set(codes)) == 49
    assert [i for page in V2.pages for i in page] == list(V2.items)
    for page in V2.pages:
        assert len(Counter(i.scale for i in page)) >= 3


@pytest.mark.parametrize("scale", [q.ANXIETY, q.AVOIDANCE])
def test_about_a_third_of_each_main_scale_is_still_reverse_keyed(scale):
    items = V2.items_for(scale)
    assert 0.28 <= sum(i.reverse for i in items) / len(items) <= 0.4
