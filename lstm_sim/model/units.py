"""Which units track something: rank units by how well they tell marked steps from the
rest, find where a unit fires, and how often each gate saturates. NumPy only.

The questions come from the tools that look inside recurrent nets: LSTMVis (select a
span, find the units that are on over it and off elsewhere, then the other places
where they fire) and Karpathy, Johnson & Fei-Fei (2015): a text coloured by one cell,
and the fraction of steps each gate is left-saturated (< 0.1) or right-saturated
(> 0.9). The views colour and list; everything they show is computed here.

Two scores, both per unit, over the steps of one text:

- **AUC** (area under the ROC curve) = Mann–Whitney U / (n₁·n₀): the chance that the
  unit's value at a random marked step is above its value at a random unmarked one
  (ties count ½). 0.5 is no separation, 1 always higher on the marks, 0 always lower.
  It ignores scale and outliers, so the units of a layer compare fairly; units are
  ranked by |AUC − ½| by default (a unit that is *off* on the marks tracks them too).
- **d** = (mean on the marks − mean elsewhere) / the pooled standard deviation (Cohen's
  d, signed): how many spreads apart the two groups are.

Ranks are found for all units at once: each unit's values, the mark of each step folded
into the lowest bit, are sorted as 64-bit keys (an order-preserving map of the float's
bits), so a marked step's rank and its mark travel together and one sort per unit is
the whole cost. Values within one unit in the last place of a float64 count as tied.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from .cells import spec_of
from .marks import char_range_mask, regex_mask, token_text, tolerant_tokens  # noqa: F401  (re-exported)
from .trace import forward

#: Karpathy et al.'s thresholds: left-saturated below 0.1, right-saturated above 0.9.
LEFT, RIGHT = 0.1, 0.9
SCORES = ("auc", "d")

_SIGN = np.uint64(1 << 63)
_ONE = np.uint64(1)


def unit_states(trace_or_kind) -> tuple[str, ...]:
    """The states a unit of this trace (or cell kind) can be shown by: h first."""
    kind = trace_or_kind if isinstance(trace_or_kind, str) else trace_or_kind.kind
    states = spec_of(kind).unit_states
    if isinstance(trace_or_kind, str):
        return states
    return tuple(s for s in states if s in trace_or_kind.keys)


def saturating_gates(kind: str) -> tuple[str, ...]:
    """The gates whose saturation is counted (a plain RNN has none)."""
    return spec_of(kind).gates


def unit_values(trace, layer: int | None = None, state: str = "h") -> np.ndarray:
    """T×H values of ``state`` in ``layer`` (0 = the bottom; None = the top) of the trace
    ``forward`` returned (read-only)."""
    layers = trace.layers
    k = len(layers) - 1 if layer is None else layer
    if not 0 <= k < len(layers):
        raise ValueError(f"layer {k + 1} is outside 1..{len(layers)}")
    if state not in unit_states(trace):
        raise ValueError(f"a {trace.kind} unit has no state {state!r}; it has {', '.join(unit_states(trace))}")
    return layers[k][state]


# -- scores -------------------------------------------------------------------------------
def _checked(values, marked) -> tuple[np.ndarray, np.ndarray, int, int]:
    values = np.asarray(values)
    marked = np.asarray(marked, dtype=bool)
    if values.ndim != 2 or marked.shape != (values.shape[0],):
        raise ValueError(f"values must be T×H and the marks T long, not {values.shape} and {marked.shape}")
    n1 = int(marked.sum())
    n0 = len(marked) - n1
    if n1 == 0 or n0 == 0:
        raise ValueError("mark at least one step and leave at least one unmarked")
    return values, marked, n1, n0


def _sort_keys(values: np.ndarray, marked: np.ndarray) -> np.ndarray:
    """Per unit (row), the steps' values as order-preserving uint64 keys with the step's
    mark in the lowest bit, sorted: unmarked before marked among equal values."""
    V = np.array(values.T, dtype=np.float64, order="C")      # H×T, a copy we may scribble on
    V += 0.0                                                  # −0.0 → +0.0: one zero, not two
    flip = (V.view(np.int64) >> 63).view(np.uint64)           # all ones for negatives, else 0
    flip |= _SIGN
    keys = V.view(np.uint64)
    keys ^= flip                                              # negatives reversed, below positives
    del flip
    keys &= ~_ONE
    keys |= marked.astype(np.uint64)
    keys.sort(axis=1)
    return keys


def auc_scores(values, marked) -> np.ndarray:
    """Per unit, AUC = U / (n₁·n₀) of its values at the marked steps against the rest,
    from ranks with ties averaged (the Mann–Whitney U); all units in one sort each."""
    values, marked, n1, n0 = _checked(values, marked)
    T, H = values.shape
    keys = _sort_keys(values, marked)
    flags = (keys & _ONE).astype(bool)
    ranksum = flags.astype(np.float64) @ np.arange(1, T + 1, dtype=np.float64)
    tied = (keys[:, 1:] ^ keys[:, :-1]) <= _ONE              # equal values, whatever the marks
    rows = np.flatnonzero(tied.any(axis=1))
    if rows.size:
        ranksum += _tie_correction(tied[rows], flags[rows], rows, H)
    return (ranksum - n1 * (n1 + 1) / 2) / (n1 * n0)


def _tie_correction(tied: np.ndarray, flags: np.ndarray, rows: np.ndarray, H: int) -> np.ndarray:
    """What averaging the ranks of tied values changes in each unit's rank sum. In a tie
    group at sorted positions a…b with k marked (they sort last, at b−k+1…b), the marks
    hold ranks summing to k(b+1) − k(k−1)/2 instead of k((a+b)/2 + 1): a difference of
    k(a − b + k − 1)/2."""
    R, T = flags.shape
    new = np.ones((R, T), dtype=bool)
    new[:, 1:] = ~tied
    starts = np.flatnonzero(new.ravel())
    sizes = np.diff(np.append(starts, R * T))
    k = np.add.reduceat(flags.ravel().astype(np.int64), starts)
    multi = sizes > 1
    a = starts[multi] % T
    b = a + sizes[multi] - 1
    kk = k[multi].astype(np.float64)
    corr = kk * (a - b + kk - 1) / 2
    return np.bincount(rows[starts[multi] // T], weights=corr, minlength=H)


def group_means(values, marked) -> tuple[np.ndarray, np.ndarray]:
    """Per unit, the mean value at the marked steps and at the others."""
    values, marked, n1, n0 = _checked(values, marked)
    m = marked.astype(np.float64)
    inside = m @ values / n1
    total = values.sum(axis=0, dtype=np.float64)
    return inside, (total - inside * n1) / n0


def effect_sizes(values, marked) -> np.ndarray:
    """Per unit, Cohen's d: (mean on the marks − mean elsewhere) / pooled standard
    deviation, where pooled² = (Σ₁(x − m₁)² + Σ₀(x − m₀)²) / (T − 2). When both groups
    are constant the spread is 0: d is ±inf if the means differ, else 0."""
    values, marked, n1, n0 = _checked(values, marked)
    m1, m0 = group_means(values, marked)
    ss1 = ((values[marked] - m1) ** 2).sum(axis=0, dtype=np.float64)
    ss0 = ((values[~marked] - m0) ** 2).sum(axis=0, dtype=np.float64)
    pooled = np.sqrt((ss1 + ss0) / max(len(marked) - 2, 1))
    diff = m1 - m0
    with np.errstate(divide="ignore", invalid="ignore"):
        d = diff / pooled
    return np.where(pooled > 0, d, np.where(diff == 0, 0.0, np.copysign(np.inf, diff)))


@dataclass(frozen=True)
class Ranking:
    """Units ordered by how well they separate the marked steps from the rest.

    ``order`` holds unit indices, best first; ``auc``, ``d`` and the means are indexed
    by unit. ``score`` names what the order is by: "auc" (|AUC − ½|, then |d|) or "d"
    (|d|, then |AUC − ½|)."""
    score: str
    order: np.ndarray
    auc: np.ndarray
    d: np.ndarray
    mean_marked: np.ndarray
    mean_rest: np.ndarray
    n_marked: int
    n_rest: int

    def top(self, n: int) -> list[int]:
        return [int(u) for u in self.order[:max(n, 0)]]

    def higher_on_marks(self, unit: int) -> bool:
        """Whether the unit is on (higher) over the marks, rather than off."""
        return bool(self.auc[unit] > 0.5 or (self.auc[unit] == 0.5 and self.d[unit] >= 0))


def rank_units(values, marked, score: str = "auc") -> Ranking:
    """Every unit of ``values`` (T×H) scored against the step mask ``marked`` (T bools),
    best first: see the module's notes on the two scores."""
    if score not in SCORES:
        raise ValueError(f"score must be one of {', '.join(SCORES)}, not {score!r}")
    values, marked, n1, n0 = _checked(values, marked)
    auc = auc_scores(values, marked)
    d = effect_sizes(values, marked)
    m1, m0 = group_means(values, marked)
    by_auc, by_d = -np.abs(auc - 0.5), -np.abs(d)
    units = np.arange(values.shape[1])
    keys = (units, by_d, by_auc) if score == "auc" else (units, by_auc, by_d)
    order = np.lexsort(keys)
    for a in (order, auc, d, m1, m0):
        a.flags.writeable = False
    return Ranking(score, order, auc, d, m1, m0, n1, n0)


# -- where a unit fires ---------------------------------------------------------------------
def fire_threshold(values, unit: int, marked) -> tuple[float, bool]:
    """Where a unit "fires like on the marks": the cut that best tells the marked steps
    from the rest, i.e. that maximises (marked steps beyond it) / n₁ − (other steps beyond
    it) / n₀ (Youden's J), halfway between the two values it falls between. ``above`` is
    True when the unit is higher on the marks (AUC ≥ ½): it fires at or above the cut.
    A unit no cut can tell apart on the marks (J = 0 at best: a unit switched off, say)
    fires nowhere: the cut is NaN."""
    values, marked, n1, n0 = _checked(values, marked)
    x = np.asarray(values[:, unit], dtype=np.float64)
    above = bool(auc_scores(x[:, None], marked)[0] >= 0.5)
    if not above:
        x = -x
    order = np.argsort(-x, kind="stable")             # highest first
    xs, ms = x[order], marked[order]
    j = np.cumsum(ms) / n1 - np.cumsum(~ms) / n0       # J when the cut is just below xs[k]
    last = np.append(xs[1:] != xs[:-1], True)          # a cut can only fall between distinct values
    j = np.where(last, j, -np.inf)
    k = int(np.argmax(j))
    if j[k] <= 0:
        return float("nan"), above
    cut = xs[k] if k == len(xs) - 1 else (xs[k] + xs[k + 1]) / 2
    return float(cut if above else -cut), above


def matches(values, unit: int, threshold: float, above: bool = True) -> np.ndarray:
    """The steps where ``unit`` is at or beyond ``threshold`` (at or below it when not
    ``above``): a T-long mask."""
    column = np.asarray(values)[:, unit]
    return column >= threshold if above else column <= threshold


def runs(mask) -> list[tuple[int, int]]:
    """The maximal runs of True in a mask, as (first, past-the-end) step pairs."""
    m = np.concatenate([[False], np.asarray(mask, dtype=bool), [False]])
    edges = np.flatnonzero(m[1:] != m[:-1])
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2])]


# -- gate saturation -------------------------------------------------------------------------
def saturation(trace, left: float = LEFT, right: float = RIGHT) -> list[dict[str, tuple[np.ndarray, np.ndarray]]]:
    """Per layer (bottom first), gate → (fraction of steps each unit's gate is below
    ``left``, fraction above ``right``); a layer of a plain RNN has no gates: {}."""
    gates = [g for g in saturating_gates(trace.kind) if g in trace.keys]
    out = []
    for layer in trace.layers:
        T = max(len(layer), 1)
        out.append({g: ((layer[g] < left).sum(axis=0) / T, (layer[g] > right).sum(axis=0) / T) for g in gates})
    return out


# -- a long text, a chunk at a time ------------------------------------------------------------
@dataclass(frozen=True)
class Scan:
    """What the units did over a text: ``values[(layer, state)]`` (T×H, float32, read-only),
    gate ``saturation`` per layer as :func:`saturation` gives it, and the mean next-token
    cross-entropy ``loss`` (nats per token; None without targets)."""
    kind: str
    steps: int
    values: dict
    saturation: list
    loss: float | None


class ScanCancelled(Exception):
    """``on_chunk`` asked a scan to stop."""


def scan(net, inputs, clamps=None, keep: Sequence[tuple[int, str]] = (), targets=None,
         chunk: int = 1024, dtype=np.float32,
         on_chunk: Callable[[int, int], bool | None] | None = None) -> Scan:
    """A forward pass over ``inputs`` (token ids, or one-hot rows) a ``chunk`` of steps at
    a time, carrying the state across: the same numbers as one long pass, but only the
    values asked for are kept, so a long text through a big model fits in memory.
    ``keep`` lists (layer, state) pairs; ``targets`` the next token of each step (−1: none).
    ``on_chunk(done, total)`` is called after each chunk; returning False stops the scan
    (:class:`ScanCancelled`), so a caller can give up on a text nobody looks at any more."""
    inputs = np.asarray(inputs)
    T = len(inputs)
    L = net.num_layers
    for k, s in keep:
        if not 0 <= int(k) < L or s not in unit_states(net.kind):
            raise ValueError(f"cannot keep {s!r} of layer {int(k) + 1}")
    kept = {(int(k), s): np.empty((T, net.layer_size(int(k))), dtype=dtype) for k, s in keep}
    gates = saturating_gates(net.kind)
    counts = [{g: [np.zeros(net.layer_size(k)), np.zeros(net.layer_size(k))] for g in gates} for k in range(L)]
    targets = None if targets is None else np.asarray(targets, dtype=np.int64)
    nll, counted = 0.0, 0
    h = c = None
    for a in range(0, T, max(int(chunk), 1)):
        b = min(a + chunk, T)
        tr = forward(net, inputs[a:b], h, c, clamps=clamps)
        for (k, s), out in kept.items():
            out[a:b] = tr.layers[k][s]
        for k, layer in enumerate(tr.layers):
            for g in gates:
                counts[k][g][0] += (layer[g] < LEFT).sum(axis=0)
                counts[k][g][1] += (layer[g] > RIGHT).sum(axis=0)
        if targets is not None:
            y = targets[a:b]
            ok = np.flatnonzero(y >= 0)
            p = tr["probs"][ok, y[ok]]
            nll -= float(np.log(np.maximum(p, 1e-300)).sum())
            counted += len(ok)
        h, c = tr.state_last, tr.c_last
        if on_chunk is not None and on_chunk(b, T) is False:
            raise ScanCancelled()
    for out in kept.values():
        out.flags.writeable = False
    sat = [{g: (left / max(T, 1), right / max(T, 1)) for g, (left, right) in layer.items()} for layer in counts]
    return Scan(net.kind, T, kept, sat, (nll / counted) if counted else None)


def next_token_loss(probs, targets) -> float | None:
    """Mean −log p of each step's next token (targets −1 are skipped); None if none."""
    targets = np.asarray(targets, dtype=np.int64)
    ok = np.flatnonzero(targets >= 0)
    if not ok.size:
        return None
    p = np.asarray(probs)[ok, targets[ok]]
    return float(-np.log(np.maximum(p, 1e-300)).mean())
