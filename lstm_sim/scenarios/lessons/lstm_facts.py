"""The claims of lesson 6, building the LSTM, registered with :mod:`..claim_checks` like
those of lessons 1–5 (``facts``): checks read off the live model and worked examples. NumPy only."""
from __future__ import annotations

import numpy as np

from ..claim_checks import OPEN, QT_TRANSLATE_NOOP, claim, example, quiet_next_to, strong
from .demos import through_valves

#: The valves of lesson 6's demo as it opens (the learner moves them).
VALVES = (1.0, 0.5, 0.0)
SIGNAL = 0.8
#: How far a kept memory is followed.
LATER_WORDS = 20


# -- 6. Building the LSTM --------------------------------------------------------------------------
@example("lstm", "valves", QT_TRANSLATE_NOOP(
    "claims", "Worked example: a signal of 0.8 through the valves you set ({v_1:.2f}, {v_2:.2f}, {v_3:.2f}) "
              "comes out {out_1:.2f}, {out_2:.2f} and {out_3:.2f}"))
def _valves(ctx):
    valves = [float(v) for v in ctx.inputs.get("valves", VALVES)]
    out = through_valves([SIGNAL] * len(valves), valves)
    values = {f"v_{k + 1}": v for k, v in enumerate(valves)}
    values.update({f"out_{k + 1}": float(v) for k, v in enumerate(out)})
    return None, values, ()


def _saw_after_doug(ctx) -> tuple[int, int]:
    """(the step of a sentence-opening "Doug", the "saw" right after it)."""
    from .walkthrough_facts import doug_step
    d = doug_step(ctx, then_saw=True)
    return d, d + 1


@claim("lstm", "sigma-makes-valves", QT_TRANSLATE_NOOP(
    "claims", "σ turns the forgetting path's votes at “saw” into valves: {z_f_saw:+.1f} on saw gives "
              "{f_saw:.3f} (shut), {z_f_doug:+.1f} on Doug gives {f_doug:.3f} (open)"),
    QT_TRANSLATE_NOOP("claims", "a gate is σ of its path's votes: a strong vote against shuts the valve, "
                                "a strong vote for opens it"))
def _sigma_makes_valves(ctx):
    _, t = _saw_after_doug(ctx)
    saw, doug = ctx.unit("saw"), ctx.unit("Doug")
    v = {"z_f_saw": ctx.at("z_f", t, "saw"), "z_f_doug": ctx.at("z_f", t, "Doug"),
         "f_saw": ctx.at("f", t, "saw"), "f_doug": ctx.at("f", t, "Doug")}
    held = next((u for u in (saw, doug) if ctx.clamped("f", u)), None)
    labels = {"word": ctx.units[held] if held is not None else "",
              "value": ctx.at("f", t, ctx.units[held]) if held is not None else 0.0}
    return t, v, [
        (held is None,
         QT_TRANSLATE_NOOP("claims", "the forgetting gate on {word} is clamped at {value:.3f}: a clamp, "
                                     "not σ of the votes, sets that valve now"), labels),
        (v["f_saw"] < OPEN,
         QT_TRANSLATE_NOOP("claims", "the votes on saw ({z_f_saw:+.1f}) give a valve of {f_saw:.3f}: "
                                     "open, not shut")),
        (v["f_doug"] > OPEN,
         QT_TRANSLATE_NOOP("claims", "the votes on Doug ({z_f_doug:+.1f}) give a valve of {f_doug:.3f}: "
                                     "shut, not open"))]


@example("lstm", "memory-merge", QT_TRANSLATE_NOOP(
    "claims", "Worked example at “saw”, on Doug: the kept memory f⊙c₋₁ = {f_doug:.3f} × {c_prev_doug:+.3f} "
              "= {kept:+.3f}, plus the new votes let in {new:+.3f}, is the memory {c_doug:+.3f}"))
def _memory_merge(ctx):
    _, t = _saw_after_doug(ctx)
    tr = ctx.trace
    u = ctx.unit("Doug")
    v = {"f_doug": float(tr["f"][t][u]), "c_prev_doug": float(tr["c_prev"][t][u]),
         "kept": float(tr["f"][t][u] * tr["c_prev"][t][u]), "new": float(tr["i"][t][u] * tr["g"][t][u]),
         "c_doug": float(tr["c"][t][u])}
    return t, v, ()


@claim("lstm", "memory-carries", QT_TRANSLATE_NOOP(
    "claims", "Memory carries “not Doug” from “Doug” into “saw”: stored as {stored:+.3f}, kept as {kept:+.3f} "
              "(forgetting gate {f_doug:.3f})"),
    QT_TRANSLATE_NOOP("claims", "what goes into memory at one word is still there at the next, "
                                "unless the forgetting gate drops it"))
def _memory_carries(ctx):
    d, t = _saw_after_doug(ctx)
    tr, u = ctx.trace, ctx.unit("Doug")
    v = {"stored": float(tr["c"][d][u]), "kept": float(tr["f"][t][u] * tr["c_prev"][t][u]),
         "f_doug": float(tr["f"][t][u])}
    return t, v, [
        (strong(v["stored"], tr["c"][d], sign=-1),
         QT_TRANSLATE_NOOP("claims", "“not Doug” never got into memory at “Doug” ({stored:+.3f})")),
        (v["kept"] < 0 and abs(v["kept"]) >= 0.5 * abs(v["stored"]),
         QT_TRANSLATE_NOOP("claims", "only {kept:+.3f} of it is kept at “saw” (forgetting gate {f_doug:.3f})"))]


@claim("lstm", "forget-keeps-long", QT_TRANSLATE_NOOP(
    "claims", "What the forgetting gate keeps, it keeps almost whole: {f_doug:.1%} of “not Doug” at “saw”; "
              "held that open, memory would still have {kept_later:.0%} of it {later} words on"),
    QT_TRANSLATE_NOOP("claims", "the forgetting path can keep information for any length of time"))
def _forget_keeps_long(ctx):
    _, t = _saw_after_doug(ctx)
    f = ctx.at("f", t, "Doug")
    v = {"f_doug": f, "kept_later": f ** LATER_WORDS, "later": LATER_WORDS}
    return t, v, [
        (v["kept_later"] >= 0.5,
         QT_TRANSLATE_NOOP("claims", "the gate keeps only {f_doug:.1%} each word: {later} words on, "
                                     "{kept_later:.0%} would be left"))]


@example("lstm", "memory-unsquashed", QT_TRANSLATE_NOOP(
    "claims", "Worked example: memory itself is not squashed, and here it reaches {c_max:.3f} in size; "
              "the squashed copy tanh(c) that the selection gate reads stays at {tanh_max:.4f}, inside −1…1"))
def _memory_unsquashed(ctx):
    tr = ctx.need_trace(memory=True)
    return None, {"c_max": float(np.abs(tr["c"]).max()), "tanh_max": float(np.abs(tr["tanh_c"]).max())}, ()


@claim("lstm", "selection-holds-back", QT_TRANSLATE_NOOP(
    "claims", "At “Doug” the selection gate keeps “not Doug” in memory ({c_doug:+.3f}) but out of the "
              "prediction ({h_doug:+.3f})"),
    QT_TRANSLATE_NOOP("claims", "the selection gate picks what goes out as the prediction; the rest stays in memory"))
def _selection_holds_back(ctx):
    from .walkthrough_facts import doug_step
    t = doug_step(ctx, then_saw=False)
    tr, u = ctx.trace, ctx.unit("Doug")
    v = {"c_doug": float(tr["c"][t][u]), "h_doug": float(tr["h"][t][u]), "o_doug": float(tr["o"][t][u])}
    return t, v, [
        (strong(v["c_doug"], tr["c"][t], sign=-1),
         QT_TRANSLATE_NOOP("claims", "there is no “not Doug” in memory to hold back ({c_doug:+.3f})")),
        (quiet_next_to(v["h_doug"], np.tanh(v["c_doug"])),
         QT_TRANSLATE_NOOP("claims", "the selection gate on Doug is {o_doug:.3f}, so “not Doug” goes out "
                                     "as {h_doug:+.3f}"))]


@claim("lstm", "ignoring-open", QT_TRANSLATE_NOOP(
    "claims", "In this net the ignoring gate is open on every word (lowest {i_min:.3f}): every vote reaches memory"),
    QT_TRANSLATE_NOOP("claims", "in this small net nothing needs ignoring: the ignoring gate lets every vote in"))
def _ignoring_open(ctx):
    tr = ctx.need_trace(memory=True)
    ctx.unit("Doug")           # about the hand-set net, whose units are its words (a trained net may well ignore)
    t, u = np.unravel_index(int(np.argmin(tr["i"])), tr["i"].shape)
    v = {"i_min": float(tr["i"][t][u])}
    labels = {"word": ctx.tokens[t] if t < len(ctx.tokens) else "", "unit": ctx.units[u] if u < len(ctx.units) else ""}
    return int(t), v, [
        (v["i_min"] > OPEN,
         QT_TRANSLATE_NOOP("claims", "at “{word}” the ignoring gate on {unit} is down to {i_min:.3f}: "
                                     "it sets votes aside"), labels)]


@example("lstm", "previous-prediction-share", QT_TRANSLATE_NOOP(
    "claims", "Worked example at “saw”: the new word gives the prediction path votes up to {from_word:.3f} "
              "in size (W·x); the previous prediction adds up to {from_prev:.3f} (U·h₋₁)"))
def _previous_prediction_share(ctx):
    _, t = _saw_after_doug(ctx)
    net = ctx.need_net()
    W, U = np.asarray(net.block("W", "g")), np.asarray(net.block("U", "g"))
    v = {"from_word": float(np.abs(W @ ctx.trace["x"][t]).max()),
         "from_prev": float(np.abs(U @ ctx.trace["h_prev"][t]).max())}
    return t, v, ()

