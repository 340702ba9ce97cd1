"""Finding a model's weights in what people save: state dicts, checkpoints, whole modules.

``torch.save`` writes whatever it was given. Besides a plain state dict that is a
training checkpoint (``{"model" | "model_state_dict" | "state_dict" | "net": sd,
"optimizer": …, "epoch": 3}``, Lightning's ``.ckpt``, fastai's ``{"model", "opt"}``, the
char-rnn tutorial's ``{"n_hidden", "n_layers", "state_dict", "tokens"}``) or a whole
pickled module. The weights are taken from the one entry that holds them; a vocabulary
saved beside them (``vocab``, ``itos``, ``tokens``, ``idx2word``) is used; training
state (optimizer, epoch, loss, …) is set aside and named, never silently dropped: the
caller says which entry was used and what was left aside.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .errors import WHOLE_MODULE, FileProblem
from .messages import Joined, Message

#: Entries that hold the model's weights, most specific first.
WEIGHT_ENTRIES = ("model_state_dict", "state_dict", "model", "net", "network", "module", "weights")
#: Entries that hold the vocabulary in row order.
VOCAB_ENTRIES = ("vocab", "itos", "idx2word", "tokens", "chars", "words")
#: What a checkpoint carries for training, not for the model's arithmetic.
TRAINING_ENTRIES = ("optimizer", "optimizer_state_dict", "opt", "optimizer_states", "scheduler",
                    "lr_scheduler", "lr_schedulers", "epoch", "epochs", "step", "global_step", "loss",
                    "best_loss", "val_loss", "args", "config", "hyper_parameters", "hparams",
                    "callbacks", "loops", "pytorch-lightning_version", "n_hidden", "n_layers",
                    "drop_prob", "lr", "seed", "amp", "scaler", "rng_state")


@dataclass
class Unpacked:
    """The weights found, the vocabulary found (or None), and where they came from."""

    arrays: dict[str, np.ndarray]
    vocab: list[str] | None = None
    tokenizer: str | None = None
    entry: str | None = None                       # the checkpoint entry used (None: the file itself)
    set_aside: list[str] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    tied: list[tuple[str, str]] = field(default_factory=list)
    module_tree: list = field(default_factory=list)


def is_weights(value) -> bool:
    """A state dict: a mapping of names to arrays, with at least one array."""
    return (isinstance(value, dict) and bool(value)
            and all(isinstance(k, str) for k in value)
            and any(isinstance(v, np.ndarray) for v in value.values()))


def unpack(obj, module_weights=None) -> Unpacked:
    """The model's weights in ``obj`` (a dict read from a file). ``module_weights(obj)``
    turns a whole pickled module into ``(state dict, tied pairs, module tree)``, or
    returns None when ``obj`` is not one."""
    whole = module_weights(obj) if module_weights else None
    if whole is not None:
        arrays, tied, tree = whole
        return Unpacked(dict(arrays), tied=tied, module_tree=tree, entry=WHOLE_MODULE)
    if not isinstance(obj, dict):
        raise FileProblem("ckpt-not-dict", type=type(obj).__name__)
    if all(isinstance(v, np.ndarray) or k in ("vocab", "metadata", "tokenizer", "itos")
           for k, v in obj.items()):
        return _plain(obj)
    return _checkpoint(obj, module_weights)


def _plain(obj: dict) -> Unpacked:
    """A state dict, perhaps with our extra entries (vocab, metadata, tokenizer)."""
    out = Unpacked({k: v for k, v in obj.items() if isinstance(v, np.ndarray)})
    for key in ("vocab", "itos"):
        if key in obj and not isinstance(obj[key], np.ndarray):
            out.vocab = _words(obj[key], key)
    if isinstance(obj.get("tokenizer"), str):
        out.tokenizer = obj["tokenizer"]
    if "metadata" in obj and not isinstance(obj["metadata"], np.ndarray):
        if not isinstance(obj["metadata"], dict):
            raise FileProblem("not-json-object", field="metadata")
        out.metadata = dict(obj["metadata"])
    return out


def _checkpoint(obj: dict, module_weights) -> Unpacked:
    """A dict of entries: one holds the weights, the others vocabulary or training state."""
    candidates = []
    for key, value in obj.items():
        if is_weights(value) and _has_cell(value):
            candidates.append((key, value, None))
        elif module_weights is not None and (whole := module_weights(value)) is not None:
            candidates.append((key, whole[0], whole))
    if len(candidates) > 1:
        named = [c for c in candidates if c[0] in WEIGHT_ENTRIES]
        candidates = named if len(named) == 1 else candidates
    own = {k: v for k, v in obj.items() if isinstance(v, np.ndarray)}
    if not candidates and _has_cell(own):            # {**state_dict, "epoch": 3}
        candidates.append((None, own, None))
    if not candidates:
        kinds = Joined(Message("entry-what", entry=k, what=_what(v)) for k, v in list(obj.items())[:8])
        raise FileProblem("ckpt-no-weights", entries=kinds)
    if len(candidates) > 1:
        raise FileProblem("ckpt-two-weights", entries=Joined(f"'{c[0]}'" for c in candidates))
    key, arrays, whole = candidates[0]
    out = Unpacked(dict(arrays), entry=key)
    if whole is not None:
        out.tied, out.module_tree = whole[1], whole[2]
    for other, value in obj.items():
        if other == key or (key is None and other in own):
            continue
        if other in VOCAB_ENTRIES and _is_word_list(value):
            out.vocab = _words(value, other)
            if other in ("tokens", "chars") and all(len(w) == 1 for w in out.vocab):
                out.tokenizer = "chars"
        elif other == "tokenizer" and value in ("words", "chars"):
            out.tokenizer = value
        elif other == "metadata" and isinstance(value, dict):
            out.metadata = dict(value)
        elif isinstance(value, np.ndarray) or is_weights(value):
            if other not in TRAINING_ENTRIES:
                if key:
                    raise FileProblem("ckpt-arrays-beside-in", field=other, entry=key, what=_what(value))
                raise FileProblem("ckpt-arrays-beside", field=other, what=_what(value))
            out.set_aside.append(other)
        else:
            out.set_aside.append(other)
    return out


def _has_cell(arrays: dict) -> bool:
    return any(k.endswith(("weight_ih_l0", "weight_ih", "weight_ih_l0_raw")) for k in arrays)


def _is_word_list(value) -> bool:
    if isinstance(value, dict):             # itos as {0: "a", 1: "b"}: in key order
        return bool(value) and all(isinstance(k, int) and isinstance(v, str) for k, v in value.items())
    return isinstance(value, (list, tuple)) and bool(value) and all(isinstance(w, str) for w in value)


def _words(value, name: str) -> list[str]:
    if isinstance(value, dict) and _is_word_list(value):
        if sorted(value) != list(range(len(value))):
            raise FileProblem("vocab-indices", field=name, last=len(value) - 1)
        return [value[k] for k in range(len(value))]
    if not isinstance(value, (list, tuple)) or not all(isinstance(w, str) for w in value):
        raise FileProblem("not-strings", field=name)
    return list(value)


def _what(value) -> Message:
    if isinstance(value, np.ndarray):
        return Message("what-array", shape=str(value.shape))
    if isinstance(value, dict):
        return Message("what-dict", count=len(value))
    return Message("what-other", type=type(value).__name__)
