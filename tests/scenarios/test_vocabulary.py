"""Tokenizing the learner's text and turning words into one-hot vectors."""
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lstm_sim.scenarios import BOOK_VOCAB, DINNER_VOCAB, Token, UnknownWordError, Vocabulary
from lstm_sim.scenarios.vocabulary import read_vocab_file


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


@pytest.mark.parametrize("words", [[], ["a", "a"], ["Doug", "Doug"], [" a", "b"]])
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


# -- vocabularies real models have ----------------------------------------------------

def test_tokens_the_plain_split_cannot_make_are_matched_whole_longest_first():
    vocab = Vocabulary(["<eos>", "<pad>", "don't", "don", "go", "'", "t", "."])
    assert vocab.tokenize("don't go. <eos><pad>") == ["don't", "go", ".", "<eos>", "<pad>"]
    assert vocab.tokenize("DON'T") == ["don't"]                  # case still ignored here
    assert vocab.tokenize("don 't") == ["don", "'", "t"]


def test_words_that_differ_only_in_case_make_matching_exact():
    vocab = Vocabulary(["Apple", "apple", "pie"])
    assert vocab.case_sensitive
    assert vocab.tokenize("apple Apple pie") == ["apple", "Apple", "pie"]
    with pytest.raises(UnknownWordError) as info:
        vocab.tokenize("APPLE")
    assert info.value.word == "APPLE"
    assert vocab.index("Apple") == 0 and vocab.index("apple") == 1
    assert not BOOK_VOCAB.case_sensitive


def test_an_unknown_word_becomes_unk_and_remembers_what_was_typed():
    vocab = Vocabulary(["<unk>", "the", "cat", "."])
    tokens = vocab.tokens("the dog.")
    assert [t.text for t in tokens] == ["the", "<unk>", "."]
    assert tokens[1].original == "dog" and (tokens[1].start, tokens[1].end) == (4, 7)
    assert tokens[0].original is None
    assert vocab.one_hot(["<unk>"]).tolist() == [[1.0, 0.0, 0.0, 0.0]]


def test_the_chars_tokenizer_makes_every_character_a_token():
    vocab = Vocabulary(list("ab \n") + ["<eos>"], tokenizer="chars")
    assert vocab.case_sensitive and vocab.tokenizer == "chars"
    assert vocab.tokenize("ab a\n<eos>b") == ["a", "b", " ", "a", "\n", "<eos>", "b"]
    with pytest.raises(UnknownWordError) as info:
        vocab.tokenize("abA")
    assert (info.value.word, info.value.start) == ("A", 2)
    assert vocab.detokenize(["a", " ", "b", "\n"]) == "a b\n"
    assert Vocabulary(["a", "b"], tokenizer="chars") != Vocabulary(["a", "b"])
    with pytest.raises(ValueError):
        Vocabulary(["a"], tokenizer="bpe")


def test_a_big_vocabulary_error_lists_only_its_first_words():
    vocab = Vocabulary([f"w{k}" for k in range(10_000)])
    with pytest.raises(UnknownWordError) as info:
        vocab.tokenize("w1 nope")
    assert "… (10000 words)" in str(info.value) and len(str(info.value)) < 600


@pytest.mark.parametrize("content, words", [
    ("<eos>\n<unk>\ndon't\nThe\nthe\n", ["<eos>", "<unk>", "don't", "The", "the"]),
    ("a\r\nb\r\n", ["a", "b"]),
    ("a\nb", ["a", "b"]),
    ('["<eos>", " ", "\\n", "a"]', ["<eos>", " ", "\n", "a"]),
])
def test_read_vocab_file_reads_lines_or_a_json_list(tmp_path, content, words):
    path = tmp_path / "vocab.txt"
    path.write_bytes(content.encode("utf-8"))
    assert read_vocab_file(path) == words


@pytest.mark.parametrize("content", ['["a", 1]', '[not json', '[{"a": 1}]'])
def test_read_vocab_file_names_the_file_when_it_cannot(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(ValueError, match="bad.json"):
        read_vocab_file(path)
    with pytest.raises(ValueError, match="missing.txt"):
        read_vocab_file(tmp_path / "missing.txt")


PLAIN = st.lists(st.sampled_from(["Doug", "jane", "Spot", "saw", ".", "?", "é", "x1", "中"]),
                 min_size=1, max_size=6, unique_by=str.lower)


@settings(max_examples=100, deadline=None)
@given(words=PLAIN, text=st.one_of(TEXT, WORDY))
def test_vocabularies_of_plain_words_split_exactly_as_before(words, text):
    vocab = Vocabulary(words)
    known = {w.lower(): w for w in words}
    expected = []
    for m in re.finditer(r"[^\W_]+|\S", text):           # the split every earlier version used
        if m.group().lower() not in known:
            with pytest.raises(UnknownWordError):
                vocab.tokens(text)
            return
        expected.append(Token(known[m.group().lower()], m.start(), m.end()))
    assert vocab.tokens(text) == expected


def test_the_books_chinese_words_type_without_spaces():
    """Chinese has no spaces between words: aliases are matched by the vocabulary,
    longest first, and stand for the network's own words."""
    from lstm_sim.scenarios import load_preset
    vocab = load_preset("walkthrough").vocab
    tokens = vocab.tokens("珍看見小點。道格看見")
    assert [t.text for t in tokens] == ["Jane", "saw", "Spot", ".", "Doug", "saw"]
    assert [t.original for t in tokens] == ["珍", "看見", "小點", "。", "道格", "看見"]
    assert [(t.start, t.end) for t in tokens][:3] == [(0, 1), (1, 3), (3, 5)]
    assert vocab.tokenize("Jane 看見 Spot.") == ["Jane", "saw", "Spot", "."]     # mixed works too
    assert [t.original for t in vocab.tokens("Doug saw")] == [None, None]
    with pytest.raises(UnknownWordError):
        vocab.tokens("珍看見狗")


def test_a_text_is_respelled_word_for_word_and_back():
    from lstm_sim.scenarios.presets import load_preset
    v = load_preset("walkthrough").vocab
    assert v.respell("Jane saw Spot. Doug saw", True) == "珍看見小點。道格看見"
    assert v.respell("珍看見小點。道格看見", False) == "Jane saw Spot. Doug saw"
    assert v.respell("jane  saw\nSpot.", True) == "珍看見\n小點。"       # a line break stays
    for text in ("Jane saw Spot. Doug saw", "珍 看見 Spot.", "doug saw\n jane ."):
        assert v.tokenize(v.respell(text, True)) == v.tokenize(text) == v.tokenize(v.respell(text, False))
    assert v.respell("Dgu saw", True) == "Dgu saw"                        # an unknown word: kept
    plain = load_preset("walkthrough").vocab
    plain.aliases = {}
    assert plain.respell("Jane saw", True) == "Jane saw"                  # nothing to respell with


def test_splitting_again_from_an_earlier_text_gives_the_same_tokens():
    """Typing reuses the tokens the old and new text share; whatever the edit, the tokens
    are exactly those of splitting the new text afresh."""
    import random
    from lstm_sim.scenarios.presets import load_preset
    from lstm_sim.scenarios.vocabulary import UnknownWordError, Vocabulary
    rng = random.Random(0)
    for v in (load_preset("walkthrough").vocab, Vocabulary(["New York", "is", "big", "."])):
        pieces = ["Jane", "saw", "Spot", ".", "Doug", " ", "  ", "\n", "珍", "看見", "New York", "is", "big"]
        for _ in range(300):
            old = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 12)))
            cut = rng.randint(0, len(old))
            new = old[:cut] + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3))) + old[cut + rng.randint(0, 3):]
            try:
                old_tokens = v.tokens(old)
            except UnknownWordError:
                continue
            try:
                fresh = v.tokens(new)
            except UnknownWordError as exc:
                try:
                    v.tokens(new, (old, old_tokens))
                except UnknownWordError as again:
                    assert (again.start, again.end) == (exc.start, exc.end)
                continue
            assert v.tokens(new, (old, old_tokens)) == fresh, (old, new)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["Jane", "saw", "Spot", ".", "Doug", "?"]), max_size=12), min_size=1, max_size=6))
def test_ids_of_texts_in_a_row_are_each_texts_own(texts):
    """ids() takes what a text shares with the last one from the last call: a run of
    texts (typing, deleting, pasting) gives each text its own ids, the blank included."""
    vocab = Vocabulary(["Jane", "saw", "Spot", ".", "Doug"], blank="?")
    fresh = Vocabulary(["Jane", "saw", "Spot", ".", "Doug"], blank="?")
    for tokens in texts:
        expected = [-1 if t == "?" else ["Jane", "saw", "Spot", ".", "Doug"].index(t) for t in tokens]
        assert vocab.ids(tokens).tolist() == expected == fresh.ids(list(tokens)).tolist()
        fresh = Vocabulary(["Jane", "saw", "Spot", ".", "Doug"], blank="?")


def test_ids_take_any_sequence_of_words():
    vocab = Vocabulary(["Jane", "saw", "Spot"])
    assert vocab.ids(np.array(["Jane", "saw"])).tolist() == [0, 1]
    assert vocab.ids(np.array(["Jane", "saw"])).tolist() == [0, 1]
    assert vocab.ids(w for w in ["Spot", "Jane"]).tolist() == [2, 0]
