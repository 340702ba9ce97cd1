"""Stepping inside the cell: what each stage of the computation does (the formula shown
above the cell), and what a partly drawn cell (a lesson building the LSTM part by part,
see ``reveal``) can and cannot show. Text and sets only; ``view`` draws them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .kinds import DRAWINGS
from .reveal import PARTS, shown_parts



def partial_parts(scene, spec) -> list[str] | None:
    """The parts drawn, when a lesson draws only some of the LSTM's (see ``reveal``)."""
    shown = shown_parts(scene) if spec.memory else PARTS    # lessons draw the LSTM part by part
    return list(shown) if len(shown) < len(PARTS) else None


def unmade(shown: list[str] | None) -> set[str]:
    """Strips whose values the drawn parts (``shown``, None: all) cannot have made:
    without the selection gate, the whole cell's prediction h would contradict the drawing."""
    return {"h"} if shown is not None and "selection" not in shown else set()


def formula_text(layout_key: str, k: int, shown: list[str] | None) -> str:
    """The formula of stage ``k``; where a lesson has not drawn every part of the
    cell yet (``shown``), the formulas that would name missing gates leave them out."""
    text = QCoreApplication.translate("diagram", DRAWINGS[layout_key].stages[k])
    if shown is None:
        return text
    gates = [g for g, part in (("i", "ignoring"), ("f", "memory"), ("o", "selection")) if part in shown]
    if k == 1:           # the paths
        text = QCoreApplication.translate("diagram", "2 · The prediction path votes: g = tanh(W_g·x + U_g·h₋₁ + b_g)")
        if gates:
            text += QCoreApplication.translate("diagram", ";  {0} = σ(W·x + U·h₋₁ + b)").format(", ".join(gates))
    elif k == 4 and "ignoring" not in shown:       # merging, before the ignoring gate is met
        text = QCoreApplication.translate("diagram", "5 · Merging: cₜ = f ⊙ cₜ₋₁ + g")
    return text
