"""Hand-set networks from the lesson, read from readable JSON in ``resources/presets``.

Each file lists every weight block with a one-line note on its role; this module only
assembles the blocks into a :class:`Network`. A saved session file opens the same way
(:func:`from_saved`), and :func:`preset_metadata` is what makes a session saveable.

The texts a learner reads (title, summary, the About lines, the block notes) are English
in the file, with a ``translations`` object per language beside them (``"zh-TW"``: at the
top level for the title, summary and About lines, in each block for its note). The
preset keeps every language; the view asks for its own with :meth:`Preset.texts`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..model import ModelFileError, Network, SavedModel
from ..model.clamps import any_clamped, clamps_to_json, validate_clamps
from ..model.errors import InvalidValue
from ..resources import resource
from .vocabulary import Vocabulary

PRESET_NAMES = ("walkthrough", "book-rnn", "dinner")

Notes = dict[tuple[str, str | None], str]


@dataclass(frozen=True)
class PresetTexts:
    """What a preset says to the learner, in one language."""
    title: str
    summary: str
    about: list[str]
    notes: Notes


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
    clamps: dict | list = field(default_factory=dict)   # gate → per-unit values, NaN = free (a list per layer if stacked)
    extra_metadata: dict = field(default_factory=dict)   # a file's other metadata, kept for saving
    #: Language code → the texts in that language: {"title", "summary", "about", "notes"},
    #: each optional (what is missing stays English).
    translations: dict[str, dict] = field(default_factory=dict)

    def layer_units(self, k: int) -> list[str]:
        """Layer ``k``'s unit names: ``units``, or u0, u1 … for a layer of another size (a
        stack whose layers differ in size)."""
        size = self.net.layer_size(k)
        return list(self.units) if len(self.units) == size else [f"u{j}" for j in range(size)]

    def texts(self, language: str) -> PresetTexts:
        """Title, summary, About lines and block notes in ``language``; whatever the
        preset has no translation for is given in English."""
        t = self.translations.get(language, {})
        notes = dict(self.notes)
        notes.update({k: v for k, v in t.get("notes", {}).items() if k in notes})
        return PresetTexts(t.get("title", self.title), t.get("summary", self.summary),
                           list(t.get("about", self.about)), notes)


def load_preset(name: str) -> Preset:
    if name not in PRESET_NAMES:
        raise KeyError(f"unknown preset {name!r}; presets are: {', '.join(PRESET_NAMES)}")
    spec = json.loads(resource("presets", f"{name}.json").read_text(encoding="utf-8"))
    vocab = Vocabulary(spec["vocab"], blank=spec.get("blank"), aliases=spec.get("aliases"))
    H, V = len(spec["units"]), len(vocab)
    net = Network.zeros(spec["cell"], V, H, V)
    notes = {}
    translations = {lang: dict(texts) for lang, texts in spec.get("translations", {}).items()}
    for block in spec["blocks"]:
        key = (block["param"], block["path"])
        target = net.block(*key)
        target[...] = np.asarray(block["values"], dtype=np.float64)
        notes[key] = block["note"]
        for lang, texts in block.get("translations", {}).items():
            translations.setdefault(lang, {}).setdefault("notes", {})[key] = texts["note"]
    return Preset(name, spec["title"], spec["summary"], net, vocab, list(spec["units"]),
                  spec["text"], spec["start_step"], spec.get("about", []), notes,
                  translations=translations)


#: Metadata keys a session file gives meaning to; any others are carried along untouched.
SESSION_KEYS = ("title", "summary", "about", "units", "notes", "text", "step", "clamps", "blank",
                "aliases", "translations")


def from_saved(saved: SavedModel, path: str, sample_text: bool = True) -> Preset:
    """Wrap a loaded model or session file so it opens like a preset. A file without a
    text gets what the model writes (``sample_text``; the CLI, given its own, skips it).

    Everything a session file's metadata says (see :func:`preset_metadata`) is taken
    back; what is missing or malformed falls back to a plain default, except clamps:
    a clamp that cannot be applied would silently show a different cell, so it raises
    :class:`ModelFileError` naming ``metadata.clamps``, as does a vocabulary nobody
    could type.
    """
    meta = saved.metadata
    blank = _str(meta.get("blank"))
    tokenizer = _str(meta.get("tokenizer"), "words")
    aliases = _saved_aliases(meta.get("aliases"), saved.vocab, blank)
    try:
        vocab = Vocabulary(saved.vocab, blank=blank, tokenizer=tokenizer, aliases=aliases)
    except ValueError as exc:
        raise ModelFileError(getattr(exc, "message", str(exc)), str(path), "vocab") from None
    name = Path(path).stem
    net = saved.net
    H = net.layer_size(0)               # the first layer's (others are named u0, u1 … if they differ)
    units = meta.get("units")
    if not (isinstance(units, list) and len(units) == H and all(isinstance(u, str) for u in units)):
        units = [f"u{k}" for k in range(H)]
    text = _str(meta.get("text")) or (_sample_text(net, vocab) if sample_text else "")
    step = meta.get("step")
    step = step if isinstance(step, int) and not isinstance(step, bool) else 0
    about = meta.get("about")
    about = list(about) if isinstance(about, list) and all(isinstance(a, str) for a in about) else []
    clamps = _saved_clamps(meta.get("clamps"), net, path)
    extra = {k: v for k, v in meta.items() if k not in SESSION_KEYS}
    return Preset(name, _str(meta.get("title"), name), _str(meta.get("summary"), ""),
                  net, vocab, list(units), text, step, about, _saved_notes(meta.get("notes"), net),
                  clamps, extra, _saved_translations(meta.get("translations"), net))


def preset_metadata(preset: Preset, text: str, step: int, clamps: dict | None) -> dict:
    """The metadata of a session file: the exact inverse of :func:`from_saved`.

    Written beside the preset's (possibly edited) weights, it brings back the title,
    units, notes (with their translations), text, step and clamps the learner was
    looking at, and the vocabulary's other spellings (the book's 道格 for Doug), so the
    text typed with them still reads.
    """
    net = preset.net
    gates = net.spec.gates
    if gates and net.num_layers > 1:                    # a stacked net: one clamp set per layer
        layers = clamps if isinstance(clamps, (list, tuple)) else [clamps] + [None] * (net.num_layers - 1)
        clamps_json = [clamps_to_json(validate_clamps(c or {}, net.layer_size(k), gates))
                       for k, c in enumerate(layers)]
    elif gates:
        clamps_json = clamps_to_json(validate_clamps(clamps, net.layer_size(0), gates))
    elif clamps and any_clamped(clamps):
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
    if preset.vocab.aliases:
        meta["aliases"] = dict(preset.vocab.aliases)
    if preset.translations:
        meta["translations"] = {lang: _translation_json(t) for lang, t in preset.translations.items()}
    return meta


def _translation_json(texts: dict) -> dict:
    out = {k: (list(v) if k == "about" else v) for k, v in texts.items() if k in ("title", "summary", "about")}
    if texts.get("notes"):
        out["notes"] = [{"param": param, "path": path, "note": note}
                        for (param, path), note in texts["notes"].items()]
    return out


#: Tokens that end a sentence or a line: where a text the model writes can start.
_STARTS = (".", "<eos>", "</s>", "\n", "<s>", "<bos>")


def _sample_text(net: Network, vocab: Vocabulary) -> str:
    """Something to step through when the file brings no text: what the model itself
    writes (its most likely tokens, after a sentence end where the vocabulary has one),
    so the first steps show the model doing what it learned rather than an arbitrary list."""
    from ..model import generate
    start = next((w for w in _STARTS if w in vocab.words), None)
    prompt = [start] if start is not None else []
    try:
        ids = generate(net, vocab.inputs(prompt), 24 if vocab.tokenizer == "chars" else 8, temperature=0)
    except (ValueError, FloatingPointError):
        ids = list(range(min(3, len(vocab.words))))
    tokens = prompt + [vocab.words[k] for k in ids]
    return vocab.detokenize(tokens[1:] if start in ("<s>", "<bos>") else tokens).strip() or vocab.words[0]


def _str(value, default: str | None = None) -> str | None:
    return value if isinstance(value, str) else default


def _saved_notes(notes, net) -> dict[tuple[str, str | None], str]:
    """Notes on weight blocks that exist in this network; others cannot be shown and are dropped."""
    out: dict[tuple[str, str | None], str] = {}
    paths = net.spec.paths
    for entry in notes if isinstance(notes, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("note"), str):
            continue
        param, gate = entry.get("param"), entry.get("path")
        if (param in ("W_out", "b_out") and gate is None) or (param in ("W", "U", "b") and gate in paths):
            out[(param, gate)] = entry["note"]
    return out


def _saved_aliases(aliases, words, blank) -> dict[str, str]:
    """Other spellings of vocabulary words; an entry that could not be typed (empty,
    with spaces, standing for no word, or clashing with a word or the blank) is dropped."""
    if not isinstance(aliases, dict):
        return {}
    known = set(words)
    return {a: w for a, w in aliases.items()
            if isinstance(a, str) and isinstance(w, str) and a and a == "".join(a.split())
            and w in known and a not in known and a != blank}


def _saved_translations(translations, net) -> dict[str, dict]:
    """The texts of other languages, as :meth:`Preset.texts` reads them; malformed parts
    are dropped (English shows instead)."""
    out: dict[str, dict] = {}
    for lang, texts in (translations.items() if isinstance(translations, dict) else ()):
        if not (isinstance(lang, str) and isinstance(texts, dict)):
            continue
        kept = {k: texts[k] for k in ("title", "summary") if isinstance(texts.get(k), str)}
        about = texts.get("about")
        if isinstance(about, list) and all(isinstance(a, str) for a in about):
            kept["about"] = list(about)
        notes = _saved_notes(texts.get("notes"), net)
        if notes:
            kept["notes"] = notes
        if kept:
            out[lang] = kept
    return out


def _saved_clamps(clamps, net, path):
    """Validated clamps ({} when nothing is held; for a stacked LSTM a list with one set
    per layer), or ModelFileError naming ``metadata.clamps``."""
    if clamps is None:
        return {}
    if net.num_layers > 1 and isinstance(clamps, list):
        if len(clamps) != net.num_layers:
            raise ModelFileError("clamp-sets-count", str(path), "metadata.clamps", count=len(clamps),
                                 layers=net.num_layers)
        layers = [_layer_clamps(c, net, path, k) for k, c in enumerate(clamps)]
        return layers if any(layers) else {}
    if net.num_layers > 1 and clamps:
        raise ModelFileError("clamp-sets-list", str(path), "metadata.clamps", layers=net.num_layers)
    return _layer_clamps(clamps, net, path)


def _layer_clamps(clamps, net, path, layer: int = 0) -> dict:
    """Layer ``layer``'s clamps, validated ({} when nothing is held)."""
    if clamps is None:
        return {}
    try:
        if not net.spec.gates:
            if any_clamped(clamps):
                raise InvalidValue("rnn-no-gates")
            return {}
        full = validate_clamps(clamps, net.layer_size(layer), net.spec.gates)
    except ValueError as exc:
        raise ModelFileError(getattr(exc, "message", str(exc)), str(path), "metadata.clamps") from None
    return full if any_clamped(full) else {}
