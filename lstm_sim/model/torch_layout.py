"""PyTorch-compatible parameter names, without importing torch.

``nn.LSTM(I, H)`` followed by ``nn.Linear(H, V)`` named ``lstm`` and ``readout``
(``nn.RNN`` named ``rnn`` for the plain cell; an ``nn.Embedding`` named ``embedding``
in front, if any; ``num_layers`` layers ``_l0``, ``_l1``, …) save state dicts whose
arrays map one-to-one onto ours. Torch keeps two biases that are always summed; on export we put
the whole bias in ``bias_ih`` and zeros in ``bias_hh``. Gradients use the same names:
the gradient of either bias equals the gradient of their sum. The GRU is the exception
for its new path n: torch adds ``b_hn`` inside the reset gate's product, so that third of
``bias_hh`` is our ``b_hn``, never summed (``nn.GRU`` named ``gru``).
"""
from __future__ import annotations

import numpy as np

from .cells import TORCH_KINDS, spec_of
from .network import Network, layer_name

READOUT = {"readout.weight": "W_out", "readout.bias": "b_out"}
#: An ``nn.Embedding`` in front of the cell (its name in our files).
EMBEDDING = {"embedding.weight": "E"}


def torch_names(kind: str, layers: int = 1, embedding: bool = False) -> dict[str, str]:
    """Torch key → our parameter name (the biases of a layer map to its ``b`` together)."""
    names = dict(EMBEDDING) if embedding else {}
    for k in range(layers):
        names.update({f"{kind}.weight_ih_l{k}": layer_name("W", k), f"{kind}.weight_hh_l{k}": layer_name("U", k),
                      f"{kind}.bias_ih_l{k}": layer_name("b", k), f"{kind}.bias_hh_l{k}": layer_name("b", k)})
    return {**names, **READOUT}


def net_names(net: Network) -> dict[str, str]:
    return torch_names(net.kind, net.num_layers, net.has_embedding)


def optional_names(kind: str, layers: int = 1) -> tuple[str, ...]:
    """Biases a torch model built with ``bias=False`` does not have (they are zero)."""
    return tuple(f"{kind}.bias_{side}_l{k}" for k in range(layers) for side in ("ih", "hh")) + ("readout.bias",)


def to_torch_state_dict(net: Network) -> dict[str, np.ndarray]:
    """Our parameters under torch's names (each layer's whole bias in ``bias_ih``)."""
    return _renamed(net, net.params, hh_bias=lambda b: np.zeros_like(b))


def grads_to_torch(net: Network, grads: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Gradients under torch's names: both biases receive the gradient of their sum."""
    return _renamed(net, grads, hh_bias=lambda g: g.copy())


def _renamed(net: Network, params: dict[str, np.ndarray], hh_bias) -> dict[str, np.ndarray]:
    out = {key: (hh_bias(params[name]) if "bias_hh_l" in key else params[name].copy())
           for key, name in net_names(net).items()}
    if net.spec.extra:                  # the GRU: bias_hh's n third is b_hn itself
        for k in range(net.num_layers):
            H = net.layer_size(k)
            out[f"{net.kind}.bias_hh_l{k}"][2 * H:] = params[layer_name("b_hn", k)]
    return out


def layer_count(keys, kind: str) -> int:
    """How many layers ``kind.weight_ih_l0``, ``_l1``, … hold, counting from 0 without gaps."""
    keys = set(keys)
    k = 0
    while f"{kind}.weight_ih_l{k}" in keys:
        k += 1
    return k


def from_torch_state_dict(arrays: dict[str, np.ndarray], kind: str | None = None,
                          nonlinearity: str = "tanh") -> Network:
    """Build a network from torch-named arrays (``lstm.…``/``rnn.…``, ``readout.…``,
    optionally ``embedding.weight``); biases ih and hh are summed, absent ones are zero.
    A plain RNN's ``nonlinearity`` is not in its arrays: the caller says which."""
    kind = kind or next((k for k in TORCH_KINDS if f"{k}.weight_ih_l0" in arrays), None)
    if kind is None or "readout.weight" not in arrays:
        raise KeyError("not a torch LSTM/RNN/GRU state dict: expected keys like "
                       "'lstm.weight_ih_l0' and 'readout.weight'")
    separate = spec_of(kind).extra           # the GRU's b_hn: not summed into b
    params: dict[str, np.ndarray] = {}
    for k in range(layer_count(arrays, kind)):
        W = np.array(arrays[f"{kind}.weight_ih_l{k}"], dtype=np.float64)
        params[layer_name("W", k)] = W
        params[layer_name("U", k)] = np.array(arrays[f"{kind}.weight_hh_l{k}"], dtype=np.float64)
        b = np.zeros(W.shape[0])
        H = W.shape[0] // spec_of(kind).n_paths
        for key in (f"{kind}.bias_ih_l{k}", f"{kind}.bias_hh_l{k}"):
            if key in arrays:
                add = np.array(arrays[key], dtype=np.float64)
                if separate and "bias_hh" in key:
                    add[2 * H:] = 0.0          # b_hn stays apart
                b = b + add
        params[layer_name("b", k)] = b
        if separate:
            hh = arrays.get(f"{kind}.bias_hh_l{k}")
            params[layer_name("b_hn", k)] = (np.array(hh[2 * H:], dtype=np.float64) if hh is not None
                                             else np.zeros(H))
    W_out = np.array(arrays["readout.weight"], dtype=np.float64)
    params["W_out"] = W_out
    params["b_out"] = (np.array(arrays["readout.bias"], dtype=np.float64) if "readout.bias" in arrays
                       else np.zeros(W_out.shape[0]))
    if "embedding.weight" in arrays:
        params["E"] = np.array(arrays["embedding.weight"], dtype=np.float64)
    # Every array above is a fresh copy (np.array copies; tied weights become two arrays),
    # so the network can own them without copying again.
    return Network.adopt(kind, params, nonlinearity)
