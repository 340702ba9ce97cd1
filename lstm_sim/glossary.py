"""The glossary of DESIGN.md in one place: the lesson's word first, then the symbol.

Every caption, heatmap title, tooltip and CLI row label takes its words from here.
Keys are the trace's keys (``Trace.step``). The strings are marked for Qt's translation
tools (context "glossary"); views show them in the current language through
``ui.i18n.Translated``. This module stays free of Qt, so the command line and notebooks
can use it.
"""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:     # noqa: N802  (the name lupdate looks for)
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


WIRE_NAMES = {
    "x": QT_TRANSLATE_NOOP("glossary", "new information · xₜ"),
    "h_prev": QT_TRANSLATE_NOOP("glossary", "previous prediction · hₜ₋₁"),
    "p_prev": QT_TRANSLATE_NOOP("glossary", "previous prediction · pₜ₋₁"),
    "c_prev": QT_TRANSLATE_NOOP("glossary", "memory · cₜ₋₁"),
    "i": QT_TRANSLATE_NOOP("glossary", "ignoring · i"),
    "f": QT_TRANSLATE_NOOP("glossary", "forgetting · f"),
    "g": QT_TRANSLATE_NOOP("glossary", "prediction · g"),
    "o": QT_TRANSLATE_NOOP("glossary", "selection · o"),
    "c": QT_TRANSLATE_NOOP("glossary", "memory · cₜ"),
    "tanh_c": QT_TRANSLATE_NOOP("glossary", "squashed memory · tanh cₜ"),
    "h": QT_TRANSLATE_NOOP("glossary", "prediction · hₜ"),
    "probs": QT_TRANSLATE_NOOP("glossary", "next word · p"),
    # the GRU (torch's nn.GRU): two valves and one set of new votes, no separate memory
    "r": QT_TRANSLATE_NOOP("glossary", "reset · r"),
    "z": QT_TRANSLATE_NOOP("glossary", "update · z"),
    "n": QT_TRANSLATE_NOOP("glossary", "new prediction · n"),
    "hn": QT_TRANSLATE_NOOP("glossary", "old prediction's votes · Uₙhₜ₋₁"),
}
