"""Exact gradients by backpropagation through time, read only from the trace.

Loss is cross-entropy in natural log, averaged over the steps that have a target
(a target of −1 means "no target here", e.g. a dinner you were away for). Weight
gradients are accumulated outside the time loop as single matrix products.

Only the trace's private cache is read, never the arrays it hands to views. A gate
held by a clamp is a constant: it still scales memory and output, but no gradient
flows through its pre-activation, so the weights feeding it learn nothing from it.
"""
from __future__ import annotations

import numpy as np

from . import gru
from .activations import log_softmax
from .network import Network, layer_name
from .trace import Trace, forward

IGNORE = -1


def loss_from_trace(trace: Trace, targets: np.ndarray) -> float:
    targets = np.asarray(targets)
    rows = np.flatnonzero(targets != IGNORE)
    if rows.size == 0:
        return 0.0
    logp = log_softmax(trace._cache["logits"][rows])
    return float(-np.mean(logp[np.arange(rows.size), targets[rows]]))


def backward(net: Network, trace: Trace, targets: np.ndarray,
             dh_last: np.ndarray | None = None, dc_last: np.ndarray | None = None):
    """Gradients of the mean cross-entropy w.r.t. every parameter.

    Returns ``(grads, dh0, dc0)``: a dict shaped like ``net.params`` and the gradients
    with respect to the initial state (``dc0`` is None for the plain RNN; L×H for a
    stacked net, like ``dh_last`` and ``dc_last``). For the lesson RNN the state is the
    previous prediction: ``dh_last`` and ``dh0`` are gradients with respect to the last
    and the initial p.
    """
    spec = net.spec
    if spec.recurrent == "p":
        return _backward_lesson(net, trace, targets, dh_last)
    layers = trace.layers
    L = len(layers)
    dlogits = _output_grads(trace, np.asarray(targets))
    top = layers[-1]._cache["H"][1:]
    grads = {"W_out": dlogits.T @ top, "b_out": dlogits.sum(axis=0)}
    dH = dlogits @ net.params["W_out"]
    dh_lasts = [None] * L if dh_last is None else ([dh_last] if L == 1 else list(dh_last))
    dc_lasts = [None] * L if dc_last is None else ([dc_last] if L == 1 else list(dc_last))
    dh0s, dc0s = [None] * L, [None] * L
    for k in reversed(range(L)):
        cache = layers[k]._cache
        W, U, _ = net.layer_params(k)
        if spec.extra:                        # the GRU: x-side and h-side pre-activations differ
            dZ, dZh, dh0s[k] = gru.layer_backward(U, cache, dH, dh_lasts[k])
            grads.update({layer_name(p, k): g for p, g in gru.extra_grads(dZh, U.shape[1]).items()})
        else:
            dZ, dh0s[k], dc0s[k] = _layer_backward(spec.memory, U, cache, dH, dh_lasts[k], dc_lasts[k])
            dZh = dZ
        grads[layer_name("W", k)] = dZ.T @ cache["X"]
        grads[layer_name("U", k)] = dZh.T @ cache["H"][:-1]
        grads[layer_name("b", k)] = dZ.sum(axis=0)
        if k or net.has_embedding:
            dH = dZ @ W                       # what this layer's input (k−1's h, or x) receives
    if net.has_embedding:
        cache = layers[0]._cache
        if cache["ids"] is not None:
            grads["E"] = np.zeros_like(net.params["E"])
            np.add.at(grads["E"], cache["ids"], dH)
        else:
            grads["E"] = cache["onehot"].T @ dH
    if L == 1:
        return grads, dh0s[0], dc0s[0]
    if len({len(d) for d in dh0s}) > 1:          # layers of different sizes: one row each
        return grads, tuple(dh0s), (tuple(dc0s) if spec.memory else None)
    return grads, np.stack(dh0s), (np.stack(dc0s) if spec.memory else None)


def _layer_backward(memory: bool, U: np.ndarray, cache: dict, dH: np.ndarray, dh_last, dc_last):
    """One LSTM (``memory``) or plain RNN layer's backward pass given what its h receives
    from above at every step: ``(dZ, dh0, dc0)``, dZ being the gradient of the (fused)
    pre-activations."""
    T, H = dH.shape
    Hs = cache["H"]
    dhn = np.zeros(H) if dh_last is None else np.array(dh_last, dtype=np.float64)
    if not memory:
        dZ = np.empty((T, H))
        # relu'(z) is 1 where z > 0 (torch takes 0 at z = 0, and so do we); tanh' = 1 − h²
        dact = (cache["Z"] > 0).astype(np.float64) if cache.get("relu") else 1.0 - Hs[1:] ** 2
        for dZ_t, dH_t, dact_t in zip(dZ[::-1], dH[::-1], dact[::-1]):
            np.add(dH_t, dhn, out=dZ_t)
            dZ_t *= dact_t
            dhn = dZ_t @ U
        return dZ, dhn, None
    A, Cs, TC = cache["A"], cache["C"], cache["TC"]
    # Derivative of each activation, for all steps at once; a clamped gate has none.
    dact = A * (1.0 - A)
    dact[:, 2 * H:3 * H] = 1.0 - A[:, 2 * H:3 * H] ** 2
    if "clamped" in cache:
        dact[:, cache["clamped"]] = 0.0
    # dz for i, f, g is dc times these; dz for o is dh times tanh(c)·σ'(o).
    P3 = np.stack([A[:, 2 * H:3 * H], Cs[:-1], A[:, :H]], axis=1) * dact[:, :3 * H].reshape(T, 3, H)
    QO = TC * dact[:, 3 * H:]
    DTC = A[:, 3 * H:] * (1.0 - TC ** 2)
    F = A[:, H:2 * H]
    dZ = np.empty((T, 4 * H))
    dZ3 = dZ.reshape(T, 4, H)[:, :3]
    dZo = dZ[:, 3 * H:]
    dcn = np.zeros(H) if dc_last is None else np.array(dc_last, dtype=np.float64)
    dh = np.empty(H)
    dc = np.empty(H)
    rows = zip(dH[::-1], DTC[::-1], P3[::-1], QO[::-1], F[::-1], dZ[::-1], dZ3[::-1], dZo[::-1])
    for dH_t, DTC_t, P3_t, QO_t, F_t, dZ_t, dZ3_t, dZo_t in rows:
        np.add(dH_t, dhn, out=dh)
        np.multiply(dh, DTC_t, out=dc)
        dc += dcn
        np.multiply(P3_t, dc, out=dZ3_t)
        np.multiply(dh, QO_t, out=dZo_t)
        dhn = dZ_t @ U
        dcn = dc * F_t
    return dZ, dhn, dcn


def _output_grads(trace: Trace, targets: np.ndarray) -> np.ndarray:
    """d(mean cross-entropy)/d(logits), one row per step (zero where no target)."""
    valid = targets != IGNORE
    dlogits = trace._cache["probs"].copy()
    rows = np.flatnonzero(valid)
    dlogits[rows, targets[rows]] -= 1.0
    dlogits[~valid] = 0.0
    dlogits /= max(int(valid.sum()), 1)
    return dlogits


def _backward_lesson(net: Network, trace: Trace, targets: np.ndarray, dp_last):
    """The lesson RNN: p_t is both scored and fed to step t+1, so each step's logits
    gradient is its own error plus what step t+1 sends back through the softmax:
    dlogits_t += p_t ⊙ (dp_t − p_t·dp_t), with dp_t = Uᵀ dz_{t+1}."""
    P = net.params
    cache = trace._cache
    targets = np.asarray(targets)
    T, H, V = len(trace), net.layer_size(0), net.output_size
    dlogits = _output_grads(trace, targets)
    Ps, Hs = cache["P"], cache["H"]
    dZ = np.empty((T, H))
    dact = 1.0 - Hs[1:] ** 2
    U, W_out = P["U"], P["W_out"]
    dp = np.zeros(V) if dp_last is None else np.array(dp_last, dtype=np.float64)
    for dl, p, dz, da in zip(dlogits[::-1], Ps[:0:-1], dZ[::-1], dact[::-1]):
        dl += p * (dp - p @ dp)                  # in place: dlogits then holds the total
        np.dot(dl, W_out, out=dz)
        dz *= da
        dp = dz @ U
    grads = {"W_out": dlogits.T @ Hs[1:], "b_out": dlogits.sum(axis=0),
             "W": dZ.T @ cache["X"], "U": dZ.T @ Ps[:-1], "b": dZ.sum(axis=0)}
    return grads, dp, None


def loss_and_grads(net: Network, X: np.ndarray, targets: np.ndarray,
                   h0: np.ndarray | None = None, c0: np.ndarray | None = None,
                   clamps: dict | None = None):
    """Forward and backward in one call: ``(loss, grads, trace)``."""
    trace = forward(net, X, h0, c0, clamps=clamps)
    grads, _, _ = backward(net, trace, targets)
    return loss_from_trace(trace, targets), grads, trace
