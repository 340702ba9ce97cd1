"""Finding the recurrent cell and the readout in a state dict, whatever their names.

A torch model names its modules as its author liked: ``lstm``/``readout``, ``rnn``/``fc``,
``encoder``/``decoder``, ``module.lstm`` (DataParallel), ``model.rnn`` (nesting). The
names do not matter; the structure does. The cell is the prefix holding
``weight_ih_l0`` and ``weight_hh_l0``; its weight_hh (rows × H) says which cell it is
(4H rows: LSTM, H: plain RNN). The readout is a prefix whose 2-D ``weight`` takes H
inputs (an ``nn.Linear`` has a bias, an ``nn.Embedding`` has not: that tells them apart
when the embedding is H wide too). An embedding is a module holding only a 2-D
``weight`` as wide as the cell's input. Where two readings fit, the caller is told
both and names the parts itself.
"""
from __future__ import annotations

import re

import numpy as np

from .cells import TORCH_KINDS, kind_by_rows
from .errors import FileProblem
from .messages import listed

PART_NAMES = ("cell", "readout", "embedding")
_CELL_KEY = re.compile(r"^(weight|bias)_(ih|hh)_l\d+$")


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def cell_prefixes(arrays) -> list[str]:
    """Prefixes that hold a first-layer recurrent weight pair."""
    out = []
    for key in arrays:
        if key == "weight_hh_l0" or key.endswith(".weight_hh_l0"):
            prefix = key[: -len("weight_hh_l0")].rstrip(".")
            if _join(prefix, "weight_ih_l0") in arrays:
                out.append(prefix)
    return sorted(out)


def cell_kind(arrays, prefix: str) -> str | None:
    """'lstm', 'gru' or 'rnn' from weight_hh's shape (4H, 3H or H rows), else from the
    module's name, else None."""
    hh = arrays[_join(prefix, "weight_hh_l0")]
    if hh.ndim == 2 and hh.shape[1] > 0:
        by_rows = kind_by_rows(hh.shape[0], hh.shape[1])
        if by_rows:
            return by_rows
    last = prefix.rpartition(".")[2].lower()
    return next((kind for kind in TORCH_KINDS if kind in last), None)


def readout_prefixes(arrays, cell: str) -> list[str]:
    """Prefixes with a 2-D ``weight`` outside the cell (any width)."""
    out = []
    for key, a in arrays.items():
        if (key == "weight" or key.endswith(".weight")) and a.ndim == 2:
            prefix = key[: -len("weight")].rstrip(".")
            if prefix != cell:
                out.append(prefix)
    return sorted(out)


def find_parts(arrays: dict[str, np.ndarray], parts: dict | None = None) -> tuple[str, str, str, str | None]:
    """``(kind, cell prefix, readout prefix, embedding prefix or None)``, or FileProblem
    saying what is missing or which readings fit (``parts={"cell": ..., "readout": ...,
    "embedding": ...}`` chooses among them)."""
    parts = dict(parts or {})
    unknown = sorted(set(parts) - set(PART_NAMES))
    if unknown:
        raise ValueError(f"parts may name {PART_NAMES}, not {unknown}")
    cells = cell_prefixes(arrays)
    if "cell" in parts:
        cell = str(parts["cell"]).rstrip(".")
        if cell not in cells:
            raise FileProblem("no-cell-module", cell=cell, ih=_join(cell, "weight_ih_l0"),
                              hh=_join(cell, "weight_hh_l0"), found=listed(cells))
    elif len(cells) == 1:
        cell = cells[0]
    elif not cells:
        half = sorted(k for k in arrays if k.endswith(("weight_ih_l0", "weight_hh_l0")))
        if half:
            other = "weight_hh_l0" if half[0].endswith("weight_ih_l0") else "weight_ih_l0"
            prefix = half[0][: -len("weight_ih_l0")]
            raise FileProblem("missing-but", field=f"{prefix}{other}", present=half[0])
        raise FileProblem("no-cell", field="lstm.weight_ih_l0")
    else:
        raise FileProblem("two-cells", part="cell", choices=cells, fits=listed(cells))
    kind = cell_kind(arrays, cell)
    if kind is None:
        hh = arrays[_join(cell, "weight_hh_l0")]
        raise FileProblem("cell-shape", field=_join(cell, "weight_hh_l0"), shape=str(hh.shape))
    readout = _readout(arrays, cell, parts)
    return kind, cell, readout, _embedding(arrays, cell, readout, parts)


def _readout(arrays, cell: str, parts: dict) -> str:
    hh = arrays[_join(cell, "weight_hh_l0")]
    H = hh.shape[1] if hh.ndim == 2 else None
    candidates = readout_prefixes(arrays, cell)
    if "readout" in parts:
        readout = str(parts["readout"]).rstrip(".")
        if readout not in candidates:
            raise FileProblem("no-readout-module", readout=readout, weight=_join(readout, "weight"),
                              found=listed(candidates))
        return readout
    fitting = [p for p in candidates if arrays[_join(p, "weight")].shape[1] == H]
    if len(fitting) > 1:          # an H-wide embedding fits too: the readout is the one with a bias
        biased = [p for p in fitting if _join(p, "bias") in arrays]
        fitting = biased if len(biased) == 1 else fitting
    if len(fitting) == 1:
        return fitting[0]
    if len(fitting) > 1:
        raise FileProblem("two-readouts", part="readout", choices=fitting, inputs=H, cell=cell,
                          fits=listed(fitting))
    if len(candidates) == 1:          # the only linear layer, of the wrong width: the shape check says so
        return candidates[0]
    if not candidates:
        raise FileProblem("no-readout", field="readout.weight", cell=cell, inputs=H)
    raise FileProblem("readout-width", inputs=H, found=listed(candidates))


#: Module names that say "embedding" (pytorch/examples: encoder; GPT-style: wte, tok_emb).
_EMBEDDING_NAME = re.compile(r"emb|encoder|wte|tok|lookup", re.I)
#: ``parts={"embedding": NO_EMBEDDING}`` (``--embedding none``): the inputs are one-hot.
NO_EMBEDDING = "none"


def _embedding(arrays, cell: str, readout: str, parts: dict) -> str | None:
    """The module in front of the cell: a lone 2-D ``weight`` as wide as the cell's input.

    Taken without asking when its name says embedding, or when one-hot inputs cannot fit
    (the cell reads fewer values than the readout has words); a table with one row per
    word that could also be a stray array of a one-hot model is a question for the user.
    """
    ih = arrays[_join(cell, "weight_ih_l0")]
    candidates = [p for p in readout_prefixes(arrays, cell) if p != readout]
    if "embedding" in parts:
        name = str(parts["embedding"]).rstrip(".")
        if name == NO_EMBEDDING:
            return None
        if name not in candidates:
            raise FileProblem("no-embedding-module", embedding=name, weight=_join(name, "weight"),
                              found=listed(candidates))
        return name
    if ih.ndim != 2:
        return None
    width, words = ih.shape[1], arrays[_join(readout, "weight")].shape[0]
    fitting = [p for p in candidates if arrays[_join(p, "weight")].shape[1] == width
               and not any(k.startswith(p + ".") and k != _join(p, "weight") for k in arrays if p)]
    named = [p for p in fitting if _EMBEDDING_NAME.search(p.rpartition(".")[2])]
    sized = [p for p in fitting if arrays[_join(p, "weight")].shape[0] == words]
    chosen = named or sized
    if len(chosen) > 1:
        raise FileProblem("two-embeddings", part="embedding", choices=chosen, width=width, cell=cell,
                          fits=listed(chosen))
    if chosen and not named and width == words:
        raise FileProblem("embedding-or-one-hot", part="embedding", choices=[chosen[0], NO_EMBEDDING],
                          table=chosen[0], words=words, width=width, none=NO_EMBEDDING)
    return chosen[0] if chosen else None


def canonical(arrays: dict[str, np.ndarray], kind: str, cell: str, readout: str, embedding: str | None = None):
    """The arrays under our names (``lstm.…``, ``readout.…``, ``embedding.weight``), and
    canonical → original."""
    names = {}
    for key in arrays:
        prefix, _, suffix = key.rpartition(".")
        if prefix == cell and _CELL_KEY.match(suffix):
            names[f"{kind}.{suffix}"] = key
    for suffix in ("weight", "bias"):
        names[f"readout.{suffix}"] = _join(readout, suffix)
    if embedding is not None:
        names["embedding.weight"] = _join(embedding, "weight")
    original = {k: v for k, v in names.items()}
    used = set(original.values())
    out = {k: arrays[v] for k, v in original.items() if v in arrays}
    for key, a in arrays.items():
        if key not in used:
            if key in names:        # a leftover whose name is one of ours: keep it apart
                out[f"\0{key}"] = a
                original[f"\0{key}"] = key
            else:
                out[key] = a
                original.setdefault(key, key)
    return out, original

