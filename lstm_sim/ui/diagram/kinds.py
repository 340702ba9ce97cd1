"""Each kind of cell as the diagram draws it, declared once: its layout, what each stage
of its computation does (the formula shown above the cell when stepping inside it, the
lesson's order; the stages are the layout's ``stages``) and the one formula of a whole
step (an export's caption). The model's ``CellSpec`` says what a kind computes; this
says how it is drawn, by the spec's ``layout_key`` (the plain RNN's squashing has its
own drawing). A new kind is its layout module and one entry here."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ...glossary import QT_TRANSLATE_NOOP
from .layout_gru import build_gru
from .layout_lstm import build_lstm
from .layout_rnn import build_rnn
from .scene import DiagramScene, Layout


@dataclass(frozen=True)
class Drawing:
    #: (scene, units, inputs, input_noun) → the layout, drawn into the scene.
    build: Callable[[DiagramScene, list, list, str], Layout]
    #: What each stage does (``QCoreApplication.translate("diagram", …)`` words them).
    stages: tuple[str, ...]
    #: The whole step in one formula.
    formula: str


def _plain_rnn(squash: str):
    def build(scene, units, inputs, input_noun):
        return build_rnn(scene, units, inputs, input_noun=input_noun, squash=squash)
    return build


def _lesson_rnn(scene, units, inputs, input_noun):
    """The lesson's RNN: its inputs are the words it predicts and feeds back."""
    return build_rnn(scene, units, inputs, words=inputs)


DRAWINGS = {
    "lstm": Drawing(build_lstm, (
        QT_TRANSLATE_NOOP("diagram", "1 · In: the new information xₜ and the previous prediction hₜ₋₁"),
        QT_TRANSLATE_NOOP("diagram", "2 · Four paths vote: g = tanh(W_g·x + U_g·h₋₁ + b_g);  i, f, o = σ(W·x + U·h₋₁ + b)"),
        QT_TRANSLATE_NOOP("diagram", "3 · Forgetting: f ⊙ cₜ₋₁ keeps part of the old memory"),
        QT_TRANSLATE_NOOP("diagram", "4 · Ignoring: i ⊙ g lets part of the new votes in"),
        QT_TRANSLATE_NOOP("diagram", "5 · Merging: cₜ = f ⊙ cₜ₋₁ + i ⊙ g"),
        QT_TRANSLATE_NOOP("diagram", "6 · Squashing: tanh(cₜ) keeps the memory's votes within −1…1"),
        QT_TRANSLATE_NOOP("diagram", "7 · Selection: hₜ = o ⊙ tanh(cₜ)"),
        QT_TRANSLATE_NOOP("diagram", "8 · Out: the prediction hₜ, which also comes back as the next step's hₜ₋₁"),
    ), "cₜ = f ⊙ cₜ₋₁ + i ⊙ g\u2003\u2003hₜ = o ⊙ tanh(cₜ)"),
    "rnn": Drawing(_plain_rnn("tanh"), (
        QT_TRANSLATE_NOOP("diagram", "1 · In: the new information xₜ and the previous prediction hₜ₋₁"),
        QT_TRANSLATE_NOOP("diagram", "2 · The prediction path: hₜ = tanh(W·x + U·h₋₁ + b)"),
        QT_TRANSLATE_NOOP("diagram", "3 · Out: the prediction hₜ"),
        QT_TRANSLATE_NOOP("diagram", "4 · Next step: hₜ comes back as hₜ₋₁"),
    ), "hₜ = tanh(W·xₜ + U·hₜ₋₁ + b)"),
    "rnn-relu": Drawing(_plain_rnn("relu"), (
        QT_TRANSLATE_NOOP("diagram", "1 · In: the new information xₜ and the previous prediction hₜ₋₁"),
        QT_TRANSLATE_NOOP("diagram", "2 · The prediction path: hₜ = relu(W·x + U·h₋₁ + b) = max(0, …)"),
        QT_TRANSLATE_NOOP("diagram", "3 · Out: the prediction hₜ"),
        QT_TRANSLATE_NOOP("diagram", "4 · Next step: hₜ comes back as hₜ₋₁"),
    ), "hₜ = relu(W·xₜ + U·hₜ₋₁ + b)"),
    "gru": Drawing(build_gru, (
        QT_TRANSLATE_NOOP("diagram", "1 · In: the new information xₜ and the previous prediction hₜ₋₁"),
        QT_TRANSLATE_NOOP("diagram", "2 · Two valves: update z = σ(W_z·x + U_z·h₋₁ + b_z), reset r = σ(W_r·x + U_r·h₋₁ + b_r)"),
        QT_TRANSLATE_NOOP("diagram", "3 · Reset: r ⊙ (Uₙ·h₋₁ + b_hn) keeps part of the old prediction's votes"),
        QT_TRANSLATE_NOOP("diagram", "4 · New prediction: n = tanh(Wₙ·x + bₙ + r ⊙ (Uₙ·h₋₁ + b_hn))"),
        QT_TRANSLATE_NOOP("diagram", "5 · Update: z ⊙ hₜ₋₁ keeps part of the old, (1 − z) ⊙ n takes part of the new"),
        QT_TRANSLATE_NOOP("diagram", "6 · Mixing: hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ n"),
        QT_TRANSLATE_NOOP("diagram", "7 · Out: the prediction hₜ, which also comes back as the next step's hₜ₋₁"),
    ), "hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ n"),
    "lesson-rnn": Drawing(_lesson_rnn, (
        QT_TRANSLATE_NOOP("diagram", "1 · In: the new information xₜ and the previous prediction pₜ₋₁"),
        QT_TRANSLATE_NOOP("diagram", "2 · The prediction path: hₜ = tanh(W·x + U·pₜ₋₁ + b)"),
        QT_TRANSLATE_NOOP("diagram", "3 · Out: the next-word probabilities pₜ = softmax(W_out·hₜ + b_out)"),
        QT_TRANSLATE_NOOP("diagram", "4 · Next step: pₜ comes back as pₜ₋₁"),
    ), "pₜ = softmax(W_out · tanh(W·xₜ + U·pₜ₋₁ + b) + b_out)"),
}


def drawing_of(spec, nonlinearity: str = "tanh") -> Drawing:
    """How a cell of this spec squashing with ``nonlinearity`` is drawn."""
    return DRAWINGS[spec.layout_key(nonlinearity)]
