"""Model files: a network, its vocabulary and metadata.

We write one format, an ``.npz`` with the weights under PyTorch's names (see
``torch_layout``). We read it, and torch state dicts saved as ``.npz``,
``.safetensors`` or with ``torch.save`` (see ``loaders``), under any module names (see
``parts``). Every field is checked before anything is built: any problem raises
:class:`ModelFileError` naming the file and the field. A file is never silently
misread: every array in it must be one the network uses, and networks we do not model
(GRU, bidirectional, projected) are named as such (see ``diagnosis``). Stacked layers
and an embedding in front of the cell are read; torch models built with
``bias=False`` load with zero biases.
"""
from __future__ import annotations

import io
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .cells import spec_of
from .network import CELL_KINDS, NONLINEARITIES, Network
from .diagnosis import extra_module, unsupported_network
from .errors import NOTES, Coded, FileProblem, as_message
from .loaders import read_npz, read_safetensors, read_torch, sniff
from .messages import Message, os_reason
from .layouts import normalize
from .parts import canonical, find_parts
from .torch_layout import from_torch_state_dict, layer_count, optional_names, to_torch_state_dict, torch_names

FORMAT_VERSION = 1
#: How text is split into tokens; a file says which in its metadata ("tokenizer").
TOKENIZERS = ("words", "chars")


class ModelFileError(Coded, ValueError):
    """A model file could not be read; the message names the file and the field.

    ``code`` and ``params`` say which problem it is (a code of ``messages``), so nobody
    matches on the English message; a caller can offer the fix for some: "vocab-missing"
    (choose a vocabulary file), "vocab-whitespace" (a character model's tokens: ask how the
    text is split), "nonlinearity-unknown" (a plain RNN: ask tanh or relu). ``message`` is
    the whole sentence, with ``file`` and the field as the file names it (``shown``);
    ``field`` is the field at fault (if one is, by our name for it); ``part`` and
    ``choices`` are set where two readings fit (see :class:`FileProblem`)."""

    def __init__(self, problem, file: str | None = None, field: str | None = None, *, shown: str | None = None,
                 part: str | None = None, choices=(), **params):
        problem = as_message(problem, params)
        if file is None:
            message = problem
        elif field is None:
            message = Message("in-file", file=file, problem=problem)
        else:
            message = Message("in-field", file=file, field=shown or field, problem=problem)
        super().__init__(self._say(message, getattr(problem, "code", None), getattr(problem, "params", {})))
        self.problem, self.file = problem, file
        self.field, self.part, self.choices = field, part, tuple(choices)

    @classmethod
    def from_problem(cls, exc: FileProblem, file: str) -> "ModelFileError":
        """A reader's FileProblem, in the file ``file``."""
        return cls(exc.problem, file, exc.field, part=exc.part, choices=exc.choices)


@dataclass
class SavedModel:
    """A network read from a file; ``notes`` say how a file from elsewhere was read (which
    checkpoint entry held the weights, what was set aside, a stack of separate cells…)."""

    net: Network
    vocab: list[str]
    metadata: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def model_bytes(net: Network, vocab: list[str], metadata: dict | None = None) -> bytes:
    """The exact bytes :func:`save_model` writes, for callers that do their own atomic
    write (a Qt controller hands them to ``QSaveFile``)."""
    if len(vocab) != net.output_size:
        raise ValueError(f"vocabulary has {len(vocab)} words but the readout has {net.output_size} outputs")
    arrays = to_torch_state_dict(net)
    if len(net.spec.nonlinearities) > 1:          # the plain RNN: tanh or relu
        arrays["nonlinearity"] = np.array(net.nonlinearity)
    arrays.update(format_version=np.array(FORMAT_VERSION), cell=np.array(net.kind),
                  vocab=np.array(list(vocab), dtype=str),
                  metadata=np.array(json.dumps(metadata or {})))
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def save_model(path: str | os.PathLike, net: Network, vocab: list[str], metadata: dict | None = None) -> None:
    """Write atomically: a crash mid-save never leaves a half-written file behind."""
    path = Path(path)
    data = model_bytes(net, vocab, metadata)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def load_model(path: str | os.PathLike, vocab: list[str] | None = None, parts: dict | None = None,
               tokenizer: str | None = None, nonlinearity: str | None = None) -> SavedModel:
    """Read and validate a model file: ours, or a torch state dict saved as ``.npz``,
    ``.safetensors`` or with ``torch.save``, under any module names.

    ``vocab`` is used when the file has none; ``parts`` names the modules where the
    structure allows two readings (``{"cell": "encoder", "readout": "decoder"}``);
    ``tokenizer`` ("words" or "chars") overrides the file's and is kept in the metadata.
    ``nonlinearity`` ("tanh" or "relu") is a plain RNN's squashing where the file does
    not say (a torch state dict never does: its keys are the same for both); without it
    such a file is refused with ``field == "nonlinearity"``, never guessed.
    """
    name = str(path)
    original: dict[str, str] = {}          # a torch file's own names of our arrays, once read

    def fail(field_name: str, code, **params):
        raise ModelFileError(code, name, field_name, shown=original.get(field_name, field_name), **params)

    arrays = _read_arrays(path, name)
    notes: list[str] = list(arrays.pop(NOTES, []))     # how the reader found the weights
    ours = "format_version" in arrays
    unsupported = unsupported_network(arrays, ours)
    if unsupported:
        fail(*unsupported)
    if ours:
        kind = _our_kind(arrays, fail)
    else:
        arrays, kind = _renamed(arrays, parts, name, notes, original)
    layers, embedded, names = _check_names(arrays, kind, ours, original, fail)
    n_in, n_out, n_tokens = _check_shapes(arrays, kind, layers, embedded, names, fail)
    metadata = _metadata(arrays, tokenizer, fail)
    chars = metadata.get("tokenizer", "words") == "chars"
    words = _words(arrays, vocab, chars, fail)
    if len(words) != n_out:
        fail("vocab", "vocab-size", count=len(words), outputs=n_out)
    if embedded and n_tokens != n_out:
        fail("embedding.weight", "embedding-rows", rows=n_tokens, words=n_out)
    if not embedded and n_in != n_out:
        fail(f"{kind}.weight_ih_l0", "input-size", inputs=n_in, words=n_out)
    squash = _nonlinearity(arrays, metadata, kind, ours, nonlinearity, fail)
    if squash != "tanh":
        metadata["nonlinearity"] = squash
    return SavedModel(from_torch_state_dict(arrays, kind, squash), words, metadata, notes)


def _read_arrays(path, name: str) -> dict:
    """The file's arrays, whatever its container; ModelFileError if it has none."""
    if not Path(path).is_file():
        raise ModelFileError("no-such-file", name)
    try:
        # Our own handle, closed on every path: np.load given a name leaks it when the
        # zip's central directory is broken.
        with open(path, "rb") as fh:
            fmt = sniff(fh)
            if fmt == "npz":
                arrays = read_npz(fh)
        if fmt in ("torch", "torch-legacy"):
            arrays = read_torch(path)
        elif fmt == "safetensors":
            arrays = read_safetensors(path)
        elif fmt != "npz":
            raise FileProblem("not-a-model-file")
    except FileProblem as exc:
        raise ModelFileError.from_problem(exc, name) from None
    except OSError as exc:
        raise ModelFileError("cannot-read", name, reason=os_reason(exc)) from None
    return arrays


def _our_kind(arrays: dict, fail) -> str:
    """The cell kind of one of our own files (after checking its format version)."""
    version = arrays["format_version"]
    if version.shape != () or version.dtype.kind not in "iu" or int(version) != FORMAT_VERSION:
        fail("format_version", "unknown-version", version=repr(version), supported=FORMAT_VERSION)
    cell = arrays.get("cell")
    if cell is None or cell.shape != () or cell.dtype.kind != "U" or str(cell) not in CELL_KINDS:
        fail("cell", "must-be-one-of", allowed=", ".join(CELL_KINDS))
    return str(cell)


def _renamed(arrays: dict, parts: dict | None, name: str, notes: list, original: dict) -> tuple[dict, str]:
    """A torch state dict's arrays under our names, and its cell kind; fills ``original``
    (our name → the file's) and adds to ``notes`` how its layout was read."""
    model_arrays = {k: v for k, v in arrays.items() if k not in ("vocab", "metadata")}
    try:
        model_arrays, read_as, layout_notes = normalize(model_arrays, (parts or {}).get("cell"))
        notes += layout_notes
        kind, cell_prefix, readout_prefix, embedding_prefix = find_parts(model_arrays, parts)
    except FileProblem as exc:
        raise ModelFileError.from_problem(exc, name) from None
    renamed, own = canonical(model_arrays, kind, cell_prefix, readout_prefix, embedding_prefix)
    original.update({k: read_as.get(v, v) for k, v in own.items()})
    return {**renamed, **{k: arrays[k] for k in ("vocab", "metadata") if k in arrays}}, kind


def _check_names(arrays: dict, kind: str, ours: bool, original: dict, fail) -> tuple[int, bool, dict]:
    """(layers, has an embedding, torch name → parameter): every array we need is there,
    and every array there is one we use (an ignored array would mean a different network)."""
    layers = max(layer_count(arrays, kind), 1)
    embedded = "embedding.weight" in arrays
    names = torch_names(kind, layers, embedded)
    for key in names:
        if key not in arrays and key not in optional_names(kind, layers):
            fail(key, "missing")
    for k in range(layers):
        bias_ih, bias_hh = (f"{kind}.bias_{side}_l{k}" for side in ("ih", "hh"))
        if (bias_ih in arrays) != (bias_hh in arrays):     # bias=False drops both
            missing, present = (bias_hh, bias_ih) if bias_ih in arrays else (bias_ih, bias_hh)
            fail(missing, "bias-missing", present=original.get(present, present))
    w_ih = arrays[f"{kind}.weight_ih_l0"]
    used = set(names) | {"vocab", "metadata"} | ({"format_version", "cell", "nonlinearity"} if ours else set())
    network = (Message("net-stacked-embedded" if embedded else "net-stacked", layers=layers, kind=kind.upper())
               if layers > 1 else Message("net-one-embedded" if embedded else "net-one", kind=kind.upper()))
    width = w_ih.shape[1] if w_ih.ndim == 2 else None
    words = arrays["readout.weight"].shape[0] if arrays["readout.weight"].ndim == 2 else None
    for key in sorted(arrays, key=lambda k: original.get(k, k)):
        if key not in used:
            a = arrays[key]
            table = (not embedded and a.ndim == 2 and a.shape[1] == width and a.shape[0] != words
                     and key.endswith("weight"))
            if table:
                fail(key, "not-part-table", network=network, rows=a.shape[0], words=words,
                     reason=extra_module(arrays, key, original))
            fail(key, "not-part", network=network, reason=extra_module(arrays, key, original))
    return layers, embedded, names


def _check_shapes(arrays: dict, kind: str, layers: int, embedded: bool, names: dict, fail):
    """(inputs, outputs, embedding rows or None): every array finite numbers of the shape
    the others imply."""
    for key in names:
        if key not in arrays:
            continue                                  # an absent bias is zero
        a = arrays[key]
        if a.dtype.kind not in "fiu":
            fail(key, "not-numbers", dtype=str(a.dtype))
        if not np.isfinite(a).all():
            fail(key, "not-finite")
    w_ih, w_out, table = arrays[f"{kind}.weight_ih_l0"], arrays["readout.weight"], arrays.get("embedding.weight")
    for key, a in ((f"{kind}.weight_ih_l0", w_ih), ("readout.weight", w_out), ("embedding.weight", table)):
        if a is not None and a.ndim != 2:
            fail(key, "not-matrix")
    paths = Network.paths_for(kind)
    if w_ih.shape[0] % paths or w_ih.shape[0] == 0:
        fail(f"{kind}.weight_ih_l0", "bad-rows", rows=w_ih.shape[0], kind=kind.upper(), paths=paths)
    H, n_in, n_out = w_ih.shape[0] // paths, w_ih.shape[1], w_out.shape[0]
    if n_in == 0 or n_out == 0:
        fail(f"{kind}.weight_ih_l0" if n_in == 0 else "readout.weight", "no-words")
    n_tokens = table.shape[0] if embedded else None
    sizes = [H]                           # each layer's own size, read off its weight_ih rows
    for k in range(1, layers):
        w = arrays[f"{kind}.weight_ih_l{k}"]
        if w.ndim != 2 or w.shape[0] % paths or w.shape[0] == 0:
            fail(f"{kind}.weight_ih_l{k}", "bad-layer-rows", shape=str(w.shape), kind=kind.upper(), paths=paths)
        sizes.append(w.shape[0] // paths)
    expected = Network.expected_shapes(kind, n_in, sizes, n_out, layers, n_tokens)
    for key, pname in names.items():
        if key in arrays and arrays[key].shape != expected[pname]:
            fail(key, "bad-shape", shape=str(arrays[key].shape), expected=str(expected[pname]))
    return n_in, n_out, n_tokens


def _metadata(arrays: dict, tokenizer: str | None, fail) -> dict:
    """The file's metadata (a JSON object), its tokenizer overridden by ``tokenizer``."""
    metadata: dict = {}
    if "metadata" in arrays:
        m = arrays["metadata"]
        try:
            metadata = json.loads(str(m)) if m.shape == () and m.dtype.kind == "U" else None
        except (ValueError, RecursionError):
            metadata = None
        if not isinstance(metadata, dict):
            fail("metadata", "not-json-object")
    if tokenizer is not None:
        if tokenizer not in TOKENIZERS:
            raise ValueError(f"tokenizer must be one of {TOKENIZERS}, not {tokenizer!r}")
        metadata["tokenizer"] = tokenizer
    if metadata.get("tokenizer", "words") not in TOKENIZERS:
        fail("metadata.tokenizer", "must-be-one-of", allowed=", ".join(TOKENIZERS))
    return metadata


def _words(arrays: dict, vocab: list[str] | None, chars: bool, fail) -> list[str]:
    """The vocabulary: the file's (which must agree with ``vocab`` if both are given) or
    ``vocab``; distinct tokens, none empty, with spaces only in a character model's."""
    if "vocab" in arrays:
        v = arrays["vocab"]
        if v.ndim != 1 or v.dtype.kind != "U":
            fail("vocab", "vocab-not-words")
        words = [str(w) for w in v]
        if vocab is not None and list(vocab) != words:
            fail("vocab", "vocab-disagrees", difference=_disagreement(words, list(vocab)))
    elif vocab is not None:
        words = list(vocab)
    else:
        fail("vocab", "vocab-missing")
    blanks = [w for w in words if isinstance(w, str) and w and not w.strip()]
    if blanks and not chars and all(isinstance(w, str) and w and (w == w.strip() or not w.strip()) for w in words):
        fail("vocab", "vocab-whitespace", tokens=", ".join(map(repr, blanks[:3])))
    empty = [k for k, w in enumerate(words) if w == ""]
    if empty:
        fail("vocab", "vocab-empty-token", number=empty[0] + 1)
    if any(not isinstance(w, str) or (not chars and w != w.strip()) for w in words):
        fail("vocab", "vocab-spaces")
    if len(set(words)) != len(words):
        twice = next(w for k, w in enumerate(words) if w in words[:k])
        fail("vocab", "vocab-duplicate", word=repr(twice))
    return words


def _disagreement(own: list[str], given: list[str]) -> Message:
    """The first difference between a file's own vocabulary and the one given for it."""
    if len(own) != len(given):
        return Message("vocab-count-differs", own=len(own), given=len(given))
    k = next(k for k, (a, b) in enumerate(zip(own, given)) if a != b)
    return Message("vocab-token-differs", number=k + 1, own=repr(own[k]), given=repr(given[k]))


def _nonlinearity(arrays, metadata: dict, kind: str, ours: bool, given: str | None, fail) -> str:
    """A plain RNN's squashing: what the file says (our ``nonlinearity`` field, or a
    ``nonlinearity`` entry in its metadata), else ``given``; a bare torch state dict
    cannot tell tanh from relu, so without either it is refused, never guessed."""
    if given is not None and given not in NONLINEARITIES:
        raise ValueError(f"nonlinearity must be one of {NONLINEARITIES}, not {given!r}")
    said, where = None, None
    if ours and "nonlinearity" in arrays:
        a = arrays["nonlinearity"]
        said, where = (str(a) if a.shape == () and a.dtype.kind == "U" else repr(a)), "nonlinearity"
    elif "nonlinearity" in metadata:
        said, where = metadata["nonlinearity"], "metadata.nonlinearity"
    elif ours:
        said = "tanh"                    # our files before the field: the RNN was always tanh
    if said is not None and said not in NONLINEARITIES:
        fail(where, "must-be-one-of-not", allowed=", ".join(NONLINEARITIES), value=repr(said))
    if len(spec_of(kind).nonlinearities) == 1:
        if given not in (None, "tanh") or said not in (None, "tanh"):
            fail(where or "nonlinearity", "relu-only-rnn", kind=kind.upper())
        return "tanh"
    if said is not None and given is not None and said != given:
        fail(where or "nonlinearity", "nonlinearity-disagrees", said=said, given=given)
    if said is None and given is None:
        fail("nonlinearity", "nonlinearity-unknown")
    return said or given
