"""The lesson's claims as checks on a live trace, not canned text: every claim of every
lesson (declared beside its lesson with ``claim_checks.claim``), evaluated on a trace.
NumPy only.
"""
from __future__ import annotations

from .claim_checks import (AT_STEP, CLAIMS, KINDS, LESSON_IDS, LESSON_SAYS, MODEL_DOES, NAMES, OPEN,  # noqa: F401
                           QT_TRANSLATE_NOOP, STATUS_WORDS,
                           Claim, ClaimResult, Context, NotApplicable, claim, example, fill, lesson_of)
from .lessons import facts, walkthrough_facts  # noqa: F401  (each registers its lessons' claims)


def evaluate(lesson, trace, words, units, ids=None, net=None, inputs=None) -> list[ClaimResult]:
    """Every claim of ``lesson`` (an id, a number, or "all"/None for every lesson) on
    ``trace``; ``ids`` keeps only those claims, in that order. ``net`` is the network
    that made the trace (claims that run its loop read its weights), ``inputs`` what the
    lesson's demos are set to (``{"valves": [1, 0.5, 0]}``)."""
    ctx = Context(trace, words, units, net=net, inputs=inputs)
    if ids is not None:
        return [CLAIMS[c].evaluate(ctx) for c in ids]
    wanted = None if lesson in (None, "all") else lesson_of(lesson)
    chosen = sorted((c for c in CLAIMS.values() if wanted in (None, c.lesson)),
                    key=lambda c: LESSON_IDS.index(c.lesson))        # stable: keeps each lesson's order
    return [c.evaluate(ctx) for c in chosen]


def to_json(results: list[ClaimResult], tr=None) -> list[dict]:
    """Each result as JSON; ``tr`` translates the texts (default: English)."""
    return [r.to_json() if tr is None else r.to_json(tr) for r in results]


def evaluate_preset(name: str, lesson="all", text: str | None = None, clamps=None, net=None,
                    inputs=None) -> list[ClaimResult]:
    """Load a preset, trace its own text (or ``text``) with ``clamps`` on its own weights
    (or ``net``, an edited copy), and evaluate."""
    from ..model import forward
    from .presets import load_preset
    preset = load_preset(name)
    net = preset.net if net is None else net
    tokens = preset.vocab.tokenize(preset.text if text is None else text)
    trace = forward(net, preset.vocab.inputs(tokens), tokens=tokens,
                    clamps=clamps if net.spec.memory else None)    # the lesson's valves: the LSTM's
    return evaluate(lesson, trace, preset.vocab.words, preset.units, net=net, inputs=inputs)
