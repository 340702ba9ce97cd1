"""The session: the network being looked at, its text, step and clamps; the one place
that calls the model.

The session keeps its own working copy of everything a user can change and the
untouched original for "Reset". Only its intent methods change that copy, every change
a user makes is a command on its one ``QUndoStack`` (so Ctrl+Z works everywhere and the
stack's clean state is "saved"), and views get read-only arrays. Nothing here draws;
tests drive it without a window.
"""
from __future__ import annotations


import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..model import Network, Trace, forward
from ..model.network import layer_name
from ..model.cells import SINGLE_PATH, CellSpec, spec_of
from ..model.clamps import no_clamps
from ..scenarios import Preset, Token, UnknownWordError, load_preset
from .commands import ClampsCommand, TextCommand, WeightsCommand
from .messages import describe

#: Weights are finite and at most this large in magnitude (the editor says so).
MAX_WEIGHT = 1000.0


def path_params(path: str, layer: int = 0, spec: CellSpec | None = None) -> tuple[tuple[str, ...], str | None]:
    """The blocks that feed a path and its gate key: 'g', 'i', 'f', 'o' (a GRU: 'n', 'r',
    'z') → W, U, b of that path (of ``layer``, in a stacked net; the GRU's 'n' also its
    b_hn); 'rnn' → W, U, b of the single path; 'readout' → W_out, b_out; 'embedding' →
    the embedding table E."""
    if path == "readout":
        return ("W_out", "b_out"), None
    if path == "embedding":
        return ("E",), None
    extra = tuple(p for owner, p in (spec.path_extra if spec else ()) if owner == path)
    return tuple(layer_name(p, layer) for p in ("W", "U", "b") + extra), (None if path == SINGLE_PATH else path)


def _frozen(a: np.ndarray) -> np.ndarray:
    """A read-only snapshot: a copy, so what a view holds never changes under it when the
    session edits its network in place."""
    copy = np.array(a)
    copy.flags.writeable = False
    return copy


class Session(QObject):
    #: A different network (preset or file) is loaded: views rebuild their layout.
    networkChanged = Signal()
    #: A new trace is available (text, weights or clamps changed).
    traceChanged = Signal()
    #: The current step moved (0-based).
    stepChanged = Signal(int)
    #: The text could not be traced: message, start and end of the bad word. The last good trace stays.
    textRejected = Signal(str, int, int)
    #: The text was traced fine (clears any earlier error).
    textAccepted = Signal()
    playingChanged = Signal(bool)
    #: Weights changed (an edit, undo, reset …): the editor refreshes its values.
    weightsChanged = Signal()
    clampsChanged = Signal()
    #: Another layer of a stacked net is on show (0-based).
    layerChanged = Signal(int)
    #: The file the session was opened from or saved to ('' for none).
    fileChanged = Signal(str)

    #: Milliseconds per step at speed 1×.
    BASE_INTERVAL = 900

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._original: Preset | None = None
        self._net: Network | None = None
        self._clamps: list[dict[str, np.ndarray]] = []      # one gate → values dict per layer
        self._layer = 0                                       # the layer the views show
        self._text = ""
        self._other_spelling = False            # the text's words in their other spelling (道格 …)
        self._tokens: list[Token] = []
        self._trace: Trace | None = None
        self._traced_net: Network | None = None     # the network object _trace was made with
        self._step = 0
        self._error: str | None = None
        self._speed = 1.0
        self._file_path = ""
        self._checked: tuple[str, list[Token]] = ("", [])   # the last text checked, and its tokens
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._advance)

    # -- what the views read (read-only) --------------------------------------------
    @property
    def original(self) -> Preset | None:
        """The preset or file as opened: titles, notes and the weights "Reset" goes back to."""
        return self._original

    @property
    def kind(self) -> str:
        return self._net.kind

    @property
    def spec(self) -> CellSpec:
        """What this kind of cell has: paths, gates, a memory, what goes round the loop."""
        return self._net.spec

    @property
    def nonlinearity(self) -> str:
        """The plain RNN's squashing, 'tanh' or 'relu' (the other cells: 'tanh')."""
        return self._net.nonlinearity

    @property
    def title(self) -> str:
        return self._original.title

    @property
    def units(self) -> list[str]:
        """The names of the units of the layer on show."""
        return self.layer_units(self._layer)

    def layer_units(self, k: int) -> list[str]:
        """Layer ``k``'s unit names: the preset's, or u0, u1 … for a layer of another size
        (a stack whose layers differ in size)."""
        return self._original.layer_units(k)

    @property
    def vocab(self):
        return self._original.vocab

    @property
    def words(self) -> list[str]:
        return list(self._original.vocab.words)

    @property
    def text(self) -> str:
        """The last text that traced (a rejected edit never lands here)."""
        return self._text

    @property
    def token_texts(self) -> list[str]:
        return [t.text for t in self._tokens]

    def token_labels(self, shown: list[str] | None = None) -> list[str]:
        """The tokens as chips show them (``shown``: their names, e.g. in another language):
        a character model's spaces made visible, an unknown word as typed → <unk>."""
        shown = self.token_texts if shown is None else shown
        vocab = self._original.vocab
        return [vocab.label(t, name if vocab.tokenizer != "chars" else t.text)
                for t, name in zip(self._tokens, shown)]

    @property
    def trace(self) -> Trace | None:
        """The trace of the layer on show (every layer's logits and probs are the net's)."""
        return None if self._trace is None else self._trace.layers[self._layer]

    @property
    def full_trace(self) -> Trace | None:
        """The top layer's trace, which carries every layer (``.layers``)."""
        return self._trace

    @property
    def layer(self) -> int:
        """The layer on show, 0 = the one that reads the input."""
        return self._layer

    @property
    def num_layers(self) -> int:
        return self._net.num_layers

    @property
    def has_embedding(self) -> bool:
        return self._net.has_embedding

    def input_names(self) -> list[str]:
        """Names of what the layer on show reads: the words (one-hot), the embedding's
        values e0, e1, … or, above the first layer, the layer below's units."""
        if self._layer > 0:
            return self.layer_units(self._layer - 1)
        if self._net.has_embedding:
            return [f"e{k}" for k in range(self._net.input_size)]
        return self.words

    def set_layer(self, layer: int) -> None:
        """Show another layer of a stacked net: every view follows, the step stays."""
        if not 0 <= layer < self.num_layers:
            raise ValueError(f"layer {layer + 1} is outside 1..{self.num_layers}")
        if layer == self._layer:
            return
        self._layer = layer
        self.layerChanged.emit(layer)
        self.clampsChanged.emit()
        self.traceChanged.emit()
        self.stepChanged.emit(self._step)

    @property
    def step(self) -> int:
        return self._step

    @property
    def error(self) -> str | None:
        return self._error

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def hidden_size(self) -> int:
        """Units in the layer on show (a stack's layers may differ in size)."""
        return self._net.layer_size(self._layer)

    def network(self) -> Network:
        """A copy of the working network (for saving, exporting, training)."""
        return self._net.copy()

    def other_names(self) -> dict[str, str]:
        """The vocabulary's other spelling of each word, if it has one (the book's
        Doug → 道格): views may label words and units with it."""
        names: dict[str, str] = {}
        for alias, word in self._original.vocab.aliases.items():
            names.setdefault(word, alias)
        return names

    def clamps(self) -> dict[str, np.ndarray]:
        """Gate → read-only array of clamp values per unit (NaN = free)."""
        return {g: _frozen(v) for g, v in self._clamps[self._layer].items()} if self._clamps else {}

    def all_clamps(self):
        """The clamps as the model takes them: one dict, or a list per layer when stacked."""
        if not self._net.spec.gates:
            return None
        copies = [{g: v.copy() for g, v in c.items()} for c in self._clamps]
        return copies[0] if len(copies) == 1 else copies

    def step_values(self, t: int | None = None) -> dict[str, np.ndarray]:
        return self.trace.step(self._step if t is None else t)

    def memory_sources(self, t: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """What each step so far wrote into the memory at step ``t`` (LSTM only):
        (steps × units contributions, initial-memory term); see ``model.provenance``."""
        from ..model.provenance import memory_from
        return memory_from(self.trace, self._step if t is None else t)

    def block(self, param: str, gate: str | None = None) -> np.ndarray:
        """One weight block, read-only: W/U/b of a path, or the readout W_out/b_out."""
        return _frozen(self._net.block(param, gate))

    def note(self, param: str, gate: str | None) -> str:
        return self._original.notes.get((param, gate), "")

    def path_blocks(self, path: str) -> list[tuple[str, str, np.ndarray]]:
        """(parameter, note, read-only values) for the blocks feeding one path: 'g', 'i',
        'f', 'o' or 'rnn' give W (new information), U (previous prediction) and b;
        'readout' gives W_out and b_out."""
        params, gate = path_params(path, self._layer, self._net.spec)
        return [(p, self.note(p, gate), self.block(p, gate)) for p in params]

    def paths(self) -> list[str]:
        return (list(self._net.spec.shown_paths) + ["readout"]
                + (["embedding"] if self._net.has_embedding else []))

    @property
    def file_path(self) -> str:
        return self._file_path

    def set_file_path(self, path: str) -> None:
        self._file_path = str(path)
        self.fileChanged.emit(self._file_path)

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    # -- opening -------------------------------------------------------------------
    def open_preset(self, name: str) -> None:
        self.open(load_preset(name))

    def open(self, preset: Preset, text: str | None = None, step: int | None = None) -> None:
        """Start a session on ``preset``: a working copy of its weights and clamps, its
        own text and key step unless given, and an empty undo history.

        If that text cannot be traced with this vocabulary, the session opens on the
        vocabulary's first word instead, so there is always a trace to show.
        """
        own = text is None                      # the preset's own text (a saved one stays as it was written)
        text = preset.text if own else text
        try:
            usable = bool(preset.vocab.tokens(text))
        except UnknownWordError:
            usable = False
        text = text if usable else preset.vocab.words[0]
        text = preset.vocab.respell(text, self._other_spelling) if own or not usable else text
        self.pause()
        self._original = preset
        self._net = preset.net.copy()
        L = self._net.num_layers
        given = preset.clamps or {}
        given = list(given) if isinstance(given, (list, tuple)) and len(given) == L else [given] * (L == 1)
        given += [{}] * (L - len(given))
        gates = self._net.spec.gates
        self._clamps = [{g: np.array((layer or {}).get(g, no_clamps(self._net.layer_size(k), gates)[g]),
                                     dtype=np.float64)
                         for g in gates} for k, layer in enumerate(given)] if gates else []
        self._layer = 0
        self._text, self._tokens, self._error = text, preset.vocab.tokens(text), None
        self._step = preset.start_step if step is None else step
        self.undo_stack.clear()
        self._file_path = ""
        self._checked = ("", [])
        self._retrace(emit=False)
        self.networkChanged.emit()
        self.traceChanged.emit()
        self.stepChanged.emit(self._step)
        self.textAccepted.emit()
        self.undo_stack.setClean()
        self.fileChanged.emit("")

    # -- text and steps -----------------------------------------------------------------
    def check_text(self, text: str) -> list[Token]:
        """The tokens of ``text``; raises UnknownWordError or ValueError with a short message."""
        last = self._checked if self._checked[0] else (self._text, self._tokens)
        tokens = self._original.vocab.tokens(text, last)         # the words it shares are split once
        if not tokens:
            raise ValueError(self.tr("Type at least one word."))
        return tokens

    def spelled(self, text: str) -> str:
        """``text`` in the spelling the session writes its words in (see set_spelling)."""
        return self._original.vocab.respell(text, self._other_spelling) if self._original else text

    def set_spelling(self, other: bool) -> None:
        """Write the words of the text in their other spelling (the book's 道格, 珍 … where
        the views show those names) or in the vocabulary's own, now and for every text
        that does not come from the keyboard (a preset's, a lesson's, sampled words); what
        the user types stays as typed. A spelling is not an edit: tokens, trace and undo
        history stay as they are."""
        if other == self._other_spelling:
            return
        self._other_spelling = other
        text = self.spelled(self._text)
        if text != self._text:
            self._text, self._tokens = text, self._original.vocab.tokens(text)

    def set_text(self, text: str, typing: bool = True, label: str | None = None) -> bool:
        """Trace new text (one undo step per burst of typing). On an unknown word, keep
        the last good trace and text, and say which word and what it might have been.
        A text not typed (``typing`` False) is written in the session's spelling."""
        if not typing:
            text = self.spelled(text)
        if text == self._text:
            self._error = None
            self.textAccepted.emit()
            return True
        try:
            self._checked = (text, self.check_text(text))       # tokenised once per keystroke
        except UnknownWordError as exc:
            self._error = self.unknown_word_message(exc.word)
            self.textRejected.emit(self._error, exc.start, exc.end)
            return False
        except ValueError as exc:
            self._error = describe(exc)
            self.textRejected.emit(self._error, 0, len(text))
            return False
        self.undo_stack.push(TextCommand(self, self._text, text, self._step, typing, label))
        return True

    def continue_text(self, words: int, temperature: float = 1.0, seed: int = 0) -> str:
        """Sample ``words`` more tokens after the current text (one undo step) and return
        what was added; the views then step through it like any typed text."""
        from ..model import generate
        if not 1 <= words <= 500:
            raise ValueError(self.tr("generate between 1 and 500 words"))
        if not (np.isfinite(temperature) and temperature >= 0):
            raise ValueError(self.tr("temperature must be a number ≥ 0"))
        vocab, names = self._original.vocab, self.token_texts
        ids = generate(self._net, vocab.inputs(names), words, seed=seed, temperature=temperature,
                       clamps=self.all_clamps())
        added = [vocab.words[k] for k in ids]
        self.set_text(vocab.detokenize(names + added), typing=False,
                      label=self.tr("Sample {0} words").format(words))
        return vocab.detokenize(added)

    def unknown_word_message(self, word: str) -> str:
        import difflib                         # only for a misspelt word: the window starts sooner
        close = difflib.get_close_matches(word.lower(), [w.lower() for w in self.words], n=3, cutoff=0.5)
        by_lower = {w.lower(): w for w in self.words}
        if close:
            return self.tr('Unknown word "{0}"; nearest known words: {1}').format(
                word, ", ".join(by_lower[c] for c in close))
        return self.tr('Unknown word "{0}"; it is not in this network\'s {1}-word vocabulary').format(
            word, len(self.words))

    def _apply_text(self, text: str, step: int | None = None) -> None:
        checked_text, checked_tokens = self._checked
        tokens = checked_tokens if checked_text == text else self._original.vocab.tokens(text)
        self._text, self._tokens, self._error = text, tokens, None
        if step is not None:
            self._step = step
        self._retrace(text_only=True)
        self.textAccepted.emit()

    def set_step(self, t: int) -> None:
        if not self._tokens:
            return
        t = int(np.clip(t, 0, len(self._tokens) - 1))
        if t != self._step:
            self._step = t
            self.stepChanged.emit(t)

    def step_by(self, delta: int) -> None:
        self.set_step(self._step + delta)

    def first(self) -> None:
        self.set_step(0)

    def last(self) -> None:
        self.set_step(len(self._tokens) - 1)

    # -- weights ---------------------------------------------------------------------------
    def check_weight(self, value) -> float:
        """The value as a weight, or ValueError saying why it cannot be one."""
        try:
            v = float(value)
        except (TypeError, ValueError):
            raise ValueError(self.tr("“{0}” is not a number").format(value)) from None
        if not np.isfinite(v):
            raise ValueError(self.tr("weights must be finite numbers"))
        if abs(v) > MAX_WEIGHT:
            raise ValueError(self.tr("|w| must be at most {0:g}").format(MAX_WEIGHT))
        return v

    def edit_weight(self, param: str, gate: str | None, row: int, col: int, value: float,
                    merge_id: int = 0) -> None:
        """Set one weight; edits sharing a positive ``merge_id`` (one drag) are one undo step."""
        v = self.check_weight(value)
        old = self._net.block(param, gate).copy()
        new = old.copy()
        new[(row, col) if new.ndim == 2 else row] = v
        self._push_blocks([(param, gate, old, new)],
                          self.tr("Edit {0}").format(self._block_name(param, gate)), merge_id)

    def set_block(self, param: str, gate: str | None, values, text: str) -> None:
        values = np.array(values, dtype=np.float64)
        old = self._net.block(param, gate).copy()
        if values.shape != old.shape:
            raise ValueError(f"block {param} has shape {old.shape}, not {values.shape}")
        if not np.isfinite(values).all() or np.abs(values).max(initial=0) > MAX_WEIGHT:
            raise ValueError(self.tr("weights must be finite and at most {0:g} in size").format(MAX_WEIGHT))
        self._push_blocks([(param, gate, old, values)], text)

    def zero_block(self, param: str, gate: str | None) -> None:
        self.set_block(param, gate, np.zeros_like(self._net.block(param, gate)),
                       self.tr("Zero {0}").format(self._block_name(param, gate)))

    def reset_path(self, path: str) -> None:
        """Back to the opened weights for one path (or the readout)."""
        params, gate = path_params(path, self._layer, self._net.spec)
        edits = [(p, gate, self._net.block(p, gate).copy(), self._original.net.block(p, gate).copy())
                 for p in params]
        self._push_blocks(edits, self.tr("Reset {0}").format(self.path_name(path)))

    def reset_all(self) -> None:
        self.set_network(self._original.net, self.tr("Reset all weights"))

    def randomize_path(self, path: str, seed: int) -> None:
        """PyTorch's initialisation (uniform ±1/√H), seeded, for one path's blocks."""
        rng = np.random.default_rng(seed)
        bound = 1.0 / np.sqrt(self.hidden_size)
        params, gate = path_params(path, self._layer, self._net.spec)
        edits = []
        for p in params:
            old = self._net.block(p, gate).copy()
            new = rng.standard_normal(old.shape) if p == "E" else rng.uniform(-bound, bound, size=old.shape)
            edits.append((p, gate, old, new))
        self._push_blocks(edits, self.tr("Randomize {0} (seed {1})").format(self.path_name(path), seed))

    def set_network(self, net: Network, text: str, before: dict | None = None) -> None:
        """Replace every weight at once as one undo step (reset, training); its undo gives
        back ``before`` (default: the weights now)."""
        if net.kind != self.kind or net.nonlinearity != self.nonlinearity or {k: v.shape for k, v in net.params.items()} != {
                k: v.shape for k, v in self._net.params.items()}:
            raise ValueError("the new weights have a different shape")
        before = self._net.params if before is None else before
        edits = [(p, None, np.array(before[p]), net.params[p].copy()) for p in self._net.params]
        self._push_blocks(edits, text)

    def show_weights(self, params: dict) -> None:
        """Show weights a training run has reached, without an undo step (the run's
        result becomes one step when it ends: ``set_network`` with ``before``)."""
        for k, v in params.items():
            self._net.params[k][...] = v
        self._retrace()
        self.weightsChanged.emit()

    def _push_blocks(self, edits, text: str, merge_id: int = 0) -> None:
        if all(np.array_equal(old, new) for _, _, old, new in edits) and merge_id == 0:
            return
        self.undo_stack.push(WeightsCommand(self, edits, text, merge_id))

    def _apply_blocks(self, blocks) -> None:
        for param, gate, values in blocks:
            self._net.block(param, gate)[...] = values
        self._retrace()
        self.weightsChanged.emit()

    def path_name(self, path: str) -> str:
        """The path's name in the current language (for undo texts), with its layer when
        the net is stacked."""
        from ..glossary import WIRE_NAMES
        if path == "readout":
            return self.tr("readout")
        if path == "embedding":
            return self.tr("embedding")
        name = (QCoreApplication.translate("glossary", WIRE_NAMES[path]) if path in WIRE_NAMES
                else QCoreApplication.translate("glossary", "prediction · relu") if self.nonlinearity == "relu"
                else QCoreApplication.translate("glossary", "prediction · tanh"))
        return name if self.num_layers == 1 else self.tr("{0} (layer {1})").format(name, self._layer + 1)

    def _block_name(self, param: str, gate: str | None) -> str:
        return f"{param} · {self.path_name(gate)}" if gate else param

    # -- clamps ----------------------------------------------------------------------------
    def set_clamp(self, gate: str, unit: int | None, value: float | None) -> None:
        """Clamp one unit (or, with ``unit`` None, the whole gate) open, closed or at a
        value in [0, 1]; ``value`` None frees it. One undo step."""
        gates = self._net.spec.gates
        if not gates:
            raise ValueError(self.tr("a plain RNN has no gates to clamp"))
        if gate not in gates:
            raise ValueError(self.tr("cannot clamp {0}: only {1} are gates").format(repr(gate), ", ".join(gates)))
        if value is not None and not (np.isfinite(value) and 0.0 <= value <= 1.0):
            raise ValueError(self.tr("a clamp must be between 0 and 1"))
        old = [{g: v.copy() for g, v in c.items()} for c in self._clamps]
        new = [{g: v.copy() for g, v in c.items()} for c in self._clamps]
        new[self._layer][gate][slice(None) if unit is None else unit] = np.nan if value is None else value
        if all(np.array_equal(o[g], n[g], equal_nan=True) for o, n in zip(old, new) for g in o):
            return
        who = self.path_name(gate) + ("" if unit is None else f" [{self.units[unit]}]")
        what = self.tr("free") if value is None else f"{value:g}"
        self.undo_stack.push(ClampsCommand(self, old, new, self.tr("Clamp {0} → {1}").format(who, what)))

    def free_clamps(self) -> None:
        """Free every gate of every unit in every layer: one undo step (none if nothing is held)."""
        old = [{g: v.copy() for g, v in c.items()} for c in self._clamps]
        new = [{g: np.full_like(v, np.nan) for g, v in c.items()} for c in self._clamps]
        if all(np.isnan(v).all() for c in old for v in c.values()):
            return
        self.undo_stack.push(ClampsCommand(self, old, new, self.tr("Free all gate clamps")))

    def _apply_clamps(self, clamps: list) -> None:
        self._clamps = [{g: v.copy() for g, v in c.items()} for c in clamps]
        self._retrace()
        self.clampsChanged.emit()

    # -- tracing ---------------------------------------------------------------------------
    def _retrace(self, emit: bool = True, text_only: bool = False) -> None:
        """Trace the text again. ``text_only``: only the text changed since the last trace
        (same network object, same weights), so the steps it shares with the old text are
        taken from the old trace — the same numbers, bit for bit, without recomputing a
        long text on every keystroke."""
        names = self.token_texts
        clamps = self.all_clamps()
        reuse = self._trace if text_only and self._traced_net is self._net else None
        self._trace = forward(self._net, self._original.vocab.inputs(names), tokens=names, clamps=clamps,
                              reuse=reuse, lazy_readout=True)     # a step's probabilities when shown
        self._traced_net = self._net
        self._step = max(0, min(self._step, len(names) - 1))
        if emit:
            self.traceChanged.emit()
            self.stepChanged.emit(self._step)

    # -- playback ------------------------------------------------------------------------------
    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def set_speed(self, speed: float) -> None:
        self._speed = max(float(speed), 0.1)
        self._timer.setInterval(int(self.BASE_INTERVAL / self._speed))

    def play(self) -> None:
        if self.playing or not self._tokens:
            return
        if self._step >= len(self._tokens) - 1:
            self.set_step(0)           # playing from the end starts over
        self._timer.start(int(self.BASE_INTERVAL / self._speed))
        self.playingChanged.emit(True)

    def pause(self) -> None:
        if self.playing:
            self._timer.stop()
            self.playingChanged.emit(False)

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def _advance(self) -> None:
        if self._step >= len(self._tokens) - 1:
            self.pause()
        else:
            self.set_step(self._step + 1)


__all__ = ["Session", "MAX_WEIGHT", "path_params", "spec_of", "CellSpec"]
