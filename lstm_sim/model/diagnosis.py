"""Why a file holds a network this program does not model, in words a user can act on.

A state dict saved from torch can describe networks that share our key names but not
our arithmetic: a bidirectional LSTM, one with a projection. (A GRU is one of ours: its
3H-row weights tell it from an LSTM or an RNN whatever its name.)
Loading any of them as if it were an LSTM or RNN would show a cell that is not the one
the user trained, so each is recognised and named here instead; the loader then
refuses every array it has no use for.
"""
from __future__ import annotations

import re

import numpy as np


def unsupported_network(arrays: dict[str, np.ndarray], ours: bool) -> tuple[str, str] | None:
    """``(field, problem)`` for a network we cannot model, else None.

    ``ours`` is True for files that carry our format version (kept for callers; both
    refusals below hold for every file).
    """
    keys = sorted(arrays)
    for key in keys:
        if re.search(r"weight_hr_l\d+", key):
            return key, "an LSTM with a projection; proj_size > 0 is not supported"
    for key in keys:
        if key.endswith("_reverse"):
            return key, ("a bidirectional network (keys ending in '_reverse'); a next-token model "
                         "cannot look ahead; not supported")
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
