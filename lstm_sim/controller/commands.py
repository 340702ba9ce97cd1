"""Undoable changes to a session: weights, clamps and text, each a ``QUndoCommand``.

Commands hold copies of the values before and after, so undo restores bit-identical
arrays. One drag on a weight is one undo step: edits that share a positive
``merge_id`` merge into the first one. Commands change the session only through its
``_apply_*`` methods, which recompute the trace and announce the change.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

#: Command ids for mergeWith (QUndoCommand.id): commands of one id may merge.
WEIGHTS_ID, TEXT_ID = 1, 2

#: One block edit: (parameter, gate or None, values before, values after).
BlockEdit = tuple[str, "str | None", np.ndarray, np.ndarray]


class WeightsCommand(QUndoCommand):
    """Replace one or more weight blocks (a cell edit, a zeroed block, a reset, training)."""

    def __init__(self, session, edits: list[BlockEdit], text: str, merge_id: int = 0):
        super().__init__(text)
        self.session, self.edits, self.merge_id = session, edits, merge_id

    def id(self) -> int:
        return WEIGHTS_ID if self.merge_id > 0 else -1

    def mergeWith(self, other) -> bool:
        if other.merge_id != self.merge_id or [e[:2] for e in other.edits] != [e[:2] for e in self.edits]:
            return False
        self.edits = [(p, g, old, new) for (p, g, old, _), (_, _, _, new) in zip(self.edits, other.edits)]
        if all(np.array_equal(old, new) for _, _, old, new in self.edits):
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.session._apply_blocks([(p, g, new) for p, g, _, new in self.edits])

    def undo(self) -> None:
        self.session._apply_blocks([(p, g, old) for p, g, old, _ in self.edits])


class ClampsCommand(QUndoCommand):
    """Clamp gates open or closed, or free them."""

    def __init__(self, session, old: dict, new: dict, text: str):
        super().__init__(text)
        self.session, self.old, self.new = session, old, new

    def redo(self) -> None:
        self.session._apply_clamps(self.new)

    def undo(self) -> None:
        self.session._apply_clamps(self.old)


def respell_text(command, spelled) -> None:
    """Write the texts a text step gives back with ``spelled`` (a spelling switch: the
    same tokens in the other spelling); other steps are left as they are."""
    if isinstance(command, TextCommand):
        command.old, command.new = spelled(command.old), spelled(command.new)


class TextCommand(QUndoCommand):
    """A new input text; a burst of typing merges into one step (other text changes,
    such as sampled words, stay steps of their own). Undo also gives back the step."""

    def __init__(self, session, old: str, new: str, old_step: int, typing: bool = True, text: str | None = None):
        super().__init__(text or QCoreApplication.translate("Session", "Edit text"))
        self.session, self.old, self.new, self.old_step, self.typing = session, old, new, old_step, typing

    def id(self) -> int:
        return TEXT_ID if self.typing else -1

    def mergeWith(self, other) -> bool:
        if not other.typing:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.session._apply_text(self.new)

    def undo(self) -> None:
        self.session._apply_text(self.old, self.old_step)
