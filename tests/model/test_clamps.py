"""Gate clamps: a held gate is exactly its clamp, everything else follows the equations,
and every malformed clamp is refused with a message naming the bad part."""
import math

import numpy as np
import pytest

from lstm_sim.model import (Network, any_clamped, clamps_to_json, forward, loss_and_grads, no_clamps,
                            parse_clamp_spec, validate_clamps, with_clamp)

I, H, T = 4, 3, 6
UNITS = ["Doug", "Jane", "saw"]


def make_net(kind="lstm", seed=0):
    net = Network.random(kind, I, H, I, seed=seed)
    for p in net.params.values():
        p *= 3.0
    return net


def inputs(seed=1):
    return np.random.default_rng(seed).normal(size=(T, I))


CLAMPS = {"i": [0.0, None, 0.3], "f": [None, 1.0, None], "o": [0.3, None, 1.0]}


def test_a_clamped_gate_is_exactly_its_clamp_and_the_free_ones_follow_the_equations():
    net, X = make_net(), inputs()
    tr = forward(net, X, clamps=CLAMPS)
    free = forward(net, X)
    for gate, values in CLAMPS.items():
        for unit, v in enumerate(values):
            column = tr[gate][:, unit]
            if v is None:
                np.testing.assert_allclose(column, 1 / (1 + np.exp(-tr["z_" + gate][:, unit])), rtol=1e-12)
            else:
                assert np.all(column == v), f"{gate}[{unit}]"
    # the pre-activation is recorded as computed, clamp or not
    for gate in ("i", "f", "g", "o"):
        W, U, b = (net.block(p, gate) for p in ("W", "U", "b"))
        np.testing.assert_allclose(tr["z_" + gate], tr["x"] @ W.T + tr["h_prev"] @ U.T + b, rtol=1e-12)
    np.testing.assert_array_equal(tr["z_f"][0], free["z_f"][0])           # same start, same z
    # the clamped values act in memory and output like any gate value
    np.testing.assert_allclose(tr["c"], tr["f"] * tr["c_prev"] + tr["i"] * tr["g"], rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(tr["h"], tr["o"] * np.tanh(tr["c"]), rtol=1e-12, atol=1e-15)
    assert not np.allclose(tr["h"], free["h"])


def test_forgetting_clamped_open_keeps_memory_whole():
    net, X = make_net(seed=2), inputs(seed=3)
    c0 = np.array([0.5, -0.25, 2.0])
    tr = forward(net, X, c0=c0, clamps={"f": [1.0] * H, "i": [0.0] * H})
    for t in range(T):
        np.testing.assert_array_equal(tr["c"][t], c0)


def test_all_free_clamps_change_nothing_bit_for_bit():
    net, X = make_net(), inputs()
    plain = forward(net, X)
    for clamps in ({}, no_clamps(H), {"f": [None, None, None]}):
        tr = forward(net, X, clamps=clamps)
        for key in plain.keys:
            np.testing.assert_array_equal(tr[key], plain[key], err_msg=key)


def test_the_trace_keeps_its_clamps_read_only_and_unshared():
    net = make_net()
    given = {"f": np.array([np.nan, 1.0, np.nan])}
    tr = forward(net, inputs(), clamps=given)
    given["f"][0] = 0.0                                   # the caller changes its mind later
    clamps = tr.clamps
    assert set(clamps) == {"i", "f", "o"}
    np.testing.assert_array_equal(clamps["f"], [np.nan, 1.0, np.nan])
    assert np.isnan(clamps["i"]).all() and np.isnan(clamps["o"]).all()
    with pytest.raises(ValueError):
        clamps["f"][0] = 0.5
    with pytest.raises(TypeError):
        clamps["f"] = np.zeros(H)
    assert np.isnan(forward(net, inputs()).clamps["o"]).all()
    assert dict(forward(make_net("rnn"), inputs()).clamps) == {}


def test_a_plain_rnn_has_no_gates_to_clamp():
    net = make_net("rnn")
    with pytest.raises(ValueError, match="RNN has no gates"):
        forward(net, inputs(), clamps={"f": [1.0, None, None]})
    forward(net, inputs(), clamps={})                     # nothing clamped is fine
    forward(net, inputs(), clamps=no_clamps(H))


def test_loss_and_grads_pass_clamps_through():
    net, X = make_net(), inputs()
    targets = np.arange(T) % I
    _, grads, tr = loss_and_grads(net, X, targets, clamps={"o": [1.0, 1.0, 1.0]})
    assert np.all(tr["o"] == 1.0)
    assert np.all(grads["W"][3 * H:] == 0.0) and np.all(grads["b"][3 * H:] == 0.0)


@pytest.mark.parametrize("bad, says", [
    ({"g": [0.5, 0.5, 0.5]}, "'g'"),
    ({"x": [0.5, 0.5, 0.5]}, "'x'"),
    ({"f": [0.5, 0.5]}, "2 values"),
    ({"f": np.zeros((3, 1))}, "f[0]"),
    ({"f": 0.5}, "list of 3"),
    ({"f": "abc"}, "list of 3"),
    ({"f": [0.5, 1.5, None]}, "f[1] = 1.5"),
    ({"i": [-0.1, 0, 0]}, "outside"),
    ({"o": [math.inf, 0, 0]}, "outside"),
    ({"o": [0, -math.inf, 0]}, "outside"),
    ({"o": [0, "1", 0]}, "o[1]"),
    ({"o": [True, 0, 0]}, "o[0]"),
    ([0.5, 0.5, 0.5], "map gate names"),
])
def test_validate_clamps_names_what_is_wrong(bad, says):
    with pytest.raises(ValueError) as info:
        validate_clamps(bad, H)
    assert says in str(info.value)


def test_validate_clamps_completes_and_copies():
    src = {"f": np.array([np.nan, 1.0, 0.25])}
    out = validate_clamps(src, H)
    assert set(out) == {"i", "f", "o"} and not np.shares_memory(out["f"], src["f"])
    assert out["f"].dtype == np.float64
    np.testing.assert_array_equal(validate_clamps({"f": [None, 1, 0.25]}, H)["f"], out["f"])
    assert any_clamped(out) and not any_clamped(no_clamps(H)) and not any_clamped({})
    assert clamps_to_json(out) == {"i": [None] * 3, "f": [None, 1.0, 0.25], "o": [None] * 3}
    assert validate_clamps(None, H).keys() == no_clamps(H).keys()


def test_with_clamp_adds_one_clamp_to_a_copy():
    base = validate_clamps({"f": [None, 1.0, None]}, H)
    out = with_clamp(base, "o", None, 0.0, H)
    out = with_clamp(out, "f", 0, 0.5, H)
    assert clamps_to_json(out) == {"i": [None] * 3, "f": [0.5, 1.0, None], "o": [0.0] * 3}
    assert np.isnan(base["f"][0])
    with pytest.raises(ValueError):
        with_clamp(base, "g", 0, 0.5, H)


@pytest.mark.parametrize("spec, expected", [
    ("f=1", ("f", None, 1.0)),
    ("F=0", ("f", None, 0.0)),
    ("forgetting=0.3", ("f", None, 0.3)),
    ("Selection:Doug=0", ("o", 0, 0.0)),
    ("ignoring:jane=1", ("i", 1, 1.0)),          # unit label ignoring case
    ("i:2=.5", ("i", 2, 0.5)),                   # unit by index
    (" o : saw = 1e-1 ", ("o", 2, 0.1)),
])
def test_parse_clamp_spec(spec, expected):
    assert parse_clamp_spec(spec, UNITS) == expected


def test_parse_clamp_spec_prefers_an_exact_label_over_an_index():
    assert parse_clamp_spec("f:1=0", ["0", "1", "2"]) == ("f", 1, 0.0)
    assert parse_clamp_spec("f:1=0", ["2", "x", "1"]) == ("f", 2, 0.0)
    assert parse_clamp_spec("f:a=0", ["A", "a"]) == ("f", 1, 0.0)


@pytest.mark.parametrize("spec, says", [
    ("x=1", "unknown gate 'x'"),
    ("g=1", "unknown gate 'g'"),
    ("f=2", "outside [0, 1]"),
    ("f=-0.5", "outside [0, 1]"),
    ("f=nan", "outside [0, 1]"),
    ("f=inf", "outside [0, 1]"),
    ("f=abc", "'abc' is not a number"),
    ("f=", "'' is not a number"),
    ("f:Nobody=1", "unknown unit 'Nobody'"),
    ("f:3=1", "unknown unit '3'"),
    ("f:-1=1", "unknown unit '-1'"),
    ("f1", "GATE[:UNIT]=VALUE"),
])
def test_parse_clamp_spec_names_the_bad_part(spec, says):
    with pytest.raises(ValueError) as info:
        parse_clamp_spec(spec, UNITS)
    assert says in str(info.value)


@pytest.mark.parametrize("as_array", [False, True])
def test_clamps_as_arrays_are_checked_like_lists(as_array):
    """A float array (what the window passes on every trace) is checked as a whole and
    says the same as a list would: the first unit outside [0, 1], with its value."""
    def given(values):
        return {"f": np.array(values, dtype=float) if as_array else values}
    ok = validate_clamps(given([0.0, float("nan"), 1.0]), H)["f"]
    assert ok[0] == 0.0 and math.isnan(ok[1]) and ok[2] == 1.0
    for bad, unit in (([0.5, 1.5, 2.0], 1), ([float("inf"), 0.2, 0.3], 0), ([0.1, 0.2, -1e-9], 2)):
        with pytest.raises(ValueError) as info:
            validate_clamps(given(bad), H)
        assert (info.value.code, info.value.params["unit"]) == ("clamp-outside", unit)
        assert info.value.params["value"] == str(float(bad[unit]))
    source = np.array([0.25, 0.5, 0.75])
    copied = validate_clamps({"f": source}, H)["f"]
    copied[0] = 1.0
    assert source[0] == 0.25                              # a fresh copy, never the caller's array


def test_masked_and_extended_precision_clamps_are_read_as_lists_are():
    """Only plain float arrays take the whole-array check: a masked unit is free, as in
    a list, and a long double just above 1 is outside [0, 1], as in a list."""
    masked = np.ma.array([0.5, 7.0, 0.2], mask=[False, True, False])
    row = validate_clamps({"f": masked}, H)["f"]
    assert row[0] == 0.5 and math.isnan(row[1]) and row[2] == 0.2
    if np.finfo(np.longdouble).eps < np.finfo(np.float64).eps:
        with pytest.raises(ValueError):
            validate_clamps({"f": np.array([0.5, 1 + np.finfo(np.longdouble).eps * 4, 0.2], dtype=np.longdouble)}, H)
