"""The machinery of the lesson's claims: how a claim is declared, read off a trace by
label, and reported. The claims themselves live beside their lessons
(``lessons/facts.py``, ``lessons/walkthrough_facts.py``) and import only this module;
``claims`` gathers them and evaluates (so no module imports its own importer).

A claim is one of two kinds:

- a **check** ("Checked on the live model"): a predicate that finds the step and the
  units it talks about by their labels ("the step where the sentence starts with
  Doug", "the unit for saw"), reads the numbers and says whether they still support
  what the lesson says. Every check can fail: some weight edit or gate clamp a learner
  can make breaks it, and then it says what the lesson expects and what the model does
  instead, side by side. Its thresholds are relative to the votes involved (a vote is
  "strong" next to the others, memory "cancels" next to the terms that cancel), so a
  change that leaves the story intact (the ignoring gate held at 0.5) leaves it green;
- a **worked example**: arithmetic that shows how a step works (weekdays against a
  three-day cycle, a signal through the valves the learner set, the merge at one
  step). It is shown with its numbers, labelled as an example, and never "holds" or
  "breaks": arithmetic and identities of the forward pass cannot fail.

On a network a claim is not about (other words, other units, another kind of cell) it
comes back *not applicable* instead of crashing.

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


#: A gate is open above this, closed below it (a valve's middle).
OPEN = 0.5
#: A value counts as strong when its size is at least this share of the largest one it
#: is compared with (the votes at that step, the memory terms that meet).
STRONG_SHARE = 0.5
#: What is left after two terms "cancel" is at most this share of the terms.
CANCELLED_SHARE = 0.2
#: Something counts as nothing next to another value when it is below this share of it.
QUIET_SHARE = 0.1
#: Below this size a vector holds nothing at all (so a share of it means nothing either).
NOTHING = 1e-3

NAMES = ("Doug", "Jane", "Spot")
#: The book's words, marked so a claim's reason can name them in the reader's language.
BOOK_WORDS = (QT_TRANSLATE_NOOP("claims", "Doug"), QT_TRANSLATE_NOOP("claims", "Jane"),
              QT_TRANSLATE_NOOP("claims", "Spot"), QT_TRANSLATE_NOOP("claims", "saw"),
              QT_TRANSLATE_NOOP("claims", "the period"), QT_TRANSLATE_NOOP("claims", "."))
#: The dishes, likewise.
DISH_WORDS = (QT_TRANSLATE_NOOP("claims", "pizza"), QT_TRANSLATE_NOOP("claims", "sushi"),
              QT_TRANSLATE_NOOP("claims", "waffles"))
LESSON_IDS = ("dinner", "vectors", "book", "squashing", "mistakes", "lstm", "jane-saw-spot")
KINDS = ("check", "example")
#: How a result is labelled, for the command line (the view words its own).
STATUS_WORDS = {"holds": QT_TRANSLATE_NOOP("claims", "holds"),
                "broken": QT_TRANSLATE_NOOP("claims", "broken"),
                "not applicable": QT_TRANSLATE_NOOP("claims", "not applicable"),
                "example": QT_TRANSLATE_NOOP("claims", "worked example")}
LESSON_SAYS = QT_TRANSLATE_NOOP("claims", "The lesson: {0}")
MODEL_DOES = QT_TRANSLATE_NOOP("claims", "This model: {0}")
AT_STEP = QT_TRANSLATE_NOOP("claims", "step {0}")


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


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class ClaimResult:
    lesson: str                 # lesson id, one of LESSON_IDS
    id: str                     # claim id, unique over all lessons
    step: int | None            # 0-based token index the claim reads, or None
    claim: str                  # template; fill with values (after translating)
    holds: bool                 # False when broken or not applicable (a worked example: True)
    values: dict = field(default_factory=dict)     # the numbers it read
    reason: str = ""            # template: what the model does instead / why not applicable ("" when it holds)
    applicable: bool = True
    labels: dict = field(default_factory=dict)     # words (and the one number) the reason names
    kind: str = "check"         # "check" or "example"
    expects: str = ""           # what the lesson says, in words (no numbers): shown beside the reason

    @property
    def status(self) -> str:
        """'holds', 'broken', 'not applicable' or (a worked example) 'example'."""
        if not self.applicable:
            return "not applicable"
        if self.kind == "example":
            return "example"
        return "holds" if self.holds else "broken"

    @staticmethod
    def _words(table: dict, tr) -> dict:
        """Numbers as they are; words (a dish, a name) in the reader's language."""
        return {k: (tr(v) if isinstance(v, str) else v) for k, v in table.items()}

    def text_in(self, tr: Callable[[str], str] = _same) -> str:
        """The claim with its numbers, ``tr`` translating the template (default: English)."""
        return fill(tr(self.claim), self._words(self.values, tr))

    def reason_in(self, tr: Callable[[str], str] = _same) -> str:
        return fill(tr(self.reason), self._words({**self.values, **self.labels}, tr))

    def expects_in(self, tr: Callable[[str], str] = _same) -> str:
        return tr(self.expects) if self.expects else self.text_in(tr)

    @property
    def text(self) -> str:
        return self.text_in()

    @property
    def reason_text(self) -> str:
        return self.reason_in()

    @property
    def expects_text(self) -> str:
        return self.expects_in()

    def to_json(self, tr: Callable[[str], str] = _same) -> dict:
        return {"lesson": self.lesson, "id": self.id, "kind": self.kind, "step": self.step,
                "claim": self.text_in(tr), "holds": self.holds, "status": self.status,
                "values": self.values, "expects": self.expects_in(tr), "reason": self.reason_in(tr),
                "template": self.claim}


class Context:
    """A trace plus its vocabulary and unit labels, with look-ups by label.

    ``net`` is the network that made the trace (for the claims that run its loop on
    their own); ``inputs`` holds what a lesson's demo is set to (the valves the learner
    moved), for the worked examples that read it."""

    def __init__(self, trace, words, units, net=None, inputs: dict | None = None):
        self.trace, self.words, self.units = trace, list(words), list(units)
        self.net, self.inputs = net, dict(inputs or {})
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

    def need_trace(self, memory: bool = False, gateless: bool = False):
        """The trace, if there is one and its cell has a memory c (``memory``: an LSTM's
        claim) or no gates (``gateless``: the RNN lessons' nets, the plain RNN and the lesson's)."""
        if self.trace is None or len(self.trace) == 0:
            raise NotApplicable(QT_TRANSLATE_NOOP("claims", "there is no trace to read"))
        spec = self.trace.spec
        if memory and not spec.memory:
            raise NotApplicable(QT_TRANSLATE_NOOP(
                "claims", "this claim is about an LSTM; this network is not one"))
        if gateless and spec.gates:
            raise NotApplicable(QT_TRANSLATE_NOOP(
                "claims", "this claim is about an RNN without gates; this network has gates"))
        return self.trace

    def need_net(self):
        """The network (``net`` may be given as a function that makes it, so a view pays
        for a copy of the weights only when a claim reads them)."""
        if callable(self.net):
            self.net = self.net()
        if self.net is None:
            raise NotApplicable(QT_TRANSLATE_NOOP("claims", "this claim needs the network's weights"))
        return self.net

    def recurrent_key(self) -> str:
        """The trace key of what goes round the loop: h_prev, or the lesson RNN's p_prev."""
        return f"{self.trace.spec.recurrent}_prev"

    def at(self, key: str, t: int, unit: str) -> float:
        return float(self.trace[key][t][self.unit(unit)])

    def prob(self, t: int, word: str) -> float:
        return float(self.trace["probs"][t][self.word(word)])

    def is_token(self, t: int, word: str) -> bool:
        return 0 <= t < len(self.tokens) and self.tokens[t].lower() == word.lower()

    def clamped(self, gate: str, unit: int | None = None) -> bool:
        """Whether the trace ran with ``gate`` held (at ``unit``, or at any unit)."""
        clamps = getattr(self.trace, "clamps", None) or {}
        if isinstance(clamps, (list, tuple)):
            clamps = clamps[0] if clamps else {}
        values = clamps.get(gate)
        if values is None:
            return False
        held = ~np.isnan(np.asarray(values, dtype=np.float64))
        return bool(held.any() if unit is None else held[unit])


def strong(value: float, among, sign: int = 1) -> bool:
    """``value`` has the sign ``sign`` and is strong next to ``among`` (at least
    STRONG_SHARE of the largest size there), and ``among`` is not all nothing."""
    top = float(np.max(np.abs(among))) if np.size(among) else 0.0
    return top > NOTHING and sign * value > 0 and abs(value) >= STRONG_SHARE * top


def quiet_next_to(value: float, other: float) -> bool:
    """``value`` is nothing next to ``other`` (below QUIET_SHARE of its size)."""
    return abs(value) <= QUIET_SHARE * abs(other)


Check = Callable[[Context], tuple]
CLAIMS: dict[str, "Claim"] = {}


@dataclass(frozen=True)
class Claim:
    lesson: str
    id: str
    text: str
    check: Check
    expects: str = ""
    kind: str = "check"

    def evaluate(self, ctx: Context) -> ClaimResult:
        try:
            step, values, conditions = self.check(ctx)
        except NotApplicable as na:
            return ClaimResult(self.lesson, self.id, None, self.text, False, {}, na.reason,
                               applicable=False, labels=na.labels, kind=self.kind, expects=self.expects)
        except (ArithmeticError, IndexError, KeyError, ValueError) as exc:
            # A network shaped unlike anything the claim expects: say so, never crash a view.
            return ClaimResult(self.lesson, self.id, None, self.text, False, {},
                               QT_TRANSLATE_NOOP("claims", "cannot be read on this network ({error})"),
                               applicable=False, labels={"error": str(exc)}, kind=self.kind,
                               expects=self.expects)
        values = {k: (round(float(v), 6) if isinstance(v, (float, np.floating)) else v)
                  for k, v in values.items()}
        if self.kind == "example":
            return ClaimResult(self.lesson, self.id, step, self.text, True, values, kind="example",
                               expects=self.expects)
        broken = [(c[1], c[2] if len(c) > 2 else {}) for c in conditions if not c[0]]
        reason, labels = broken[0] if broken else ("", {})
        return ClaimResult(self.lesson, self.id, step, self.text, not broken, values, reason,
                           labels=labels, expects=self.expects)


def claim(lesson: str, cid: str, text: str, expects: str = ""):
    """Declare a check: ``text`` says it with the numbers read, ``expects`` what the
    lesson says in words (shown beside what the model does when the check breaks)."""
    def register(check: Check) -> Check:
        if lesson not in LESSON_IDS:
            raise ValueError(f"claim {cid!r}: unknown lesson {lesson!r}")
        CLAIMS[cid] = Claim(lesson, cid, text, check, expects, "check")
        return check
    return register


def example(lesson: str, cid: str, text: str):
    """Declare a worked example: ``check`` returns (step, values, ()) and never fails."""
    def register(check: Check) -> Check:
        if lesson not in LESSON_IDS:
            raise ValueError(f"example {cid!r}: unknown lesson {lesson!r}")
        CLAIMS[cid] = Claim(lesson, cid, text, check, "", "example")
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
