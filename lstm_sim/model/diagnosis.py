"""Why a file holds a network this program does not model, in words a user can act on.

A state dict saved from torch can describe networks that share our key names but not
our arithmetic: a GRU named ``rnn``, a bidirectional LSTM, one with a projection.
Loading any of them as if it were an LSTM or RNN would show a cell that is not the one
the user trained, so each is recognised and named here instead; the loader then
refuses every array it has no use for.
"""
from __future__ import annotations

import re

import numpy as np

_GRU_UNSUPPORTED = "GRUs are not supported, only LSTM and plain RNN cells"
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


def extra_module(arrays: dict[str, np.ndarray], key: str, original: dict[str, str]) -> str:
    """What an array the cell and readout do not use most likely is, and why the file is
    refused rather than opened without it: whatever it computes would be missing, so the
    numbers shown would not be the model's. Never advice to delete it."""
    prefix = original.get(key, key).rpartition(".")[0]
    mine = {k.rpartition(".")[2]: a for k, a in arrays.items() if original.get(k, k).rpartition(".")[0] == prefix}
    weight, bias = mine.get("weight"), mine.get("bias")
    name = f"'{prefix}'" if prefix else "it"
    if "running_mean" in mine or "running_var" in mine:
        what = f"{name} looks like a batch norm (nn.BatchNorm: running mean and variance), which rescales values"
    elif (weight is not None and bias is not None and weight.ndim == bias.ndim == 1
          and weight.shape == bias.shape):
        what = (f"{name} looks like a layer norm (nn.LayerNorm: a weight and a bias of {weight.shape[0]} "
                "values), which re-centres and rescales h before it is used")
    elif weight is not None and weight.ndim == 2:
        what = f"{name} looks like another linear layer or projection ({weight.shape[0]}×{weight.shape[1]})"
    else:
        what = f"{name} is an array the cell and the readout have no use for"
    return (f"{what}; this program models embedding → cell → readout only, and opening the file "
            "without it would show numbers that are not your model's, so it is not opened")
