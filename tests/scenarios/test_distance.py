"""The stretched book ("Doug saw very very Jane.") and mistakes against distance."""
import math

import pytest

from lstm_sim.model.compare import NETS, mistakes_by_distance
from lstm_sim.scenarios.corpora import (DISTANCE_VOCAB, distance_book_text, distance_sentence_kind,
                                        sentence_kind, sentences)


def test_the_stretched_book_puts_d_fillers_between_saw_and_the_object():
    assert distance_book_text(0, 1) == "Doug saw Jane. Jane saw Spot. Spot saw Doug."
    assert distance_book_text(2, 1).startswith("Doug saw very very Jane. Jane saw very very Spot.")
    kind = distance_sentence_kind(3)
    written = sentences(DISTANCE_VOCAB.tokenize(distance_book_text(3, 4)))
    assert len(written) == 12 and all(kind(s) == "grammatical" for s in written)
    with pytest.raises(ValueError):
        distance_book_text(11)


@pytest.mark.parametrize("text, expected", [
    ("Doug saw very very Jane .", "grammatical"),
    ("Doug saw very very Doug .", "repeat"),
    ("Doug saw very Jane .", "other"),                 # one filler short
    ("Doug saw very very Jane saw Spot .", "runon"),
])
def test_stretched_sentences_are_classified(text, expected):
    assert distance_sentence_kind(2)(text.split()) == expected


def test_distance_zero_classifier_agrees_with_the_books():
    for text in ("Doug saw Jane .", "Doug saw Doug .", "Doug saw Jane saw Spot .", "saw Doug ."):
        assert distance_sentence_kind(0)(text.split()) == sentence_kind(text.split())


def test_mistakes_by_distance_gives_one_fraction_per_distance_and_net():
    out = mistakes_by_distance(lambda d: (DISTANCE_VOCAB.words, DISTANCE_VOCAB.tokenize(distance_book_text(d, 3))),
                               distance_sentence_kind, [0, 2], hidden=3, seed=0, samples=5,
                               train_settings=dict(epochs=3, lr=0.05))
    assert out["distances"] == [0, 2]
    for key in NETS:
        assert len(out[key]) == 2 and len(out["counts"][key]) == 2
        for fraction, counts in zip(out[key], out["counts"][key]):
            assert counts["sentences"] == 5
            assert math.isclose(fraction, 1 - counts["grammatical"] / 5)
