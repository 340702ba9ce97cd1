"""The machinery of the lesson's claims: how a claim is declared, read off a trace by
label, and reported. The claims themselves live beside their lessons
(``lessons/facts.py``, ``lessons/walkthrough_facts.py``) and import only this module;
``claims`` gathers them and evaluates (so no module imports its own importer).

Each claim is a small predicate: it finds the step and the units it talks about by
their labels ("the step where the sentence starts with Doug", "the unit for saw"),
reads the numbers, and says whether they still support what the lesson says. So after
a weight edit, a clamp or a training run, a claim that no longer holds comes back
*broken* with the numbers and a one-line reason, and on a network the claim is not
about (other words, other units, a plain RNN) it comes back *not applicable* instead
of crashing.

Texts are ``str.format`` templates over named values (``{g_saw:+.2f}``) so a view can
translate the template first and fill in the numbers after; they are marked with
``QT_TRANSLATE_NOOP`` (a plain function here: this module imports no Qt) so Qt's
``lupdate`` collects them in the "claims" context. NumPy only.
"""
from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import Callable

import numpy as np


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:     # noqa: N802 (lupdate's marker)
    return text


#: A vote or memory value counts when its size is above this.
STRONG = 0.5
#: A gate is open above this, closed below it.
OPEN = 0.5
#: A value this small (in size) counts as nothing.
QUIET = 0.1
#: Two memory terms "cancel" when what is left is smaller than this.
CANCELLED = 0.2

NAMES = ("Doug", "Jane", "Spot")
LESSON_IDS = ("dinner", "vectors", "book", "squashing", "gates", "lstm", "jane-saw-spot")


class NotApplicable(Exception):
    """The claim is not about this network or text; ``reason`` is a template over ``labels``."""

    def __init__(self, reason: str, **labels: str):
        super().__init__(reason)
        self.reason, self.labels = reason, labels


class _Gap:
    """A value the claim could not read: shows as "…" whatever the format spec."""

    def __format__(self, spec: str) -> str:
        return "…"


class _Missing(dict):
    def __missing__(self, key):
        return _Gap()


def fill(template: str, values: dict) -> str:
    """``template`` with ``values`` filled in; a missing or unformattable value shows as "…"."""
    try:
        return string.Formatter().vformat(template, (), _Missing(values))
    except (ValueError, TypeError):
        return template


@dataclass(frozen=True)
class ClaimResult:
    lesson: str                 # lesson id, one of LESSON_IDS
    id: str                     # claim id, unique over all lessons
    step: int | None            # 0-based token index the claim reads, or None
    claim: str                  # template; fill with values (after translating)
    holds: bool                 # False when broken or not applicable
    values: dict = field(default_factory=dict)     # the numbers it read
    reason: str = ""            # template: why it is broken / not applicable ("" when it holds)
    applicable: bool = True
    labels: dict = field(default_factory=dict)     # words (and the one number) the reason names

    @property
    def status(self) -> str:
        """'holds', 'broken' or 'not applicable'."""
        return "not applicable" if not self.applicable else ("holds" if self.holds else "broken")

    @property
    def text(self) -> str:
        return fill(self.claim, self.values)

    @property
    def reason_text(self) -> str:
        return fill(self.reason, {**self.values, **self.labels})

    def to_json(self) -> dict:
        return {"lesson": self.lesson, "id": self.id, "step": self.step, "claim": self.text,
                "holds": self.holds, "status": self.status, "values": self.values,
                "reason": self.reason_text, "template": self.claim}


class Context:
    """A trace plus its vocabulary and unit labels, with look-ups by label."""

    def __init__(self, trace, words, units):
        self.trace, self.words, self.units = trace, list(words), list(units)
        self.tokens = [str(t) for t in (trace.tokens if trace is not None else [])]

    def _find(self, labels: list[str], label: str) -> int | None:
        folded = [w.lower() for w in labels]
        return folded.index(label.lower()) if label.lower() in folded else None

    def word(self, label: str) -> int:
        k = self._find(self.words, label)
        if k is None:
            raise NotApplicable(QT_TRANSLATE_NOOP("claims", "the vocabulary has no “{word}”"),
                                word=label)
        return k

    def unit(self, label: str) -> int:
        k = self._find(self.units, label)
        if k is None:
            raise NotApplicable(QT_TRANSLATE_NOOP("claims", "no unit of this network is labelled “{word}”"),
                                word=label)
        return k

    def need_trace(self, kind: str | None = None):
        if self.trace is None or len(self.trace) == 0:
            raise NotApplicable(QT_TRANSLATE_NOOP("claims", "there is no trace to read"))
        if kind == "lstm" and self.trace.kind != kind:
            raise NotApplicable(QT_TRANSLATE_NOOP(
                "claims", "this claim is about an LSTM; this network is a plain RNN"))
        if kind == "rnn" and self.trace.kind != kind:
            raise NotApplicable(QT_TRANSLATE_NOOP(
                "claims", "this claim is about a plain RNN; this network is an LSTM"))
        return self.trace

    def at(self, key: str, t: int, unit: str) -> float:
        return float(self.trace[key][t][self.unit(unit)])

    def prob(self, t: int, word: str) -> float:
        return float(self.trace["probs"][t][self.word(word)])

    def is_token(self, t: int, word: str) -> bool:
        return 0 <= t < len(self.tokens) and self.tokens[t].lower() == word.lower()


Check = Callable[[Context], tuple]
CLAIMS: dict[str, "Claim"] = {}


@dataclass(frozen=True)
class Claim:
    lesson: str
    id: str
    text: str
    check: Check

    def evaluate(self, ctx: Context) -> ClaimResult:
        try:
            step, values, conditions = self.check(ctx)
        except NotApplicable as na:
            return ClaimResult(self.lesson, self.id, None, self.text, False, {}, na.reason,
                               applicable=False, labels=na.labels)
        except (ArithmeticError, IndexError, KeyError, ValueError) as exc:
            # A network shaped unlike anything the claim expects: say so, never crash a view.
            return ClaimResult(self.lesson, self.id, None, self.text, False, {},
                               QT_TRANSLATE_NOOP("claims", "cannot be read on this network ({error})"),
                               applicable=False, labels={"error": str(exc)})
        values = {k: (round(float(v), 6) if isinstance(v, (float, np.floating)) else v)
                  for k, v in values.items()}
        broken = [(c[1], c[2] if len(c) > 2 else {}) for c in conditions if not c[0]]
        reason, labels = broken[0] if broken else ("", {})
        return ClaimResult(self.lesson, self.id, step, self.text, not broken, values, reason,
                           labels=labels)


def claim(lesson: str, cid: str, text: str):
    def register(check: Check) -> Check:
        CLAIMS[cid] = Claim(lesson, cid, text, check)
        return check
    return register


def lesson_of(key) -> str:
    """A lesson id from an id, a 1-based number or its string ("7")."""
    if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
        n = int(key)
        if not 1 <= n <= len(LESSON_IDS):
            raise KeyError(f"there are lessons 1 to {len(LESSON_IDS)}, not {n}")
        return LESSON_IDS[n - 1]
    if key not in LESSON_IDS:
        raise KeyError(f"unknown lesson {key!r}; lessons are: {', '.join(LESSON_IDS)}")
    return key


