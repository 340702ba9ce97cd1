"""Other ways people lay out the same cells, brought to ``nn.LSTM``'s key names.

- ``nn.LSTMCell`` / ``nn.RNNCell`` run in a loop: ``cell.weight_ih`` … with no ``_l0``;
  the arithmetic of a step is ``nn.LSTM``'s (same gate order), so it is layer 0.
- A stack of separate one-layer modules (``lstm1 → lstm2``, a ``ModuleList`` ``rnns.0``,
  ``rnns.1`` …): layer k reads layer k−1's h, exactly as ``num_layers`` does, so they
  become ``_l0``, ``_l1`` … of one cell, in the order their sizes chain.
- Weight drop (AWD-LSTM, fastai): the recurrent weight lives as ``rnns.N.weight_hh_l0_raw``
  beside ``rnns.N.module.weight_ih_l0``; dropout applies while training only, so the raw
  weight is the model's.

Each rewrite keeps the original name, so every message still names the user's keys.
"""
from __future__ import annotations

import re

import numpy as np

from .errors import FileProblem
from .messages import Joined, Message

_CELL = re.compile(r"^(?:(.*)\.)?(weight|bias)_(ih|hh)$")
_NATURAL = re.compile(r"(\d+)")


def normalize(arrays: dict[str, np.ndarray], named_cell: str | None = None):
    """``(arrays, renamed_from, notes)``: the arrays under ``nn.LSTM``-style names, a map
    new name → the file's name, and sentences saying what was read how."""
    renamed: dict[str, str] = {}
    notes: list[str] = []
    arrays = dict(arrays)
    _weight_drop(arrays, renamed, notes)
    _cell_modules(arrays, renamed, notes)
    if named_cell is None:
        _stack(arrays, renamed, notes)
    return arrays, renamed, notes


def _move(arrays, renamed, old: str, new: str) -> None:
    arrays[new] = arrays.pop(old)
    renamed[new] = renamed.pop(old, old)


def _weight_drop(arrays, renamed, notes) -> None:
    for key in sorted(k for k in arrays if k.endswith("_raw")):
        prefix, _, leaf = key[:-len("_raw")].rpartition(".")
        for target_prefix in (f"{prefix}.module" if prefix else "module", prefix):
            if _join(target_prefix, "weight_ih_l0") in arrays:
                target = _join(target_prefix, leaf)
                if target in arrays:
                    raise FileProblem("weight-drop-clash", field=key, target=target)
                _move(arrays, renamed, key, target)
                notes.append(Message("note-weight-drop", key=key))
                break


def _cell_modules(arrays, renamed, notes) -> None:
    prefixes = {m.group(1) or "" for k in arrays if (m := _CELL.match(k))}
    for prefix in sorted(prefixes):
        if all(_join(prefix, w) in arrays for w in ("weight_ih", "weight_hh")):
            for leaf in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
                if _join(prefix, leaf) in arrays:
                    _move(arrays, renamed, _join(prefix, leaf), _join(prefix, leaf + "_l0"))
            notes.append(Message("note-cell-module", module=prefix or Message("no-prefix")))


def _stack(arrays, renamed, notes) -> None:
    """Separate one-layer cells whose sizes chain become the layers of one cell."""
    cells = sorted({k[: -len("weight_hh_l0")].rstrip(".") for k in arrays if k.endswith("weight_hh_l0")
                    and _join(k[: -len("weight_hh_l0")].rstrip("."), "weight_ih_l0") in arrays},
                   key=lambda p: [int(t) if t.isdigit() else t for t in _NATURAL.split(p)])
    if len(cells) < 2 or any(_join(c, "weight_ih_l1") in arrays for c in cells):
        return
    hh = [arrays[_join(c, "weight_hh_l0")] for c in cells]
    ih = [arrays[_join(c, "weight_ih_l0")] for c in cells]
    if any(a.ndim != 2 for a in hh + ih):
        return
    sizes = [a.shape[1] for a in hh]
    rows = [a.shape[0] for a in hh]
    chained = all(ih[k].shape[1] == sizes[k - 1] for k in range(1, len(cells)))
    same_kind = len({r // s for r, s in zip(rows, sizes)}) == 1
    if not (chained and same_kind):
        return                      # not a stack: the parts finder asks which cell is meant
    first = cells[0]
    for k, cell in enumerate(cells):
        for leaf in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            if _join(cell, f"{leaf}_l0") in arrays:
                _move(arrays, renamed, _join(cell, f"{leaf}_l0"), _join(first, f"{leaf}_l{k}"))
    named = Joined(repr(c) for c in cells)
    notes.append(Message("note-stack-sized", cells=named, sizes=" → ".join(map(str, sizes))) if len(set(sizes)) > 1
                 else Message("note-stack", cells=named))


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name
