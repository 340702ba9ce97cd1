"""The model's and the scenarios' messages in the language of the UI.

An error from below carries a code with parameters (``model.messages``); here, and only
here, it is worded: the catalog's English template is looked up in the installed
translation (context "Messages") and filled in. Parameters that are messages themselves
(a part of a sentence, a word such as "(no prefix)") are worded the same way. Whatever has
no code (the system's own words, an error from elsewhere) is shown as it is. Nothing
here, or anywhere, reads the English text to decide what to do: callers act on ``code``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..model.messages import MESSAGES, Joined, Message, os_reason

CONTEXT = "Messages"


def word(message) -> str:
    """A Message (or a Joined list of them) in the current language; other text as it is."""
    if isinstance(message, Joined):
        return message.sep.join(word(part) for part in message.parts)
    if not isinstance(message, Message):
        return str(message)
    params = {k: word(v) if isinstance(v, (Message, Joined)) else v for k, v in message.params.items()}
    template = QCoreApplication.translate(CONTEXT, MESSAGES[message.code])
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):     # a translation that lost a parameter: English beats nothing
        return MESSAGES[message.code].format(**params)


def file_reason(exc: Exception) -> str:
    """Why a file could not be read (an OSError, or text that is not UTF-8), in the UI's
    language where it is a common reason, else in the system's words."""
    if isinstance(exc, UnicodeDecodeError):
        return word(Message("not-utf8"))
    if isinstance(exc, OSError):
        return word(os_reason(exc))
    return describe(exc)


def describe(error) -> str:
    """What to tell the user about ``error`` (an exception, or the text of one), in the
    UI's language: its ``message`` worded when it has a code, else its text."""
    message = getattr(error, "message", None)
    if isinstance(message, (Message, Joined)):
        return word(message)
    if isinstance(error, (Message, Joined)):
        return word(error)
    return str(error)
