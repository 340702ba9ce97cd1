"""Training as an iterator of progress reports, so any caller can stop at any time.

Truncated BPTT over one long stream: the stream is cut into chunks of ``seq_len``
steps; the state at the end of a chunk starts the next one, but gradients stop at
the chunk boundary. One optimizer step per chunk. The first epoch reads the stream in
order; each later one begins at a seeded
random position (and the part before it follows, again from a zero state), so the
network learns to start from an empty state anywhere in the text, as it must when a
user's prompt begins mid-stream.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Iterator

import numpy as np

from .bptt import IGNORE, backward, loss_from_trace
from .errors import Coded, as_message
from .network import Network
from .optim import OPTIMIZERS, clip_by_global_norm
from .trace import forward


class TrainingDiverged(Coded, ArithmeticError):
    """The loss or the weights stopped being finite; the weights were restored.
    A code of ``messages`` ("diverged-loss", "diverged-weights") with its parameters."""

    def __init__(self, code, **params):
        super().__init__(self._say(as_message(code, params)))


@dataclass(frozen=True)
class Progress:
    step: int          # optimizer steps so far
    epoch: int         # 1-based epoch this step belongs to
    epochs: int
    loss: float        # mean cross-entropy over this epoch so far
    accuracy: float    # fraction of targets the top prediction got right, this epoch so far

    @property
    def fraction(self) -> float:
        return self.epoch / self.epochs if self.epochs else 1.0


def train(net: Network, X: np.ndarray, targets: np.ndarray, *, epochs: int = 30,
          lr: float = 0.01, optimizer: str = "adam", clip: float | None = 5.0,
          seq_len: int = 24, seed: int = 0,
          schedule: str | Callable[[float], float] | None = None,
          betas: tuple[float, float] | None = None) -> Iterator[Progress]:
    """Train ``net`` in place on inputs ``X`` (N×I) and ``targets`` (N, −1 = none).

    ``betas`` are Adam's moment decays (default torch's (0.9, 0.999)).

    ``schedule`` scales the learning rate by how far training has got (0 at the first
    step, →1 at the last): None or "constant" keeps ``lr``; see :data:`SCHEDULES`, or
    pass any function of that fraction.
    """
    X, targets = _checked(X, targets, optimizer)
    factor = _schedule(schedule)
    opt = OPTIMIZERS[optimizer](net.params, lr=lr, **({"betas": tuple(betas)} if betas and optimizer == "adam" else {}))
    rng = np.random.default_rng(seed)
    step = 0
    N = len(X)
    for epoch in range(1, epochs + 1):
        offset, chunks = _chunks(rng, N, seq_len, epoch)
        h = c = None
        total_loss = correct = counted = 0.0
        for k, (start, stop) in enumerate(chunks):
            if factor is not None:
                opt.lr = lr * factor((epoch - 1 + k / len(chunks)) / epochs)
            if start in (0, offset):
                h = c = None                      # a fresh start from the empty state
            xs, ys = X[start:stop], targets[start:stop]
            trace = forward(net, xs, h, c)
            loss = loss_from_trace(trace, ys)
            if not np.isfinite(loss):
                raise TrainingDiverged("diverged-loss", loss=str(loss), step=step + 1, epoch=epoch)
            grads, _, _ = backward(net, trace, ys)
            clip_by_global_norm(grads, clip)
            _update(net, opt, grads, step, epoch)
            step += 1
            rows = ys != IGNORE
            n = int(rows.sum())
            total_loss += loss * n
            correct += int((trace["probs"][rows].argmax(axis=1) == ys[rows]).sum())
            counted += n
            h, c = trace.state_last, trace.c_last      # frozen copies; forward copies them in
            yield Progress(step, epoch, epochs, total_loss / max(counted, 1), correct / max(counted, 1))


def _checked(X, targets, optimizer: str) -> tuple[np.ndarray, np.ndarray]:
    """The inputs and targets as arrays; ValueError if there is nothing to train on."""
    X = np.asarray(X, dtype=np.float64)
    targets = np.asarray(targets)
    if len(X) == 0 or not np.any(targets != IGNORE):
        raise ValueError("nothing to train on: the corpus has no (input, next word) pairs")
    if len(X) != len(targets):
        raise ValueError("inputs and targets differ in length")
    if optimizer not in OPTIMIZERS:
        raise ValueError(f"optimizer must be one of {sorted(OPTIMIZERS)}")
    return X, targets


def _chunks(rng, N: int, seq_len: int, epoch: int) -> tuple[int, list[tuple[int, int]]]:
    """Where an epoch starts (0 the first time, then at random) and its chunks of at
    most ``seq_len`` steps, from there to the end and round from the start."""
    offset = int(rng.integers(0, N)) if epoch > 1 else 0
    chunks = [(a, min(a + seq_len, N)) for a in range(offset, N, seq_len)]
    chunks += [(a, min(a + seq_len, offset)) for a in range(0, offset, seq_len)]
    return offset, chunks


def _update(net: Network, opt, grads, step: int, epoch: int) -> None:
    """One optimizer step, all or nothing: interrupted, or ending in weights that are
    not finite, it puts the weights back as they were."""
    saved = {k: v.copy() for k, v in net.params.items()}
    try:
        opt.step(grads)          # updates one array at a time: never leave it half done
    except BaseException:        # e.g. Ctrl+C in the middle of the update
        _restore(net, saved)
        raise
    if not net.all_finite():
        _restore(net, saved)
        raise TrainingDiverged("diverged-weights", step=step + 1, epoch=epoch)


def _cosine(done: float) -> float:
    return 0.5 * (1.0 + math.cos(math.pi * done))


def _linear(done: float) -> float:
    return 1.0 - done


#: Named learning-rate schedules: the factor on ``lr`` at a fraction of training done.
#: A decaying rate lets Adam take big steps early and then settle: the book's
#: predictions sharper, so sampling at temperature 1 slips far less often.
SCHEDULES: dict[str, Callable[[float], float] | None] = {
    "constant": None,
    "cosine": _cosine,
    "linear": _linear,
}


def _schedule(schedule) -> Callable[[float], float] | None:
    if schedule is None or callable(schedule):
        return schedule
    if schedule not in SCHEDULES:
        raise ValueError(f"schedule must be one of {sorted(SCHEDULES)} or a function")
    return SCHEDULES[schedule]


def _restore(net: Network, saved: dict[str, np.ndarray]) -> None:
    for k, v in saved.items():
        net.params[k][...] = v
