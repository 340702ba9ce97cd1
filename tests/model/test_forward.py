"""The forward pass: every value in the trace, checked against the lesson's equations
and against a deliberately naive, step-by-step reimplementation written here."""
import math
import warnings

import numpy as np
import pytest

from lstm_sim.model import GATES, Network, forward
from lstm_sim.model.activations import sigmoid

LSTM_KEYS = ("x", "h_prev", "c_prev", "z_i", "z_f", "z_g", "z_o",
             "i", "f", "g", "o", "c", "tanh_c", "h", "logits", "probs")
RNN_KEYS = ("x", "h_prev", "z", "h", "logits", "probs")
I, H, V, T = 4, 3, 5, 7


def make_net(kind, n_in=I, n_hidden=H, n_out=V, seed=0, scale=2.0):
    """Random weights, scaled up so gates are far from ½ and the check means something."""
    net = Network.random(kind, n_in, n_hidden, n_out, seed=seed)
    for p in net.params.values():
        p *= scale * math.sqrt(n_hidden)
    return net


def inputs(seed=1, steps=T, n_in=I):
    return np.random.default_rng(seed).normal(size=(steps, n_in))


def naive_sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


def naive_forward(net, X, h0, c0):
    """Scalar loops straight from the lesson's equations: no fused blocks, no numpy tricks."""
    P = net.params
    n_hidden, n_out = net.hidden_size, net.output_size
    h, c = [float(v) for v in h0], [float(v) for v in c0]
    rows = {k: [] for k in (LSTM_KEYS if net.kind == "lstm" else RNN_KEYS)}
    for x in X:
        rows["x"].append(list(x))
        rows["h_prev"].append(list(h))
        if net.kind == "lstm":
            rows["c_prev"].append(list(c))
            z = {}
            for k, gate in enumerate(GATES):
                z[gate] = [sum(P["W"][k * n_hidden + j, m] * x[m] for m in range(len(x)))
                           + sum(P["U"][k * n_hidden + j, m] * h[m] for m in range(n_hidden))
                           + P["b"][k * n_hidden + j] for j in range(n_hidden)]
                rows["z_" + gate].append(z[gate])
            i = [naive_sigmoid(v) for v in z["i"]]
            f = [naive_sigmoid(v) for v in z["f"]]
            g = [math.tanh(v) for v in z["g"]]
            o = [naive_sigmoid(v) for v in z["o"]]
            c = [f[j] * c[j] + i[j] * g[j] for j in range(n_hidden)]
            tc = [math.tanh(v) for v in c]
            h = [o[j] * tc[j] for j in range(n_hidden)]
            for key, val in (("i", i), ("f", f), ("g", g), ("o", o), ("c", c), ("tanh_c", tc)):
                rows[key].append(val)
        else:
            z = [sum(P["W"][j, m] * x[m] for m in range(len(x)))
                 + sum(P["U"][j, m] * h[m] for m in range(n_hidden)) + P["b"][j]
                 for j in range(n_hidden)]
            rows["z"].append(z)
            h = [math.tanh(v) for v in z]
        rows["h"].append(h)
        logits = [sum(P["W_out"][v, j] * h[j] for j in range(n_hidden)) + P["b_out"][v]
                  for v in range(n_out)]
        e = [math.exp(v - max(logits)) for v in logits]
        rows["logits"].append(logits)
        rows["probs"].append([v / sum(e) for v in e])
    return {k: np.array(v) for k, v in rows.items()}


def start_state(kind, seed=2):
    rng = np.random.default_rng(seed)
    return rng.normal(size=H) * 0.5, (rng.normal(size=H) if kind == "lstm" else None)


@pytest.mark.parametrize("kind, keys", [("lstm", LSTM_KEYS), ("rnn", RNN_KEYS)])
def test_trace_has_every_key_with_the_right_shape(kind, keys):
    net = make_net(kind)
    trace = forward(net, inputs(), tokens=list("abcdefg"))
    assert set(trace.arrays) == set(keys)
    assert tuple(trace.keys) == keys
    assert len(trace) == T
    assert trace.tokens == list("abcdefg")
    widths = {"x": I, "logits": V, "probs": V}
    for key in keys:
        assert trace[key].shape == (T, widths.get(key, H)), key
    step = trace.step(3)
    assert set(step) == set(keys)
    for key in keys:
        np.testing.assert_array_equal(step[key], trace[key][3])


@pytest.mark.parametrize("kind", ["lstm", "rnn"])
def test_values_match_a_naive_implementation(kind):
    net = make_net(kind, seed=3)
    h0, c0 = start_state(kind)
    X = inputs(seed=4)
    trace = forward(net, X, h0, c0)
    expected = naive_forward(net, X, h0, c0 if c0 is not None else np.zeros(H))
    for key in trace.keys:
        np.testing.assert_allclose(trace[key], expected[key], rtol=1e-12, atol=1e-12, err_msg=key)


def test_lstm_trace_obeys_the_lessons_equations():
    net = make_net("lstm", seed=5)
    h0, c0 = start_state("lstm", seed=6)
    tr = forward(net, inputs(seed=7), h0, c0)
    close = lambda a, b: np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-13)  # noqa: E731
    for gate in GATES:
        z = tr["x"] @ net.block("W", gate).T + tr["h_prev"] @ net.block("U", gate).T + net.block("b", gate)
        close(tr["z_" + gate], z)
    for gate in ("i", "f", "o"):
        close(tr[gate], 1.0 / (1.0 + np.exp(-tr["z_" + gate])))
    close(tr["g"], np.tanh(tr["z_g"]))
    close(tr["c"], tr["f"] * tr["c_prev"] + tr["i"] * tr["g"])      # memory: forget, then add
    close(tr["tanh_c"], np.tanh(tr["c"]))
    close(tr["h"], tr["o"] * np.tanh(tr["c"]))                      # selection
    close(tr["h_prev"][0], h0)
    close(tr["c_prev"][0], c0)
    close(tr["h_prev"][1:], tr["h"][:-1])
    close(tr["c_prev"][1:], tr["c"][:-1])
    close(tr["logits"], tr["h"] @ net.params["W_out"].T + net.params["b_out"])
    np.testing.assert_allclose(tr.h_last, tr["h"][-1])
    np.testing.assert_allclose(tr.c_last, tr["c"][-1])


def test_rnn_trace_obeys_its_equation():
    net = make_net("rnn", seed=8)
    h0, _ = start_state("rnn")
    tr = forward(net, inputs(seed=9), h0)
    P = net.params
    np.testing.assert_allclose(tr["z"], tr["x"] @ P["W"].T + tr["h_prev"] @ P["U"].T + P["b"], rtol=1e-12)
    np.testing.assert_allclose(tr["h"], np.tanh(tr["z"]), rtol=1e-12)
    np.testing.assert_allclose(tr["h_prev"][1:], tr["h"][:-1])
    np.testing.assert_allclose(tr["h_prev"][0], h0)
    assert tr.c_last is None


@pytest.mark.parametrize("kind", ["lstm", "rnn"])
def test_stepping_one_token_at_a_time_equals_the_whole_sequence(kind):
    net = make_net(kind, seed=10)
    h0, c0 = start_state(kind, seed=11)
    X = inputs(seed=12, steps=9)
    whole = forward(net, X, h0, c0)
    h, c = h0, c0
    for t in range(len(X)):
        one = forward(net, X[t:t + 1], h, c)
        for key in whole.keys:
            np.testing.assert_allclose(one[key][0], whole[key][t], rtol=1e-12, atol=1e-14, err_msg=key)
        h, c = one.h_last, one.c_last
    np.testing.assert_allclose(h, whole.h_last, rtol=1e-12)


@pytest.mark.parametrize("kind", ["lstm", "rnn"])
@pytest.mark.parametrize("scale", [0.1, 2.0, 50.0])
def test_probs_are_a_distribution_per_step(kind, scale):
    tr = forward(make_net(kind, seed=13, scale=scale), inputs(seed=14))
    probs = tr["probs"]
    assert np.all(probs >= 0) and np.all(probs <= 1)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, rtol=1e-12)
    np.testing.assert_array_equal(probs.argmax(axis=1), tr["logits"].argmax(axis=1))


def test_empty_sequence_keeps_the_start_state():
    net = make_net("lstm")
    h0, c0 = start_state("lstm")
    tr = forward(net, np.zeros((0, I)), h0, c0)
    assert len(tr) == 0 and tr["probs"].shape == (0, V)
    np.testing.assert_array_equal(tr.h_last, h0)
    np.testing.assert_array_equal(tr.c_last, c0)


def test_inputs_of_the_wrong_width_are_rejected():
    with pytest.raises(ValueError):
        forward(make_net("lstm"), np.zeros((3, I + 1)))


def test_sigmoid_matches_the_logistic_function_and_is_symmetric():
    z = np.linspace(-30, 30, 121)
    np.testing.assert_allclose(sigmoid(z), [naive_sigmoid(v) for v in z], rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(sigmoid(z) + sigmoid(-z), 1.0, rtol=1e-15)


def test_sigmoid_never_overflows():
    with np.errstate(all="raise"), warnings.catch_warnings():
        warnings.simplefilter("error")
        s = sigmoid(np.array([1e6, -1e6, 800.0, -800.0, 0.0]))
    assert np.all(np.isfinite(s)) and np.all((s >= 0) & (s <= 1))
    np.testing.assert_allclose(s, [1, 0, 1, 0, 0.5], atol=1e-300)


@pytest.mark.parametrize("kind", ["lstm", "rnn"])
def test_forward_with_huge_weights_is_finite_and_silent(kind):
    net = make_net(kind, seed=15)
    for p in net.params.values():
        p[...] = 1e6 * np.sign(p)
    h0, c0 = start_state(kind)
    with np.errstate(all="raise"), warnings.catch_warnings():
        warnings.simplefilter("error")
        tr = forward(net, inputs(seed=16), h0, c0)
    for key in tr.keys:
        assert np.all(np.isfinite(tr[key])), key
    for key in ("i", "f", "o", "probs") if kind == "lstm" else ("probs",):
        assert np.all((tr[key] >= 0) & (tr[key] <= 1)), key
    np.testing.assert_allclose(tr["probs"].sum(axis=1), 1.0)


# -- a trace is immutable: views get read-only copies, never the backprop cache ------

def _cache_arrays(trace):
    return [v for v in trace._cache.values() if isinstance(v, np.ndarray)]


@pytest.mark.parametrize("kind", ["lstm", "rnn"])
@pytest.mark.parametrize("clamped", [False, True])
def test_every_array_a_trace_hands_out_is_read_only_and_unshared(kind, clamped):
    clamps = {"f": [1.0, None, 0.5]} if clamped and kind == "lstm" else None
    h0, c0 = start_state(kind)
    X = inputs()
    tr = forward(make_net(kind), X, h0, c0, clamps=clamps)
    handed_out = [(key, tr[key]) for key in tr.keys]
    handed_out += [(f"step(2)[{k}]", v) for k, v in tr.step(2).items()]
    handed_out += [(f"arrays[{k}]", v) for k, v in tr.arrays.items()]
    handed_out += [("h_last", tr.h_last)] + ([("c_last", tr.c_last)] if kind == "lstm" else [])
    handed_out += [(f"clamps[{g}]", v) for g, v in tr.clamps.items()]
    for key, a in handed_out:
        assert not a.flags.writeable, key
        with pytest.raises(ValueError):
            a[...] = 0.0
        for cached in _cache_arrays(tr):
            assert not np.shares_memory(a, cached), key
    assert not np.shares_memory(tr["x"], X) and X.flags.writeable     # the caller's array is untouched


@pytest.mark.parametrize("kind", ["lstm", "rnn"])
def test_scribbling_on_a_handed_out_array_cannot_change_gradients(kind):
    from lstm_sim.model import backward, loss_from_trace
    net = make_net(kind, seed=20)
    h0, c0 = start_state(kind)
    targets = np.arange(T) % V
    tr = forward(net, inputs(seed=21), h0, c0)
    before, _, _ = backward(net, tr, targets)
    loss = loss_from_trace(tr, targets)
    for key in tr.keys:
        a = tr[key]
        while not a.flags.writeable:        # a determined scribbler unfreezes what it can ...
            try:
                a.flags.writeable = True
            except ValueError:              # (a view of a frozen copy cannot be unfrozen,
                a = a.base                  #  but the copy it views can)
        a[...] = 7.0
    after, _, _ = backward(net, tr, targets)
    for name in before:                     # ... and it changes nothing backpropagation reads
        np.testing.assert_array_equal(after[name], before[name], err_msg=name)
    assert loss_from_trace(tr, targets) == loss
    np.testing.assert_array_equal(tr.h_last, forward(net, inputs(seed=21), h0, c0).h_last)


def test_an_unknown_key_is_a_key_error():
    tr = forward(make_net("rnn"), inputs())
    with pytest.raises(KeyError):
        tr["c"]
