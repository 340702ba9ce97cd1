"""PyTorch's GRU, one layer at a time: the forward loop that fills the trace's cache, and
the backward pass that reads only that cache.

    r = σ(W_r x + b_r + U_r h₋₁)            reset: how much of the old prediction to use
    z = σ(W_z x + b_z + U_z h₋₁)            update: the valve between old and new
    n = tanh(W_n x + b_n + r ⊙ (U_n h₋₁ + b_hn))     the new votes
    h = (1 − z) ⊙ n + z ⊙ h₋₁

``b`` holds b_ih + b_hh for r and z but only b_in for n: torch adds b_hn *inside* the
reset gate's product, so it is its own parameter ``b_hn``. A clamped gate is exactly its
clamp and passes no gradient to its pre-activation, as in the LSTM.
"""
from __future__ import annotations

import numpy as np

from .activations import sigmoid
from .blocks import copied, project


def run_layer(W, U, b, b_hn, X: np.ndarray, h0, cidx, cval, start: int = 0,
              prev: dict | None = None) -> dict[str, np.ndarray]:
    """One GRU layer over the rows of ``X``: the backprop cache.

    ``Zs`` are the full pre-activations (the n block includes r ⊙ hn), ``A`` the gates r,
    z and the votes n, ``HN`` = U_n h₋₁ + b_hn. The first ``start`` steps are copied from
    ``prev`` (see ``trace.forward``'s ``reuse``)."""
    T, H = X.shape[0], U.shape[1]
    Hs = copied((T + 1, H), prev and prev["H"], start + 1 if start else 0)
    if h0 is not None:
        Hs[0] = h0
    Zs = project(X, W, b, start, prev and prev["Zs"])
    A = copied(Zs.shape, prev and prev["A"], start)
    HN = copied((T, H), prev and prev["HN"], start)
    gh = np.empty(3 * H)
    clamped = cidx is not None
    for z, a, hn, h_prev, h in zip(Zs[start:], A[start:], HN[start:], Hs[start:-1], Hs[start + 1:]):
        np.dot(U, h_prev, out=gh)
        z[:2 * H] += gh[:2 * H]
        np.add(gh[2 * H:], b_hn, out=hn)
        a[:2 * H] = sigmoid(z[:2 * H])
        if clamped:
            a[cidx] = cval
        r, u = a[:H], a[H:2 * H]
        z[2 * H:] += r * hn
        np.tanh(z[2 * H:], out=a[2 * H:])
        n = a[2 * H:]
        np.subtract(h_prev, n, out=h)         # h = n + z ⊙ (h₋₁ − n)
        h *= u
        h += n
    cache = {"X": X, "H": Hs, "Zs": Zs, "A": A, "HN": HN}
    if clamped:
        cache["clamped"] = cidx
    return cache


def layer_backward(U: np.ndarray, cache: dict, dH: np.ndarray, dh_last):
    """``(dZx, dZh, dh0)``: gradients of the x-side pre-activations [r, z, n] (for W and
    b), of the h-side ones [r, z, hn] (for U and b_hn), and of the start state."""
    T, H = dH.shape
    A, Hs, HN = cache["A"], cache["H"], cache["HN"]
    R, Zg, N = A[:, :H], A[:, H:2 * H], A[:, 2 * H:]
    dR = R * (1.0 - R)
    dZ_ = Zg * (1.0 - Zg)
    if "clamped" in cache:
        idx = cache["clamped"]
        dgate = np.concatenate([dR, dZ_], axis=1)
        dgate[:, idx] = 0.0
        dR, dZ_ = dgate[:, :H], dgate[:, H:]
    dN = 1.0 - N ** 2
    dZx = np.empty((T, 3 * H))
    dZh = np.empty((T, 3 * H))
    dhn = np.zeros(H) if dh_last is None else np.array(dh_last, dtype=np.float64)
    for t in range(T - 1, -1, -1):
        dh = dH[t] + dhn
        h_prev = Hs[t]
        dzn = dh * (1.0 - Zg[t]) * dN[t]
        dZx[t, 2 * H:] = dzn
        dZh[t, 2 * H:] = dzn * R[t]
        dZx[t, :H] = dZh[t, :H] = dzn * HN[t] * dR[t]
        dZx[t, H:2 * H] = dZh[t, H:2 * H] = dh * (h_prev - N[t]) * dZ_[t]
        dhn = dh * Zg[t] + dZh[t] @ U
    return dZx, dZh, dhn


def extra_grads(dZh: np.ndarray, H: int) -> dict[str, np.ndarray]:
    """The gradient of ``b_hn``: what the h-side n pre-activation received."""
    return {"b_hn": dZh[:, 2 * H:].sum(axis=0)}
