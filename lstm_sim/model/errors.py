"""What goes wrong reading a model file, shared by every reader (no reader imports another).

A reader raises :class:`FileProblem`; ``files`` turns it into ``ModelFileError`` with the
file's name.
"""
from __future__ import annotations

#: Where a reader leaves sentences on how it found the weights (a name no tensor has).
NOTES = "\0notes"
#: ``Unpacked.entry`` of a file that is one whole pickled module.
WHOLE_MODULE = "(a whole module)"


class FileProblem(Exception):
    """Raised by the readers; ``files`` turns it into ModelFileError with the file's name.
    Where two readings fit, ``part`` ("cell", "readout" or "embedding") and ``choices``
    (the module names that fit) let a caller ask the user and try again."""

    def __init__(self, message: str, part: str | None = None, choices=()):
        super().__init__(message)
        self.part, self.choices = part, tuple(choices)
