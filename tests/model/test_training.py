"""Training: an iterator of progress reports that learns, stops when asked, and
never leaves the network with non-finite weights."""
import itertools
import math

import numpy as np
import pytest

from lstm_sim.cli import DEFAULTS
from lstm_sim.scenarios.training_setup import TRAIN_KEYS
from lstm_sim.model import (Network, TrainingDiverged, backward, forward, generate,
                            loss_from_trace, train)
from lstm_sim.model.optim import SGD, Adam, clip_by_global_norm
from lstm_sim.scenarios import BOOK_VOCAB, book_text, is_grammatical, sentences, training_pairs

# The settings the CLI's `train` uses by default.
CLI_SETTINGS = {k: DEFAULTS[k] for k in TRAIN_KEYS}


def book_corpus(repeats=20):
    return training_pairs(BOOK_VOCAB, BOOK_VOCAB.tokenize(book_text(repeats)))


def corpus_loss(net, X, y):
    return loss_from_trace(forward(net, X), y)


def snapshot(net):
    return {k: v.copy() for k, v in net.params.items()}


@pytest.mark.parametrize("kind", ["lstm", "rnn"])
def test_adam_reduces_the_loss_on_the_book(kind):
    X, y = book_corpus(5)
    net = Network.random(kind, 5, 8, 5, seed=1)
    before = corpus_loss(net, X, y)
    reports = list(train(net, X, y, epochs=15, lr=0.02))
    after = corpus_loss(net, X, y)
    assert after < 0.5 * before
    assert reports[-1].loss < reports[0].loss


def test_sgd_reduces_the_loss_too():
    X, y = book_corpus(5)
    net = Network.random("lstm", 5, 8, 5, seed=2)
    before = corpus_loss(net, X, y)
    list(train(net, X, y, epochs=40, lr=1.0, optimizer="sgd"))
    assert corpus_loss(net, X, y) < 0.5 * before


def test_stopping_after_three_reports_means_exactly_three_adam_steps():
    """Replays three chunks by hand with an independent Adam and clipping."""
    X, y = book_corpus(5)
    net = Network.random("lstm", 5, 6, 5, seed=3)
    mine = net.copy()
    taken = list(itertools.islice(train(net, X, y, epochs=4, lr=0.03, clip=0.5, seq_len=10), 3))
    assert [p.step for p in taken] == [1, 2, 3]
    assert all(p.epoch == 1 for p in taken)

    m = {k: np.zeros_like(v) for k, v in mine.params.items()}
    v2 = {k: np.zeros_like(v) for k, v in mine.params.items()}
    h = c = None
    for t in range(1, 4):
        xs, ys = X[(t - 1) * 10:t * 10], y[(t - 1) * 10:t * 10]
        tr = forward(mine, xs, h, c)
        grads, _, _ = backward(mine, tr, ys)
        norm = math.sqrt(sum(float((g ** 2).sum()) for g in grads.values()))
        scale = min(1.0, 0.5 / norm)
        for k, p in mine.params.items():
            g = grads[k] * scale
            m[k] = 0.9 * m[k] + 0.1 * g
            v2[k] = 0.999 * v2[k] + 0.001 * g * g
            p -= 0.03 * (m[k] / (1 - 0.9 ** t)) / (np.sqrt(v2[k] / (1 - 0.999 ** t)) + 1e-8)
        h, c = tr.h_last, tr.c_last
    for k in net.params:
        np.testing.assert_allclose(net.params[k], mine.params[k], rtol=1e-12, atol=1e-14, err_msg=k)


def test_progress_reports_are_sane():
    X, y = book_corpus(3)                      # 35 pairs: 4 chunks of 10 in epoch 1
    net = Network.random("lstm", 5, 4, 5, seed=4)
    reports = list(train(net, X, y, epochs=3, lr=0.02, seq_len=10))
    chunks = math.ceil(len(X) / 10)
    assert [p.step for p in reports] == list(range(1, len(reports) + 1))
    per_epoch = [sum(p.epoch == e for p in reports) for e in (1, 2, 3)]
    assert per_epoch[0] == chunks
    # later epochs start at a random position: the wrap-around adds at most one chunk
    assert all(chunks <= n <= chunks + 1 for n in per_epoch)
    assert [p.epoch for p in reports] == sorted(p.epoch for p in reports)
    for p in reports:
        assert p.epochs == 3
        assert 0.0 <= p.accuracy <= 1.0
        assert math.isfinite(p.loss) and p.loss >= 0
        assert p.fraction == pytest.approx(p.epoch / 3)


def test_accuracy_reaches_one_on_the_book():
    X, y = book_corpus(10)
    net = Network.random("lstm", 5, 8, 5, seed=5)
    last = list(train(net, X, y, epochs=60, lr=0.02))[-1]
    # Epochs start from an empty state at random places, where the next name can't be
    # known yet, so the running accuracy stays a little under 1; from the start it's exact.
    assert last.accuracy > 0.95
    # (after a lone first name the net can't know yet whether it is a subject)
    assert np.array_equal(forward(net, X)["probs"].argmax(axis=1)[1:], y[1:])


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_a_huge_learning_rate_diverges_and_keeps_the_last_finite_weights(optimizer):
    X, y = book_corpus(5)
    net = Network.random("lstm", 5, 8, 5, seed=6)
    last = snapshot(net)
    with np.errstate(all="ignore"), pytest.raises(TrainingDiverged) as info:
        for _ in train(net, X, y, epochs=5, lr=1e308, optimizer=optimizer, clip=None):
            last = snapshot(net)
    assert "learning rate" in str(info.value)
    assert net.all_finite()
    for k, v in last.items():
        np.testing.assert_array_equal(net.params[k], v, err_msg=k)


def test_a_step_that_makes_weights_non_finite_is_undone(monkeypatch):
    """The third update writes NaN and inf: the weights after step 2 must come back."""
    import lstm_sim.model.training as training

    class Poisoned(SGD):
        calls = 0

        def step(self, grads):
            super().step(grads)
            Poisoned.calls += 1
            if Poisoned.calls == 3:
                self.params["W"][0, 0] = np.nan
                self.params["b_out"][:] = np.inf

    monkeypatch.setitem(training.OPTIMIZERS, "sgd", Poisoned)
    X, y = book_corpus(5)
    net = Network.random("lstm", 5, 8, 5, seed=8)
    last, steps = snapshot(net), 0
    with pytest.raises(TrainingDiverged, match="step 3"):
        for p in train(net, X, y, epochs=2, lr=0.5, optimizer="sgd", seq_len=10):
            last, steps = snapshot(net), p.step
    assert steps == 2 and net.all_finite()
    for k, v in last.items():
        np.testing.assert_array_equal(net.params[k], v, err_msg=k)


def test_nan_weights_diverge_at_once_and_are_left_alone():
    X, y = book_corpus(2)
    net = Network.random("rnn", 5, 4, 5, seed=7)
    net.params["U"][1, 2] = np.nan
    before = snapshot(net)
    with pytest.raises(TrainingDiverged):
        next(train(net, X, y, epochs=1))
    for k, v in before.items():
        np.testing.assert_array_equal(net.params[k], v, err_msg=k)


def test_bad_arguments_are_refused_before_any_step():
    X, y = book_corpus(1)
    net = Network.random("lstm", 5, 4, 5)
    with pytest.raises(ValueError):
        next(train(net, np.zeros((0, 5)), np.zeros(0, dtype=int)))
    with pytest.raises(ValueError):
        next(train(net, X, np.full(len(y), -1)))          # nothing to predict
    with pytest.raises(ValueError):
        next(train(net, X, y[:-1]))
    with pytest.raises(ValueError):
        next(train(net, X, y, optimizer="rmsprop"))


def test_clip_by_global_norm_scales_all_gradients_together():
    grads = {"a": np.array([3.0, 0.0]), "b": np.array([[0.0], [4.0]])}
    assert clip_by_global_norm(grads, 1.0) == pytest.approx(5.0)
    np.testing.assert_allclose(grads["a"], [0.6, 0.0])
    np.testing.assert_allclose(grads["b"], [[0.0], [0.8]])
    assert clip_by_global_norm(grads, 10.0) == pytest.approx(1.0)     # under the limit: untouched
    np.testing.assert_allclose(grads["a"], [0.6, 0.0])
    assert clip_by_global_norm(grads, None) == pytest.approx(1.0)


def test_optimizer_steps_follow_their_formulas():
    p = {"w": np.array([1.0, -2.0, 0.5])}
    g = {"w": np.array([0.5, -1.0, 0.0])}
    SGD(p, lr=0.1).step(g)
    np.testing.assert_allclose(p["w"], [0.95, -1.9, 0.5])
    adam = Adam(p, lr=0.01)
    adam.step(g)                               # first bias-corrected step moves lr·sign(g)
    np.testing.assert_allclose(p["w"], [0.94, -1.89, 0.5], atol=1e-9)
    assert adam.t == 1


def test_book_lstm_trained_with_cli_settings_writes_only_grammatical_sentences():
    """From the story's first word, every sampled sentence is grammatical; from other
    prompts, all but a rare slip after the prompt's own sentence."""
    X, y = book_corpus(20)
    slips = total = 0
    for net_seed in (0, 1, 2):
        net = Network.random("lstm", 5, 8, 5, seed=net_seed)
        list(train(net, X, y, seed=net_seed, **CLI_SETTINGS))
        for sample_seed in (0, 1):
            out = generate(net, BOOK_VOCAB.one_hot(["Doug"]), 200, seed=sample_seed)
            written = sentences(["Doug"] + [BOOK_VOCAB.words[k] for k in out])
            assert len(written) >= 40
            bad = [s for s in written if not is_grammatical(s)]
            assert bad == [], f"net seed {net_seed}, sample seed {sample_seed}: {bad[:3]}"
        for sample_seed, prompt in enumerate((["Jane"], ["Spot", "saw"], ["Jane", "saw", "Spot", "."])):
            out = generate(net, BOOK_VOCAB.one_hot(prompt), 200, seed=sample_seed)
            written = sentences(prompt + [BOOK_VOCAB.words[k] for k in out])[1:]
            slips += sum(not is_grammatical(s) for s in written)
            total += len(written)
    assert total > 400 and slips / total < 0.01


def test_a_schedule_scales_the_learning_rate_by_the_fraction_done():
    """A constant factor of ½ is exactly training at half the rate; a named schedule
    must be known; cosine starts at the full rate."""
    from lstm_sim.model.training import SCHEDULES
    X, y = book_corpus(3)
    a, b = Network.random("lstm", 5, 4, 5, seed=9), Network.random("lstm", 5, 4, 5, seed=9)
    list(train(a, X, y, epochs=3, lr=0.02, schedule=lambda done: 0.5))
    list(train(b, X, y, epochs=3, lr=0.01))
    for k in a.params:
        np.testing.assert_allclose(a.params[k], b.params[k], rtol=1e-12, atol=1e-14, err_msg=k)
    assert SCHEDULES["cosine"](0.0) == pytest.approx(1.0) and SCHEDULES["cosine"](1.0) == pytest.approx(0.0)
    assert SCHEDULES["linear"](0.25) == pytest.approx(0.75)
    with pytest.raises(ValueError):
        next(train(a, X, y, schedule="step"))
