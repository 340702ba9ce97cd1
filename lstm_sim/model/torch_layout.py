"""PyTorch-compatible parameter names, without importing torch.

``nn.LSTM(I, H)`` followed by ``nn.Linear(H, V)`` named ``lstm`` and ``readout``
(``nn.RNN`` named ``rnn`` for the plain cell) save state dicts whose arrays map
one-to-one onto ours. Torch keeps two biases that are always summed; on export we put
the whole bias in ``bias_ih`` and zeros in ``bias_hh``. Gradients use the same names:
the gradient of either bias equals the gradient of their sum.
"""
from __future__ import annotations

import numpy as np

from .network import Network

READOUT = {"readout.weight": "W_out", "readout.bias": "b_out"}


def torch_names(kind: str) -> dict[str, str]:
    """Torch key → our parameter name (the biases map to ``b`` together)."""
    return {f"{kind}.weight_ih_l0": "W", f"{kind}.weight_hh_l0": "U",
            f"{kind}.bias_ih_l0": "b", f"{kind}.bias_hh_l0": "b", **READOUT}


def optional_names(kind: str) -> tuple[str, ...]:
    """Biases a torch model built with ``bias=False`` does not have (they are zero)."""
    return (f"{kind}.bias_ih_l0", f"{kind}.bias_hh_l0", "readout.bias")


def detect_kind(keys) -> str | None:
    """'lstm' or 'rnn' if the weights (biases may be absent) of that cell are all there."""
    keys = set(keys)
    for kind in ("lstm", "rnn"):
        if set(torch_names(kind)) - set(optional_names(kind)) <= keys:
            return kind
    return None


def to_torch_state_dict(net: Network) -> dict[str, np.ndarray]:
    """Our parameters under torch's names (the whole bias in ``bias_ih``)."""
    return _renamed(net.kind, net.params, hh_bias=np.zeros_like(net.params["b"]))


def grads_to_torch(net: Network, grads: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Gradients under torch's names: both biases receive the gradient of their sum."""
    return _renamed(net.kind, grads, hh_bias=grads["b"].copy())


def _renamed(kind: str, params: dict[str, np.ndarray], hh_bias: np.ndarray) -> dict[str, np.ndarray]:
    out = {key: params[name].copy() for key, name in torch_names(kind).items()}
    out[next(k for k in out if k.endswith("bias_hh_l0"))] = hh_bias
    return out


def from_torch_state_dict(arrays: dict[str, np.ndarray], kind: str | None = None) -> Network:
    """Build a network from torch-named arrays; biases ih and hh are summed, absent ones are zero."""
    kind = kind or detect_kind(arrays)
    if kind is None:
        raise KeyError("not a torch LSTM/RNN state dict: expected keys like "
                       "'lstm.weight_ih_l0' and 'readout.weight'")
    W = np.asarray(arrays[f"{kind}.weight_ih_l0"], dtype=np.float64)
    W_out = np.asarray(arrays["readout.weight"], dtype=np.float64)
    params = {"W": W, "U": np.asarray(arrays[f"{kind}.weight_hh_l0"], dtype=np.float64), "W_out": W_out}
    params["b"] = np.zeros(W.shape[0])
    for key in (f"{kind}.bias_ih_l0", f"{kind}.bias_hh_l0"):
        if key in arrays:
            params["b"] = params["b"] + np.asarray(arrays[key], dtype=np.float64)
    params["b_out"] = (np.asarray(arrays["readout.bias"], dtype=np.float64) if "readout.bias" in arrays
                       else np.zeros(W_out.shape[0]))
    return Network(kind, params)
