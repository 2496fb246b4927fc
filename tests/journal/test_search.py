"""Search over decrypted text: folding, all-words matching and safe highlighting."""

from journal.search import (
    excerpt,
    fold,
    fold_with_positions,
    highlight,
    match_spans,
    matches,
    query_words,
)


def test_folding_ignores_case_and_accents():
    assert fold("Café CRÈME Ærø") == fold("cafe creme Ærø".upper())
    assert fold("Éloïse") == "eloise"


def test_query_words_are_folded_unique_and_trimmed_of_punctuation():
    assert query_words("  Hope, hope   CAFÉ! ") == ["hope", "cafe"]
    assert query_words("") == []
    assert query_words(None) == []


def test_every_word_must_match_somewhere_in_title_or_body():
    assert matches(["cafe", "rain"], ("At the café", "It rained all day"))
    assert not matches(["cafe", "snow"], ("At the café", "It rained all day"))
    assert matches([], ("anything",))


def test_an_accented_query_finds_plain_text_and_the_other_way_round():
    assert matches(query_words("resume"), ("My résumé",))
    assert matches(query_words("résumé"), ("My resume",))


def test_highlight_marks_matches_in_the_original_text():
    assert str(highlight("A Café by the sea", ["cafe"])) == "A <mark>Café</mark> by the sea"


def test_highlight_escapes_the_persons_text():
    html = str(highlight("<script>alert(1)</script> hope", ["hope"]))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert html.endswith("<mark>hope</mark>")


def test_a_query_that_looks_like_markup_is_escaped_too():
    html = str(highlight("salt&pepper <i>", query_words("salt&pepper <i>")))
    assert html == "<mark>salt&amp;pepper</mark> &lt;<mark>i</mark>&gt;"


def test_overlapping_matches_merge_into_one_mark():
    assert match_spans("sunshine", ["sun", "unsh"]) == [(0, 5)]
    assert str(highlight("sunshine", ["sun", "unsh"])) == "<mark>sunsh</mark>ine"


def test_decomposed_accents_map_back_to_whole_characters():
    text = "cafe\u0301 au lait"  # "café" written with a combining accent
    assert str(highlight(text, ["cafe"])) == "<mark>cafe\u0301</mark> au lait"


def test_excerpt_shows_the_neighbourhood_of_the_first_match():
    text = ("filler words " * 40) + "the lighthouse at night" + (" more words" * 40)
    snippet = str(excerpt(text, ["lighthouse"], width=80))
    assert "<mark>lighthouse</mark>" in snippet
    assert snippet.startswith("… ")
    assert snippet.endswith(" …")
    assert len(snippet) < 140


def test_highlighting_folds_a_text_in_runs_not_character_by_character(monkeypatch):
    import journal.search as search

    calls = []
    real = search._fold_char
    monkeypatch.setattr(search, "_fold_char", lambda char: calls.append(char) or real(char))
    text = "A long ordinary day, nothing much to say. " * 50 + "Then a café by the river."
    assert "<mark>café</mark>" in str(highlight(text, ["cafe"]))
    assert "<mark>river</mark>" in str(excerpt(text, ["river"]))
    assert len(calls) <= 4  # only the accented letter, never every character
    folded, positions = fold_with_positions("Привет, Ωμέγα café")
    assert folded == fold("Привет, Ωμέγα café")
    assert [positions[i] for i in (0, 8, 13)] == [0, 8, 13]
