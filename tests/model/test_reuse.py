"""A trace of a longer text takes the steps it shares with an earlier trace from it —
and the numbers are the ones a pass from scratch computes, bit for bit."""
import numpy as np
import pytest

from lstm_sim.model import Network, forward
from lstm_sim.model.blocks import BLOCK
from lstm_sim.model.bptt import backward

V = 9


def nets():
    yield "lstm", Network.random("lstm", V, 6, V, seed=1)
    yield "rnn", Network.random("rnn", V, 5, V, seed=2)
    yield "rnn-relu", Network.random("rnn", V, 5, V, seed=3, nonlinearity="relu")
    yield "gru", Network.random("gru", V, 4, V, seed=4)
    yield "lesson-rnn", Network.random("lesson-rnn", V, 3, V, seed=5)
    yield "lstm 2 layers + embedding", Network.random("lstm", 4, 6, V, seed=6, layers=2, n_tokens=V)
    yield "gru 2 layers", Network.random("gru", V, 4, V, seed=7, layers=2)
    yield "lstm 3 → 6 → 2 units", Network.random("lstm", 4, (3, 6, 2), V, seed=8, layers=3, n_tokens=V)


NETS = dict(nets())


def every_array(trace) -> dict:
    """What the views read and what backpropagation reads, of every layer."""
    out = {}
    for k, layer in enumerate(trace.layers):
        out.update({f"{k}.{key}": layer[key] for key in layer.keys})
        out.update({f"{k}.cache.{key}": v for key, v in layer._cache.items() if isinstance(v, np.ndarray)})
    return out


def assert_same_bits(a, b) -> None:
    xa, xb = every_array(a), every_array(b)
    assert xa.keys() == xb.keys()
    for key in xa:
        assert xa[key].shape == xb[key].shape, key
        assert np.array_equal(xa[key], xb[key], equal_nan=True), key


def edits(rng, ids: np.ndarray):
    """What typing does to a text: append, delete at the end, change a word in the middle."""
    yield np.concatenate([ids, rng.integers(0, V, 3)])
    yield ids[:-5]
    changed = ids.copy()
    changed[len(ids) // 2] = (changed[len(ids) // 2] + 1) % V
    yield changed
    yield ids[: 2 * BLOCK]                      # exactly on a block's edge
    yield rng.integers(0, V, len(ids))          # a different text


@pytest.mark.parametrize("name", NETS)
def test_reusing_a_trace_gives_the_numbers_of_a_fresh_pass(name):
    net = NETS[name]
    rng = np.random.default_rng(0)
    ids = rng.integers(0, V, 3 * BLOCK + 7)
    before = forward(net, ids)
    for new in edits(rng, ids):
        again = forward(net, new, reuse=before)
        assert_same_bits(again, forward(net, new))
        before = again


@pytest.mark.parametrize("name", ["lstm", "gru", "lstm 2 layers + embedding"])
def test_gradients_through_a_reused_trace_are_the_same(name):
    net = NETS[name]
    rng = np.random.default_rng(1)
    ids = rng.integers(0, V, 2 * BLOCK + 3)
    longer = np.concatenate([ids, [1, 2, 3]])
    targets = rng.integers(0, V, len(longer))
    reused = forward(net, longer, reuse=forward(net, ids))
    fresh = forward(net, longer)
    g1, g2 = backward(net, reused, targets)[0], backward(net, fresh, targets)[0]
    for key in g2:
        assert np.array_equal(g1[key], g2[key]), key


def test_the_shared_steps_are_copied_not_computed():
    net = NETS["lstm"]
    ids = np.arange(3 * BLOCK) % V
    before = forward(net, ids)
    before._cache["H"][5] += 1.0             # a mark only a copy carries over
    after = forward(net, np.concatenate([ids, [2]]), reuse=before)
    assert np.array_equal(after["h"][4], before._cache["H"][5])
    assert not np.array_equal(after["h"][4], forward(net, ids)["h"][4])


def test_a_trace_from_other_clamps_or_another_start_is_not_reused():
    net = NETS["lstm"]
    ids = np.arange(3 * BLOCK) % V
    clamps = {"f": np.where(np.arange(6) == 2, 1.0, np.nan)}
    free = forward(net, ids)
    free._cache["H"][5] += 1.0               # were it copied, this would show
    longer = np.concatenate([ids, [3]])
    assert_same_bits(forward(net, longer, clamps=clamps, reuse=free), forward(net, longer, clamps=clamps))
    h0 = np.full(6, 0.1)
    assert_same_bits(forward(net, longer, h0=h0, reuse=free), forward(net, longer, h0=h0))
    started = forward(net, ids, h0=h0)
    started._cache["H"][5] += 1.0
    assert_same_bits(forward(net, longer, reuse=started), forward(net, longer))


@pytest.mark.parametrize("name", NETS)
def test_one_step_is_cut_from_its_rows_alone_with_the_same_numbers(name):
    """``step(t)`` of a trace nobody has read whole: the same values as the whole arrays'
    row t, read-only, and not a window on the backprop cache."""
    net = NETS[name]
    ids = np.random.default_rng(2).integers(0, V, 20)
    for t in (0, 7, 19, -1):
        fresh = forward(net, ids)
        row = fresh.step(t)
        whole = forward(net, ids)
        assert row.keys() == {k: None for k in whole.keys}.keys()
        for key, value in row.items():
            assert np.array_equal(value, whole[key][t]), (key, t)
            assert not value.flags.writeable
            assert not any(np.shares_memory(value, c) for c in fresh._cache.values() if isinstance(c, np.ndarray))
        assert "probs" not in fresh._public             # nothing T×V was copied to show one step
    with pytest.raises(IndexError):
        forward(net, ids).step(20)


def test_a_stack_of_different_sizes_samples_and_trains():
    """Layers of 3 → 6 → 2 units carry their states (one row each) through sampling and
    training, as a stack of one size does."""
    from lstm_sim.model import generate, train
    net = NETS["lstm 3 → 6 → 2 units"].copy()
    ids = generate(net, np.array([1, 2]), 12, seed=0)
    assert len(ids) == 12 and all(0 <= k < V for k in ids)
    X = np.eye(V)[np.arange(40) % V]
    y = (np.arange(40) + 1) % V
    progress = list(train(net, X, y, epochs=3, lr=0.05, seq_len=7, seed=0))
    assert progress[-1].loss < progress[0].loss


@pytest.mark.parametrize("name", NETS)
def test_a_lazy_readout_gives_the_bits_of_the_whole_and_works_out_only_the_step_shown(name):
    """The session's traces work their logits and probabilities out when asked: a step
    alone from its block (no T×V product to show one step), the same bits as the whole,
    also while typing reuses the last trace, and after the net is edited in place."""
    net = NETS[name].copy()
    rng = np.random.default_rng(3)
    ids = rng.integers(0, V, 3 * BLOCK + 5)
    lazy = forward(net, ids, lazy_readout=True)
    eager = forward(net, ids)
    for t in (0, BLOCK - 1, BLOCK, 2 * BLOCK + 3, len(ids) - 1):
        row = lazy.step(t)
        for key in ("logits", "probs", "h"):
            assert np.array_equal(row[key], eager[key][t]), (key, t)
    if net.spec.recurrent != "p":                # the lesson's RNN feeds its prediction back: always whole
        assert "logits" not in lazy._cache and "probs" not in lazy._cache
    before = forward(net, ids)                  # worked out before the edit
    net.params["W_out"][...] += 1.0             # the session edits in place; the trace keeps its numbers
    for key in ("logits", "probs"):
        assert np.array_equal(lazy[key], before[key]), key
    typed = forward(net, np.concatenate([ids, [1, 2]]), reuse=forward(net, ids, lazy_readout=True),
                    lazy_readout=True)
    assert_same_bits(typed, forward(net, np.concatenate([ids, [1, 2]])))
