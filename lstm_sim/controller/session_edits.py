"""The session's edits checked and named: which blocks feed a path, whether a value may
be a weight or a clamp, the clamps a network opens with, and a path's name for an undo
text. Functions, so the Session keeps only its intents."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from ..model import Network
from ..model.cells import SINGLE_PATH, CellSpec
from ..model.clamps import no_clamps
from ..model.network import layer_name

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


def frozen(a: np.ndarray) -> np.ndarray:
    """A read-only snapshot: a copy, so what a view holds never changes under it when the
    session edits its network in place."""
    copy = np.array(a)
    copy.flags.writeable = False
    return copy


def check_weight(value) -> float:
    """The value as a weight, or ValueError saying why it cannot be one."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(QCoreApplication.translate("Session", "“{0}” is not a number").format(value)) from None
    if not np.isfinite(v):
        raise ValueError(QCoreApplication.translate("Session", "weights must be finite numbers"))
    if abs(v) > MAX_WEIGHT:
        raise ValueError(QCoreApplication.translate("Session", "|w| must be at most {0:g}").format(MAX_WEIGHT))
    return v


def check_block(param: str, values: np.ndarray, shape: tuple) -> None:
    """ValueError unless ``values`` may replace block ``param`` of ``shape``."""
    if values.shape != shape:
        raise ValueError(f"block {param} has shape {shape}, not {values.shape}")
    if not np.isfinite(values).all() or np.abs(values).max(initial=0) > MAX_WEIGHT:
        raise ValueError(QCoreApplication.translate("Session", "weights must be finite and at most {0:g} in size").format(MAX_WEIGHT))


def check_same_shape(net: Network, current: Network) -> None:
    """ValueError unless ``net`` may replace every weight of ``current``."""
    if net.kind != current.kind or net.nonlinearity != current.nonlinearity or {
            k: v.shape for k, v in net.params.items()} != {k: v.shape for k, v in current.params.items()}:
        raise ValueError("the new weights have a different shape")


def check_clamp(gates, gate: str, value: float | None) -> None:
    """ValueError unless ``gate`` is one of ``gates`` and ``value`` a clamp (or None)."""
    if not gates:
        raise ValueError(QCoreApplication.translate("Session", "a plain RNN has no gates to clamp"))
    if gate not in gates:
        raise ValueError(QCoreApplication.translate("Session", "cannot clamp {0}: only {1} are gates").format(repr(gate), ", ".join(gates)))
    if value is not None and not (np.isfinite(value) and 0.0 <= value <= 1.0):
        raise ValueError(QCoreApplication.translate("Session", "a clamp must be between 0 and 1"))


def copy_clamps(clamps: list) -> list[dict[str, np.ndarray]]:
    return [{g: v.copy() for g, v in c.items()} for c in clamps]


def opening_clamps(net: Network, given) -> list[dict[str, np.ndarray]]:
    """One gate → values dict per layer of ``net``, from a preset's clamps (one dict, or
    a list per layer); empty for a cell without gates."""
    L = net.num_layers
    given = given or {}
    given = list(given) if isinstance(given, (list, tuple)) and len(given) == L else [given] * (L == 1)
    given += [{}] * (L - len(given))
    gates = net.spec.gates
    return [{g: np.array((layer or {}).get(g, no_clamps(net.layer_size(k), gates)[g]), dtype=np.float64)
             for g in gates} for k, layer in enumerate(given)] if gates else []


def path_name(path: str, nonlinearity: str, num_layers: int, layer: int) -> str:
    """The path's name in the current language (for undo texts), with its layer when
    the net is stacked."""
    from ..glossary import WIRE_NAMES
    if path == "readout":
        return QCoreApplication.translate("Session", "readout")
    if path == "embedding":
        return QCoreApplication.translate("Session", "embedding")
    name = (QCoreApplication.translate("glossary", WIRE_NAMES[path]) if path in WIRE_NAMES
            else QCoreApplication.translate("glossary", "prediction · relu") if nonlinearity == "relu"
            else QCoreApplication.translate("glossary", "prediction · tanh"))
    return name if num_layers == 1 else QCoreApplication.translate("Session", "{0} (layer {1})").format(name, layer + 1)


def reset_edits(net: Network, original: Network, params, gate) -> list[tuple]:
    """(param, gate, now, as opened) for each of ``params``: back to the opened weights."""
    return [(p, gate, net.block(p, gate).copy(), original.block(p, gate).copy()) for p in params]


def random_edits(net: Network, params, gate, seed: int, hidden_size: int) -> list[tuple]:
    """(param, gate, now, random) for each of ``params``: PyTorch's initialisation
    (uniform ±1/√H; an embedding table standard normal), seeded."""
    rng = np.random.default_rng(seed)
    bound = 1.0 / np.sqrt(hidden_size)
    edits = []
    for p in params:
        old = net.block(p, gate).copy()
        new = rng.standard_normal(old.shape) if p == "E" else rng.uniform(-bound, bound, size=old.shape)
        edits.append((p, gate, old, new))
    return edits
