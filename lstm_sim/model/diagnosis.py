"""Why a file holds a network this program does not model, in words a user can act on.

A state dict saved from torch can describe many networks that share our key names:
a GRU named ``rnn``, a bidirectional or stacked LSTM, one with a projection or an
embedding in front. Loading any of them as if it were a one-layer LSTM or RNN would
show a cell that is not the one the user trained, so each is recognised and named
here instead; the loader then refuses every array it has no use for.
"""
from __future__ import annotations

import re

import numpy as np

_GRU_UNSUPPORTED = "GRUs are not supported, only LSTM and plain RNN cells"
_LAYER = re.compile(r"_l(\d+)(?:_reverse)?$")
_RECURRENT = re.compile(r"^(?:(.*)\.)?weight_hh_l0$")


def unsupported_network(arrays: dict[str, np.ndarray], ours: bool) -> tuple[str, str] | None:
    """``(field, problem)`` for a network we cannot model, else None.

    ``ours`` is True for files that carry our format version: their ``cell`` field
    decides the kind, so the shape-based GRU guess is left to the shape checks.
    """
    keys = sorted(arrays)
    for key in keys:
        prefix = key.rpartition(".")[0]
        if "gru" in prefix.lower() and re.search(r"(weight|bias)_(ih|hh)_l\d+", key):
            return key, f"looks like a GRU (its name says so); {_GRU_UNSUPPORTED}"
    for key in keys:
        if re.search(r"weight_hr_l\d+", key):
            return key, "an LSTM with a projection; proj_size > 0 is not supported"
    if not ours:
        for key in keys:
            problem = _gru_by_shape(arrays, key)
            if problem:
                return key, problem
    for key in keys:
        if key.endswith("_reverse"):
            return key, ("a bidirectional network (keys ending in '_reverse'); a next-token model "
                         "cannot look ahead; not supported")
    layers = {int(m.group(1)) for k in keys if (m := _LAYER.search(k))}
    if max(layers, default=0) > 0:
        key = next(k for k in keys if (m := _LAYER.search(k)) and int(m.group(1)) > 0)
        return key, f"a {max(layers) + 1}-layer (stacked) model; stacked layers are not supported yet"
    for key in keys:
        a = arrays[key]
        named = "embed" in key.lower() or re.search(r"(^|\.)encoder\.weight$", key)
        if named and key.endswith("weight") and a.ndim == 2:
            return key, (f"the model has an embedding ({key}: {a.shape[0]} words → {a.shape[1]} inputs); "
                         "embeddings are not supported yet: inputs must be one-hot words")
    return None


def _gru_by_shape(arrays: dict[str, np.ndarray], key: str) -> str | None:
    """A GRU stacks three paths (reset, update, new): its weight_hh is 3H×H."""
    m = _RECURRENT.match(key)
    if not m:
        return None
    hh = arrays[key]
    if hh.ndim != 2 or hh.shape[1] == 0:
        return None
    H = hh.shape[1]
    ih = arrays.get(f"{m.group(1)}.weight_ih_l0" if m.group(1) else "weight_ih_l0")
    rows = {hh.shape[0]} | ({ih.shape[0]} if ih is not None and ih.ndim == 2 else set())
    if 3 * H in rows and not rows & {H, 4 * H}:
        return f"looks like a GRU ({3 * H} = 3×{H} rows: reset, update and new paths); {_GRU_UNSUPPORTED}"
    return None


def embedding_problem(key: str, a: np.ndarray, n_in: int) -> str | None:
    """A message if an array nobody uses is shaped like an embedding feeding the cell
    (a 2-D table whose rows are ``n_in`` wide), whatever it is called."""
    if (key == "weight" or key.endswith(".weight")) and a.ndim == 2 and a.shape[1] == n_in and a.shape[0] > 0:
        return (f"looks like an embedding ({a.shape[0]} words → {a.shape[1]} inputs, the cell's input "
                "width); embeddings are not supported yet: inputs must be one-hot words")
    return None
