"""The forward pass, recording every intermediate value of every step.

A trace is what the views draw and what backpropagation reads: nothing is
recomputed later. Input projections for all steps are one matrix product; the four
paths share one fused product per step; the σ paths are evaluated as
½ + ½·tanh(z/2), so one tanh call per step squashes all four paths at once and σ
cannot overflow.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .activations import softmax
from .network import GATES, Network

LSTM_KEYS = ("x", "h_prev", "c_prev", "z_i", "z_f", "z_g", "z_o",
             "i", "f", "g", "o", "c", "tanh_c", "h", "logits", "probs")
RNN_KEYS = ("x", "h_prev", "z", "h", "logits", "probs")


@dataclass
class Trace:
    """Every value of a forward pass, each an array with one row per step."""

    kind: str
    arrays: dict[str, np.ndarray]
    tokens: list[str] = field(default_factory=list)
    # Private caches for backpropagation (fused layouts).
    _cache: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return self.arrays["x"].shape[0]

    def __getitem__(self, key: str) -> np.ndarray:
        return self.arrays[key]

    @property
    def keys(self) -> tuple[str, ...]:
        return LSTM_KEYS if self.kind == "lstm" else RNN_KEYS

    def step(self, t: int) -> dict[str, np.ndarray]:
        """All values at step ``t`` (0-based)."""
        return {k: self.arrays[k][t] for k in self.keys}

    @property
    def h_last(self) -> np.ndarray:
        return self._cache["H"][-1]

    @property
    def c_last(self) -> np.ndarray | None:
        return self._cache["C"][-1] if self.kind == "lstm" else None


@lru_cache(maxsize=16)
def _gate_scale(H: int) -> tuple[np.ndarray, np.ndarray]:
    """Scale and offset that turn tanh(s·z) into σ(z) for i, f, o and tanh(z) for g."""
    s = np.full(4 * H, 0.5)
    s[2 * H:3 * H] = 1.0
    off = np.full(4 * H, 0.5)
    off[2 * H:3 * H] = 0.0
    s.flags.writeable = off.flags.writeable = False     # cached and shared between calls
    return s, off


def forward(net: Network, X: np.ndarray, h0: np.ndarray | None = None,
            c0: np.ndarray | None = None, tokens: list[str] | None = None) -> Trace:
    """Run the cell over the rows of ``X`` (T×I) and return the full trace."""
    X = np.ascontiguousarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[1] != net.input_size:
        raise ValueError(f"inputs must be T×{net.input_size}, got {X.shape}")
    T, H = X.shape[0], net.hidden_size
    P = net.params
    Hs = np.zeros((T + 1, H))
    if h0 is not None:
        Hs[0] = h0
    if net.kind == "rnn":
        Z = X @ P["W"].T + P["b"]
        U = P["U"]
        for z, h_prev, h in zip(Z, Hs[:-1], Hs[1:]):
            z += U @ h_prev
            np.tanh(z, out=h)
        arrays = {"x": X, "h_prev": Hs[:-1], "z": Z, "h": Hs[1:]}
        cache = {"H": Hs}
    else:
        s, off = _gate_scale(H)
        Us = P["U"] * s[:, None]
        Zs = (X @ P["W"].T + P["b"]) * s        # scaled pre-activations
        A = np.empty_like(Zs)
        Cs = np.zeros((T + 1, H))
        if c0 is not None:
            Cs[0] = c0
        TC = np.empty((T, H))
        tmp = np.empty(H)
        # Iterating arrays row by row hands out ready-made views, cheaper than indexing
        # inside the loop (at small sizes the loop's overhead is most of the cost).
        I, F, G, O = (A[:, k * H:(k + 1) * H] for k in range(4))
        for z, a, i, f, g, o, c_prev, c, tc, h_prev, h in zip(
                Zs, A, I, F, G, O, Cs[:-1], Cs[1:], TC, Hs[:-1], Hs[1:]):
            z += Us @ h_prev
            np.tanh(z, out=a)
            a *= s
            a += off
            np.multiply(f, c_prev, out=c)
            np.multiply(i, g, out=tmp)
            c += tmp
            np.tanh(c, out=tc)
            np.multiply(o, tc, out=h)
        Z = Zs / s
        arrays = {"x": X, "h_prev": Hs[:-1], "c_prev": Cs[:-1]}
        for k, gate in enumerate(GATES):
            arrays["z_" + gate] = Z[:, k * H:(k + 1) * H]
            arrays[gate] = A[:, k * H:(k + 1) * H]
        arrays.update({"c": Cs[1:], "tanh_c": TC, "h": Hs[1:]})
        cache = {"H": Hs, "C": Cs, "A": A}
    logits = Hs[1:] @ P["W_out"].T + P["b_out"]
    arrays["logits"] = logits
    arrays["probs"] = softmax(logits) if T else logits.copy()
    return Trace(net.kind, arrays, list(tokens or []), cache)
