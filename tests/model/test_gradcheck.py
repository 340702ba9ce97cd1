"""Backpropagation through time against central differences, entry by entry.

The loss is a smooth function of every weight, so a central difference with step
1e-5 is accurate to ~1e-10; the analytic gradient must agree to a relative error
below 1e-6 on every single entry (with a floor on the denominator so that entries
whose true gradient is ~0 are judged by absolute error instead).
"""
import numpy as np
import pytest

from lstm_sim.model import IGNORE, Network, backward, forward, loss_and_grads, loss_from_trace

I = V = 4
H, T = 3, 6
EPS = 1e-5
TOL = 1e-6
FLOOR = 1e-4


def setup(kind, seed=0):
    """``kind`` "rnn-relu" is the plain RNN with nonlinearity='relu'."""
    rng = np.random.default_rng(seed)
    relu = kind == "rnn-relu"
    kind = "rnn" if relu else kind
    net = Network.random(kind, I, H, V, seed=seed, nonlinearity="relu" if relu else "tanh")
    for p in net.params.values():
        p *= 2.0                                # gates away from ½, nonlinearity matters
    X = rng.normal(size=(T, I))
    targets = rng.integers(0, V, size=T)
    targets[2] = IGNORE
    h0 = rng.normal(size=net.state_size) * 0.5     # the lesson RNN's state is a prediction (V)
    c0 = rng.normal(size=H) if kind == "lstm" else None
    return net, X, targets, h0, c0


def rel_error(analytic, numeric):
    return np.abs(analytic - numeric) / np.maximum(np.abs(analytic) + np.abs(numeric), FLOOR)


def numeric_grad(f, array):
    """Central differences of f() w.r.t. every entry of ``array`` (perturbed in place)."""
    out = np.zeros_like(array)
    for idx in np.ndindex(array.shape):
        old = array[idx]
        array[idx] = old + EPS
        up = f()
        array[idx] = old - EPS
        down = f()
        array[idx] = old
        out[idx] = (up - down) / (2 * EPS)
    return out


@pytest.mark.parametrize("kind", ["lstm", "rnn", "rnn-relu", "gru", "lesson-rnn"])
def test_every_parameter_entry_matches_central_differences(kind):
    net, X, targets, h0, c0 = setup(kind)
    trace = forward(net, X, h0, c0)
    grads, _, _ = backward(net, trace, targets)
    assert set(grads) == set(net.params)

    def loss():
        return loss_from_trace(forward(net, X, h0, c0), targets)

    for name, p in net.params.items():
        assert grads[name].shape == p.shape
        numeric = numeric_grad(loss, p)
        err = rel_error(grads[name], numeric)
        assert err.max() < TOL, f"{kind} {name}: max relative error {err.max():.2e}"
        assert np.abs(numeric).max() > 1e-3, f"{name}: test is vacuous, gradient ~ 0"


@pytest.mark.parametrize("kind", ["lstm", "rnn", "rnn-relu", "gru", "lesson-rnn"])
def test_gradient_with_respect_to_the_start_state(kind):
    net, X, targets, h0, c0 = setup(kind, seed=1)
    _, dh0, dc0 = backward(net, forward(net, X, h0, c0), targets)
    loss = lambda: loss_from_trace(forward(net, X, h0, c0), targets)  # noqa: E731
    assert rel_error(dh0, numeric_grad(loss, h0)).max() < TOL
    if kind == "lstm":
        assert rel_error(dc0, numeric_grad(loss, c0)).max() < TOL
    else:
        assert dc0 is None


@pytest.mark.parametrize("kind", ["lstm", "rnn"])
def test_gradient_flowing_in_from_beyond_the_last_step(kind):
    """``dh_last``/``dc_last`` add the terms v·h_T + w·c_T to the loss."""
    net, X, targets, h0, c0 = setup(kind, seed=2)
    rng = np.random.default_rng(3)
    v, w = rng.normal(size=H), rng.normal(size=H)

    def loss():
        tr = forward(net, X, h0, c0)
        extra = v @ tr.h_last + (w @ tr.c_last if kind == "lstm" else 0.0)
        return loss_from_trace(tr, targets) + extra

    grads, dh0, _ = backward(net, forward(net, X, h0, c0), targets,
                             dh_last=v, dc_last=w if kind == "lstm" else None)
    for name in ("W", "U", "b"):
        assert rel_error(grads[name], numeric_grad(loss, net.params[name])).max() < TOL, name
    assert rel_error(dh0, numeric_grad(loss, h0)).max() < TOL


@pytest.mark.parametrize("kind", ["lstm", "rnn"])
def test_loss_is_the_mean_cross_entropy_over_targeted_steps(kind):
    net, X, targets, h0, c0 = setup(kind, seed=4)
    tr = forward(net, X, h0, c0)
    rows = [t for t in range(T) if targets[t] != IGNORE]
    expected = np.mean([-np.log(tr["probs"][t, targets[t]]) for t in rows])
    assert loss_from_trace(tr, targets) == pytest.approx(expected, rel=1e-12)
    loss, grads, trace = loss_and_grads(net, X, targets, h0, c0)
    assert loss == pytest.approx(expected, rel=1e-12)
    np.testing.assert_allclose(trace["h"], tr["h"])


@pytest.mark.parametrize("kind", ["lstm", "rnn"])
def test_no_targets_means_zero_loss_and_zero_gradient(kind):
    net, X, _, h0, c0 = setup(kind, seed=5)
    targets = np.full(T, IGNORE)
    tr = forward(net, X, h0, c0)
    assert loss_from_trace(tr, targets) == 0.0
    grads, dh0, _ = backward(net, tr, targets)
    for name, g in grads.items():
        assert np.all(g == 0), name
    assert np.all(dh0 == 0)


# -- gate clamps: a held gate is a constant, so its own weights learn nothing --------

MIXED_CLAMPS = {"i": [0.0, None, 0.3], "f": [None, 1.0, None], "o": [0.3, None, 1.0]}


@pytest.mark.parametrize("clamps", [
    MIXED_CLAMPS,
    {"f": [0.0, 0.0, 0.0]},
    {"i": [1.0, 1.0, None], "o": [None, 0.0, None]},
], ids=["mixed 0/1/0.3", "forget everything", "open ignoring, shut selection"])
def test_clamped_gradients_match_central_differences(clamps):
    net, X, targets, h0, c0 = setup("lstm", seed=6)
    grads, dh0, dc0 = backward(net, forward(net, X, h0, c0, clamps=clamps), targets)

    def loss():
        return loss_from_trace(forward(net, X, h0, c0, clamps=clamps), targets)

    for name, p in net.params.items():
        err = rel_error(grads[name], numeric_grad(loss, p))
        assert err.max() < TOL, f"{name}: max relative error {err.max():.2e}"
    assert rel_error(dh0, numeric_grad(loss, h0)).max() < TOL
    assert rel_error(dc0, numeric_grad(loss, c0)).max() < TOL


GRU_CLAMPS = {"r": [0.0, None, 1.0], "z": [None, 0.4, 1.0]}


def test_clamped_gru_gradients_match_central_differences():
    """The GRU's valves r and z held: still exact, and the held rows learn nothing."""
    net, X, targets, h0, _ = setup("gru", seed=6)
    grads, dh0, _ = backward(net, forward(net, X, h0, clamps=GRU_CLAMPS), targets)

    def loss():
        return loss_from_trace(forward(net, X, h0, clamps=GRU_CLAMPS), targets)

    for name, p in net.params.items():
        err = rel_error(grads[name], numeric_grad(loss, p))
        assert err.max() < TOL, f"{name}: max relative error {err.max():.2e}"
    assert rel_error(dh0, numeric_grad(loss, h0)).max() < TOL
    for k, gate in enumerate(("r", "z")):
        for unit, value in enumerate(GRU_CLAMPS[gate]):
            held = grads["W"][k * H + unit]
            assert (np.all(held == 0) if value is not None else np.any(held != 0)), (gate, unit)
    trace = forward(net, X, h0, clamps=GRU_CLAMPS)
    assert np.all(trace["r"][:, 0] == 0.0) and np.all(trace["z"][:, 2] == 1.0)
    np.testing.assert_array_equal(trace["h"][:, 2], np.r_[h0[2], trace["h"][:-1, 2]])   # z = 1 keeps h


def test_clamped_rows_get_exactly_zero_gradient_and_free_rows_do_not():
    net, X, targets, h0, c0 = setup("lstm", seed=7)
    grads, _, _ = backward(net, forward(net, X, h0, c0, clamps=MIXED_CLAMPS), targets)
    for k, gate in enumerate(("i", "f", "g", "o")):
        for unit in range(H):
            row = k * H + unit
            held = gate in MIXED_CLAMPS and MIXED_CLAMPS[gate][unit] is not None
            for name in ("W", "U", "b"):
                g = grads[name][row]
                if held:
                    assert np.all(g == 0.0), f"{name} {gate}[{unit}] is clamped but has gradient"
                elif not (gate == "g" and MIXED_CLAMPS["i"][unit] == 0.0):   # i = 0 mutes g
                    assert np.any(g != 0.0), f"{name} {gate}[{unit}] is free but has no gradient"


def test_lesson_rnn_gradient_flows_back_through_every_previous_prediction():
    """Score only the last step: the first prediction p₀ can then matter only through
    the chain p₀ → step 1 → p₁ → … → p_{T−1}, so its gradient is that chain's."""
    net, X, _, h0, _ = setup("lesson-rnn", seed=3)
    targets = np.full(T, IGNORE)
    targets[-1] = 1
    _, dp0, dc0 = backward(net, forward(net, X, h0), targets)
    numeric = numeric_grad(lambda: loss_from_trace(forward(net, X, h0), targets), h0)
    assert dc0 is None and np.abs(numeric).max() > 1e-6
    assert rel_error(dp0, numeric).max() < TOL


# -- real models: an embedding in front, stacked layers, clamps in any layer ----------

@pytest.mark.parametrize("kind", ["lstm", "rnn", "gru"])
@pytest.mark.parametrize("layers, embedding", [(2, False), (1, True), (3, True)],
                         ids=["2 layers", "embedding", "embedding + 3 layers"])
def test_stacked_and_embedded_gradients_match_central_differences(kind, layers, embedding):
    rng = np.random.default_rng(7)
    E = 2                                          # embedding width ≠ I: the shapes must line up
    net = Network.random(kind, E if embedding else I, H, V, seed=7, layers=layers,
                         n_tokens=V if embedding else None)
    for p in net.params.values():
        p *= 2.0
    X = np.eye(V)[rng.integers(0, V, size=T)]
    targets = rng.integers(0, V, size=T)
    targets[1] = IGNORE
    h0 = rng.normal(size=(layers, H)) if layers > 1 else rng.normal(size=H)
    c0 = (rng.normal(size=h0.shape) if kind == "lstm" else None)
    mixed = {"lstm": MIXED_CLAMPS, "gru": GRU_CLAMPS}.get(kind)
    clamps = ([None] + [mixed] * (layers - 1) if layers > 1 else None) if mixed else None
    trace = forward(net, X, h0, c0, clamps=clamps)
    assert len(trace.layers) == layers and trace.state_last.shape == h0.shape
    grads, dh0, dc0 = backward(net, trace, targets)
    assert set(grads) == set(net.params)

    def loss():
        return loss_from_trace(forward(net, X, h0, c0, clamps=clamps), targets)

    for name, p in net.params.items():
        numeric = numeric_grad(loss, p)
        assert rel_error(grads[name], numeric).max() < TOL, f"{kind} {name}"
    assert rel_error(dh0, numeric_grad(loss, h0)).max() < TOL
    if kind == "lstm":
        assert rel_error(dc0, numeric_grad(loss, c0)).max() < TOL


def test_an_embedding_gets_a_gradient_only_in_the_rows_of_tokens_seen():
    net = Network.random("lstm", 2, H, V, seed=8, n_tokens=V)
    X = np.eye(V)[[0, 2, 0, 2]]
    grads, _, _ = backward(net, forward(net, X), np.array([2, 0, 2, 0]))
    assert np.all(grads["E"][[1, 3]] == 0) and np.all(grads["E"][[0, 2]] != 0)


@pytest.mark.parametrize("kind", ["lstm", "rnn", "gru"])
def test_layers_of_different_sizes_get_exact_gradients(kind):
    """AWD-LSTM's shape (layers of 3 → 5 → 2 units, an embedding in front): every weight,
    and each layer's start state (one row per layer, each its own length)."""
    rng = np.random.default_rng(9)
    sizes = (3, 5, 2)
    net = Network.random(kind, 2, sizes, V, seed=9, layers=3, n_tokens=V)
    assert net.hidden_sizes == sizes
    for p in net.params.values():
        p *= 2.0
    ids = rng.integers(0, V, size=T)
    targets = rng.integers(0, V, size=T)
    h0 = [rng.normal(size=h) for h in sizes]
    c0 = [rng.normal(size=h) for h in sizes] if kind == "lstm" else None
    clamps = [None, {"f": np.array([np.nan, 0.9, np.nan, np.nan, 0.1])}, None] if kind == "lstm" else None
    trace = forward(net, ids, h0, c0, clamps=clamps)
    assert [len(h) for h in trace.state_last] == list(sizes)
    grads, dh0, dc0 = backward(net, trace, targets)

    def loss():
        return loss_from_trace(forward(net, ids, h0, c0, clamps=clamps), targets)

    for name, p in net.params.items():
        assert rel_error(grads[name], numeric_grad(loss, p)).max() < TOL, f"{kind} {name}"
    for k in range(3):
        assert rel_error(dh0[k], numeric_grad(loss, h0[k])).max() < TOL
        if kind == "lstm":
            assert rel_error(dc0[k], numeric_grad(loss, c0[k])).max() < TOL
