"""Lesson 7's claims, "Jane saw Spot. Doug…" step by step, read off the live model.

The walkthrough's units are its words, so "the unit for saw" is looked up by label.
"""
from __future__ import annotations

import numpy as np

from ..claim_checks import CANCELLED, NAMES, OPEN, QT_TRANSLATE_NOOP, QUIET, STRONG, NotApplicable, claim

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
    from ...model.provenance import memory_from
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
