"""A text loaded into the Units pane: cut to what fits, and the job that traces it a
chunk at a time on a worker thread (``model.units.scan``), reporting its progress and
giving up when cancelled. Functions; ``units.UnitsController`` runs them."""
from __future__ import annotations

import threading

import numpy as np

from ..model.units import scan


def cut_to_fit(text: str, tokens: list, skipped: list, limit: int) -> tuple[str, list, list, int | None]:
    """(text, tokens, skipped spans, where it was cut or None): at most ``limit`` tokens."""
    if len(tokens) <= limit:
        return text, tokens, skipped, None
    cut = tokens[limit].start
    return text[:cut], tokens[:limit], [s for s in skipped if s[0] < cut], cut


def scan_inputs(vocab, tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """What the net reads at each step and the next token it should predict (−1 at the end)."""
    return vocab.inputs(tokens), np.append(vocab.ids(tokens[1:]), -1)


def kept_states(layer: int, state: str, states, steps: int, units: int, budget: int) -> list[tuple[int, str]]:
    """Every state of the layer when they all fit in ``budget`` values, else the one on show."""
    return [(layer, st) for st in states] if steps * units * len(states) <= budget else [(layer, state)]


def scan_job(net, inputs, clamps, keep, targets, chunk: int, progress):
    """The worker's job: scan the text, emitting ``progress`` (done, total) per chunk."""
    def work(cancel: threading.Event):
        def on_chunk(done: int, total: int):
            progress.emit(done, total)
            return not cancel.is_set()
        return scan(net, inputs, clamps=clamps, keep=keep, targets=targets, chunk=chunk, on_chunk=on_chunk)
    return work


def loss_change(before: float | None, after: float | None) -> float | None:
    """``before``, if the loss has since changed to ``after``; else None."""
    return before if before is not None and after is not None and not np.isclose(before, after) else None
