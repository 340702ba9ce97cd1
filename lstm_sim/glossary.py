"""The glossary of DESIGN.md in one place: the lesson's word first, then the symbol.

Every caption, heatmap title, tooltip and CLI row label takes its words from here.
Keys are the trace's keys (``Trace.step``).
"""
from __future__ import annotations

from .model.network import PATH_NAMES

WIRE_NAMES = {
    "x": "new information · xₜ",
    "h_prev": "previous prediction · hₜ₋₁",
    "c_prev": "memory · cₜ₋₁",
    **{gate: f"{word} · {gate}" for gate, word in PATH_NAMES.items()},
    "c": "memory · cₜ",
    "tanh_c": "squashed memory · tanh cₜ",
    "h": "prediction · hₜ",
    "probs": "next word · p",
}
