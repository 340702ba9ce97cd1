"""Where the memory came from: cₜ unrolled into one term per earlier step.

Unrolling c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t gives, exactly,

    c_t = Σ_{k=1..t} (Π_{j=k+1..t} f_j) ⊙ i_k ⊙ g_k  +  (Π_{j=1..t} f_j) ⊙ c_0

so each memory unit is a sum of what each step wrote (its admitted vote i_k ⊙ g_k)
times how much every later forgetting gate kept of it. That is the lesson's "memory"
made visible: at the walkthrough's last *saw*, Doug's unit holds the "not Doug" that the
*Doug* step wrote, cancelled by the vote *saw* writes. Computed from a trace (so clamps
are already in its gate values); NumPy only.
"""
from __future__ import annotations

import numpy as np

from .trace import Trace


def memory_from(trace: Trace, t: int) -> tuple[np.ndarray, np.ndarray]:
    """For step ``t`` (0-based): a (t+1)×H array whose row k is what step k put in cₜ,
    and the H-vector the initial memory c₀ still contributes. They sum to cₜ."""
    if not trace.spec.memory:
        raise ValueError("only an LSTM has a memory line to unroll")
    if not 0 <= t < len(trace):
        raise IndexError(f"step {t} is outside the trace (0..{len(trace) - 1})")
    f, written = trace["f"][: t + 1], trace["i"][: t + 1] * trace["g"][: t + 1]
    # kept[k] = Π_{j=k+1..t} f_j: a reversed cumulative product, 1 for k = t.
    kept = np.ones_like(f)
    if t > 0:
        kept[:-1] = np.cumprod(f[:0:-1], axis=0)[::-1]
    start = np.prod(f, axis=0) * trace["c_prev"][0]
    return kept * written, start


def all_memory_from(trace: Trace):
    """``memory_from`` for every step, built incrementally (O(T²·H) values in all)."""
    contributions = np.zeros((0, trace["c"].shape[1]))
    start = trace["c_prev"][0].copy()
    for t in range(len(trace)):
        f = trace["f"][t]
        contributions = np.vstack([contributions * f, trace["i"][t] * trace["g"][t]])
        start = start * f
        yield contributions.copy(), start.copy()


def strongest_sources(contributions: np.ndarray, start: np.ndarray) -> list[tuple[int, float]]:
    """Per memory unit: the step (−1 for the initial memory) whose term is largest in
    size, and that term."""
    terms = np.vstack([start[None, :], contributions])
    k = np.argmax(np.abs(terms), axis=0)
    return [(int(idx) - 1, float(terms[idx, unit])) for unit, idx in enumerate(k)]
