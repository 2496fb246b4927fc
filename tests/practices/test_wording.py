from practices.wording import ABSOLUTE_WORDS, absolute_words, hints, segments


def test_absolute_words_are_found_whatever_their_case():
    text = "They SHOULD always reply, and never be late. They must!"
    assert absolute_words(text) == ["should", "always", "never", "must"]


def test_negative_forms_with_or_without_an_apostrophe_are_found():
    assert absolute_words("They shouldn't ignore me") == ["shouldn't"]
    assert absolute_words("They shouldnt ignore me") == ["shouldn't"]
    assert absolute_words("They shouldn’t ignore me") == ["shouldn't"]


def test_phrases_across_spaces_are_found():
    assert absolute_words("He has  to call me every time") == ["has to", "every time"]


def test_words_that_merely_contain_an_absolute_word_are_left_alone():
    assert absolute_words("Shoulders tense, mustard, evermore, nevertheless") == []


def test_each_word_is_reported_once():
    assert absolute_words("always, always, ALWAYS") == ["always"]


def test_every_word_has_a_gentle_question():
    for word, question in ABSOLUTE_WORDS.items():
        assert question.endswith("?"), word
    assert hints("they should") == [("should", ABSOLUTE_WORDS["should"])]


def test_segments_rebuild_the_text_and_mark_only_absolute_words():
    text = "They should always answer."
    pieces = segments(text)
    assert "".join(p.text for p in pieces) == text
    assert [p.text for p in pieces if p.absolute] == ["should", "always"]


def test_segments_of_plain_text_are_one_plain_piece():
    assert [(p.text, p.absolute) for p in segments("I would like a call.")] == [
        ("I would like a call.", False)
    ]
