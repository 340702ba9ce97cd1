"""The forward pass, recording every intermediate value of every step.

A trace is what the views draw and what backpropagation reads: nothing is
recomputed later. Input projections (and the readout) are matrix products over blocks
of ``BLOCK`` steps, always cut at the same steps: a step's numbers never depend on how
many steps follow it, so a longer text can take the steps it shares with an earlier
trace from that trace (``forward(..., reuse=…)``) bit for bit — typing at the end of a
long text recomputes one block, not the text. The four paths share one fused product
per step; the σ paths are evaluated as
½ + ½·tanh(z/2), so one tanh call per step squashes all four paths at once and σ
cannot overflow.

The Trace the pass returns, its public arrays and its lazy readout: ``trace_record``.
"""
from __future__ import annotations

import numpy as np

from . import gru
from .blocks import BLOCK, copied, project
from .cells import spec_of
from .clamps import any_clamped, validate_clamps
from .network import Network
from .trace_record import KEYS, LSTM_KEYS, Trace, _Cache, _gate_scale, _LazyReadout, _readout

__all__ = ["KEYS", "LSTM_KEYS", "Trace", "embed", "forward"]


def _fused_clamps(kind: str, H: int, clamps) -> tuple[dict | None, np.ndarray | None, np.ndarray | None]:
    """Validated clamps plus the clamped positions in the fused layout and their values."""
    spec = spec_of(kind)
    if clamps is None:
        return None, None, None
    if not spec.gates:
        if any_clamped(clamps):
            raise ValueError("a plain RNN has no gates to clamp")
        return None, None, None
    full = validate_clamps(clamps, H, spec.gates)
    if not any_clamped(full):
        return full, None, None
    fused = np.concatenate([full[p] if p in spec.gates else np.full(H, np.nan) for p in spec.paths])
    idx = np.flatnonzero(~np.isnan(fused))
    return full, idx, fused[idx]


def _per_layer(value, layers: int, what: str) -> list:
    """One value per layer: a stacked net takes a list (clamps) or an L×H array (h0, c0;
    a list of arrays where the layers differ in size), or None; a one-layer net the
    value itself."""
    if layers == 1:
        return [value]
    if value is None:
        return [None] * layers
    if what == "clamp set":
        ok = isinstance(value, (list, tuple)) and len(value) == layers
    else:
        ok = (np.ndim(value) == 2 if isinstance(value, np.ndarray) else isinstance(value, (list, tuple))) \
            and len(value) == layers
    if not ok:
        raise ValueError(f"a {layers}-layer net needs one {what} per layer "
                         f"({'a list' if what == 'clamp set' else 'an L×H array'} of {layers})")
    return list(value)


def _token_ids(X, n_tokens: int) -> np.ndarray | None:
    """``X`` as token ids when it is a 1-D integer array (checked), else None."""
    a = np.asarray(X)
    if a.ndim != 1 or a.dtype.kind not in "iu":
        return None
    if a.size and (a.min() < 0 or a.max() >= n_tokens):
        raise ValueError(f"token ids must be in 0…{n_tokens - 1}")
    return a.astype(np.intp)


def _one_hot(ids: np.ndarray, n: int) -> np.ndarray:
    X = np.zeros((len(ids), n))
    X[np.arange(len(ids)), ids] = 1.0
    return X


def _same_clamps(a: dict | None, b: dict | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.keys() == b.keys() and all(np.array_equal(a[g], b[g], equal_nan=True) for g in a)


def _reusable(reuse, net: Network, ids, h0, c0, layer_clamps) -> int:
    """How many first steps of ``reuse`` this pass may copy (a multiple of BLOCK): those
    with the same tokens, when both passes start from zero state with the same clamps."""
    if reuse is None or ids is None or h0 is not None or c0 is not None or reuse._ids is None:
        return 0
    layers = reuse.layers
    if (reuse.kind != net.kind or len(layers) != len(layer_clamps)
            or tuple(t._cache["H"].shape[1] for t in layers) != net.hidden_sizes
            or not all(_same_clamps(t._clamps, c[0]) for t, c in zip(layers, layer_clamps))):
        return 0
    old = reuse._ids
    n = min(len(old), len(ids))
    differ = np.flatnonzero(old[:n] != ids[:n])
    shared = int(differ[0]) if differ.size else n
    return shared // BLOCK * BLOCK


def embed(E: np.ndarray, X: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
    """The embedding rows for the rows of ``X`` and the token ids (None unless every
    row is one-hot). A one-hot row picks its row exactly; any other row mixes rows."""
    rows, cols = np.nonzero(X)
    if rows.size == X.shape[0] and np.array_equal(rows, np.arange(X.shape[0])) and (X[rows, cols] == 1).all():
        return E[cols], cols
    return X @ E, None


def forward(net: Network, X: np.ndarray, h0: np.ndarray | None = None,
            c0: np.ndarray | None = None, tokens: list[str] | None = None,
            clamps=None, reuse: "Trace | None" = None, lazy_readout: bool = False,
            readout_of: "Trace | None" = None) -> Trace:
    """Run the cell over the rows of ``X`` (T×tokens, one-hot) and return the full trace.
    ``X`` may also be the token ids themselves (a 1-D integer array): a net with an
    embedding then reads its rows directly, and no T×tokens matrix is ever built.

    For the lesson RNN, ``h0`` is the previous prediction p₀ (length V; default zeros:
    nothing predicted yet) and ``c0`` must be None. A net with an embedding feeds the
    embedding row of each token to the cell. A stacked net returns its top layer's
    trace (``trace.layers`` has them all); its ``h0``/``c0`` are L×H and its
    ``clamps`` a sequence with one entry (or None) per layer.

    ``clamps`` (see :mod:`.clamps`) hold chosen gates at fixed values: the clamped
    gate is exactly the clamp, while its pre-activation z is recorded as computed.

    ``reuse``: an earlier trace of this net *with the same weights* (the caller vouches
    for that: a session passes its last trace when only the text changed). Given token
    ids, the blocks of first steps both texts share are copied from it instead of
    computed again; the result is the same, bit for bit, as without it.

    ``lazy_readout``: the logits and probabilities are worked out when first asked for
    (a step's block alone for ``trace.step``), not for every step at once; the same bits.
    ``readout_of``: an earlier lazy trace made with this net's readout weights as they are
    now (the caller vouches: a session passes its last trace after an edit that left
    W_out and b_out alone); its copies of them are shared instead of copied again.
    """
    X, given_ids = _inputs(net, X)
    if net.spec.recurrent == "p":
        lesson_clamps = [_fused_clamps(net.kind, net.layer_size(0), clamps)]
        start = _reusable(reuse, net, given_ids, h0, None, lesson_clamps)
        trace = _forward_lesson(net, X, h0, tokens, start, reuse._cache if start else None)
        trace._ids = given_ids if h0 is None else None
        return trace
    L = net.num_layers
    per_clamps = _per_layer(clamps, L, "clamp set")
    h0s, c0s = _per_layer(h0, L, "h0"), _per_layer(c0, L, "c0")
    layer_clamps = [_fused_clamps(net.kind, net.layer_size(k), c) for k, c in enumerate(per_clamps)]
    start = _reusable(reuse, net, given_ids, h0, c0, layer_clamps)
    prevs = [t._cache for t in reuse.layers] if start else [None] * L
    onehot, X, ids = _embedded(net, X, given_ids)
    caches = _run_layers(net, X, h0s, c0s, layer_clamps, start, prevs)
    if net.has_embedding:
        caches[0]["ids"], caches[0]["onehot"] = ids, onehot
    same = reuse if reuse is not None else readout_of                # same readout weights: vouched
    earlier = getattr(same._cache, "readout", None) if same is not None else None
    traces = _layer_traces(net, caches, tokens, layer_clamps, start, prevs, lazy_readout, earlier)
    for trace in traces:
        trace._ids = given_ids if h0 is None and c0 is None else None
    traces[-1]._below = tuple(traces[:-1])
    return traces[-1]


def _inputs(net: Network, X) -> tuple[np.ndarray, np.ndarray | None]:
    """The rows the first layer reads (one-hot, unless the net embeds given token ids)
    and the token ids, if ``X`` is ids."""
    given_ids = _token_ids(X, net.n_tokens)
    if given_ids is not None and not net.has_embedding:
        X = _one_hot(given_ids, net.n_tokens)
    elif given_ids is None:
        X = np.array(X, dtype=np.float64, order="C")   # always a copy: the cache owns it
    if given_ids is None and (X.ndim != 2 or X.shape[1] != net.n_tokens):
        raise ValueError(f"inputs must be T×{net.n_tokens}, got {X.shape}")
    return X, given_ids


def _embedded(net: Network, X, given_ids):
    """(one-hot rows or None, what the cell reads, token ids): a net with an embedding
    reads the embedding rows of its tokens."""
    onehot, ids = X, None
    if net.has_embedding and given_ids is not None:
        onehot, ids = None, given_ids
        X = net.params["E"][ids]                          # fancy indexing: a fresh copy
    elif net.has_embedding:
        X, ids = embed(net.params["E"], onehot)
        X = np.ascontiguousarray(X)
    return onehot, X, ids


def _run_layers(net: Network, inputs, h0s, c0s, layer_clamps, start: int, prevs) -> list[dict]:
    """Every layer's cache, bottom up, each layer reading the one below's h."""
    caches = []
    for k in range(net.num_layers):
        W, U, b = net.layer_params(k)
        _, cidx, cval = layer_clamps[k]
        if net.spec.extra:                         # the GRU: b_hn sits inside r ⊙ (…)
            cache = gru.run_layer(W, U, b, net.layer_extra(k)["b_hn"], inputs, h0s[k], cidx, cval,
                                  start=start, prev=prevs[k])
        else:
            cache = _run_layer(net.spec.memory, W, U, b, inputs, h0s[k], c0s[k], cidx, cval, net.nonlinearity,
                               start=start, prev=prevs[k])
        caches.append(cache)
        inputs = cache["H"][1:]
    return caches


def _layer_traces(net: Network, caches: list, tokens, layer_clamps, start: int, prevs,
                  lazy_readout: bool, earlier=None) -> list[Trace]:
    """One Trace per layer, every layer's cache sharing the top layer's readout (worked
    out now, or lazily)."""
    top = caches[-1]["H"][1:]
    if lazy_readout:
        prev = prevs[-1] if start and "logits" in prevs[-1] else None     # reused only if worked out
        readout = _LazyReadout(top, net.params["W_out"], net.params["b_out"], start, prev, earlier)
    else:
        logits, probs = _readout(top, net.params["W_out"], net.params["b_out"], start, prevs[-1])
    traces = []
    for k, plain in enumerate(caches):
        caches[k] = cache = _Cache(plain)
        if lazy_readout:
            cache.readout = readout
        else:
            cache["logits"], cache["probs"] = logits, probs
        traces.append(Trace(net.kind, cache, tokens or (), layer_clamps[k][0]))
    return traces


def _run_layer(memory: bool, W, U, b, X: np.ndarray, h0, c0, cidx, cval,
               nonlinearity: str = "tanh", start: int = 0, prev: dict | None = None) -> dict[str, np.ndarray]:
    """One LSTM (``memory``) or plain RNN layer over all steps: the backprop cache (``X``
    is kept, not copied). The first ``start`` steps are copied from ``prev`` (the cache
    of this layer in a trace on the same first tokens)."""
    T, H = X.shape[0], U.shape[1]
    Hs = copied((T + 1, H), prev and prev["H"], start + 1 if start else 0)
    if h0 is not None:
        Hs[0] = h0
    if not memory:
        Z = project(X, W, b, start, prev and prev["Z"])
        relu = nonlinearity == "relu"
        for z, h_prev, h in zip(Z[start:], Hs[start:-1], Hs[start + 1:]):
            z += U @ h_prev
            if relu:
                np.maximum(z, 0.0, out=h)
            else:
                np.tanh(z, out=h)
        return {"X": X, "H": Hs, "Z": Z, "relu": relu}
    s, off = _gate_scale(H)
    # The recurrent product is scaled per step (4H numbers), not U once per call (4H×H):
    # a call of a few steps on a big net (sampling, short chunks) would pay for the whole
    # matrix. s is ½ or 1, so both orders give the same bits.
    rec = np.empty(U.shape[0])
    Zs = project(X, W, b, start, prev and prev["Zs"], scale=s)        # scaled pre-activations
    A = copied(Zs.shape, prev and prev["A"], start)
    Cs = copied((T + 1, H), prev and prev["C"], start + 1 if start else 0)
    if c0 is not None:
        Cs[0] = c0
    TC = copied((T, H), prev and prev["TC"], start)
    tmp = np.empty(H)
    clamped = cidx is not None
    # Iterating arrays row by row hands out ready-made views, cheaper than indexing
    # inside the loop (at small sizes the loop's overhead is most of the cost).
    I, F, G, O = (A[:, k * H:(k + 1) * H] for k in range(4))
    for z, a, i, f, g, o, c_prev, c, tc, h_prev, h in zip(
            Zs[start:], A[start:], I[start:], F[start:], G[start:], O[start:], Cs[start:-1], Cs[start + 1:],
            TC[start:], Hs[start:-1], Hs[start + 1:]):
        np.dot(U, h_prev, out=rec)
        rec *= s
        z += rec
        np.tanh(z, out=a)
        a *= s
        a += off
        if clamped:
            a[cidx] = cval
        np.multiply(f, c_prev, out=c)
        np.multiply(i, g, out=tmp)
        c += tmp
        np.tanh(c, out=tc)
        np.multiply(o, tc, out=h)
    cache = {"X": X, "H": Hs, "C": Cs, "A": A, "TC": TC, "Zs": Zs}
    if clamped:
        cache["clamped"] = cidx
    return cache


def _forward_lesson(net: Network, X: np.ndarray, p0, tokens, start: int = 0, prev: dict | None = None) -> Trace:
    """The lesson RNN: each step's softmax is the next step's recurrent input, so the
    readout runs inside the loop (it is part of the recurrence). The first ``start``
    steps are copied from ``prev``."""
    T, H, V = X.shape[0], net.layer_size(0), net.output_size
    P = net.params
    kept = start + 1 if start else 0
    Ps = copied((T + 1, V), prev and prev["P"], kept)      # Ps[0] = p₀, Ps[t+1] = probs at step t
    if p0 is not None:
        Ps[0] = p0
    Hs = copied((T + 1, H), prev and prev["H"], kept)      # Hs[0] unused: h is not carried
    Z = project(X, P["W"], P["b"], start, prev and prev["Z"])
    logits = copied((T, V), prev and prev["logits"], start)
    U, W_out, b_out = P["U"], P["W_out"], P["b_out"]
    for z, p_prev, h, lg, p in zip(Z[start:], Ps[start:-1], Hs[start + 1:], logits[start:], Ps[start + 1:]):
        z += U @ p_prev
        np.tanh(z, out=h)
        np.dot(W_out, h, out=lg)
        lg += b_out
        e = np.exp(lg - lg.max())
        np.divide(e, e.sum(), out=p)
    cache = {"X": X, "H": Hs, "P": Ps, "Z": Z, "logits": logits, "probs": Ps[1:]}
    return Trace(net.kind, cache, tokens or (), None)
