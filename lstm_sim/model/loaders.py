"""Reading the arrays out of a model file, whatever format it came in.

Three formats, told apart by their content (the suffix is only a hint for messages):
our ``.npz`` (a zip of ``.npy`` arrays), ``.safetensors`` (8-byte little-endian header
length, then a JSON header) read with the ``safetensors`` package's NumPy API, and
``torch.save`` state dicts (a zip holding ``data.pkl``, or the legacy pickle format)
read with ``torch.load(weights_only=True)``, which refuses anything but tensors and
plain containers, so no file can run code. Torch is imported here, lazily, only when
such a file is opened.

Every reader returns the same thing: a dict of NumPy arrays in which the vocabulary
(if the file has one) is the 1-D string array ``vocab`` and the metadata a JSON
string ``metadata``, exactly as in our own files, so one validator checks them all.
"""
from __future__ import annotations

import json
import re
import struct
import warnings
import zipfile

import numpy as np

#: The one line that turns a torch.save state dict into a file NumPy alone can read.
CONVERT = ("np.savez(out, **{k: v.numpy() for k, v in "
           "torch.load(path, weights_only=True).items()})")
SAVE_STATE_DICT = "save model.state_dict() instead (torch.save(model.state_dict(), path))"
_EXTRA_KEYS = ("vocab", "metadata", "tokenizer")     # non-tensor entries a file may carry
#: Where a reader leaves sentences on how it found the weights (a name no tensor has).
NOTES = "\0notes"


class FileProblem(Exception):
    """Raised by the readers; ``files`` turns it into ModelFileError with the file's name.
    Where two readings fit, ``part`` ("cell", "readout" or "embedding") and ``choices``
    (the module names that fit) let a caller ask the user and try again."""

    def __init__(self, message: str, part: str | None = None, choices=()):
        super().__init__(message)
        self.part, self.choices = part, tuple(choices)


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
        where = f"field '{key}': " if key else ""
        reason = "holds Python objects, which are never loaded" if "allow_pickle" in str(exc) else str(exc)
        raise FileProblem(f"{where}unreadable ({reason})") from None
    return arrays


def read_safetensors(path) -> dict[str, np.ndarray]:
    """Tensors as arrays; the header's ``__metadata__`` may hold ``vocab`` (a JSON list),
    ``tokenizer`` and ``metadata`` (a JSON object); its other entries become metadata."""
    try:
        from safetensors import safe_open
    except ImportError:
        raise FileProblem("a .safetensors file, and the 'safetensors' package is not installed "
                          "(pip install safetensors)") from None
    arrays, key = {}, None
    try:
        with safe_open(str(path), framework="np") as f:
            header = f.metadata() or {}
            for key in f.keys():
                arrays[key] = f.get_tensor(key)
    except Exception as exc:
        text = str(exc).replace("\n", " ")
        if "bf16" in text.lower() or "bfloat16" in text.lower():
            text = ("holds bfloat16 tensors, which NumPy cannot read; save them as float32: "
                    "{k: v.float() for k, v in state_dict.items()}")
        where = f"field '{key}': " if key else ""
        raise FileProblem(f"{where}unreadable safetensors file ({text})") from None
    clash = sorted(set(arrays) & set(_EXTRA_KEYS))
    if clash:
        raise FileProblem(f"field '{clash[0]}': a tensor with a reserved name; put it in the metadata")
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
                raise FileProblem("field 'metadata': must be a JSON object")
            meta.update(extra)
        else:
            meta[name] = value
    arrays["metadata"] = np.array(json.dumps(meta))
    return arrays


def read_torch(path) -> dict[str, np.ndarray]:
    """A ``torch.save`` state dict, read by torch's weights-only unpickler (no code runs)."""
    try:
        import torch
    except ImportError:
        raise FileProblem(f"this is a torch.save file and PyTorch is not installed here; "
                          f"convert it where torch is: `{CONVERT}`") from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            obj = torch.load(str(path), map_location="cpu", weights_only=True)
    except Exception as exc:
        raise FileProblem(_torch_load_problem(exc)) from None
    if isinstance(obj, torch.nn.Module):              # cannot happen with weights_only; be sure
        raise FileProblem(f"holds a whole module; {SAVE_STATE_DICT}")
    if not isinstance(obj, dict):
        raise FileProblem(f"holds a {type(obj).__name__}, not a state dict; {SAVE_STATE_DICT}")
    arrays: dict[str, np.ndarray] = {}
    meta: dict = {}
    for key, value in obj.items():
        if not isinstance(key, str):
            raise FileProblem(f"has a key {key!r} that is not a string; {SAVE_STATE_DICT}")
        if isinstance(value, torch.Tensor):
            if key in _EXTRA_KEYS:
                raise FileProblem(f"field '{key}': a tensor with a reserved name")
            arrays[key] = _tensor_array(torch, key, value)
        elif key == "vocab":
            arrays["vocab"] = _vocab_array(value, "vocab")
        elif key == "tokenizer" and isinstance(value, str):
            meta["tokenizer"] = value
        elif key == "metadata" and isinstance(value, dict):
            meta.update(value)
        else:
            kind = "a dict (a training checkpoint?)" if isinstance(value, dict) else f"a {type(value).__name__}"
            raise FileProblem(f"field '{key}': holds {kind}, not a tensor; this program never ignores "
                              f"an entry: {SAVE_STATE_DICT}")
    try:
        arrays["metadata"] = np.array(json.dumps(meta))
    except (TypeError, ValueError):
        raise FileProblem("field 'metadata': must be a JSON object") from None
    return arrays


def _torch_load_problem(exc: Exception) -> str:
    """torch.load's long error, as one line that names the cause."""
    text = str(exc)
    if "Weights only load failed" in text or "WeightsUnpickler" in text:
        found = re.search(r"Unsupported global: GLOBAL ([\w.]+)", text)
        if found:
            return (f"holds a pickled Python object ({found.group(1)}; a whole module saved with "
                    f"torch.save(model)?), which is never loaded; {SAVE_STATE_DICT}")
        detail = re.search(r"WeightsUnpickler error:\s*(.+?)\s*(?:\n|$)", text)
        reason = detail.group(1) if detail and detail.group(1) else "it holds more than tensors"
        return f"unreadable torch.save file (the safe reader refuses its pickle: {reason[:200]})"
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return f"unreadable torch.save file ({(lines[0] if lines else type(exc).__name__)[:300]})"


def _tensor_array(torch, key, tensor) -> np.ndarray:
    t = tensor.detach().cpu()
    if t.layout != torch.strided:
        raise FileProblem(f"field '{key}': a sparse tensor; save a dense one")
    if t.is_floating_point() and t.dtype not in (torch.float16, torch.float32, torch.float64):
        t = t.to(torch.float64)                       # bfloat16 and friends: exact in float64
    try:
        return t.numpy().copy()
    except Exception as exc:
        raise FileProblem(f"field '{key}': unreadable tensor ({exc})") from None


def _json(text, name):
    try:
        return json.loads(text)
    except (ValueError, RecursionError, TypeError):
        raise FileProblem(f"field '{name}': not valid JSON") from None


def _vocab_array(words, name) -> np.ndarray:
    if not isinstance(words, (list, tuple)) or not all(isinstance(w, str) for w in words):
        raise FileProblem(f"field '{name}': must be a list of strings")
    return np.array(list(words), dtype=str) if words else np.array([], dtype=str)
