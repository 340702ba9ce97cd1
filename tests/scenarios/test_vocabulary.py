"""Tokenizing the learner's text and turning words into one-hot vectors."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lstm_sim.scenarios import BOOK_VOCAB, DINNER_VOCAB, Token, UnknownWordError, Vocabulary


def test_the_lessons_sentence_splits_into_words_and_a_period():
    assert BOOK_VOCAB.tokenize("Jane saw Spot. Doug") == ["Jane", "saw", "Spot", ".", "Doug"]


def test_tokens_carry_their_character_spans():
    text = "Jane saw Spot. Doug"
    tokens = BOOK_VOCAB.tokens(text)
    assert tokens[3] == Token(".", 13, 14)
    for tok in tokens:
        assert text[tok.start:tok.end].lower() == tok.text.lower()


def test_spacing_does_not_matter():
    assert BOOK_VOCAB.tokenize("  Jane\tsaw\nSpot .Doug saw.") == ["Jane", "saw", "Spot", ".", "Doug", "saw", "."]
    assert BOOK_VOCAB.tokenize("") == [] and BOOK_VOCAB.tokenize("   ") == []


def test_matching_ignores_case_and_returns_the_canonical_spelling():
    assert BOOK_VOCAB.tokenize("jane SAW spot.") == ["Jane", "saw", "Spot", "."]
    assert BOOK_VOCAB.tokenize("DOUG") == ["Doug"]
    assert BOOK_VOCAB.index("sPoT") == BOOK_VOCAB.words.index("Spot")


@pytest.mark.parametrize("text, word, start", [
    ("Jane saw Bob.", "Bob", 9),
    ("Jane saw Spot!", "!", 13),
    ("Doug's", "'", 4),
    ("Spotty saw Doug", "Spotty", 0),
])
def test_an_unknown_word_is_named_located_and_the_vocabulary_listed(text, word, start):
    with pytest.raises(UnknownWordError) as info:
        BOOK_VOCAB.tokenize(text)
    err = info.value
    assert err.word == word
    assert (err.start, err.end) == (start, start + len(word))
    assert text[err.start:err.end] == word
    message = str(err)
    assert word in message
    for known in BOOK_VOCAB.words:
        assert known in message
    assert isinstance(err, ValueError)


def test_the_dinner_error_mentions_the_unknown_day_marker():
    with pytest.raises(UnknownWordError) as info:
        DINNER_VOCAB.tokenize("pizza tacos")
    assert info.value.word == "tacos" and info.value.start == 6
    for dish in ("pizza", "sushi", "waffles", "?"):
        assert dish in str(info.value)


def test_one_hot_has_a_single_one_per_row_at_the_words_position():
    words = ["Spot", "saw", ".", "Doug", "Doug"]
    X = BOOK_VOCAB.one_hot(words)
    assert X.shape == (5, 5)
    assert X.dtype == np.float64
    np.testing.assert_array_equal(X.sum(axis=1), 1.0)
    assert [BOOK_VOCAB.words[k] for k in X.argmax(axis=1)] == words
    np.testing.assert_array_equal(BOOK_VOCAB.ids(words), X.argmax(axis=1))
    assert BOOK_VOCAB.one_hot([]).shape == (0, 5)


def test_an_unknown_dinner_day_encodes_to_zeros_and_id_minus_one():
    tokens = DINNER_VOCAB.tokenize("pizza ? waffles")
    assert tokens == ["pizza", "?", "waffles"]
    np.testing.assert_array_equal(DINNER_VOCAB.one_hot(tokens), [[1, 0, 0], [0, 0, 0], [0, 0, 1]])
    assert list(DINNER_VOCAB.ids(tokens)) == [0, -1, 2]
    assert DINNER_VOCAB.index("?") == -1
    assert len(DINNER_VOCAB) == 3


def test_the_blank_marker_is_only_a_word_in_the_dinner_vocabulary():
    with pytest.raises(UnknownWordError):
        BOOK_VOCAB.tokenize("Doug ?")


def test_detokenize_attaches_periods_and_round_trips():
    text = "Jane saw Spot. Doug saw Jane."
    assert BOOK_VOCAB.detokenize(BOOK_VOCAB.tokenize(text)) == text
    assert DINNER_VOCAB.detokenize(["pizza", "?", "sushi"]) == "pizza ? sushi"


def test_vocabularies_compare_by_words_and_blank():
    assert Vocabulary(["a", "b"]) == Vocabulary(["a", "b"])
    assert Vocabulary(["a", "b"]) != Vocabulary(["b", "a"])
    assert Vocabulary(["a", "b"], blank="?") != Vocabulary(["a", "b"])


@pytest.mark.parametrize("words", [[], ["a", "a"], ["Doug", "doug"]])
def test_a_vocabulary_needs_distinct_words(words):
    with pytest.raises(ValueError):
        Vocabulary(words)


TEXT = st.text(alphabet=st.one_of(st.sampled_from(list("DougJanSptaw.?!' \n")), st.characters()), max_size=40)
WORDY = st.lists(st.sampled_from(["Doug", "jane", "SPOT", "saw", ".", " ", "  ", "\n", "Spot.", "x"]),
                 max_size=12).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(TEXT, WORDY), vocab=st.sampled_from([BOOK_VOCAB, DINNER_VOCAB]))
def test_any_text_gives_known_tokens_or_an_unknown_word_error(text, vocab):
    try:
        tokens = vocab.tokens(text)
    except UnknownWordError as err:
        assert 0 <= err.start < err.end <= len(text)
        assert text[err.start:err.end] == err.word
        assert err.word.lower() not in {w.lower() for w in vocab.words}
        return
    allowed = set(vocab.words) | ({vocab.blank} if vocab.blank else set())
    assert all(t.text in allowed for t in tokens)
    spans = [(t.start, t.end) for t in tokens]
    assert spans == sorted(spans)
    assert all(text[s:e].lower() == t.text.lower() for (s, e), t in zip(spans, tokens))
    # Nothing but whitespace is dropped.
    covered = set().union(*(range(s, e) for s, e in spans)) if spans else set()
    assert all(ch.isspace() for k, ch in enumerate(text) if k not in covered)
    X = vocab.one_hot([t.text for t in tokens])
    assert X.shape == (len(tokens), len(vocab)) and set(np.unique(X)) <= {0.0, 1.0}
