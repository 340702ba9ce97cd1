"""Lesson 7's checks, "Jane saw Spot. Doug…" step by step, read off the live model.

The walkthrough's units are its words, so "the unit for saw" is looked up by label.
Every threshold is relative to the values it is about (a vote is strong next to the
other votes of that step, memory cancels next to the two terms that meet), so a change
that leaves the story as it is — the ignoring gate held half open, say — keeps them
green, and one that changes the story — the selection gate held open, so "Doug saw."
becomes likely — turns the right ones red.
"""
from __future__ import annotations

import numpy as np

from ..claim_checks import (CANCELLED_SHARE, NAMES, NOTHING, OPEN, QT_TRANSLATE_NOOP, QUIET_SHARE,
                            NotApplicable, claim, strong)


#: Two memory terms meet head on when the smaller is at least this share of the larger.
STRONG_TERM = 0.5


def doug_step(ctx, then_saw: bool) -> int:
    """The last step whose input is a sentence-opening "Doug" (followed by "saw" if asked)."""
    ctx.need_trace(memory=True)
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
              "Jane {h_prev_jane:+.3f}, Spot {h_prev_spot:+.3f}"),
    QT_TRANSLATE_NOOP("claims", "a sentence has just ended, so the previous prediction is the names: "
                                "Doug, Jane and Spot"))
def _doug_after_names(ctx):
    t = doug_step(ctx, then_saw=False)
    v = _votes(ctx, "h_prev", t, NAMES)
    prev = ctx.trace["h_prev"][t]
    others = max((float(prev[k]) for k, u in enumerate(ctx.units) if u not in NAMES), default=0.0)
    return t, v, [
        (strong(v[f"h_prev_{n.lower()}"], prev) and v[f"h_prev_{n.lower()}"] > others,
         QT_TRANSLATE_NOOP("claims", "the previous prediction for {word} is only {value:+.3f}"),
         {"word": n, "value": v[f"h_prev_{n.lower()}"]}) for n in NAMES]


@claim("jane-saw-spot", "doug-votes", QT_TRANSLATE_NOOP(
    "claims", "At “Doug” the prediction path votes {g_saw:+.3f} for saw and {g_doug:+.3f} for Doug "
              "(“not Doug”)"),
    QT_TRANSLATE_NOOP("claims", "at “Doug” the prediction path votes for saw and against Doug: “not Doug”"))
def _doug_votes(ctx):
    t = doug_step(ctx, then_saw=False)
    v = _votes(ctx, "g", t, ("saw", "Doug"))
    g = ctx.trace["g"][t]
    return t, v, [
        (strong(v["g_saw"], g, sign=1),
         QT_TRANSLATE_NOOP("claims", "the prediction path votes only {g_saw:+.3f} for saw")),
        (strong(v["g_doug"], g, sign=-1),
         QT_TRANSLATE_NOOP("claims", "the prediction path votes {g_doug:+.3f} on Doug, not clearly against it"))]


@claim("jane-saw-spot", "doug-memory-empty", QT_TRANSLATE_NOOP(
    "claims", "Memory keeps almost nothing from before “Doug” (at most {kept_max:.3f}), so the votes "
              "pass into memory: saw {c_saw:+.3f}, Doug {c_doug:+.3f}"),
    QT_TRANSLATE_NOOP("claims", "memory is empty at “Doug”, so the new votes pass into it as they are"))
def _doug_memory_empty(ctx):
    t = doug_step(ctx, then_saw=False)
    tr = ctx.trace
    kept = tr["f"][t] * tr["c_prev"][t]          # what the forgetting gate lets through
    admitted = tr["i"][t] * tr["g"][t]           # what the ignoring gate lets in
    k = int(np.argmax(np.abs(kept)))
    v = {"kept_max": float(abs(kept[k])), "f_kept": float(tr["f"][t][k]),
         "admitted_max": float(np.abs(admitted).max()),
         **_votes(ctx, "c", t, ("saw", "Doug")), **_votes(ctx, "i", t, ("saw", "Doug"))}
    c = tr["c"][t]
    return t, v, [
        (v["kept_max"] <= QUIET_SHARE * max(v["admitted_max"], NOTHING),
         QT_TRANSLATE_NOOP("claims", "memory still holds {kept_max:.3f} from earlier words "
                                     "(forgetting gate {f_kept:.3f}), next to {admitted_max:.3f} of new votes")),
        (strong(v["c_saw"], c, sign=1) and v["c_saw"] >= QUIET_SHARE * ctx.at("g", t, "saw"),
         QT_TRANSLATE_NOOP("claims", "only {c_saw:+.3f} of the vote for saw reaches memory "
                                     "(ignoring gate {i_saw:.3f})")),
        (strong(v["c_doug"], c, sign=-1),
         QT_TRANSLATE_NOOP("claims", "memory on Doug is {c_doug:+.3f}, so “not Doug” is not stored "
                                     "(ignoring gate {i_doug:.3f})"))]


@claim("jane-saw-spot", "doug-selects-saw", QT_TRANSLATE_NOOP(
    "claims", "The selection gate holds “not Doug” back ({o_doug:.3f}) and lets saw out ({o_saw:.3f}): "
              "the output is saw ({p_saw:.0%})"),
    QT_TRANSLATE_NOOP("claims", "after a name comes saw or a period, so the selection gate holds “not Doug” "
                                "back and lets saw out: the prediction is saw"))
def _doug_selects_saw(ctx):
    t = doug_step(ctx, then_saw=False)
    top = int(np.argmax(ctx.trace["probs"][t]))
    v = {**_votes(ctx, "o", t, ("Doug", "saw")), "h_doug": ctx.at("h", t, "Doug"),
         "p_saw": ctx.prob(t, "saw")}
    return t, v, [
        (v["o_doug"] < OPEN and v["o_doug"] <= 0.5 * v["o_saw"],
         QT_TRANSLATE_NOOP("claims", "the selection gate on Doug is {o_doug:.3f}, so “not Doug” comes out "
                                     "as {h_doug:+.3f}")),
        (v["o_saw"] > OPEN,
         QT_TRANSLATE_NOOP("claims", "the selection gate on saw is {o_saw:.3f}, so saw is held back")),
        (top == ctx.word("saw"),
         QT_TRANSLATE_NOOP("claims", "saw is not the most likely next word (it gets {p_saw:.0%})"))]


@claim("jane-saw-spot", "saw-votes-names", QT_TRANSLATE_NOOP(
    "claims", "At “saw” the prediction path votes for the names: Doug {g_doug:+.3f}, Jane {g_jane:+.3f}, "
              "Spot {g_spot:+.3f}"),
    QT_TRANSLATE_NOOP("claims", "at “saw” the prediction path votes for all three names, Doug included"))
def _saw_votes_names(ctx):
    t = doug_step(ctx, then_saw=True) + 1
    v = _votes(ctx, "g", t, NAMES)
    g = ctx.trace["g"][t]
    return t, v, [
        (strong(v[f"g_{n.lower()}"], g, sign=1),
         QT_TRANSLATE_NOOP("claims", "the prediction path votes only {value:+.3f} for {word}"),
         {"word": n, "value": v[f"g_{n.lower()}"]}) for n in NAMES]


@claim("jane-saw-spot", "saw-forgets-saw", QT_TRANSLATE_NOOP(
    "claims", "The forgetting gate forgets saw ({f_saw:.3f}) and keeps “not Doug” ({f_doug:.3f})"),
    QT_TRANSLATE_NOOP("claims", "the last word was “saw”, so the forgetting gate forgets saw and keeps “not Doug”"))
def _saw_forgets_saw(ctx):
    t = doug_step(ctx, then_saw=True) + 1
    v = _votes(ctx, "f", t, ("saw", "Doug"))
    return t, v, [
        (v["f_saw"] < OPEN,
         QT_TRANSLATE_NOOP("claims", "the forgetting gate on saw is {f_saw:.3f}, so the old saw stays in memory")),
        (v["f_doug"] > OPEN,
         QT_TRANSLATE_NOOP("claims", "the forgetting gate on Doug is {f_doug:.3f}, so “not Doug” is gone"))]


@claim("jane-saw-spot", "saw-doug-cancels", QT_TRANSLATE_NOOP(
    "claims", "In memory, the kept “not Doug” ({from_doug:+.3f}) and the new vote for Doug "
              "({from_saw:+.3f}) cancel: Doug's memory is {c_doug:+.3f}"),
    QT_TRANSLATE_NOOP("claims", "in memory the kept “not Doug” and the new vote for Doug cancel out"))
def _saw_doug_cancels(ctx):
    from ...model.provenance import memory_from
    d = doug_step(ctx, then_saw=True)
    t, u = d + 1, ctx.unit("Doug")
    contributions, _ = memory_from(ctx.trace, t)       # row k: what step k left in memory at t
    v = {"from_doug": float(contributions[d, u]), "from_saw": float(contributions[t, u]),
         "c_doug": ctx.at("c", t, "Doug")}
    terms = max(abs(v["from_doug"]), abs(v["from_saw"]))
    return t, v, [
        (v["from_doug"] < 0 and abs(v["from_doug"]) >= STRONG_TERM * abs(v["from_saw"]) and terms > NOTHING,
         QT_TRANSLATE_NOOP("claims", "only {from_doug:+.3f} of “not Doug” is left in memory")),
        (v["from_saw"] > 0 and v["from_saw"] >= STRONG_TERM * abs(v["from_doug"]),
         QT_TRANSLATE_NOOP("claims", "the new vote adds only {from_saw:+.3f} for Doug")),
        (abs(v["c_doug"]) <= CANCELLED_SHARE * terms,
         QT_TRANSLATE_NOOP("claims", "Doug's memory is {c_doug:+.3f}: the votes do not cancel"))]


@claim("jane-saw-spot", "saw-plants-period", QT_TRANSLATE_NOOP(
    "claims", "At “saw” memory also holds a hidden +period ({c_period:+.3f}) and −saw ({c_saw:+.3f}); "
              "the selection gate keeps them in ({o_period:.3f}, {o_saw:.3f}) until the next name ends the "
              "sentence"),
    QT_TRANSLATE_NOOP("claims", "“saw” also stores +period and −saw, held back in memory until the name after "
                                "it can end the sentence"))
def _saw_plants_period(ctx):
    t = doug_step(ctx, then_saw=True) + 1
    tr = ctx.trace
    v = {"c_period": ctx.at("c", t, "."), "c_saw": ctx.at("c", t, "saw"), "o_period": ctx.at("o", t, "."),
         "o_saw": ctx.at("o", t, "saw"), "p_said": ctx.prob(t, "saw") + ctx.prob(t, ".")}
    c = tr["c"][t]
    return t, v, [
        (strong(v["c_period"], c, sign=1) and strong(v["c_saw"], c, sign=-1),
         QT_TRANSLATE_NOOP("claims", "memory holds {c_period:+.3f} for the period and {c_saw:+.3f} for saw: "
                                     "nothing is kept to end the sentence")),
        (v["p_said"] <= QUIET_SHARE,
         QT_TRANSLATE_NOOP("claims", "the selection gate lets them out (period {o_period:.3f}, saw {o_saw:.3f}): "
                                     "saw or the period get {p_said:.0%} right after “saw”"))]


@claim("jane-saw-spot", "saw-predicts-not-doug", QT_TRANSLATE_NOOP(
    "claims", "The output is a name other than Doug: Jane and Spot {p_names:.0%} together (Jane {p_jane:.0%}, "
              "Spot {p_spot:.0%}), Doug {p_doug:.0%}: no “Doug saw Doug.”"),
    QT_TRANSLATE_NOOP("claims", "after “Doug saw” comes a name, and not Doug: never “Doug saw Doug.”"))
def _saw_predicts_not_doug(ctx):
    t = doug_step(ctx, then_saw=True) + 1
    v = {f"p_{n.lower()}": ctx.prob(t, n) for n in NAMES}
    v["p_names"] = v["p_jane"] + v["p_spot"]
    v["p_saw"], v["p_period"] = ctx.prob(t, "saw"), ctx.prob(t, ".")
    return t, v, [
        (v["p_doug"] <= QUIET_SHARE * v["p_names"],
         QT_TRANSLATE_NOOP("claims", "Doug still gets {p_doug:.0%}: the net could write “Doug saw Doug.”")),
        (v["p_period"] <= QUIET_SHARE * v["p_names"],
         QT_TRANSLATE_NOOP("claims", "the period gets {p_period:.0%}: the net could write “Doug saw.”")),
        (v["p_saw"] <= QUIET_SHARE * v["p_names"],
         QT_TRANSLATE_NOOP("claims", "saw gets {p_saw:.0%}: the net could write “Doug saw saw”"))]
