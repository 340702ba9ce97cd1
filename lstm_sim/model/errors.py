"""What goes wrong, as codes with parameters (``messages``), shared by every reader (no
reader imports another) and by the scenarios.

A reader raises :class:`FileProblem`; ``files`` turns it into ``ModelFileError`` with the
file's name. Every such error is :class:`Coded`: ``code`` and ``params`` say what went
wrong, ``message`` is the whole :class:`~.messages.Message` (with where it happened), and
``str()`` is its English text. A view words ``message`` in its own language; nobody
matches on the English.
"""
from __future__ import annotations

from .messages import Message

#: Where a reader leaves sentences on how it found the weights (a name no tensor has).
NOTES = "\0notes"
#: ``Unpacked.entry`` of a file that is one whole pickled module.
WHOLE_MODULE = "(a whole module)"


def as_message(code, params: dict) -> Message:
    """``code`` as a Message (a Message passes as it is); any other text must be a code
    of the catalog (KeyError otherwise): no error reaches a user as uncatalogued prose."""
    if isinstance(code, Message):
        return code
    return Message(code, **params)


class Coded:
    """Mix in before an exception class: ``code``, ``params`` and ``message`` of a
    catalog message; ``str(exc)`` is the Message itself (its English text, still
    carrying its code), so whoever passes ``str(exc)`` on passes the code along too."""

    code: str | None = None
    params: dict = {}
    message: Message | str = ""

    def _say(self, message, code: str | None = None, params: dict | None = None):
        self.message = message
        if isinstance(message, Message):
            self.code = message.code if code is None else code
            self.params = dict(message.params if params is None else params)
        return message

    def __str__(self) -> str:
        return self.message


class InvalidValue(Coded, ValueError):
    """A value a user gave (in a file, a field, a setting) that cannot be used."""

    def __init__(self, code, **params):
        super().__init__(self._say(as_message(code, params)))


class FileProblem(Coded, Exception):
    """Raised by the readers; ``files`` turns it into ModelFileError with the file's name.
    ``field`` is the field at fault, if the reader knows it. Where two readings fit,
    ``part`` ("cell", "readout" or "embedding") and ``choices`` (the module names that
    fit) let a caller ask the user and try again."""

    def __init__(self, code, field: str | None = None, part: str | None = None, choices=(), **params):
        problem = as_message(code, params)
        self.problem, self.field = problem, field
        shown = problem if field is None else Message("at-field", field=field, problem=problem)
        super().__init__(self._say(shown, getattr(problem, "code", None), getattr(problem, "params", {})))
        self.part, self.choices = part, tuple(choices)
