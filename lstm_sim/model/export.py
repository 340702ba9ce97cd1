"""A trace as plain JSON: one shape for ``lstm-sim trace --json`` and the window's export,
so a script written against one reads the other."""
from __future__ import annotations

import numpy as np

from .cells import SPECS, spec_of
from .clamps import clamps_to_json, validate_clamps
from .provenance import all_memory_from
from .trace import Trace

#: Per-step keys in the JSON, in the order the lesson meets them (tanh c is left out:
#: it is tanh of "c", and the JSON is for reading, not for replaying the arithmetic).
JSON_KEYS = {kind: tuple(k for k in spec.trace_keys if k != "tanh_c") for kind, spec in SPECS.items()}


#: Where each step's memory came from: T² · H numbers, so only on request.
MEMORY_KEYS = ("memory_from", "memory_from_start")


def json_fields(kind: str) -> tuple[str, ...]:
    """Every per-step key ``trace_to_json`` can write for a ``kind`` cell."""
    return JSON_KEYS[kind] + (MEMORY_KEYS if spec_of(kind).memory else ())


def trace_to_json(trace: Trace, words: list[str], units: list[str], clamps=None, *,
                  fields=None, top: int | None = None, memory: bool = True) -> dict:
    """``{"vocab", "units", "clamps", "steps": [{"token", <key>: [...]}, ...]}``.

    ``clamps`` default to the ones the trace was made with; free units are ``null``
    (an LSTM always lists all three gates, an RNN has none). A stacked net's step
    keeps ``token``, ``logits`` and ``probs`` at the top and puts each layer's keys in
    ``"layers"`` (bottom first); its ``"clamps"`` is a list with one object per layer.
    ``units`` are the unit names; a stack whose layers differ in size gives (and gets in
    ``"units"``) one list of names per layer.

    ``fields`` keeps only those keys (see :func:`json_fields`); ``memory`` False leaves
    out the memory sources, the one part that grows with the square of the text; ``top``
    adds ``"top": [[word, p], …]``, the ``top`` most likely next words of each step.
    """
    keys = tuple(k for k in json_fields(trace.kind) if (fields is None or k in fields)
                 and (memory or k not in MEMORY_KEYS))
    tokens = trace.tokens or [""] * len(trace)
    layers = trace.layers
    tops = _top_words(trace["probs"], words, top) if top else None
    if len(layers) == 1:
        steps = [{"token": tok, **values} for tok, values in zip(tokens, _layer_steps(trace, keys))]
        if tops:
            for step, best in zip(steps, tops):
                step["top"] = best
        return {"vocab": list(words), "units": list(units), "clamps": _clamps_json(trace, clamps), "steps": steps}
    cell_keys = tuple(k for k in keys if k not in ("logits", "probs"))
    per_layer = [_layer_steps(layer, cell_keys) for layer in layers]
    outputs = {k: trace[k].tolist() for k in ("logits", "probs") if k in keys}
    steps = [{"token": tok, **{k: rows[t] for k, rows in outputs.items()},
              **({"top": tops[t]} if tops else {}), "layers": [rows[t] for rows in per_layer]}
             for t, tok in enumerate(tokens)]
    clamps_json = [_clamps_json(layer, None if clamps is None else clamps[k]) for k, layer in enumerate(layers)]
    return {"vocab": list(words), "units": list(units), "clamps": clamps_json, "steps": steps}


def _clamps_json(trace: Trace, clamps) -> dict:
    gates = trace.spec.gates
    if not gates:
        return {}
    H = trace["h"].shape[1]
    return clamps_to_json(validate_clamps(trace.clamps if clamps is None else clamps, H, gates))


def _top_words(probs, words, k: int) -> list[list]:
    """Each row's ``k`` most likely words with their probabilities, most likely first."""
    k = min(k, probs.shape[1])
    if k < probs.shape[1]:        # the k largest of each row first (linear), then only they are sorted
        part = np.argpartition(-probs, k - 1, axis=1)[:, :k]
        order = np.argsort(-np.take_along_axis(probs, part, axis=1), axis=1, kind="stable")
        best = np.take_along_axis(part, order, axis=1)
    else:
        best = np.argsort(-probs, axis=1, kind="stable")
    return [[[words[j], float(row[j])] for j in idx] for row, idx in zip(probs, best)]


def _layer_steps(trace: Trace, keys) -> list[dict]:
    """One dict per step with ``keys`` (and, if asked, where an LSTM's memory came from)."""
    columns = {k: trace[k].tolist() for k in keys if k not in MEMORY_KEYS}
    steps = [{k: rows[t] for k, rows in columns.items()} for t in range(len(trace))]
    if trace.spec.memory and "memory_from" in keys:
        # Where each step's memory came from: one H-vector per earlier step k = 0..t,
        # plus what the initial memory still adds (see model.provenance).
        for step, (contributions, start) in zip(steps, all_memory_from(trace)):
            step["memory_from"] = contributions.tolist()
            step["memory_from_start"] = start.tolist()
    return steps
