"""Drawing only part of the LSTM cell, the way lesson 6 builds it up.

The lesson adds the cell's parts one at a time: memory with its forgetting gate, then
selection (with the squashing of memory), then ignoring. ``layout_lstm`` marks every item
that belongs to such a part (:func:`belongs`), and adds thin wires that stand in for a
hidden ⊗, ⊕ or tanh node so the signal still reads as one line (:func:`stands_in`);
those are hidden while the whole cell is shown. :func:`show_parts` then hides or shows
items by those marks, on whatever scene the diagram holds now; anything unmarked (the
inputs, the prediction path, the prediction and its way back) is always drawn.
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

#: The parts a lesson can leave out, in the order the lesson adds them.
PARTS = ("memory", "selection", "ignoring")

_PARTS_KEY = 101        # QGraphicsItem.data key: the parts an item is drawn for
_STANDS_IN_KEY = 102    # the part whose absence an item stands in for


def belongs(item: QGraphicsItem, *parts: str) -> QGraphicsItem:
    """Mark ``item`` as drawn when any of ``parts`` is shown."""
    _check(parts)
    item.setData(_PARTS_KEY, ",".join(parts))
    return item


def stands_in(item: QGraphicsItem, part: str) -> QGraphicsItem:
    """Mark ``item`` as drawn only while ``part`` is hidden (hidden to begin with)."""
    _check((part,))
    item.setData(_STANDS_IN_KEY, part)
    item.setVisible(False)
    return item


def show_parts(scene: QGraphicsScene, parts: Iterable[str] | None) -> None:
    """Draw the cell with only ``parts`` of :data:`PARTS` (None: the whole cell)."""
    shown = set(PARTS if parts is None else parts)
    _check(shown)
    for item in scene.items():
        owners = item.data(_PARTS_KEY)
        if owners:
            item.setVisible(bool(shown & set(owners.split(","))))
        stand_in = item.data(_STANDS_IN_KEY)
        if stand_in:
            item.setVisible(stand_in not in shown)


def shown_parts(scene: QGraphicsScene) -> list[str]:
    """The parts drawn now, in lesson order (a cell without parts, like the plain RNN, has none)."""
    seen: dict[str, bool] = {}
    for item in scene.items():
        owners = item.data(_PARTS_KEY)
        if owners and "," not in owners:
            seen[owners] = seen.get(owners, False) or item.isVisible()
    return [p for p in PARTS if seen.get(p)]


def _check(parts: Iterable[str]) -> None:
    unknown = set(parts) - set(PARTS)
    if unknown:
        raise ValueError(f"cell parts are {PARTS}, not {sorted(unknown)}")
