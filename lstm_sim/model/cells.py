"""The cell kinds, each declared once: what its fused blocks hold, what can be clamped,
what a trace records, and how torch names it.

Everything in the model that differs between an LSTM, a plain RNN, a GRU and the
lesson's own RNN asks the cell's :class:`CellSpec` instead of comparing kind names.
Paths are stacked in the fused ``W``/``U``/``b`` blocks in torch's order (LSTM i, f, g,
o; GRU r, z, n); a one-path cell has the single path ``None``.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..glossary import QT_TRANSLATE_NOOP

# What each kind is called where a person reads it, (a trained net's title, the Training
# pane's choice) for tr() in lupdate contexts "Trainer" and "TrainingDock"; the specs
# below carry them as ``name`` and ``choice``.
_NAMES = {
    "lstm": (QT_TRANSLATE_NOOP("Trainer", "LSTM"), QT_TRANSLATE_NOOP("TrainingDock", "LSTM")),
    "gru": (QT_TRANSLATE_NOOP("Trainer", "GRU"), QT_TRANSLATE_NOOP("TrainingDock", "GRU")),
    "rnn": (QT_TRANSLATE_NOOP("Trainer", "RNN"), QT_TRANSLATE_NOOP("TrainingDock", "plain RNN")),
    "lesson-rnn": (QT_TRANSLATE_NOOP("Trainer", "Lesson's RNN"),
                   QT_TRANSLATE_NOOP("TrainingDock", "the lesson's RNN (feeds back its prediction)")),
}

#: How views name the single path of a one-path cell (a path name, not a cell kind).
SINGLE_PATH = "rnn"


@dataclass(frozen=True)
class CellSpec:
    kind: str
    #: Paths in the fused blocks, torch's order (``(None,)``: one unnamed path).
    paths: tuple
    #: Gates a clamp may hold (valves in 0…1), in block order.
    gates: tuple[str, ...]
    #: The public arrays of a trace, in the order the lesson meets them.
    trace_keys: tuple[str, ...]
    #: torch's module name for this cell (``lstm.weight_ih_l0``); None: ours alone.
    torch_name: str | None
    #: Extra per-layer parameters beside W, U, b (the GRU's b_hn inside r ⊙ (…)).
    extra: tuple[str, ...] = ()
    #: Whether the cell carries a memory c besides h.
    memory: bool = False
    #: What goes round the loop: "h", or the lesson RNN's previous prediction "p".
    recurrent: str = "h"
    #: The squashing functions its votes may use (torch's ``nonlinearity``), default first.
    nonlinearities: tuple[str, ...] = ("tanh",)
    #: Whether a stack of layers or an embedding in front can be read (the lesson RNN: no).
    stackable: bool = True
    #: The paths as views list them, votes first ("rnn": the one path of a plain RNN).
    shown_paths: tuple[str, ...] = (SINGLE_PATH,)
    #: Extra parameters that belong to a path (the GRU's b_hn feeds n).
    path_extra: tuple[tuple[str, str], ...] = ()
    #: Whether its hidden layer has one unit per word, whatever size is asked (the lesson RNN's votes).
    hidden_per_word: bool = False
    #: The clamp that switches one unit off, (gate, value); None: no gate can (an LSTM: o = 0
    #: silences h = o ⊙ tanh c; a GRU: z = 1 keeps h = z ⊙ h₋₁ + (1 − z) ⊙ n at its start, 0).
    off_clamp: tuple[str, float] | None = None
    #: Its name in a trained net's title (lupdate context "Trainer").
    name: str = ""
    #: How the Training pane offers it (lupdate context "TrainingDock").
    choice: str = ""

    @property
    def n_paths(self) -> int:
        return len(self.paths)

    def path_gate(self, path: str) -> str | None:
        """The block key of a shown path (None: the single path of a one-path cell)."""
        return path if path in self.paths else None

    def layout_key(self, nonlinearity: str = "tanh") -> str:
        """The key of this cell's drawing and formulas with ``nonlinearity``: the kind for
        its default squashing, else kind-nonlinearity ("rnn-relu")."""
        if nonlinearity == self.nonlinearities[0] or nonlinearity not in self.nonlinearities:
            return self.kind
        return f"{self.kind}-{nonlinearity}"

    @property
    def votes(self) -> tuple[str, ...]:
        """The named paths that are not gates (the LSTM's g, the GRU's n)."""
        return tuple(p for p in self.paths if p is not None and p not in self.gates)

    @property
    def unit_states(self) -> tuple[str, ...]:
        """The trace keys a unit can be coloured and ranked by: h, the memory c, gates, votes."""
        return ("h",) + ("c",) * self.memory + self.gates + self.votes


LSTM = CellSpec("lstm", ("i", "f", "g", "o"), ("i", "f", "o"),
                ("x", "h_prev", "c_prev", "z_i", "z_f", "z_g", "z_o", "i", "f", "g", "o", "c", "tanh_c",
                 "h", "logits", "probs"), "lstm", memory=True, shown_paths=("g", "i", "f", "o"),
                off_clamp=("o", 0.0), name=_NAMES["lstm"][0], choice=_NAMES["lstm"][1])
RNN = CellSpec("rnn", (None,), (), ("x", "h_prev", "z", "h", "logits", "probs"), "rnn",
               nonlinearities=("tanh", "relu"), name=_NAMES["rnn"][0], choice=_NAMES["rnn"][1])
#: PyTorch's nn.GRU: reset r, update z, new n = tanh(W_n x + b_n + r ⊙ (U_n h + b_hn)),
#: h = (1 − z) ⊙ n + z ⊙ h₋₁. ``hn`` is U_n h + b_hn, the part the reset gate scales.
GRU = CellSpec("gru", ("r", "z", "n"), ("r", "z"),
               ("x", "h_prev", "z_r", "z_z", "z_n", "hn", "r", "z", "n", "h", "logits", "probs"), "gru",
               extra=("b_hn",), shown_paths=("n", "r", "z"), path_extra=(("n", "b_hn"),),
               off_clamp=("z", 1.0), name=_NAMES["gru"][0], choice=_NAMES["gru"][1])
LESSON_RNN = CellSpec("lesson-rnn", (None,), (), ("x", "p_prev", "z", "h", "logits", "probs"), None,
                      recurrent="p", stackable=False, hidden_per_word=True,
                      name=_NAMES["lesson-rnn"][0], choice=_NAMES["lesson-rnn"][1])

#: In the order the window offers them.
SPECS = {spec.kind: spec for spec in (LSTM, GRU, RNN, LESSON_RNN)}
CELL_KINDS = tuple(SPECS)
#: Kinds torch has a module for, in the order a file's structure is tried.
TORCH_KINDS = tuple(spec.kind for spec in (LSTM, RNN, GRU) if spec.torch_name)


def spec_of(kind: str) -> CellSpec:
    try:
        return SPECS[kind]
    except KeyError:
        raise ValueError(f"cell kind must be one of {CELL_KINDS}, not {kind!r}") from None


def kind_by_rows(rows: int, hidden: int) -> str | None:
    """Which torch cell stacks ``rows`` = paths × hidden rows in weight_hh (None: none)."""
    for spec in SPECS.values():
        if spec.torch_name and rows == spec.n_paths * hidden:
            return spec.kind
    return None
