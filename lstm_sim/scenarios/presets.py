"""Hand-set networks from the lesson, read from readable JSON in ``resources/presets``.

Each file lists every weight block with a one-line note on its role; this module only
assembles the blocks into a :class:`Network`. A saved session file opens the same way
(:func:`from_saved`), and :func:`preset_metadata` is what makes a session saveable.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..model import ModelFileError, Network, SavedModel
from ..model.clamps import any_clamped, clamps_to_json, validate_clamps
from ..model.network import GATES
from ..resources import resource
from .vocabulary import Vocabulary

PRESET_NAMES = ("walkthrough", "book-rnn", "dinner")


@dataclass
class Preset:
    name: str
    title: str
    summary: str
    net: Network
    vocab: Vocabulary
    units: list[str]
    text: str                  # the sentence the preset opens with
    start_step: int            # the step that shows the preset's key moment
    about: list[str] = field(default_factory=list)
    notes: dict[tuple[str, str | None], str] = field(default_factory=dict)
    clamps: dict[str, np.ndarray] = field(default_factory=dict)   # gate → per-unit values, NaN = free
    extra_metadata: dict = field(default_factory=dict)   # a file's other metadata, kept for saving


def load_preset(name: str) -> Preset:
    if name not in PRESET_NAMES:
        raise KeyError(f"unknown preset {name!r}; presets are: {', '.join(PRESET_NAMES)}")
    spec = json.loads(resource("presets", f"{name}.json").read_text(encoding="utf-8"))
    vocab = Vocabulary(spec["vocab"], blank=spec.get("blank"), aliases=spec.get("aliases"))
    H, V = len(spec["units"]), len(vocab)
    net = Network.zeros(spec["cell"], V, H, V)
    notes = {}
    for block in spec["blocks"]:
        target = net.block(block["param"], block["path"])
        target[...] = np.asarray(block["values"], dtype=np.float64)
        notes[(block["param"], block["path"])] = block["note"]
    return Preset(name, spec["title"], spec["summary"], net, vocab, list(spec["units"]),
                  spec["text"], spec["start_step"], spec.get("about", []), notes)


#: Metadata keys a session file gives meaning to; any others are carried along untouched.
SESSION_KEYS = ("title", "summary", "about", "units", "notes", "text", "step", "clamps", "blank")


def from_saved(saved: SavedModel, path: str) -> Preset:
    """Wrap a loaded model or session file so it opens like a preset.

    Everything a session file's metadata says (see :func:`preset_metadata`) is taken
    back; what is missing or malformed falls back to a plain default, except clamps:
    a clamp that cannot be applied would silently show a different cell, so it raises
    :class:`ModelFileError` naming ``metadata.clamps``, as does a vocabulary nobody
    could type.
    """
    meta = saved.metadata
    blank = _str(meta.get("blank"))
    tokenizer = _str(meta.get("tokenizer"), "words")
    try:
        vocab = Vocabulary(saved.vocab, blank=blank, tokenizer=tokenizer)
    except ValueError as exc:
        raise ModelFileError(f"{path}: field 'vocab': {exc}") from None
    name = Path(path).stem
    net = saved.net
    H = net.hidden_size
    units = meta.get("units")
    if not (isinstance(units, list) and len(units) == H and all(isinstance(u, str) for u in units)):
        units = [f"u{k}" for k in range(H)]
    text = _str(meta.get("text"), _sample_text(vocab))
    step = meta.get("step")
    step = step if isinstance(step, int) and not isinstance(step, bool) else 0
    about = meta.get("about")
    about = list(about) if isinstance(about, list) and all(isinstance(a, str) for a in about) else []
    clamps = _saved_clamps(meta.get("clamps"), net, path)
    extra = {k: v for k, v in meta.items() if k not in SESSION_KEYS}
    return Preset(name, _str(meta.get("title"), name), _str(meta.get("summary"), f"A saved model ({path})."),
                  net, vocab, list(units), text, step, about, _saved_notes(meta.get("notes"), net),
                  clamps, extra)


def preset_metadata(preset: Preset, text: str, step: int, clamps: dict | None) -> dict:
    """The metadata of a session file: the exact inverse of :func:`from_saved`.

    Written beside the preset's (possibly edited) weights, it brings back the title,
    units, notes, text, step and clamps the learner was looking at.
    """
    net = preset.net
    if net.kind == "lstm":
        clamps_json = clamps_to_json(validate_clamps(clamps, net.hidden_size))
    elif clamps and any_clamped(validate_clamps(clamps, net.hidden_size)):
        raise ValueError("a plain RNN has no gates to clamp")
    else:
        clamps_json = {}
    meta = dict(preset.extra_metadata)
    meta.update(title=preset.title, summary=preset.summary, about=list(preset.about),
                units=list(preset.units),
                notes=[{"param": param, "path": path, "note": note}
                       for (param, path), note in preset.notes.items()],
                text=str(text), step=int(step), clamps=clamps_json)
    if preset.vocab.blank is not None:
        meta["blank"] = preset.vocab.blank
    return meta


def _sample_text(vocab: Vocabulary) -> str:
    """Something to step through when the file brings no text: its first few tokens."""
    if vocab.tokenizer == "chars":
        return "".join(vocab.words[:8])
    return " ".join(vocab.words[:3])


def _str(value, default: str | None = None) -> str | None:
    return value if isinstance(value, str) else default


def _saved_notes(notes, net) -> dict[tuple[str, str | None], str]:
    """Notes on weight blocks that exist in this network; others cannot be shown and are dropped."""
    out: dict[tuple[str, str | None], str] = {}
    paths = GATES if net.kind == "lstm" else (None,)
    for entry in notes if isinstance(notes, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("note"), str):
            continue
        param, gate = entry.get("param"), entry.get("path")
        if (param in ("W_out", "b_out") and gate is None) or (param in ("W", "U", "b") and gate in paths):
            out[(param, gate)] = entry["note"]
    return out


def _saved_clamps(clamps, net, path) -> dict[str, np.ndarray]:
    """Validated clamps ({} when nothing is held), or ModelFileError naming ``metadata.clamps``."""
    if clamps is None:
        return {}
    try:
        full = validate_clamps(clamps, net.hidden_size)
        if any_clamped(full) and net.kind != "lstm":
            raise ValueError("a plain RNN has no gates to clamp")
    except ValueError as exc:
        raise ModelFileError(f"{path}: field 'metadata.clamps': {exc}") from None
    return full if any_clamped(full) else {}
