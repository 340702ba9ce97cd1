"""The cells the simulator knows, as plain parameter holders.

Parameters are stored fused in PyTorch's layout so that moving weights to and from
``nn.LSTM`` is a copy, not a reshuffle: for the LSTM, ``W`` (4H×I), ``U`` (4H×H) and
``b`` (4H) stack the paths in the order i, f, g, o. A single bias stands for torch's
``bias_ih + bias_hh``. The readout ``W_out`` (V×H), ``b_out`` (V) turns the prediction
h into next-token logits.

``"lesson-rnn"`` is the lesson's own recurrent net (the dinner and the children's
book): its recurrent input is not a hidden state but its previous *prediction*, the
next-word probabilities p_{t−1} = softmax(logits_{t−1}). So ``U`` is H×V (V = the
readout's size), not H×H:  h_t = tanh(W x_t + U p_{t−1} + b),
logits_t = W_out h_t + b_out,  p_t = softmax(logits_t). Because it can only look
back through what it predicted, it makes the lesson's mistakes ("Doug saw Doug.").
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

CELL_KINDS = ("lstm", "rnn", "lesson-rnn")
#: Path order inside the fused LSTM blocks (PyTorch's order).
GATES = ("i", "f", "g", "o")
#: The lesson's words for each path, used by every view and file note.
PATH_NAMES = {
    "i": "ignoring",
    "f": "forgetting",
    "g": "prediction",
    "o": "selection",
}


@dataclass
class Network:
    """An LSTM, plain RNN or lesson RNN cell plus a linear readout, float64 throughout."""

    kind: str
    params: dict[str, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in CELL_KINDS:
            raise ValueError(f"cell kind must be one of {CELL_KINDS}, not {self.kind!r}")
        self.params = {k: np.array(v, dtype=np.float64) for k, v in self.params.items()}
        expected = self.expected_shapes(self.kind, self.input_size, self.hidden_size, self.output_size)
        for name, shape in expected.items():
            if name not in self.params:
                raise ValueError(f"missing parameter {name}")
            if self.params[name].shape != shape:
                raise ValueError(f"parameter {name} has shape {self.params[name].shape}, expected {shape}")

    @staticmethod
    def paths_for(kind: str) -> int:
        """How many paths share the fused weight blocks: four for the LSTM, one for the RNNs."""
        return 4 if kind == "lstm" else 1

    @property
    def n_paths(self) -> int:
        return self.paths_for(self.kind)

    @property
    def input_size(self) -> int:
        return self.params["W"].shape[1]

    @property
    def hidden_size(self) -> int:
        return self.params["W"].shape[0] // self.n_paths

    @property
    def output_size(self) -> int:
        return self.params["W_out"].shape[0]

    @property
    def state_size(self) -> int:
        """Length of what goes round the loop: h for the LSTM and RNN, the previous
        prediction p (one value per output word) for the lesson RNN."""
        return self.params["U"].shape[1]

    @staticmethod
    def expected_shapes(kind: str, n_in: int, n_hidden: int, n_out: int) -> dict[str, tuple]:
        paths = Network.paths_for(kind)
        return {
            "W": (paths * n_hidden, n_in),
            # the lesson RNN's recurrent input is its previous prediction (n_out values)
            "U": (paths * n_hidden, n_out if kind == "lesson-rnn" else n_hidden),
            "b": (paths * n_hidden,),
            "W_out": (n_out, n_hidden),
            "b_out": (n_out,),
        }

    @classmethod
    def zeros(cls, kind: str, n_in: int, n_hidden: int, n_out: int) -> "Network":
        shapes = cls.expected_shapes(kind, n_in, n_hidden, n_out)
        return cls(kind, {k: np.zeros(s) for k, s in shapes.items()})

    @classmethod
    def random(cls, kind: str, n_in: int, n_hidden: int, n_out: int, seed: int = 0) -> "Network":
        """PyTorch's default initialisation: uniform in ±1/√H, seeded."""
        rng = np.random.default_rng(seed)
        shapes = cls.expected_shapes(kind, n_in, n_hidden, n_out)
        bound = 1.0 / np.sqrt(n_hidden)
        params = {k: rng.uniform(-bound, bound, size=s) for k, s in shapes.items()}
        return cls(kind, params)

    def copy(self) -> "Network":
        return Network(self.kind, {k: v.copy() for k, v in self.params.items()})

    def block(self, name: str, gate: str | None = None) -> np.ndarray:
        """A writable view of one weight block: ``block("W", "f")`` is the forgetting
        path's input weights. For the RNN (and the readout) ``gate`` is None."""
        array = self.params[name]
        if gate is None or name in ("W_out", "b_out"):
            return array
        if self.kind != "lstm":
            raise ValueError("a plain RNN has a single path; pass gate=None")
        k = GATES.index(gate)
        H = self.hidden_size
        return array[k * H:(k + 1) * H]

    def all_finite(self) -> bool:
        return all(np.isfinite(v).all() for v in self.params.values())
