"""Hand-set networks from the lesson, read from readable JSON in ``resources/presets``.

Each file lists every weight block with a one-line note on its role; this module only
assembles the blocks into a :class:`Network`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..model import ModelFileError, Network, SavedModel
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


def load_preset(name: str) -> Preset:
    if name not in PRESET_NAMES:
        raise KeyError(f"unknown preset {name!r}; presets are: {', '.join(PRESET_NAMES)}")
    spec = json.loads(resource("presets", f"{name}.json").read_text(encoding="utf-8"))
    vocab = Vocabulary(spec["vocab"], blank=spec.get("blank"))
    H, V = len(spec["units"]), len(vocab)
    net = Network.zeros(spec["cell"], V, H, V)
    notes = {}
    for block in spec["blocks"]:
        target = net.block(block["param"], block["path"])
        target[...] = np.asarray(block["values"], dtype=np.float64)
        notes[(block["param"], block["path"])] = block["note"]
    return Preset(name, spec["title"], spec["summary"], net, vocab, list(spec["units"]),
                  spec["text"], spec["start_step"], spec.get("about", []), notes)


def from_saved(saved: SavedModel, path: str) -> Preset:
    """Wrap a loaded model file so it opens like a preset (units and text from its metadata).

    Raises :class:`ModelFileError` if the vocabulary holds words nobody could type.
    """
    meta = saved.metadata
    blank = meta.get("blank") if isinstance(meta.get("blank"), str) else None
    try:
        vocab = Vocabulary(saved.vocab, blank=blank)
    except ValueError as exc:
        raise ModelFileError(f"{path}: field 'vocab': {exc}") from None
    name = Path(path).stem
    H = saved.net.hidden_size
    units = meta.get("units")
    if not (isinstance(units, list) and len(units) == H and all(isinstance(u, str) for u in units)):
        units = [f"u{k}" for k in range(H)]
    text = meta.get("text") if isinstance(meta.get("text"), str) else " ".join(vocab.words[:3])
    title = meta.get("title") if isinstance(meta.get("title"), str) else name
    summary = meta.get("summary") if isinstance(meta.get("summary"), str) else f"A saved model ({path})."
    return Preset(name, title, summary, saved.net,
                  vocab, units, text, 0, [])
