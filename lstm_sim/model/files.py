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
from .errors import NOTES, FileProblem
from .loaders import read_npz, read_safetensors, read_torch, sniff
from .layouts import normalize
from .parts import canonical, find_parts
from .torch_layout import from_torch_state_dict, layer_count, optional_names, to_torch_state_dict, torch_names

FORMAT_VERSION = 1
#: How text is split into tokens; a file says which in its metadata ("tokenizer").
TOKENIZERS = ("words", "chars")


class ModelFileError(ValueError):
    """A model file could not be read; the message names the file and the field.

    ``field`` is the field at fault (if one is); ``code`` says which problem it is where a
    caller can offer the fix, so nobody matches on the English message: "vocab-missing"
    (choose a vocabulary file), "vocab-whitespace" (a character model's tokens: ask how the
    text is split), "nonlinearity-unknown" (a plain RNN: ask tanh or relu); ``part`` and
    ``choices`` are set where two readings fit (see :class:`FileProblem`)."""

    def __init__(self, message: str, field: str | None = None, part: str | None = None, choices=(),
                 code: str | None = None):
        super().__init__(message)
        self.field, self.part, self.choices, self.code = field, part, tuple(choices), code


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

    def fail(field_name: str, problem: str, code: str | None = None):
        raise ModelFileError(f"{name}: field '{original.get(field_name, field_name)}': {problem}", field_name,
                             code=code)

    original: dict[str, str] = {}
    if not Path(path).is_file():
        raise ModelFileError(f"{name}: no such file")
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
            raise FileProblem("not a model file: neither .npz (a zip archive), .safetensors nor a "
                              "torch.save file")
    except FileProblem as exc:
        raise ModelFileError(f"{name}: {exc}") from None
    except OSError as exc:
        raise ModelFileError(f"{name}: cannot read ({exc.strerror or exc})") from None

    notes: list[str] = list(arrays.pop(NOTES, []))     # how the reader found the weights
    ours = "format_version" in arrays
    unsupported = unsupported_network(arrays, ours)
    if unsupported:
        fail(*unsupported)
    if ours:
        version = arrays["format_version"]
        if version.shape != () or version.dtype.kind not in "iu" or int(version) != FORMAT_VERSION:
            fail("format_version", f"unknown version {version!r}; this program reads version {FORMAT_VERSION}")
        cell = arrays.get("cell")
        if cell is None or cell.shape != () or cell.dtype.kind != "U" or str(cell) not in CELL_KINDS:
            fail("cell", f"must be one of {', '.join(CELL_KINDS)}")
        kind = str(cell)
    else:
        model_arrays = {k: v for k, v in arrays.items() if k not in ("vocab", "metadata")}
        try:
            model_arrays, read_as, layout_notes = normalize(model_arrays, (parts or {}).get("cell"))
            notes += layout_notes
            kind, cell_prefix, readout_prefix, embedding_prefix = find_parts(model_arrays, parts)
        except FileProblem as exc:
            raise ModelFileError(f"{name}: {exc}", part=exc.part, choices=exc.choices) from None
        renamed, original = canonical(model_arrays, kind, cell_prefix, readout_prefix, embedding_prefix)
        original = {k: read_as.get(v, v) for k, v in original.items()}
        arrays = {**renamed, **{k: arrays[k] for k in ("vocab", "metadata") if k in arrays}}

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
            fail(missing, f"missing, but '{original.get(present, present)}' is there "
                          "(a cell has both biases or neither)")
    w_ih = arrays[f"{kind}.weight_ih_l0"]
    # Every array must be one we use: an ignored array would mean a different network.
    used = set(names) | {"vocab", "metadata"} | ({"format_version", "cell", "nonlinearity"} if ours else set())
    shape = f"{layers}-layer" if layers > 1 else "one-layer"
    width = w_ih.shape[1] if w_ih.ndim == 2 else None
    words = arrays["readout.weight"].shape[0] if arrays["readout.weight"].ndim == 2 else None
    for key in sorted(arrays, key=lambda k: original.get(k, k)):
        if key not in used:
            a = arrays[key]
            table = (not embedded and a.ndim == 2 and a.shape[1] == width and a.shape[0] != words
                     and key.endswith("weight"))
            fail(key, f"not part of a {shape} {kind.upper()} with a readout"
                      f"{' and an embedding' if embedded else ''}"
                      + (f" (as wide as the cell's input it could be an embedding, but it has {a.shape[0]} "
                         f"rows for {words} words)" if table else "")
                      + f"; {extra_module(arrays, key, original)}")
    for key in names:
        if key not in arrays:
            continue                                  # an absent bias is zero
        a = arrays[key]
        if a.dtype.kind not in "fiu":
            fail(key, f"must hold numbers, found dtype {a.dtype}")
        if not np.isfinite(a).all():
            fail(key, "contains NaN or infinite values")
    w_out = arrays["readout.weight"]
    table = arrays.get("embedding.weight")
    for key, a in ((f"{kind}.weight_ih_l0", w_ih), ("readout.weight", w_out), ("embedding.weight", table)):
        if a is not None and a.ndim != 2:
            fail(key, "must be a 2-D matrix")
    paths = Network.paths_for(kind)
    if w_ih.shape[0] % paths or w_ih.shape[0] == 0:
        fail(f"{kind}.weight_ih_l0", f"has {w_ih.shape[0]} rows; an {kind.upper()} needs a positive multiple of {paths}")
    H, n_in, n_out = w_ih.shape[0] // paths, w_ih.shape[1], w_out.shape[0]
    if n_in == 0 or n_out == 0:
        fail(f"{kind}.weight_ih_l0" if n_in == 0 else "readout.weight", "has no columns or rows: a model needs at least one word")
    n_tokens = table.shape[0] if embedded else None
    sizes = [H]                           # each layer's own size, read off its weight_ih rows
    for k in range(1, layers):
        w = arrays[f"{kind}.weight_ih_l{k}"]
        if w.ndim != 2 or w.shape[0] % paths or w.shape[0] == 0:
            fail(f"{kind}.weight_ih_l{k}", f"has shape {w.shape}; an {kind.upper()} layer needs a positive "
                                           f"multiple of {paths} rows")
        sizes.append(w.shape[0] // paths)
    expected = Network.expected_shapes(kind, n_in, sizes, n_out, layers, n_tokens)
    for key, pname in names.items():
        if key in arrays and arrays[key].shape != expected[pname]:
            fail(key, f"shape {arrays[key].shape}, expected {expected[pname]}")

    metadata: dict = {}
    if "metadata" in arrays:
        m = arrays["metadata"]
        try:
            metadata = json.loads(str(m)) if m.shape == () and m.dtype.kind == "U" else None
        except (ValueError, RecursionError):
            metadata = None
        if not isinstance(metadata, dict):
            fail("metadata", "must be a JSON object")
    if tokenizer is not None:
        if tokenizer not in TOKENIZERS:
            raise ValueError(f"tokenizer must be one of {TOKENIZERS}, not {tokenizer!r}")
        metadata["tokenizer"] = tokenizer
    chars = metadata.get("tokenizer", "words") == "chars"
    if metadata.get("tokenizer", "words") not in TOKENIZERS:
        fail("metadata.tokenizer", f"must be one of {', '.join(TOKENIZERS)}")

    if "vocab" in arrays:
        v = arrays["vocab"]
        if v.ndim != 1 or v.dtype.kind != "U":
            fail("vocab", "must be a 1-D array of words")
        words = [str(w) for w in v]
        if vocab is not None and list(vocab) != words:
            fail("vocab", _disagreement(words, list(vocab)))
    elif vocab is not None:
        words = list(vocab)
    else:
        fail("vocab", "missing: the file does not hold the vocabulary it was trained on; give it, in "
                      "the order of the model's rows: one token per line, or a JSON list (pytorch/examples' "
                      "word_language_model numbers words in the order they first appear in the corpus, "
                      "not sorted: json.dump(corpus.dictionary.idx2word, open('vocab.json', 'w')))",
             "vocab-missing")
    blanks = [w for w in words if isinstance(w, str) and w and not w.strip()]
    if blanks and not chars and all(isinstance(w, str) and w and (w == w.strip() or not w.strip()) for w in words):
        fail("vocab", f"has whitespace tokens ({', '.join(map(repr, blanks[:3]))}) as a character model's "
                      "vocabulary does; open it with the characters tokenizer (--tokens chars)", "vocab-whitespace")
    empty = [k for k, w in enumerate(words) if w == ""]
    if empty:
        fail("vocab", f"token {empty[0] + 1} is empty; a file with one token per line cannot hold a "
                      "newline token (a character model's '\\n'): give the vocabulary as a JSON list "
                      "instead (json.dump(tokens, open('vocab.json', 'w')))")
    if any(not isinstance(w, str) or (not chars and w != w.strip()) for w in words):
        fail("vocab", "words must be without surrounding spaces (a character model's tokens may be "
                      "spaces: open it with the characters tokenizer, --tokens chars)")
    if len(set(words)) != len(words):
        twice = next(w for k, w in enumerate(words) if w in words[:k])
        fail("vocab", f"words must be unique; {twice!r} is there twice")
    if len(words) != n_out:
        fail("vocab", f"has {len(words)} words but the readout has {n_out} outputs")
    if embedded and n_tokens != n_out:
        fail("embedding.weight", f"has {n_tokens} rows (tokens) but the vocabulary has {n_out} words")
    if not embedded and n_in != n_out:
        fail(f"{kind}.weight_ih_l0", f"takes {n_in} inputs but the vocabulary has {n_out} words")
    squash = _nonlinearity(arrays, metadata, kind, ours, nonlinearity, fail)
    if squash != "tanh":
        metadata["nonlinearity"] = squash
    return SavedModel(from_torch_state_dict(arrays, kind, squash), words, metadata, notes)


def _disagreement(own: list[str], given: list[str]) -> str:
    """Why a vocabulary given for a file that has its own is refused, with the first difference."""
    if len(own) != len(given):
        diff = f"it has {len(own)} tokens, the one given {len(given)}"
    else:
        k = next(k for k, (a, b) in enumerate(zip(own, given)) if a != b)
        diff = f"token {k + 1} is {own[k]!r} in the file, {given[k]!r} in the one given"
    return (f"the file has its own vocabulary and the one given disagrees ({diff}); leave the "
            "vocabulary out to use the file's, or fix the file")


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
        fail(where, f"must be one of {', '.join(NONLINEARITIES)}, not {said!r}")
    if len(spec_of(kind).nonlinearities) == 1:
        if given not in (None, "tanh") or said not in (None, "tanh"):
            fail(where or "nonlinearity", f"only a plain RNN can use relu; this is an {kind.upper()}")
        return "tanh"
    if said is not None and given is not None and said != given:
        fail(where or "nonlinearity", f"the file says {said}, but {given} was asked for; they disagree, "
                                      "so nothing is guessed")
    if said is None and given is None:
        fail("nonlinearity", "unknown: this is a plain nn.RNN, whose state dict is the same for "
                             "tanh and relu; say which it was built with (nn.RNN(..., nonlinearity=...); "
                             "--nonlinearity tanh|relu in the CLI)", "nonlinearity-unknown")
    return said or given
