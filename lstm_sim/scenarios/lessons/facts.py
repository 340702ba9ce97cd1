"""The factual claims of lessons 1–6 (dinner, one-hot, the book RNN, squashing, gates,
the LSTM's equations), registered with :mod:`..claims`. NumPy only."""
from __future__ import annotations

import numpy as np

from ..claim_checks import NAMES, QT_TRANSLATE_NOOP, QUIET, NotApplicable, claim
from .demos import CYCLE, repeated_votes, through_valves, weekday_vs_yesterday


# -- 1. Dinner -------------------------------------------------------------------------------
@claim("dinner", "weekday-useless", QT_TRANSLATE_NOOP(
    "claims", "Over three weeks, guessing from the weekday is right {weekday_accuracy:.0%} of the time; "
              "guessing “the dish after yesterday's” is right {yesterday_accuracy:.0%}"))
def _weekday_useless(ctx):
    week, yesterday = weekday_vs_yesterday(21)
    values = {"weekday_accuracy": week, "yesterday_accuracy": yesterday}
    return None, values, [
        (week < 0.5, QT_TRANSLATE_NOOP("claims", "the weekday predicts {weekday_accuracy:.0%}")),
        (yesterday == 1.0, QT_TRANSLATE_NOOP("claims", "yesterday predicts only {yesterday_accuracy:.0%}"))]


def _dinner_steps(ctx, away: bool):
    """Steps whose prediction can be checked: after a known dinner (``away`` False) the
    next dish of the cycle, after an away day ("?") the dish after the net's own guess."""
    ctx.need_trace()
    ids = [ctx.word(w) for w in CYCLE]
    probs = ctx.trace["probs"]
    guess = [CYCLE[ids.index(int(np.argmax(p)))] if int(np.argmax(p)) in ids else None for p in probs]
    rows = []
    for t, tok in enumerate(ctx.tokens):
        if away and tok == "?" and t > 0 and guess[t - 1] is not None and probs[t - 1].max() > 0.5:
            rows.append((t, CYCLE[(CYCLE.index(guess[t - 1]) + 1) % 3]))
        elif not away and tok.lower() in CYCLE:
            rows.append((t, CYCLE[(CYCLE.index(tok.lower()) + 1) % 3]))
    if not rows and away:
        raise NotApplicable(QT_TRANSLATE_NOOP(
            "claims", "the text has no away day (“?”) after a confident prediction"))
    if not rows:
        raise NotApplicable(QT_TRANSLATE_NOOP("claims", "the text names no dinner"))
    right = [(t, guess[t] == want) for t, want in rows]
    first_wrong = next((t for t, ok in right if not ok), None)
    values = {"right": sum(ok for _, ok in right), "days": len(rows),
              "confidence": min(float(probs[t].max()) for t, _ in rows)}
    return (first_wrong if first_wrong is not None else rows[-1][0]), values


@claim("dinner", "dinner-from-yesterday", QT_TRANSLATE_NOOP(
    "claims", "Given yesterday's dinner, the net predicts the next dish of the cycle "
              "({right} of {days} days, at least {confidence:.1%} sure)"))
def _dinner_from_yesterday(ctx):
    step, values = _dinner_steps(ctx, away=False)
    return step, values, [
        (values["right"] == values["days"],
         QT_TRANSLATE_NOOP("claims", "it predicts the next dish on only {right} of {days} days"))]


@claim("dinner", "dinner-rolls-forward", QT_TRANSLATE_NOOP(
    "claims", "On days you were away, the net rolls its own prediction forward "
              "({right} of {days} away days, at least {confidence:.1%} sure)"))
def _dinner_rolls_forward(ctx):
    step, values = _dinner_steps(ctx, away=True)
    return step, values, [
        (values["right"] == values["days"],
         QT_TRANSLATE_NOOP("claims", "after an away day it picks the dish after its own guess on only "
                                     "{right} of {days} days"))]


# -- 2. Vectors and one-hot ------------------------------------------------------------------
@claim("vectors", "inputs-one-hot", QT_TRANSLATE_NOOP(
    "claims", "Every word goes in as a one-hot vector: {one_hot} of {steps} inputs have a single 1 "
              "and zeros elsewhere ({blank} unknown days are all zeros)"))
def _inputs_one_hot(ctx):
    x = ctx.need_trace()["x"]
    ones, zeros = (x == 1.0).sum(axis=1), (x == 0.0).sum(axis=1)
    one_hot = int(((ones == 1) & (zeros == x.shape[1] - 1)).sum())
    blank = int((zeros == x.shape[1]).sum())
    values = {"one_hot": one_hot, "steps": len(x), "blank": blank}
    return None, values, [
        (one_hot + blank == len(x), QT_TRANSLATE_NOOP("claims", "{one_hot} of {steps} inputs are one-hot"))]


# -- 3. The children's book with an RNN ------------------------------------------------------
def _subject_saw(ctx, name: str | None = None) -> list[int]:
    """Steps t where tokens[t] is "saw" right after a name (``name`` if given)."""
    return [t for t in range(1, len(ctx.tokens)) if ctx.is_token(t, "saw")
            and any(ctx.is_token(t - 1, n) for n in ((name,) if name else NAMES))]


@claim("book", "rnn-doug-saw-doug", QT_TRANSLATE_NOOP(
    "claims", "After “Doug saw”, the RNN finds Doug ({p_doug:.0%}) as likely as Jane ({p_jane:.0%}) "
              "and Spot ({p_spot:.0%}): it can write “Doug saw Doug.”"))
def _rnn_doug_saw_doug(ctx):
    ctx.need_trace("rnn")
    steps = _subject_saw(ctx, "Doug")
    if not steps:
        raise NotApplicable(QT_TRANSLATE_NOOP("claims", "the text has no “Doug saw”"))
    t = steps[-1]
    p = {n: ctx.prob(t, n) for n in NAMES}
    values = {"p_doug": p["Doug"], "p_jane": p["Jane"], "p_spot": p["Spot"]}
    return t, values, [
        (p["Doug"] >= 0.5 * max(p["Jane"], p["Spot"]) and p["Doug"] > QUIET,
         QT_TRANSLATE_NOOP("claims", "Doug gets only {p_doug:.0%} after “Doug saw”: this net avoids the mistake"))]


@claim("book", "rnn-one-step", QT_TRANSLATE_NOOP(
    "claims", "The RNN's memory is one step: what it carries into “saw” after Doug and after "
              "another name differs by only {difference:.3f}, so it cannot know who saw"))
def _rnn_one_step(ctx):
    ctx.need_trace("rnn")
    steps = {ctx.tokens[t - 1].lower(): t for t in _subject_saw(ctx)}
    if "doug" not in steps or len(steps) < 2:
        raise NotApplicable(QT_TRANSLATE_NOOP(
            "claims", "the text needs “Doug saw” and another name followed by “saw”"))
    t = steps["doug"]
    other = next(s for n, s in steps.items() if n != "doug")
    hp = ctx.trace["h_prev"]
    diff = float(np.abs(hp[t] - hp[other]).max())
    return t, {"difference": diff}, [
        (diff < QUIET, QT_TRANSLATE_NOOP("claims", "the two differ by {difference:.2f}: "
                                                   "this net remembers more than one step"))]


@claim("book", "rnn-run-on", QT_TRANSLATE_NOOP(
    "claims", "After “saw” and a name, “saw” ({p_saw:.0%}) is as likely as the period ({p_period:.0%}): "
              "run-ons like “Doug saw Jane saw Spot…”"))
def _rnn_run_on(ctx):
    ctx.need_trace("rnn")
    steps = [t for t in range(1, len(ctx.tokens)) if ctx.is_token(t - 1, "saw")
             and any(ctx.is_token(t, n) for n in NAMES)]
    if not steps:
        raise NotApplicable(QT_TRANSLATE_NOOP("claims", "the text has no name after “saw”"))
    t = steps[-1]
    values = {"p_saw": ctx.prob(t, "saw"), "p_period": ctx.prob(t, ".")}
    return t, values, [
        (values["p_saw"] >= 0.5 * values["p_period"] and values["p_saw"] > QUIET,
         QT_TRANSLATE_NOOP("claims", "“saw” gets only {p_saw:.0%} after the object: no run-ons"))]


# -- 4. Squashing ----------------------------------------------------------------------------
@claim("squashing", "repeated-votes", QT_TRANSLATE_NOOP(
    "claims", "Ten votes of 0.8 add up to {unsquashed:.1f} without squashing, "
              "but stay at {squashed:.2f} when tanh squashes after each vote"))
def _repeated_votes(ctx):
    raw, squashed = repeated_votes(0.8, 10, squash=False)[-1], repeated_votes(0.8, 10, squash=True)[-1]
    values = {"unsquashed": raw, "squashed": squashed}
    return None, values, [
        (abs(squashed) < 1.0 < raw, QT_TRANSLATE_NOOP("claims", "squashed sum {squashed:.2f}"))]


@claim("squashing", "tanh-bounded", QT_TRANSLATE_NOOP(
    "claims", "Every tanh-squashed value in this trace stays within −1…1 (largest size {max_abs:.3f})"))
def _tanh_bounded(ctx):
    trace = ctx.need_trace()
    keys = ("g", "tanh_c", "h") if trace.kind == "lstm" else ("h",)
    m = max(float(np.abs(trace[k]).max()) for k in keys)
    return None, {"max_abs": m}, [
        (m <= 1.0, QT_TRANSLATE_NOOP("claims", "a squashed value reaches {max_abs:.3f}"))]


@claim("squashing", "gates-in-unit-interval", QT_TRANSLATE_NOOP(
    "claims", "Every gate value (σ) lies between 0 and 1 (from {low:.3f} to {high:.3f})"))
def _gates_bounded(ctx):
    trace = ctx.need_trace("lstm")
    stacked = np.concatenate([trace[g].ravel() for g in ("i", "f", "o")])
    values = {"low": float(stacked.min()), "high": float(stacked.max())}
    return None, values, [
        (values["low"] >= 0.0 and values["high"] <= 1.0,
         QT_TRANSLATE_NOOP("claims", "a gate reaches {low:.3f} … {high:.3f}"))]


# -- 5. Element-wise operations and gates ----------------------------------------------------
@claim("gates", "valves", QT_TRANSLATE_NOOP(
    "claims", "A signal of 0.8 through valves set to 1, 0.5 and 0 comes out "
              "{out_1:.1f}, {out_2:.1f} and {out_3:.1f}"))
def _valves(ctx):
    out = through_valves([0.8, 0.8, 0.8], [1.0, 0.5, 0.0])
    values = {"out_1": out[0], "out_2": out[1], "out_3": out[2]}
    return None, values, [
        (np.allclose(out, [0.8, 0.4, 0.0]), QT_TRANSLATE_NOOP("claims", "the valves give {out_1}, {out_2}, {out_3}"))]


@claim("gates", "memory-is-merge", QT_TRANSLATE_NOOP(
    "claims", "At every step the new memory is kept memory ⊕ admitted votes, c = f⊙c₋₁ + i⊙g "
              "(largest difference {max_error:.1e})"))
def _memory_is_merge(ctx):
    tr = ctx.need_trace("lstm")
    err = float(np.abs(tr["f"] * tr["c_prev"] + tr["i"] * tr["g"] - tr["c"]).max())
    return None, {"max_error": err}, [
        (err < 1e-9, QT_TRANSLATE_NOOP("claims", "c differs from f⊙c₋₁ + i⊙g by {max_error:.2e}"))]


# -- 6. Building the LSTM --------------------------------------------------------------------
@claim("lstm", "prediction-is-selection", QT_TRANSLATE_NOOP(
    "claims", "The prediction is the squashed memory through the selection gate, h = o⊙tanh(c) "
              "(largest difference {max_error:.1e})"))
def _prediction_is_selection(ctx):
    tr = ctx.need_trace("lstm")
    err = float(np.abs(tr["o"] * np.tanh(tr["c"]) - tr["h"]).max())
    return None, {"max_error": err}, [
        (err < 1e-9, QT_TRANSLATE_NOOP("claims", "h differs from o⊙tanh(c) by {max_error:.2e}"))]
