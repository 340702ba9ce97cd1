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

from .messages import Message


def unsupported_network(arrays: dict[str, np.ndarray], ours: bool) -> tuple[str, Message] | None:
    """``(field, problem)`` for a network we cannot model, else None.

    ``ours`` is True for files that carry our format version (kept for callers; both
    refusals below hold for every file).
    """
    keys = sorted(arrays)
    for key in keys:
        if re.search(r"weight_hr_l\d+", key):
            return key, Message("projection")
    for key in keys:
        if key.endswith("_reverse"):
            return key, Message("bidirectional")
    return None


def extra_module(arrays: dict[str, np.ndarray], key: str, original: dict[str, str]) -> Message:
    """What an array the cell and readout do not use most likely is, and why the file is
    refused rather than opened without it: whatever it computes would be missing, so the
    numbers shown would not be the model's. Never advice to delete it."""
    prefix = original.get(key, key).rpartition(".")[0]
    mine = {k.rpartition(".")[2]: a for k, a in arrays.items() if original.get(k, k).rpartition(".")[0] == prefix}
    weight, bias = mine.get("weight"), mine.get("bias")
    name = f"'{prefix}'" if prefix else Message("it")
    if "running_mean" in mine or "running_var" in mine:
        what = Message("looks-batch-norm", name=name)
    elif (weight is not None and bias is not None and weight.ndim == bias.ndim == 1
          and weight.shape == bias.shape):
        what = Message("looks-layer-norm", name=name, size=weight.shape[0])
    elif weight is not None and weight.ndim == 2:
        what = Message("looks-linear", name=name, rows=weight.shape[0], columns=weight.shape[1])
    else:
        what = Message("looks-unused", name=name)
    return Message("extra-module", what=what)
