"""What the diagram calls things: the lesson's word first, then the symbol.

Every caption and tooltip of the diagram takes its words from here, the wire captions come
from ``lstm_sim.glossary``, the glossary's one home.
"""
from __future__ import annotations

from ...glossary import QT_TRANSLATE_NOOP, WIRE_NAMES as _WIRES
from ..i18n import Translated

#: The wire names in the current language (re-exported for the layouts and strips).
WIRE_NAMES = Translated("glossary", _WIRES)

#: Titles of the path boxes; 'rnn' is the plain recurrent cell's single path.
BOX_TITLES = Translated("glossary", {**{k: _WIRES[k] for k in "gifornz"},
                                      "rnn": QT_TRANSLATE_NOOP("glossary", "prediction · tanh"),
                                      "rnn-relu": QT_TRANSLATE_NOOP("glossary", "prediction · relu")})

#: One sentence per box or node: what it does, in the lesson's terms.
DESCRIPTIONS = Translated("diagram", {
    "g": QT_TRANSLATE_NOOP("diagram", 'Prediction path: a small network that reads the new information and the previous prediction and votes for (+) or against (−) each unit, squashed by tanh into −1…1.'),
    "i": QT_TRANSLATE_NOOP("diagram", "Ignoring gate: decides, per unit, how much of the prediction path's fresh votes is let into memory (0 = ignore it, 1 = let it all in)."),
    "f": QT_TRANSLATE_NOOP("diagram", 'Forgetting gate: decides, per unit, how much of the old memory to keep (0 = forget it, 1 = keep all of it).'),
    "o": QT_TRANSLATE_NOOP("diagram", "Selection gate: decides, per unit, how much of the memory is released as this step's prediction (0 = hold it back, 1 = let it out)."),
    "rnn": QT_TRANSLATE_NOOP("diagram", 'Prediction: a small network that combines the new information and the previous prediction into votes for each unit, squashed by tanh into −1…1.'),
    "rnn-relu": QT_TRANSLATE_NOOP("diagram", "Prediction: a small network that combines the new information and the previous prediction into votes for each unit; relu keeps a positive vote as it is and turns a negative one into 0, so nothing bounds it from above."),
    # the GRU: the update gate is the valve between the old prediction and the new one
    "r": QT_TRANSLATE_NOOP("diagram", "Reset gate: decides, per unit, how much of the previous prediction the new votes may use (0 = start afresh from the new information, 1 = use all of it)."),
    "z": QT_TRANSLATE_NOOP("diagram", "Update gate: the valve between the old prediction and the new one, per unit (1 = keep the old prediction, 0 = take the new votes)."),
    "n": QT_TRANSLATE_NOOP("diagram", "New prediction: a small network that votes from the new information and the part of the previous prediction the reset gate lets through, squashed by tanh into −1…1."),
    "reset_mul": QT_TRANSLATE_NOOP("diagram", "Reset ⊗: scales the previous prediction's votes, Uₙhₜ₋₁ + b, element by element by the reset gate before they join the new votes."),
    "keep_mul": QT_TRANSLATE_NOOP("diagram", "Keep ⊗: multiplies the previous prediction by the update gate z: the share of the old prediction each unit keeps."),
    "new_mul": QT_TRANSLATE_NOOP("diagram", "New ⊗: multiplies the new prediction by 1 − z: the share of the new votes each unit takes."),
    "mix_add": QT_TRANSLATE_NOOP("diagram", "Mixing ⊕: adds the kept old prediction and the admitted new votes; since z and 1 − z share each unit, hₜ lies between hₜ₋₁ and n."),
    "gru_h": QT_TRANSLATE_NOOP("diagram", "Prediction hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ n: this step's output and the next step's previous prediction. A GRU has no memory line apart from it."),
    "forget_mul": QT_TRANSLATE_NOOP("diagram", 'Forgetting ⊗: multiplies the old memory element by element by the forgetting gate, so each unit keeps only the share the gate allows.'),
    "ignore_mul": QT_TRANSLATE_NOOP("diagram", "Ignoring ⊗: multiplies the prediction path's votes element by element by the ignoring gate, so only what the gate lets in goes on to memory."),
    "merge_add": QT_TRANSLATE_NOOP("diagram", 'Merging ⊕: adds the kept memory and the admitted new votes element by element; the sum is the new memory cₜ.'),
    "squash": QT_TRANSLATE_NOOP("diagram", 'Squashing again: the memory itself is left unsquashed, so it can hold what piles up, and after ⊕ it can leave −1…1; tanh squeezes a copy of it back into −1…1 before the selection gate picks the prediction.'),
    "select_mul": QT_TRANSLATE_NOOP("diagram", 'Selection ⊗: multiplies the squashed memory element by element by the selection gate, so only the selected units become the prediction hₜ.'),
    "recycle": QT_TRANSLATE_NOOP("diagram", 'Next step: this prediction is fed back as the previous prediction hₜ₋₁ when the next word comes in.'),
    "x": QT_TRANSLATE_NOOP("diagram", "New information: this step's word as a one-hot vector, one cell per vocabulary word."),
    "h_prev": QT_TRANSLATE_NOOP("diagram", 'Previous prediction: what the cell predicted at the step before, fed back in.'),
    "p_prev": QT_TRANSLATE_NOOP("diagram", "Previous prediction: the next-word probabilities this net gave at the step before, fed back in. It is the net's only memory, as yesterday's prediction is the dinner net's."),
    "probs": QT_TRANSLATE_NOOP("diagram", "Next-word probabilities: the readout's scores for every word, squashed by softmax so they add up to 1. They are this step's prediction and the next step's input."),
    "lesson_recycle": QT_TRANSLATE_NOOP("diagram", "Next step: the probabilities are fed back as the previous prediction pₜ₋₁ when the next word comes in."),
    "c_prev": QT_TRANSLATE_NOOP("diagram", 'Memory cₜ₋₁: what the cell carried over from earlier steps.'),
    "c": QT_TRANSLATE_NOOP("diagram", 'Memory cₜ: the kept old memory plus the new votes the ignoring gate let in.'),
    "tanh_c": QT_TRANSLATE_NOOP("diagram", 'Squashed memory: the new memory passed through tanh, so it stays within −1…1.'),
    "h": QT_TRANSLATE_NOOP("diagram", "Prediction hₜ: the squashed memory after the selection gate; it is this step's output and the next step's previous prediction."),
    "memory_out": QT_TRANSLATE_NOOP("diagram", 'Memory cₜ is carried along the top line to the next step, where it becomes cₜ₋₁.'),
})


def wordings(table: Translated, key: str) -> tuple[str, str]:
    """``table[key]`` in English (the source) and in the current language: a layout that
    leaves room for both still fits after the learner switches language."""
    return dict.__getitem__(table, key), table[key]


def format_value(v: float) -> str:
    """A strip cell's number as its tooltip shows it."""
    v = float(v)
    if v != v:
        return "nan"
    if v == 0 or abs(v) >= 1e-4:
        return f"{v:.4f}"
    return f"{v:.2e}"


#: What one cell of a strip is: a unit, a word (one-hot input) or a value (an embedding's).
NOUNS = Translated("diagram", {"unit": QT_TRANSLATE_NOOP("diagram", "unit"),
                               "word": QT_TRANSLATE_NOOP("diagram", "word"),
                               "value": QT_TRANSLATE_NOOP("diagram", "value")})


def cell_tooltip(key: str, label: str, value: float, noun: str = "unit") -> str:
    """E.g. ``forgetting · f — unit 'saw': 0.0025``."""
    return f"{WIRE_NAMES.get(key, key)} — {NOUNS.get(noun, noun)} '{label}': {format_value(value)}"
