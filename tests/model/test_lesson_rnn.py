"""The lesson's RNN: its recurrent input is its previous prediction (softmax of the
previous logits), so the trace shows p_prev, and p_prev at step t is probs at t−1."""
import numpy as np
import pytest

from lstm_sim.model import Network, forward, generate, train
from lstm_sim.model.activations import softmax
from lstm_sim.scenarios import BOOK_VOCAB, book_text, training_pairs


def net_and_inputs(seed=0):
    net = Network.random("lesson-rnn", 5, 4, 5, seed=seed)
    X = BOOK_VOCAB.one_hot(BOOK_VOCAB.tokenize("Doug saw Jane. Jane"))
    return net, X


def test_shapes_follow_the_lesson():
    net = Network.random("lesson-rnn", 3, 6, 5)
    assert net.params["U"].shape == (6, 5)             # reads a prediction over 5 words
    assert (net.hidden_size, net.state_size, net.n_paths) == (6, 5, 1)
    with pytest.raises(ValueError):
        Network("lesson-rnn", {**Network.random("rnn", 3, 6, 5).params})   # U 6×6 is a plain RNN's


def test_forward_matches_the_formula_step_by_step():
    net, X = net_and_inputs()
    p0 = softmax(np.arange(5.0))
    tr = forward(net, X, p0)
    P = net.params
    p = p0
    for t, x in enumerate(X):
        h = np.tanh(P["W"] @ x + P["U"] @ p + P["b"])
        logits = P["W_out"] @ h + P["b_out"]
        np.testing.assert_allclose(tr["p_prev"][t], p)
        np.testing.assert_allclose(tr["h"][t], h)
        np.testing.assert_allclose(tr["logits"][t], logits)
        p = softmax(logits)
        np.testing.assert_allclose(tr["probs"][t], p)
    np.testing.assert_allclose(tr.state_last, p)
    assert tr.keys == ("x", "p_prev", "z", "h", "logits", "probs")
    assert all(not a.flags.writeable for a in tr.arrays.values())


def test_the_start_is_no_prediction_and_a_split_run_continues_exactly():
    net, X = net_and_inputs(1)
    whole = forward(net, X)
    np.testing.assert_array_equal(whole["p_prev"][0], np.zeros(5))
    first = forward(net, X[:2])
    rest = forward(net, X[2:], first.state_last)
    np.testing.assert_allclose(rest["probs"], whole["probs"][2:])


def test_trains_and_samples():
    tokens = BOOK_VOCAB.tokenize(book_text(5))
    X, y = training_pairs(BOOK_VOCAB, tokens)
    net = Network.random("lesson-rnn", 5, 5, 5, seed=2)
    reports = list(train(net, X, y, epochs=20, lr=0.05))
    assert reports[-1].loss < reports[0].loss
    out = generate(net, BOOK_VOCAB.one_hot(["Doug"]), 30, seed=0)
    assert len(out) == 30 and all(0 <= k < 5 for k in out)


def test_lesson_rnn_cannot_be_clamped():
    net, X = net_and_inputs()
    with pytest.raises(ValueError):
        forward(net, X, clamps={"f": [1.0, None, None, None]})
