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

Two audiences, two copies. Backpropagation reads only the private cache (fused
layouts, filled in place by the loop). Everyone else gets read-only copies, made the
first time a key is asked for: a view that scribbles on what it was handed cannot
change a gradient, and a training loop that never looks at the public arrays never
pays for them.
"""
from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

import numpy as np

from . import gru
from .activations import softmax
from .blocks import BLOCK, blocks, copied, project
from .cells import LSTM, SPECS, CellSpec, spec_of
from .clamps import any_clamped, no_clamps, validate_clamps
from .network import Network

#: Each kind's public keys (the lesson RNN reads its previous prediction p_prev).
KEYS = {kind: spec.trace_keys for kind, spec in SPECS.items()}
LSTM_KEYS = LSTM.trace_keys

#: Public key → the cache array it is cut from, whatever the cell. One frozen copy per
#: cache array serves every key cut from it (h_prev and h, the gates, the pre-activations).
_SOURCE = {"x": "X", "h_prev": "H", "h": "H", "p_prev": "P", "c_prev": "C", "c": "C", "tanh_c": "TC",
           "hn": "HN", "logits": "logits", "probs": "probs"}
_SINGLE = {"X": "x", "TC": "tanh_c", "Z": "z", "HN": "hn", "logits": "logits", "probs": "probs"}


def _source(spec: CellSpec, key: str) -> str:
    """Which cache array a public key of a ``spec`` cell is cut from."""
    if key in spec.paths:
        return "A"                           # a path's activation (an LSTM gate, a GRU gate)
    if key.startswith("z_") and key[2:] in spec.paths:
        return "Zs"                          # its pre-activation
    if key == "z":
        return "Z"                           # a one-path cell's pre-activation
    return _SOURCE[key]


def _frozen(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


class Trace:
    """Every value of a forward pass, each a read-only array with one row per step.

    ``trace[key]`` and ``trace.step(t)`` never share memory with ``_cache``, the
    backprop cache; ``clamps`` are the gate clamps the pass was run with.
    """

    def __init__(self, kind: str, cache: dict[str, np.ndarray], tokens=(),
                 clamps: dict[str, np.ndarray] | None = None):
        self.kind = kind
        self.tokens = list(tokens)
        self._cache = cache          # private: fused layouts for backpropagation
        self._clamps = clamps        # validated gate → length-H array, or None (all free)
        self._public: dict[str, np.ndarray] = {}
        # The layers below this one (the top layer's trace has them; set by forward). Not
        # a tuple holding self: a reference cycle would keep every retraced text's arrays
        # alive until the cyclic garbage collector runs.
        self._below: tuple["Trace", ...] = ()
        self._ids: np.ndarray | None = None     # the token ids read, when it started from zero state

    def __repr__(self) -> str:
        return f"Trace({self.kind!r}, steps={len(self)}, tokens={self.tokens!r})"

    def __len__(self) -> int:
        return self._cache["X"].shape[0]

    def __getitem__(self, key: str) -> np.ndarray:
        a = self._public.get(key)
        if a is None:
            if key not in self.keys:
                raise KeyError(key)
            self._publish(_source(self.spec, key))
            a = self._public[key]
        return a

    def _publish(self, name: str) -> None:
        """Copy one cache array once, freeze the copy, and hand out views of it."""
        self._public.update(self._cut(name, self._cache[name]))

    def _cut(self, name: str, src: np.ndarray) -> dict[str, np.ndarray]:
        """The public keys cut from ``src`` (cache array ``name``, or some of its rows), in
        a frozen copy: h_prev and h from H, the paths from the fused gates …"""
        H = self._cache["H"].shape[1]
        # The LSTM keeps its pre-activations scaled for the loop; dividing by ½ or 1 is exact.
        copy = src / _gate_scale(H)[0] if name == "Zs" and self.spec is LSTM else src.copy()
        copy.flags.writeable = False
        if name in ("H", "C"):
            low = name.lower()
            return {low + "_prev": copy[:-1], low: copy[1:]}
        if name == "P":
            return {"p_prev": copy[:-1]}
        if name in ("A", "Zs"):
            prefix = "z_" if name == "Zs" else ""
            return {prefix + g: copy[:, k * H:(k + 1) * H] for k, g in enumerate(self.spec.paths)}
        return {_SINGLE[name]: copy}

    @property
    def arrays(self) -> Mapping[str, np.ndarray]:
        """Every public array by key (read-only)."""
        return MappingProxyType({k: self[k] for k in self.keys})

    @property
    def spec(self) -> CellSpec:
        return spec_of(self.kind)

    @property
    def keys(self) -> tuple[str, ...]:
        return self.spec.trace_keys

    def step(self, t: int) -> dict[str, np.ndarray]:
        """All values at step ``t`` (0-based), each a read-only row. Keys nobody has asked
        for whole are cut from their step's rows alone (a big vocabulary's T×V
        probabilities are never copied to show one step)."""
        if not -len(self) <= t < len(self):
            raise IndexError(f"step {t} of a {len(self)}-step trace")
        t %= len(self)
        out = {}
        for key in self.keys:
            if key not in self._public:
                name = _source(self.spec, key)
                # the states have one more row (the start state): h_prev is row t, h row t+1
                cache = self._cache
                rows = (cache[name][t:t + 2] if name in ("H", "C", "P") else
                        cache.readout_rows(name, t) if isinstance(cache, _Cache) else cache[name][t:t + 1])
                out.update({k: a[0] for k, a in self._cut(name, rows).items() if k not in self._public})
        out.update({k: self._public[k][t] for k in self.keys if k in self._public})
        return {k: out[k] for k in self.keys}

    @property
    def clamps(self) -> Mapping[str, np.ndarray]:
        """The gate clamps this trace was made with (NaN = free); empty for a cell without gates."""
        gates = self.spec.gates
        if not gates:
            return MappingProxyType({})
        H = self._cache["H"].shape[1]
        source = self._clamps if self._clamps is not None else no_clamps(H, gates)
        return MappingProxyType({g: _frozen(np.array(source[g])) for g in gates})

    @property
    def layers(self) -> tuple["Trace", ...]:
        """Each layer's trace, bottom (reads the input) first, asked of the trace
        ``forward`` returned (a lower layer's own trace knows only itself); one for a
        one-layer net. Every layer's ``logits`` and ``probs`` are the network's."""
        return self._below + (self,)

    @property
    def h_last(self) -> np.ndarray:
        return _frozen(self._cache["H"][-1].copy())

    def _last(self, name: str):
        """One layer's last row; L×H for a stack; a tuple of rows (one per layer) for a
        stack whose layers differ in size."""
        rows = [layer._cache[name][-1] for layer in self.layers]
        if len(rows) == 1:
            return _frozen(rows[0].copy())
        if len({len(r) for r in rows}) > 1:
            return tuple(_frozen(r.copy()) for r in rows)
        return _frozen(np.stack(rows))

    @property
    def state_last(self) -> np.ndarray:
        """What the next step reads as its recurrent input: h for the LSTM and RNN (L×H
        for a stacked net), the last prediction p for the lesson RNN (pass it as ``h0``
        to continue)."""
        return self._last("P" if self.spec.recurrent == "p" else "H")

    @property
    def c_last(self) -> np.ndarray | None:
        return self._last("C") if self.spec.memory else None


@lru_cache(maxsize=16)
def _gate_scale(H: int) -> tuple[np.ndarray, np.ndarray]:
    """Scale and offset that turn tanh(s·z) into σ(z) for i, f, o and tanh(z) for g."""
    s = np.full(4 * H, 0.5)
    s[2 * H:3 * H] = 1.0
    off = np.full(4 * H, 0.5)
    off[2 * H:3 * H] = 0.0
    s.flags.writeable = off.flags.writeable = False     # cached and shared between calls
    return s, off


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


class _Cache(dict):
    """One layer's values for backpropagation. Made with ``lazy_readout``, its readout
    (``logits`` and ``probs``, the same for every layer) is worked out when first asked
    for whole; :meth:`readout_rows` gives one block's rows alone, so showing one step of a
    big vocabulary needs no T×V product."""

    readout: "_LazyReadout | None" = None

    def __missing__(self, key):
        if key in ("logits", "probs") and self.readout is not None:
            self.update(self.readout.whole())
            return self[key]
        raise KeyError(key)

    def readout_rows(self, key: str, t: int) -> np.ndarray:
        """Rows t (and t+1, as slicing the whole would) of ``key``, from their block alone."""
        if key in self or self.readout is None:
            return self[key][t:t + 1]
        return self.readout.rows(t)[key]


class _LazyReadout:
    """The readout of a top layer, block by block on demand, the same bits as the whole
    (the blocks are cut where :func:`_readout` cuts them). Keeps copies of the readout's
    weights: the network they came from may be edited in place afterwards."""

    def __init__(self, top, W_out, b_out, start: int, prev: dict | None):
        self.top, self.W, self.b = top, W_out.copy(), b_out.copy()
        self.start, self.prev = (start, prev) if prev is not None else (0, None)
        self._whole: dict | None = None
        self._blocks: dict[int, dict] = {}

    def whole(self) -> dict[str, np.ndarray]:
        if self._whole is None:
            logits, probs = _readout(self.top, self.W, self.b, self.start, self.prev)
            self._whole, self.prev, self._blocks = {"logits": logits, "probs": probs}, None, {}
        return self._whole

    def rows(self, t: int) -> dict[str, np.ndarray]:
        if self._whole is not None:
            return {k: a[t:t + 1] for k, a in self._whole.items()}
        k = t // BLOCK
        if k not in self._blocks:
            rows = next(blocks(len(self.top), k * BLOCK))
            logits = project(self.top[rows], self.W, self.b)
            self._blocks[k] = {"logits": logits, "probs": softmax(logits)}
        i = t - k * BLOCK
        return {key: a[i:i + 1] for key, a in self._blocks[k].items()}


def _readout(top: np.ndarray, W_out, b_out, start: int, prev) -> tuple[np.ndarray, np.ndarray]:
    """Logits and probabilities of every step, block by block (see :func:`_project`)."""
    logits = project(top, W_out, b_out, start, prev and prev["logits"])
    probs = copied(logits.shape, prev and prev["probs"], start)
    for rows in blocks(len(top), start):
        probs[rows] = softmax(logits[rows])
    return logits, probs


def embed(E: np.ndarray, X: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
    """The embedding rows for the rows of ``X`` and the token ids (None unless every
    row is one-hot). A one-hot row picks its row exactly; any other row mixes rows."""
    rows, cols = np.nonzero(X)
    if rows.size == X.shape[0] and np.array_equal(rows, np.arange(X.shape[0])) and (X[rows, cols] == 1).all():
        return E[cols], cols
    return X @ E, None


def forward(net: Network, X: np.ndarray, h0: np.ndarray | None = None,
            c0: np.ndarray | None = None, tokens: list[str] | None = None,
            clamps=None, reuse: "Trace | None" = None, lazy_readout: bool = False) -> Trace:
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
    """
    given_ids = _token_ids(X, net.n_tokens)
    if given_ids is not None and not net.has_embedding:
        X = _one_hot(given_ids, net.n_tokens)
    elif given_ids is None:
        X = np.array(X, dtype=np.float64, order="C")   # always a copy: the cache owns it
    if given_ids is None and (X.ndim != 2 or X.shape[1] != net.n_tokens):
        raise ValueError(f"inputs must be T×{net.n_tokens}, got {X.shape}")
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
    onehot = X
    if net.has_embedding and given_ids is not None:
        onehot, ids = None, given_ids
        X = net.params["E"][ids]                          # fancy indexing: a fresh copy
    elif net.has_embedding:
        X, ids = embed(net.params["E"], onehot)
        X = np.ascontiguousarray(X)
    caches, inputs = [], X
    for k in range(L):
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
    if net.has_embedding:
        caches[0]["ids"], caches[0]["onehot"] = ids, onehot
    top = caches[-1]["H"][1:]
    if lazy_readout:
        prev = prevs[-1] if start and "logits" in prevs[-1] else None     # reused only if worked out
        readout = _LazyReadout(top, net.params["W_out"], net.params["b_out"], start, prev)
    else:
        logits, probs = _readout(top, net.params["W_out"], net.params["b_out"], start, prevs[-1])
    traces = []
    fresh = h0 is None and c0 is None
    for k, plain in enumerate(caches):
        caches[k] = cache = _Cache(plain)
        if lazy_readout:
            cache.readout = readout
        else:
            cache["logits"], cache["probs"] = logits, probs
        trace = Trace(net.kind, cache, tokens or (), layer_clamps[k][0])
        trace._ids = given_ids if fresh else None
        traces.append(trace)
    traces[-1]._below = tuple(traces[:-1])
    return traces[-1]


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
