"""What a forward pass recorded: the ``Trace``, its public arrays cut from the private
cache, and the readout worked out lazily (``forward`` lives in ``trace``).

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

from .activations import softmax
from .blocks import BLOCK, blocks, copied, project
from .cells import LSTM, SPECS, CellSpec, spec_of
from .clamps import no_clamps

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


@lru_cache(maxsize=16)
def _gate_scale(H: int) -> tuple[np.ndarray, np.ndarray]:
    """Scale and offset that turn tanh(s·z) into σ(z) for i, f, o and tanh(z) for g."""
    s = np.full(4 * H, 0.5)
    s[2 * H:3 * H] = 1.0
    off = np.full(4 * H, 0.5)
    off[2 * H:3 * H] = 0.0
    s.flags.writeable = off.flags.writeable = False     # cached and shared between calls
    return s, off


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
    weights: the network they came from may be edited in place afterwards (``earlier``, the
    readout of a trace with the same weights, lends its copies instead)."""

    def __init__(self, top, W_out, b_out, start: int, prev: dict | None, earlier: "_LazyReadout | None" = None):
        self.top = top
        self.W, self.b = (earlier.W, earlier.b) if earlier is not None else (W_out.copy(), b_out.copy())
        self.start, self.prev = (start, prev) if prev is not None else (0, None)
        self._whole: dict | None = None
        self._blocks: dict[int, dict] = _shared_blocks(earlier, start) if start else {}

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


def _shared_blocks(earlier: "_LazyReadout | None", start: int) -> dict[int, dict]:
    """The readout blocks an earlier trace worked out that lie wholly in the first
    ``start`` steps both traces share (same weights, same steps: the same bits), e.g. the
    step on show while the text is typed on at its end."""
    if earlier is None:          # (never views of a whole T×V readout: they would keep it alive)
        return {}
    return {k: block for k, block in earlier._blocks.items() if (k + 1) * BLOCK <= start}


def _readout(top: np.ndarray, W_out, b_out, start: int, prev) -> tuple[np.ndarray, np.ndarray]:
    """Logits and probabilities of every step, block by block (see :func:`_project`)."""
    logits = project(top, W_out, b_out, start, prev and prev["logits"])
    probs = copied(logits.shape, prev and prev["probs"], start)
    for rows in blocks(len(top), start):
        probs[rows] = softmax(logits[rows])
    return logits, probs
