"""The lesson's claims as checks on a live trace, not canned text: every claim of every
lesson (declared beside its lesson with ``claim_checks.claim``), evaluated on a trace.
NumPy only.
"""
from __future__ import annotations

from .claim_checks import (CANCELLED, CLAIMS, LESSON_IDS, NAMES, OPEN, QT_TRANSLATE_NOOP, QUIET, STRONG,  # noqa: F401
                           Claim, ClaimResult, Context, NotApplicable, claim, fill, lesson_of)
from .lessons import facts, walkthrough_facts  # noqa: F401  (each registers its lessons' claims)


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
