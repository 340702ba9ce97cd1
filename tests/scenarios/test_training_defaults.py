"""The training defaults (what `lstm-sim train` and the dock start from) must teach the
book well enough that sampling at temperature 1 writes grammatical sentences from any
book word as prompt. Measured here: 100% is not reached for every (training seed,
sampling seed) pair, so the test holds the measured slip rate (a few in ten thousand)
and names every slip it sees."""
from functools import lru_cache

import numpy as np
import pytest

from lstm_sim.model import Network, generate, train
from lstm_sim.scenarios import BOOK_VOCAB, is_grammatical, sentences, training_pairs
from lstm_sim.scenarios.training_setup import TRAINING_DEFAULTS as D, named_corpus

WORDS = 300


@lru_cache(maxsize=None)
def trained(seed: int) -> Network:
    corpus = named_corpus(D["corpus"])
    X, y = training_pairs(corpus.vocab, corpus.tokens)
    net = Network.random(D["cell"], len(corpus.vocab), D["hidden"], len(corpus.vocab), seed=seed)
    list(train(net, X, y, epochs=D["epochs"], lr=D["lr"], optimizer=D["optimizer"], clip=D["clip"],
               seq_len=D["seq_len"], seed=seed, schedule=D["schedule"]))
    return net


def written_after(net: Network, prompt: list[str], seed: int) -> list[list[str]]:
    """Complete sentences the net wrote itself (the one the prompt began is left out)."""
    out = generate(net, BOOK_VOCAB.one_hot(prompt), WORDS, seed=seed, temperature=1.0)
    done = sentences(prompt)
    return sentences(prompt + [BOOK_VOCAB.words[k] for k in out])[len(done) + (prompt[-1] != "."):]


def test_defaults_train_the_book_lstm_to_near_perfect_grammar_from_every_word():
    slips, total = [], 0
    for net_seed in range(5):
        net = trained(net_seed)
        assert net.all_finite()
        for word in BOOK_VOCAB.words:
            for sample_seed in (1, 2):
                written = written_after(net, [word], sample_seed)
                assert len(written) >= 70
                total += len(written)
                slips += [(net_seed, word, sample_seed, " ".join(s)) for s in written if not is_grammatical(s)]
    assert total > 3000
    assert len(slips) <= 0.002 * total, slips


@pytest.mark.parametrize("prompt", ["Jane saw Spot.", "Doug saw Jane. Jane saw Spot.", "Spot saw Doug. Doug"])
def test_defaults_continue_multi_sentence_prompts_grammatically(prompt):
    net = trained(0)
    tokens = BOOK_VOCAB.tokenize(prompt)
    bad = [s for seed in (1, 2) for s in written_after(net, tokens, seed) if not is_grammatical(s)]
    assert bad == []


def test_defaults_name_a_known_schedule():
    from lstm_sim.model.training import SCHEDULES
    assert D["schedule"] in SCHEDULES
    assert np.isfinite(D["lr"]) and D["lr"] > 0
