"""Model files: a network, its vocabulary and metadata in one ``.npz``.

The weights are stored under PyTorch's names (see ``torch_layout``), so a state dict
saved from torch with ``np.savez`` is already almost one of our files; it only lacks
the vocabulary, which the caller may supply. Files are read with
``allow_pickle=False`` and every field is checked before anything is built: any
problem raises :class:`ModelFileError` naming the file and the field.
"""
from __future__ import annotations

import json
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .network import Network
from .torch_layout import detect_kind, from_torch_state_dict, to_torch_state_dict, torch_names

FORMAT_VERSION = 1


class ModelFileError(ValueError):
    """A model file could not be read; the message names the file and the field."""


@dataclass
class SavedModel:
    net: Network
    vocab: list[str]
    metadata: dict = field(default_factory=dict)


def save_model(path: str | os.PathLike, net: Network, vocab: list[str], metadata: dict | None = None) -> None:
    """Write atomically: a crash mid-save never leaves a half-written file behind."""
    path = Path(path)
    if len(vocab) != net.output_size:
        raise ValueError(f"vocabulary has {len(vocab)} words but the readout has {net.output_size} outputs")
    arrays = to_torch_state_dict(net)
    arrays.update(format_version=np.array(FORMAT_VERSION), cell=np.array(net.kind),
                  vocab=np.array(list(vocab), dtype=str),
                  metadata=np.array(json.dumps(metadata or {})))
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **arrays)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def load_model(path: str | os.PathLike, vocab: list[str] | None = None) -> SavedModel:
    """Read and validate a model file (ours, or a torch state dict plus ``vocab``)."""
    name = str(path)

    def fail(field_name: str, problem: str):
        raise ModelFileError(f"{name}: field '{field_name}': {problem}")

    if not Path(path).is_file():
        raise ModelFileError(f"{name}: no such file")
    if not zipfile.is_zipfile(path):
        raise ModelFileError(f"{name}: not a .npz model file (it is not a zip archive)")
    arrays = {}
    key = None
    try:
        with np.load(path, allow_pickle=False) as data:
            for key in data.files:
                arrays[key] = data[key]
    except Exception as exc:  # a damaged archive can fail in many ways; all mean the same to the user
        where = f"field '{key}': " if key else ""
        reason = "holds Python objects, which are never loaded" if "allow_pickle" in str(exc) else str(exc)
        raise ModelFileError(f"{name}: {where}unreadable ({reason})") from None

    if "format_version" in arrays:
        version = arrays["format_version"]
        if version.shape != () or version.dtype.kind not in "iu" or int(version) != FORMAT_VERSION:
            fail("format_version", f"unknown version {version!r}; this program reads version {FORMAT_VERSION}")
        cell = arrays.get("cell")
        if cell is None or cell.shape != () or cell.dtype.kind != "U" or str(cell) not in ("lstm", "rnn"):
            fail("cell", "must be 'lstm' or 'rnn'")
        kind = str(cell)
    else:
        kind = detect_kind(arrays)
        if kind is None:
            fail("lstm.weight_ih_l0", "missing: neither an LSTM Sim model nor a torch LSTM/RNN state dict")

    for key in torch_names(kind):
        if key not in arrays:
            fail(key, "missing")
        a = arrays[key]
        if a.dtype.kind not in "fiu":
            fail(key, f"must hold numbers, found dtype {a.dtype}")
        if not np.isfinite(a).all():
            fail(key, "contains NaN or infinite values")
    w_ih, w_out = arrays[f"{kind}.weight_ih_l0"], arrays["readout.weight"]
    if w_ih.ndim != 2 or w_out.ndim != 2:
        fail(f"{kind}.weight_ih_l0" if w_ih.ndim != 2 else "readout.weight", "must be a 2-D matrix")
    paths = Network.paths_for(kind)
    if w_ih.shape[0] % paths or w_ih.shape[0] == 0:
        fail(f"{kind}.weight_ih_l0", f"has {w_ih.shape[0]} rows; an {kind.upper()} needs a positive multiple of {paths}")
    H, n_in, n_out = w_ih.shape[0] // paths, w_ih.shape[1], w_out.shape[0]
    if n_in == 0 or n_out == 0:
        fail(f"{kind}.weight_ih_l0" if n_in == 0 else "readout.weight", "has no columns or rows: a model needs at least one word")
    expected = Network.expected_shapes(kind, n_in, H, n_out)
    for key, pname in torch_names(kind).items():
        if arrays[key].shape != expected[pname]:
            fail(key, f"shape {arrays[key].shape}, expected {expected[pname]}")

    if "vocab" in arrays:
        v = arrays["vocab"]
        if v.ndim != 1 or v.dtype.kind != "U":
            fail("vocab", "must be a 1-D array of words")
        words = [str(w) for w in v]
    elif vocab is not None:
        words = list(vocab)
    else:
        fail("vocab", "missing: a torch state dict needs the vocabulary it was trained on")
    if any(not w or w != w.strip() for w in words):
        fail("vocab", "words must be non-empty and without surrounding spaces")
    if len(set(w.lower() for w in words)) != len(words):
        fail("vocab", "words must be unique (ignoring case)")
    if len(words) != n_out:
        fail("vocab", f"has {len(words)} words but the readout has {n_out} outputs")
    if n_in != n_out:
        fail(f"{kind}.weight_ih_l0", f"takes {n_in} inputs but the vocabulary has {n_out} words")

    metadata: dict = {}
    if "metadata" in arrays:
        m = arrays["metadata"]
        try:
            metadata = json.loads(str(m)) if m.shape == () and m.dtype.kind == "U" else None
        except (ValueError, RecursionError):
            metadata = None
        if not isinstance(metadata, dict):
            fail("metadata", "must be a JSON object")
    return SavedModel(from_torch_state_dict(arrays, kind), words, metadata)
