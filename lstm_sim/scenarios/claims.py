"""The lesson's claims as checks on a live trace, not canned text.

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


def evaluate(lesson, trace, words, units, ids=None) -> list[ClaimResult]:
    """Every claim of ``lesson`` (an id, a number, or "all"/None for every lesson) on
    ``trace``; ``ids`` keeps only those claims, in that order."""
    ctx = Context(trace, words, units)
    if ids is not None:
        return [CLAIMS[c].evaluate(ctx) for c in ids]
    wanted = None if lesson in (None, "all") else lesson_of(lesson)
    chosen = sorted((c for c in CLAIMS.values() if wanted in (None, c.lesson)),
                    key=lambda c: LESSON_IDS.index(c.lesson))        # stable: keeps each lesson's order
    return [c.evaluate(ctx) for c in chosen]


def to_json(results: list[ClaimResult]) -> list[dict]:
    return [r.to_json() for r in results]


def evaluate_preset(name: str, lesson="all", text: str | None = None, clamps=None) -> list[ClaimResult]:
    """Load a preset, trace its own text (or ``text``) with ``clamps``, and evaluate."""
    from ..model import forward
    from .presets import load_preset
    preset = load_preset(name)
    tokens = preset.vocab.tokenize(preset.text if text is None else text)
    trace = forward(preset.net, preset.vocab.inputs(tokens), tokens=tokens,
                    clamps=clamps if preset.net.kind == "lstm" else None)
    return evaluate(lesson, trace, preset.vocab.words, preset.units)


# -- 7. "Jane saw Spot. Doug…" ----------------------------------------------------------------
# The walkthrough's units are its words, so "the unit for saw" is looked up by label.

def _doug_step(ctx, then_saw: bool) -> int:
    """The last step whose input is a sentence-opening "Doug" (followed by "saw" if asked)."""
    ctx.need_trace("lstm")
    for t in range(len(ctx.tokens) - 1, -1, -1):
        starts = t == 0 or ctx.is_token(t - 1, ".")
        if ctx.is_token(t, "Doug") and starts and (not then_saw or ctx.is_token(t + 1, "saw")):
            return t
    if then_saw:
        raise NotApplicable(QT_TRANSLATE_NOOP("claims", "the text has no sentence starting “Doug saw”"))
    raise NotApplicable(QT_TRANSLATE_NOOP("claims", "the text has no sentence starting with “Doug”"))


def _votes(ctx, key: str, t: int, words) -> dict:
    return {f"{key}_{w.lower()}": ctx.at(key, t, w) for w in words}


@claim("jane-saw-spot", "doug-after-names", QT_TRANSLATE_NOOP(
    "claims", "Before “Doug”, the previous prediction was the names: Doug {h_prev_doug:+.3f}, "
              "Jane {h_prev_jane:+.3f}, Spot {h_prev_spot:+.3f}"))
def _doug_after_names(ctx):
    t = _doug_step(ctx, then_saw=False)
    v = _votes(ctx, "h_prev", t, NAMES)
    return t, v, [
        (v[f"h_prev_{n.lower()}"] > STRONG,
         QT_TRANSLATE_NOOP("claims", "the previous prediction for {word} is only {value:+.3f}"),
         {"word": n, "value": v[f"h_prev_{n.lower()}"]}) for n in NAMES]


@claim("jane-saw-spot", "doug-votes", QT_TRANSLATE_NOOP(
    "claims", "At “Doug” the prediction path votes {g_saw:+.3f} for saw and {g_doug:+.3f} for Doug "
              "(“not Doug”)"))
def _doug_votes(ctx):
    t = _doug_step(ctx, then_saw=False)
    v = _votes(ctx, "g", t, ("saw", "Doug"))
    return t, v, [
        (v["g_saw"] > STRONG,
         QT_TRANSLATE_NOOP("claims", "the prediction path votes only {g_saw:+.3f} for saw")),
        (v["g_doug"] < -STRONG,
         QT_TRANSLATE_NOOP("claims", "the prediction path votes {g_doug:+.3f} on Doug, not clearly against it"))]


@claim("jane-saw-spot", "doug-memory-empty", QT_TRANSLATE_NOOP(
    "claims", "Memory keeps almost nothing from before “Doug” (at most {kept_max:.3f}), so the votes "
              "pass into memory: saw {c_saw:+.3f}, Doug {c_doug:+.3f}"))
def _doug_memory_empty(ctx):
    t = _doug_step(ctx, then_saw=False)
    tr = ctx.trace
    kept = tr["f"][t] * tr["c_prev"][t]          # what the forgetting gate lets through
    k = int(np.argmax(np.abs(kept)))
    v = {"kept_max": float(abs(kept[k])), "f_kept": float(tr["f"][t][k]),
         **_votes(ctx, "c", t, ("saw", "Doug")), **_votes(ctx, "i", t, ("saw", "Doug"))}
    return t, v, [
        (v["kept_max"] < QUIET,
         QT_TRANSLATE_NOOP("claims", "memory still holds {kept_max:.3f} from earlier words "
                                     "(forgetting gate {f_kept:.3f})")),
        (v["c_saw"] > STRONG,
         QT_TRANSLATE_NOOP("claims", "only {c_saw:+.3f} of the vote for saw reaches memory "
                                     "(ignoring gate {i_saw:.3f})")),
        (v["c_doug"] < -STRONG,
         QT_TRANSLATE_NOOP("claims", "memory on Doug is {c_doug:+.3f}, so “not Doug” is not stored "
                                     "(ignoring gate {i_doug:.3f})"))]


@claim("jane-saw-spot", "doug-selects-saw", QT_TRANSLATE_NOOP(
    "claims", "The selection gate holds “not Doug” back ({o_doug:.3f}) and lets saw out ({o_saw:.3f}): "
              "the output is saw ({p_saw:.0%})"))
def _doug_selects_saw(ctx):
    t = _doug_step(ctx, then_saw=False)
    top = int(np.argmax(ctx.trace["probs"][t]))
    v = {**_votes(ctx, "o", t, ("Doug", "saw")), "h_doug": ctx.at("h", t, "Doug"),
         "p_saw": ctx.prob(t, "saw")}
    return t, v, [
        (v["o_doug"] < OPEN,
         QT_TRANSLATE_NOOP("claims", "the selection gate on Doug is {o_doug:.3f}, so “not Doug” comes out "
                                     "as {h_doug:+.3f}")),
        (v["o_saw"] > OPEN,
         QT_TRANSLATE_NOOP("claims", "the selection gate on saw is {o_saw:.3f}, so saw is held back")),
        (top == ctx.word("saw"),
         QT_TRANSLATE_NOOP("claims", "saw is not the most likely next word (it gets {p_saw:.0%})"))]


@claim("jane-saw-spot", "saw-votes-names", QT_TRANSLATE_NOOP(
    "claims", "At “saw” the prediction path votes for the names: Doug {g_doug:+.3f}, Jane {g_jane:+.3f}, "
              "Spot {g_spot:+.3f}"))
def _saw_votes_names(ctx):
    t = _doug_step(ctx, then_saw=True) + 1
    v = _votes(ctx, "g", t, NAMES)
    return t, v, [
        (v[f"g_{n.lower()}"] > STRONG,
         QT_TRANSLATE_NOOP("claims", "the prediction path votes only {value:+.3f} for {word}"),
         {"word": n, "value": v[f"g_{n.lower()}"]}) for n in NAMES]


@claim("jane-saw-spot", "saw-forgets-saw", QT_TRANSLATE_NOOP(
    "claims", "The forgetting gate forgets saw ({f_saw:.3f}) and keeps “not Doug” ({f_doug:.3f})"))
def _saw_forgets_saw(ctx):
    t = _doug_step(ctx, then_saw=True) + 1
    v = _votes(ctx, "f", t, ("saw", "Doug"))
    return t, v, [
        (v["f_saw"] < OPEN,
         QT_TRANSLATE_NOOP("claims", "the forgetting gate on saw is {f_saw:.3f}, so the old saw stays in memory")),
        (v["f_doug"] > OPEN,
         QT_TRANSLATE_NOOP("claims", "the forgetting gate on Doug is {f_doug:.3f}, so “not Doug” is gone"))]


@claim("jane-saw-spot", "saw-doug-cancels", QT_TRANSLATE_NOOP(
    "claims", "In memory, the kept “not Doug” ({from_doug:+.3f}) and the new vote for Doug "
              "({from_saw:+.3f}) cancel: Doug's memory is {c_doug:+.3f}"))
def _saw_doug_cancels(ctx):
    from ..model.provenance import memory_from
    d = _doug_step(ctx, then_saw=True)
    t, u = d + 1, ctx.unit("Doug")
    contributions, _ = memory_from(ctx.trace, t)       # row k: what step k left in memory at t
    v = {"from_doug": float(contributions[d, u]), "from_saw": float(contributions[t, u]),
         "c_doug": ctx.at("c", t, "Doug")}
    return t, v, [
        (v["from_doug"] < -STRONG,
         QT_TRANSLATE_NOOP("claims", "only {from_doug:+.3f} of “not Doug” is left in memory")),
        (v["from_saw"] > STRONG,
         QT_TRANSLATE_NOOP("claims", "the new vote adds only {from_saw:+.3f} for Doug")),
        (abs(v["c_doug"]) < CANCELLED,
         QT_TRANSLATE_NOOP("claims", "Doug's memory is {c_doug:+.3f}: the votes do not cancel"))]


@claim("jane-saw-spot", "saw-predicts-jane-spot", QT_TRANSLATE_NOOP(
    "claims", "The output is Jane ({p_jane:.0%}) and Spot ({p_spot:.0%}), not Doug ({p_doug:.0%}): "
              "no “Doug saw Doug.”"))
def _saw_predicts_jane_spot(ctx):
    t = _doug_step(ctx, then_saw=True) + 1
    v = {f"p_{n.lower()}": ctx.prob(t, n) for n in NAMES}
    return t, v, [
        (v["p_doug"] < QUIET,
         QT_TRANSLATE_NOOP("claims", "Doug still gets {p_doug:.0%}: the net could write “Doug saw Doug.”")),
        (v["p_jane"] > 0.3, QT_TRANSLATE_NOOP("claims", "Jane gets only {p_jane:.0%}")),
        (v["p_spot"] > 0.3, QT_TRANSLATE_NOOP("claims", "Spot gets only {p_spot:.0%}"))]


from .lessons import facts  # noqa: E402,F401  (registers the claims of lessons 1–6)
