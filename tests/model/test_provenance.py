"""Memory unrolled into per-step contributions sums back to cₜ exactly (1e-12),
with and without clamps, and tells the lesson's story on the walkthrough."""
import numpy as np
import pytest

from lstm_sim.model import Network, forward
from lstm_sim.model.clamps import no_clamps
from lstm_sim.model.provenance import all_memory_from, memory_from, strongest_sources
from lstm_sim.scenarios import load_preset


@pytest.mark.parametrize("clamped", [False, True])
def test_contributions_sum_to_the_memory(clamped):
    rng = np.random.default_rng(0)
    net = Network.random("lstm", 4, 6, 4, seed=1)
    for p in net.params.values():
        p *= 3
    clamps = no_clamps(6)
    if clamped:
        clamps["f"][[0, 2]] = [1.0, 0.3]
        clamps["i"][5] = 0.0
    X = rng.normal(size=(40, 4))
    trace = forward(net, X, c0=rng.normal(size=6), clamps=clamps)
    for t, (incremental, inc_start) in enumerate(all_memory_from(trace)):
        contrib, start = memory_from(trace, t)
        assert contrib.shape == (t + 1, 6)
        np.testing.assert_allclose(contrib.sum(axis=0) + start, trace["c"][t], rtol=0, atol=1e-12)
        np.testing.assert_allclose(incremental, contrib, rtol=0, atol=1e-12)
        np.testing.assert_allclose(inc_start, start, rtol=0, atol=1e-12)
        if clamped:
            assert np.all(contrib[:, 5] == 0.0)          # ignoring gate clamped shut: nothing written


def test_walkthrough_not_doug_comes_from_the_doug_step():
    p = load_preset("walkthrough")
    tokens = p.vocab.tokenize("Jane saw Spot. Doug saw")
    trace = forward(p.net, p.vocab.one_hot(tokens))
    contrib, start = memory_from(trace, 5)               # the last "saw"
    doug = p.units.index("Doug")
    assert contrib[4, doug] < -0.9                       # the Doug step wrote "not Doug"
    assert contrib[5, doug] > 0.9                        # "saw" votes for Doug: they cancel
    assert abs(trace["c"][5][doug]) < 0.05
    sources = strongest_sources(contrib, start)
    assert sources[doug][0] in (4, 5)


def test_rnn_and_bad_steps_are_refused():
    net = Network.random("rnn", 2, 2, 2)
    with pytest.raises(ValueError):
        memory_from(forward(net, np.eye(2)), 0)
    lstm = forward(Network.random("lstm", 2, 2, 2), np.eye(2))
    with pytest.raises(IndexError):
        memory_from(lstm, 2)
