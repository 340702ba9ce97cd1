"""What a session holds and what the views read of it: the network being looked at, its
text, trace, step, clamps and file, each behind a read-only accessor (arrays come frozen).

``Session`` (``session.py``) adds the intents that change them; this base only holds and
tells, so a view handed a session can read everything and change nothing by accident.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..model import Network, Trace
from ..model.cells import CellSpec
from ..scenarios import Preset, Token
from . import session_text as text_of
from .playback import Playback
from .session_edits import copy_clamps, frozen as _frozen, path_params


class SessionState(QObject):
    """The session's state and its read-only accessors (the signals say what changed)."""
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
    BASE_INTERVAL = Playback.BASE_INTERVAL

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
        self._file_path = ""
        self._checked: tuple[str, list[Token]] = ("", [])   # the last text checked, and its tokens
        self._playback = Playback(lambda: self._step, lambda: len(self._tokens), self.set_step, self)
        self._playback.playingChanged.connect(self.playingChanged)

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
        return text_of.token_labels(self._original.vocab, self._tokens, shown)

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

    @property
    def step(self) -> int:
        return self._step

    @property
    def error(self) -> str | None:
        return self._error

    @property
    def speed(self) -> float:
        return self._playback.speed

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
        return text_of.other_names(self._original.vocab)

    def clamps(self) -> dict[str, np.ndarray]:
        """Gate → read-only array of clamp values per unit (NaN = free)."""
        return {g: _frozen(v) for g, v in self._clamps[self._layer].items()} if self._clamps else {}

    def all_clamps(self):
        """The clamps as the model takes them: one dict, or a list per layer when stacked."""
        if not self._net.spec.gates:
            return None
        copies = copy_clamps(self._clamps)
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
