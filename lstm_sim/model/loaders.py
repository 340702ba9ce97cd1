"""Reading the arrays out of a model file, whatever format it came in.

Three formats, told apart by their content (the suffix is only a hint for messages):
our ``.npz`` (a zip of ``.npy`` arrays), ``.safetensors`` (8-byte little-endian header
length, then a JSON header) read with the ``safetensors`` package's NumPy API, and
``torch.save`` files (a zip holding ``data.pkl``, or the legacy pickle format) read
without torch by our own restricted unpickler (``torch_file``), so no file can run code:
state dicts, training checkpoints and whole pickled modules (``checkpoints``).

Every reader returns the same thing: a dict of NumPy arrays in which the vocabulary
(if the file has one) is the 1-D string array ``vocab`` and the metadata a JSON
string ``metadata``, exactly as in our own files, so one validator checks them all.
"""
from __future__ import annotations

import json
import struct
import zipfile

import numpy as np

from .errors import NOTES, WHOLE_MODULE, FileProblem
from .messages import Joined, Message

_EXTRA_KEYS = ("vocab", "metadata", "tokenizer")     # non-tensor entries a file may carry


def sniff(fh) -> str:
    """'torch', 'npz', 'safetensors', 'torch-legacy' or 'unknown', from the first bytes."""
    head = fh.read(9)
    fh.seek(0)
    if head[:2] == b"PK":
        try:
            with zipfile.ZipFile(fh) as archive:
                names = archive.namelist()
        except Exception:
            return "npz"                      # damaged: the array reader says what is wrong
        finally:
            fh.seek(0)
        return "torch" if any(n == "data.pkl" or n.endswith("/data.pkl") for n in names) else "npz"
    if len(head) == 9 and head[8:9] == b"{":
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(0)
        (n,) = struct.unpack("<Q", head[:8])
        if 2 <= n <= size - 8:
            return "safetensors"
    if head[:1] == b"\x80" and head[1:2] in (b"\x02", b"\x03", b"\x04", b"\x05"):
        return "torch-legacy"                 # a pickle: only torch's weights-only reader opens it
    return "unknown"


def read_npz(fh) -> dict[str, np.ndarray]:
    arrays, key = {}, None
    try:
        with np.load(fh, allow_pickle=False) as data:
            for key in data.files:
                arrays[key] = data[key]
    except Exception as exc:  # a damaged archive can fail in many ways; all mean the same to the user
        # NumPy's own words say what a damaged archive is; objects are refused by us (told
        # by the array's own header, not by NumPy's message).
        objects = key is not None and _npy_holds_objects(fh, key)
        raise FileProblem("npz-objects" if objects else "npz-unreadable", field=key or None,
                          **({} if objects else {"detail": str(exc)})) from None
    return arrays


def _npy_holds_objects(fh, key: str) -> bool:
    """Whether the archive's array ``key`` holds Python objects, from its .npy header."""
    fmt = np.lib.format
    try:
        fh.seek(0)
        with zipfile.ZipFile(fh) as archive, archive.open(key + ".npy") as member:
            major, _ = fmt.read_magic(member)
            read = fmt.read_array_header_1_0 if major == 1 else fmt.read_array_header_2_0
            return read(member)[2].hasobject
    except Exception:
        return False


def _safetensors_dtypes(path) -> set[str]:
    """The tensors' dtypes a safetensors header names (empty when it cannot be read)."""
    try:
        with open(path, "rb") as f:
            (n,) = struct.unpack("<Q", f.read(8))
            header = json.loads(f.read(n))
        return {v.get("dtype") for k, v in header.items() if k != "__metadata__" and isinstance(v, dict)}
    except Exception:
        return set()


def read_safetensors(path) -> dict[str, np.ndarray]:
    """Tensors as arrays; the header's ``__metadata__`` may hold ``vocab`` (a JSON list),
    ``tokenizer`` and ``metadata`` (a JSON object); its other entries become metadata."""
    try:
        from safetensors import safe_open
    except ImportError:
        raise FileProblem("safetensors-missing") from None
    arrays, key = {}, None
    try:
        with safe_open(str(path), framework="np") as f:
            header = f.metadata() or {}
            for key in f.keys():
                arrays[key] = f.get_tensor(key)
    except Exception as exc:
        if "BF16" in _safetensors_dtypes(path):          # NumPy has no bfloat16
            raise FileProblem("safetensors-bf16", field=key or None) from None
        raise FileProblem("safetensors-unreadable", field=key or None, detail=str(exc).replace("\n", " ")) from None
    clash = sorted(set(arrays) & set(_EXTRA_KEYS))
    if clash:
        raise FileProblem("reserved-name-metadata", field=clash[0])
    meta: dict = {}
    for name, value in header.items():
        if value in arrays and name not in arrays and "." in name:
            # safetensors' save_model stores a tied tensor once and names the alias here
            # ({"decoder.weight": "encoder.weight"}): the alias is the same array.
            arrays[name] = arrays[value]
        elif name == "vocab":
            arrays["vocab"] = _vocab_array(_json(value, "vocab"), "vocab")
        elif name == "metadata":
            extra = _json(value, "metadata")
            if not isinstance(extra, dict):
                raise FileProblem("not-json-object", field="metadata")
            meta.update(extra)
        else:
            meta[name] = value
    arrays["metadata"] = np.array(json.dumps(meta))
    return arrays


def read_torch(path) -> dict[str, np.ndarray]:
    """A ``torch.save`` file read without torch (see ``torch_file``: nothing in it runs):
    a state dict, a training checkpoint or a whole pickled module (see ``checkpoints``)."""
    from .checkpoints import unpack
    from .torch_file import TorchFileError, read_torch_file
    try:
        obj = read_torch_file(path)
    except TorchFileError as exc:
        raise FileProblem(exc.message) from None
    found = unpack(obj, _module_weights)
    clash = sorted(set(found.arrays) & set(_EXTRA_KEYS))
    if clash:
        raise FileProblem("reserved-name", field=clash[0])
    arrays = dict(found.arrays)
    meta = dict(found.metadata)
    if found.vocab is not None:
        arrays["vocab"] = _vocab_array(found.vocab, "vocab")
    if found.tokenizer is not None:
        meta["tokenizer"] = found.tokenizer
    notes = []
    if found.module_tree:
        _read_module_tree(found.module_tree, meta, notes)
    if found.entry and found.entry != WHOLE_MODULE:
        notes.append(Message("note-entry", entry=found.entry))
    if found.set_aside:
        notes.append(Message("note-set-aside", entries=Joined(f"'{k}'" for k in found.set_aside)))
    if found.tied:
        notes.append(Message("note-tied", pairs=Joined(Message("tied-pair", first=a, later=b)
                                                        for a, b in found.tied)))
    try:
        arrays["metadata"] = np.array(json.dumps(meta))
    except (TypeError, ValueError):
        raise FileProblem("not-json-object", field="metadata") from None
    arrays[NOTES] = notes
    return arrays


def _module_weights(obj):
    """``(state dict, tied pairs, module tree)`` of a whole pickled module, else None."""
    from .torch_file import PickledObject, module_state_dict, module_tree, tied_names
    if not (isinstance(obj, PickledObject) and isinstance(obj.state, dict)
            and isinstance(obj.state.get("_modules", obj.state.get("_parameters")), dict)):
        return None
    return module_state_dict(obj), tied_names(obj), module_tree(obj)


#: Modules whose work is the parts this program models, or that act in training only.
_MODELLED = {"Embedding", "LSTM", "RNN", "GRU", "Linear", "LSTMCell", "RNNCell", "GRUCell",
             "ModuleList", "ModuleDict", "Sequential", "LogSoftmax", "Identity"}


def _read_module_tree(tree, meta: dict, notes: list) -> None:
    """What a whole module says of itself: a plain RNN's ``nonlinearity`` (or
    word_language_model's ``rnn_type``), and modules that would change the arithmetic."""
    notes.append(Message("note-whole-module", cls=tree[0][1]))
    said = set()
    for name, cls, attrs in tree:
        leaf = cls.rpartition(".")[2]
        if leaf == "RNN" and attrs.get("nonlinearity") in ("tanh", "relu"):
            said.add(attrs["nonlinearity"])
        if attrs.get("rnn_type") in ("RNN_TANH", "RNN_RELU"):
            said.add(attrs["rnn_type"][4:].lower())
        torch_module = cls.startswith("torch.nn.")
        children = any(other.startswith(name + ".") for other, _, _ in tree if name)
        if name and torch_module and leaf not in _MODELLED and "Dropout" not in leaf:
            raise FileProblem("module-changes-computation", module=name, leaf=leaf, cls=cls)
        if name and not torch_module and not children and "dropout" not in leaf.lower():
            notes.append(Message("note-no-weights", module=name, cls=cls))
    if len(said) > 1:
        raise FileProblem("module-both-nonlinearities")
    if said:
        meta["nonlinearity"] = said.pop()


def _json(text, name):
    try:
        return json.loads(text)
    except (ValueError, RecursionError, TypeError):
        raise FileProblem("not-json", field=name) from None


def _vocab_array(words, name) -> np.ndarray:
    if not isinstance(words, (list, tuple)) or not all(isinstance(w, str) for w in words):
        raise FileProblem("not-strings", field=name)
    return np.array(list(words), dtype=str) if words else np.array([], dtype=str)
