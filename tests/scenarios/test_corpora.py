"""The lesson's data: the children's book, the dinner log, and the book's grammar."""
import numpy as np
import pytest

from lstm_sim.model import Network, forward, train
from lstm_sim.scenarios import (BOOK_VOCAB, DINNER_VOCAB, book_text, dinner_log, is_grammatical,
                                sentences, training_pairs)

CYCLE = ["pizza", "sushi", "waffles"]


def test_the_book_is_the_three_sentences_repeated():
    tokens = BOOK_VOCAB.tokenize(book_text(4))
    assert len(tokens) == 4 * 12
    assert " ".join(tokens[:12]) == "Doug saw Jane . Jane saw Spot . Spot saw Doug ."
    written = sentences(tokens)
    assert len(written) == 12 and all(is_grammatical(s) for s in written)


def test_training_pairs_are_each_word_and_the_next():
    tokens = ["Doug", "saw", "Jane", "."]
    X, y = training_pairs(BOOK_VOCAB, tokens)
    np.testing.assert_array_equal(X, BOOK_VOCAB.one_hot(tokens[:-1]))
    assert [BOOK_VOCAB.words[k] for k in y] == tokens[1:]


def test_training_pairs_mark_unknown_days_as_no_target():
    X, y = training_pairs(DINNER_VOCAB, ["pizza", "?", "waffles", "?"])
    np.testing.assert_array_equal(X, [[1, 0, 0], [0, 0, 0], [0, 0, 1]])
    assert list(y) == [-1, 2, -1]


@pytest.mark.parametrize("sentence, ok", [
    ("Doug saw Jane .", True),
    ("Spot saw Doug .", True),
    ("Doug saw Doug .", False),              # the plain RNN's mistake
    ("Doug saw Jane saw Spot .", False),     # the run-on
    ("saw Jane .", False),
    ("Doug Jane saw .", False),
    ("Doug saw .", False),
    ("Doug saw Jane", False),
])
def test_the_books_grammar(sentence, ok):
    assert is_grammatical(sentence.split()) is ok


def test_sentences_keep_only_complete_ones():
    words = "Doug saw Jane . Jane saw".split()
    assert sentences(words) == [["Doug", "saw", "Jane", "."]]
    assert sentences([]) == [] and sentences(["."]) == [["."]]


def test_dinner_log_follows_the_cycle():
    log = dinner_log(30)
    assert log == [CYCLE[k % 3] for k in range(30)]
    assert dinner_log(4, start="waffles") == ["waffles", "pizza", "sushi", "waffles"]


def test_dinner_log_marks_days_away_with_question_marks():
    days = 3000
    log = dinner_log(days, away=0.3, seed=4)
    away = [k for k, d in enumerate(log) if d == "?"]
    assert 0.27 < len(away) / days < 0.33
    # The cook keeps cooking while you are away: known days still follow the cycle.
    assert all(d == CYCLE[k % 3] for k, d in enumerate(log) if d != "?")
    assert "?" not in dinner_log(100, away=0.0)
    assert dinner_log(50, away=0.3, seed=1) == dinner_log(50, away=0.3, seed=1)
    assert dinner_log(50, away=0.3, seed=1) != dinner_log(50, away=0.3, seed=2)


@pytest.mark.parametrize("hidden, seed", [(4, 0), (6, 1), (6, 2)])
def test_an_rnn_trained_on_a_dinner_log_predicts_across_unknown_days(hidden, seed):
    log = dinner_log(240, away=0.25, seed=seed)
    X, y = training_pairs(DINNER_VOCAB, log)
    net = Network.random("rnn", 3, hidden, 3, seed=seed)
    reports = list(train(net, X, y, epochs=25, lr=0.05, seq_len=24))
    assert 200 <= reports[-1].step <= 400
    assert reports[-1].accuracy > 0.95
    for text in ("pizza sushi waffles pizza", "pizza ? ? ?", "waffles ? ? ? ? sushi ?", "sushi ? waffles"):
        tokens = text.split()
        trace = forward(net, DINNER_VOCAB.one_hot(tokens))
        predicted = [DINNER_VOCAB.words[k] for k in trace["probs"].argmax(axis=1)]
        first = CYCLE.index(tokens[0])
        assert predicted == [CYCLE[(first + 1 + k) % 3] for k in range(len(tokens))], text
