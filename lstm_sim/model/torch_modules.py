"""A whole pickled ``nn.Module`` as read by ``torch_file``: its state dict, tied
weights and module tree, from the PickledObjects the unpickler made."""
from __future__ import annotations

import numpy as np

from .torch_unpickle import PickledObject


def _children(obj: PickledObject):
    return [(k, m) for k, m in (obj.state.get("_modules") or {}).items()
            if isinstance(m, PickledObject)]


def _named_tensors(obj: PickledObject, prefix: str = "", above: tuple = ()):
    """(name, array) in ``nn.Module.state_dict()`` order: own parameters, own persistent
    buffers, then each submodule's, depth first (a crafted cycle is not followed)."""
    skip = obj.state.get("_non_persistent_buffers_set") or set()
    for name, value in (obj.state.get("_parameters") or {}).items():
        if isinstance(value, np.ndarray):
            yield prefix + name, value
    for name, value in (obj.state.get("_buffers") or {}).items():
        if isinstance(value, np.ndarray) and name not in skip:
            yield prefix + name, value
    for name, child in _children(obj):
        if id(child) not in above + (id(obj),):
            yield from _named_tensors(child, f"{prefix}{name}.", above + (id(obj),))


def module_state_dict(obj: PickledObject) -> dict[str, np.ndarray]:
    """What ``model.state_dict()`` would have been. Tied weights appear under every name,
    as the same array object (see ``tied_names``)."""
    if not isinstance(obj, PickledObject):
        raise TypeError(f"not a pickled module: {type(obj).__name__}")
    return dict(_named_tensors(obj))


def tied_names(obj: PickledObject) -> list[tuple[str, str]]:
    """Pairs (first name, later name) that are one tensor in the file, e.g. with weight
    tying ``("encoder.weight", "decoder.weight")``."""
    first, pairs = {}, []
    for name, array in _named_tensors(obj):
        if id(array) in first:
            pairs.append((first[id(array)], name))
        else:
            first[id(array)] = name
    return pairs


def _plain(value) -> bool:
    if value is None or isinstance(value, (str, int, float, bool)):
        return True
    return isinstance(value, (tuple, list)) and all(_plain(v) for v in value)


def module_tree(obj: PickledObject) -> list[tuple[str, str, dict]]:
    """(qualified name, "module.Class", plain attributes) per module, root ("") first,
    each module once, as ``named_modules()``: what kind of network the file holds
    (``rnn_type``, ``nonlinearity``, ``mode``, ``num_layers``...), without its code."""
    out, seen = [], set()

    def walk(node: PickledObject, name: str):
        if id(node) in seen:
            return
        seen.add(id(node))
        attrs = {k: v for k, v in node.state.items() if isinstance(k, str) and _plain(v)}
        out.append((name, node.qualname, attrs))
        for child_name, child in _children(node):
            walk(child, f"{name}.{child_name}" if name else child_name)

    walk(obj, "")
    return out
