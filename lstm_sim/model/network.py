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

Real models add two things, both optional. An **embedding** ``E`` (tokens × I): the
input of a step is the embedding row of its token instead of a one-hot vector.
**Stacked layers**: layer k ≥ 1 has its own ``W_lk``, ``U_lk``, ``b_lk`` (named like
torch's ``_lk`` keys) and reads layer k−1's h as its input; the readout reads the top
layer. Layers may differ in size (AWD-LSTM's 400 → 1150 → 400): ``hidden_sizes`` has
one per layer, ``layer_size(k)`` one layer's. The lesson RNN has neither.

A plain RNN squashes with tanh or, as ``nn.RNN(nonlinearity='relu')`` does, with
relu: ``nonlinearity`` says which. A torch state dict is the same for both, so a file
that does not say must be asked about, never guessed (see ``files``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .cells import CellSpec

from .cells import CELL_KINDS, spec_of
#: The plain RNN's squashing functions (torch's ``nonlinearity``); the others use tanh.
NONLINEARITIES = ("tanh", "relu")
#: Path order inside the fused LSTM blocks (PyTorch's order).
GATES = ("i", "f", "g", "o")
#: The lesson's words for each path, used by every view and file note.
PATH_NAMES = {
    "i": "ignoring",
    "f": "forgetting",
    "g": "prediction",
    "o": "selection",
    # the GRU's, in the lesson's spirit: how much of the old prediction to reset before
    # voting, how much of it to keep (the valve between old and new), and the new votes
    "r": "reset",
    "z": "update",
    "n": "new prediction",
}


def layer_name(param: str, k: int) -> str:
    """Layer ``k``'s name for ``W``, ``U`` or ``b``: layer 0 keeps the plain name."""
    return param if k == 0 else f"{param}_l{k}"


@dataclass
class Network:
    """An LSTM, plain RNN or lesson RNN cell plus a linear readout, float64 throughout."""

    kind: str
    params: dict[str, np.ndarray] = field(default_factory=dict)
    nonlinearity: str = "tanh"

    def __post_init__(self) -> None:
        self._check_kind()
        self.params = {k: np.array(v, dtype=np.float64) for k, v in self.params.items()}
        self._check_shapes()

    def _check_kind(self) -> None:
        spec_of(self.kind)                           # a ValueError for an unknown kind
        if self.nonlinearity not in NONLINEARITIES:
            raise ValueError(f"nonlinearity must be one of {NONLINEARITIES}, not {self.nonlinearity!r}")
        if self.nonlinearity not in self.spec.nonlinearities:
            raise ValueError(f"only a plain RNN can use {self.nonlinearity}; an {self.kind} uses tanh")

    @classmethod
    def adopt(cls, kind: str, params: dict[str, np.ndarray], nonlinearity: str = "tanh") -> "Network":
        """A network that takes ``params`` as its own: float64 arrays made for it that nobody
        else holds (a file's freshly converted weights), without the copy the constructor
        makes of each (at 26 million weights that copy is a fifth of a second)."""
        if any(not isinstance(v, np.ndarray) or v.dtype != np.float64 for v in params.values()):
            return cls(kind, params, nonlinearity)
        net = object.__new__(cls)
        net.kind, net.params, net.nonlinearity = kind, dict(params), nonlinearity
        net._check_kind()
        net._check_shapes()
        return net

    def _check_shapes(self) -> None:
        n_tokens = self.params["E"].shape[0] if "E" in self.params else None
        expected = self.expected_shapes(self.kind, self.input_size, self.hidden_sizes, self.output_size,
                                        self.num_layers, n_tokens)
        for name, shape in expected.items():
            if name not in self.params:
                raise ValueError(f"missing parameter {name}")
            if self.params[name].shape != shape:
                raise ValueError(f"parameter {name} has shape {self.params[name].shape}, expected {shape}")
        extra = sorted(set(self.params) - set(expected))
        if extra:
            raise ValueError(f"unknown parameter {extra[0]}")

    @staticmethod
    def paths_for(kind: str) -> int:
        """How many paths share the fused weight blocks: four for the LSTM, three for the
        GRU, one for the RNNs."""
        return spec_of(kind).n_paths

    @property
    def spec(self) -> CellSpec:
        return spec_of(self.kind)

    @property
    def n_paths(self) -> int:
        return self.spec.n_paths

    @property
    def input_size(self) -> int:
        return self.params["W"].shape[1]

    @property
    def hidden_sizes(self) -> tuple[int, ...]:
        """Each layer's number of units, bottom first."""
        return tuple(self.params[layer_name("W", k)].shape[0] // self.n_paths for k in range(self.num_layers))

    def layer_size(self, k: int) -> int:
        return self.params[layer_name("W", k)].shape[0] // self.n_paths

    @property
    def hidden_size(self) -> int:
        """The number of units every layer has; a net whose layers differ in size has no
        one number (ask ``layer_size(k)``): asking raises rather than answer for one layer."""
        sizes = set(self.hidden_sizes)
        if len(sizes) > 1:
            raise ValueError(f"the layers have different sizes {self.hidden_sizes}: ask layer_size(k)")
        return sizes.pop()

    @property
    def num_layers(self) -> int:
        k = 1
        while layer_name("W", k) in self.params:
            k += 1
        return k

    @property
    def has_embedding(self) -> bool:
        return "E" in self.params

    @property
    def n_tokens(self) -> int:
        """How many tokens the input can be: the embedding's rows, else the one-hot width."""
        return self.params["E"].shape[0] if self.has_embedding else self.input_size

    def layer_params(self, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(W, U, b)`` of layer ``k`` (0 = the one that reads the input)."""
        return tuple(self.params[layer_name(p, k)] for p in ("W", "U", "b"))

    def layer_extra(self, k: int) -> dict[str, np.ndarray]:
        """Layer ``k``'s parameters beyond W, U, b (the GRU's ``b_hn``), by plain name."""
        return {p: self.params[layer_name(p, k)] for p in self.spec.extra}

    @property
    def output_size(self) -> int:
        return self.params["W_out"].shape[0]

    @property
    def state_size(self) -> int:
        """Length of what goes round the loop: h for the LSTM and RNN, the previous
        prediction p (one value per output word) for the lesson RNN."""
        return self.params["U"].shape[1]

    @staticmethod
    def expected_shapes(kind: str, n_in: int, n_hidden, n_out: int, layers: int = 1,
                        n_tokens: int | None = None) -> dict[str, tuple]:
        """Every parameter's shape; ``n_hidden`` is one size for every layer or one per
        layer; ``n_tokens`` (embedding rows) adds an embedding ``E``."""
        if not spec_of(kind).stackable and (layers != 1 or n_tokens is not None):
            raise ValueError("the lesson RNN has one layer and one-hot inputs")
        sizes = [int(n_hidden)] * layers if np.ndim(n_hidden) == 0 else [int(h) for h in n_hidden]
        if len(sizes) != layers:
            raise ValueError(f"{layers} layers need {layers} hidden sizes, not {len(sizes)}")
        spec = spec_of(kind)
        paths = spec.n_paths
        shapes = {}
        for k, h in enumerate(sizes):
            reads = n_in if k == 0 else sizes[k - 1]
            # the lesson RNN's recurrent input is its previous prediction (n_out values)
            loops = n_out if spec.recurrent == "p" else h
            shapes.update({layer_name("W", k): (paths * h, reads), layer_name("U", k): (paths * h, loops),
                           layer_name("b", k): (paths * h,),
                           **{layer_name(extra, k): (h,) for extra in spec.extra}})
        if n_tokens is not None:
            shapes["E"] = (n_tokens, n_in)
        shapes.update({"W_out": (n_out, sizes[-1]), "b_out": (n_out,)})
        return shapes

    @classmethod
    def zeros(cls, kind: str, n_in: int, n_hidden: int, n_out: int, layers: int = 1,
              n_tokens: int | None = None, nonlinearity: str = "tanh") -> "Network":
        shapes = cls.expected_shapes(kind, n_in, n_hidden, n_out, layers, n_tokens)
        return cls(kind, {k: np.zeros(s) for k, s in shapes.items()}, nonlinearity)

    @classmethod
    def random(cls, kind: str, n_in: int, n_hidden, n_out: int, seed: int = 0, layers: int = 1,
               n_tokens: int | None = None, nonlinearity: str = "tanh") -> "Network":
        """PyTorch's default initialisation: uniform in ±1/√H of each layer's H (the
        readout: the top layer's; an embedding: standard normal), seeded. ``n_hidden``:
        one size or one per layer."""
        rng = np.random.default_rng(seed)
        shapes = cls.expected_shapes(kind, n_in, n_hidden, n_out, layers, n_tokens)
        sizes = [n_hidden] * layers if np.ndim(n_hidden) == 0 else list(n_hidden)

        def bound(name: str) -> float:
            k = len(sizes) - 1 if name in ("W_out", "b_out") else int(name.rsplit("_l", 1)[1]) if "_l" in name else 0
            return 1.0 / np.sqrt(sizes[k])
        params = {k: (rng.standard_normal(s) if k == "E" else rng.uniform(-bound(k), bound(k), size=s))
                  for k, s in shapes.items()}
        return cls(kind, params, nonlinearity)

    def copy(self) -> "Network":
        return Network(self.kind, self.params, self.nonlinearity)   # __post_init__ copies every array

    def block(self, name: str, gate: str | None = None) -> np.ndarray:
        """A writable view of one weight block: ``block("W", "f")`` is the forgetting
        path's input weights. For the RNN (and the readout) ``gate`` is None."""
        array = self.params[name]
        if gate is None or name in ("W_out", "b_out", "E") or name.split("_l")[0] in self.spec.extra:
            return array
        if gate not in self.spec.paths:
            raise ValueError(f"an {self.kind} has no path {gate!r}; its paths are {self.spec.paths}")
        k = self.spec.paths.index(gate)
        H = array.shape[0] // self.n_paths          # the size of the layer this block is in
        return array[k * H:(k + 1) * H]

    def all_finite(self) -> bool:
        return all(np.isfinite(v).all() for v in self.params.values())
