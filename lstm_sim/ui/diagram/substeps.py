"""Stepping inside the cell: what each stage of the computation does (the formula shown
above the cell), and what a partly drawn cell (a lesson building the LSTM part by part,
see ``reveal``) can and cannot show. Text and sets only; ``view`` draws them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...glossary import QT_TRANSLATE_NOOP
from .reveal import PARTS, shown_parts

#: What each stage of the computation does, for stepping inside the cell (the lesson's
#: order; the stages are the layouts' STAGES), by the cell's ``layout_key``.
SUBSTEP_TEXT = {
    "lstm": (
        QT_TRANSLATE_NOOP("diagram", "1 · In: the new information xₜ and the previous prediction hₜ₋₁"),
        QT_TRANSLATE_NOOP("diagram", "2 · Four paths vote: g = tanh(W_g·x + U_g·h₋₁ + b_g);  i, f, o = σ(W·x + U·h₋₁ + b)"),
        QT_TRANSLATE_NOOP("diagram", "3 · Forgetting: f ⊙ cₜ₋₁ keeps part of the old memory"),
        QT_TRANSLATE_NOOP("diagram", "4 · Ignoring: i ⊙ g lets part of the new votes in"),
        QT_TRANSLATE_NOOP("diagram", "5 · Merging: cₜ = f ⊙ cₜ₋₁ + i ⊙ g"),
        QT_TRANSLATE_NOOP("diagram", "6 · Squashing: tanh(cₜ) keeps the memory's votes within −1…1"),
        QT_TRANSLATE_NOOP("diagram", "7 · Selection: hₜ = o ⊙ tanh(cₜ)"),
        QT_TRANSLATE_NOOP("diagram", "8 · Out: the prediction hₜ, which also comes back as the next step's hₜ₋₁"),
    ),
    "rnn": (
        QT_TRANSLATE_NOOP("diagram", "1 · In: the new information xₜ and the previous prediction hₜ₋₁"),
        QT_TRANSLATE_NOOP("diagram", "2 · The prediction path: hₜ = tanh(W·x + U·h₋₁ + b)"),
        QT_TRANSLATE_NOOP("diagram", "3 · Out: the prediction hₜ"),
        QT_TRANSLATE_NOOP("diagram", "4 · Next step: hₜ comes back as hₜ₋₁"),
    ),
    "rnn-relu": (
        QT_TRANSLATE_NOOP("diagram", "1 · In: the new information xₜ and the previous prediction hₜ₋₁"),
        QT_TRANSLATE_NOOP("diagram", "2 · The prediction path: hₜ = relu(W·x + U·h₋₁ + b) = max(0, …)"),
        QT_TRANSLATE_NOOP("diagram", "3 · Out: the prediction hₜ"),
        QT_TRANSLATE_NOOP("diagram", "4 · Next step: hₜ comes back as hₜ₋₁"),
    ),
    "gru": (
        QT_TRANSLATE_NOOP("diagram", "1 · In: the new information xₜ and the previous prediction hₜ₋₁"),
        QT_TRANSLATE_NOOP("diagram", "2 · Two valves: update z = σ(W_z·x + U_z·h₋₁ + b_z), reset r = σ(W_r·x + U_r·h₋₁ + b_r)"),
        QT_TRANSLATE_NOOP("diagram", "3 · Reset: r ⊙ (Uₙ·h₋₁ + b_hn) keeps part of the old prediction's votes"),
        QT_TRANSLATE_NOOP("diagram", "4 · New prediction: n = tanh(Wₙ·x + bₙ + r ⊙ (Uₙ·h₋₁ + b_hn))"),
        QT_TRANSLATE_NOOP("diagram", "5 · Update: z ⊙ hₜ₋₁ keeps part of the old, (1 − z) ⊙ n takes part of the new"),
        QT_TRANSLATE_NOOP("diagram", "6 · Mixing: hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ n"),
        QT_TRANSLATE_NOOP("diagram", "7 · Out: the prediction hₜ, which also comes back as the next step's hₜ₋₁"),
    ),
    "lesson-rnn": (
        QT_TRANSLATE_NOOP("diagram", "1 · In: the new information xₜ and the previous prediction pₜ₋₁"),
        QT_TRANSLATE_NOOP("diagram", "2 · The prediction path: hₜ = tanh(W·x + U·pₜ₋₁ + b)"),
        QT_TRANSLATE_NOOP("diagram", "3 · Out: the next-word probabilities pₜ = softmax(W_out·hₜ + b_out)"),
        QT_TRANSLATE_NOOP("diagram", "4 · Next step: pₜ comes back as pₜ₋₁"),
    ),
}


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
    text = QCoreApplication.translate("diagram", SUBSTEP_TEXT[layout_key][k])
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
