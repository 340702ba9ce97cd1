"""The claims of lessons 1–5 (dinner; vectors and the dinner network; the book RNN;
squashing; the RNN's mistakes; lesson 6, building the LSTM: ``lstm_facts``), registered with
:mod:`..claim_checks`: checks read off the live model, each of which some edit or clamp
can break, and worked examples, which show arithmetic and never fail. NumPy only."""
from __future__ import annotations

import numpy as np

from ..claim_checks import NAMES, NOTHING, QT_TRANSLATE_NOOP, QUIET_SHARE, NotApplicable, claim, example, quiet_next_to
from .demos import CYCLE, looped_votes, rnn_loop, sigmoid, weekday_vs_yesterday
from .lstm_facts import LATER_WORDS, SIGNAL, VALVES  # noqa: F401  (registers lesson 6's claims; re-exported)

#: The loop of lesson 4's demo as it opens: a vote of 0.5, doubled each loop, ten loops.
LOOP = (0.5, 2.0, 10)
#: How far the RNN's own loop is run.
LOOPS = 10


# -- 1. Dinner ---------------------------------------------------------------------------------
@example("dinner", "weekday-useless", QT_TRANSLATE_NOOP(
    "claims", "Worked example: over three weeks of the cycle, the best guess from the weekday is right "
              "{weekday_accuracy:.0%} of the time; “the dish after yesterday's” is right {yesterday_accuracy:.0%}"))
def _weekday_useless(ctx):
    week, yesterday = weekday_vs_yesterday(21)
    return None, {"weekday_accuracy": week, "yesterday_accuracy": yesterday}, ()


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
              "({right} of {days} days, at least {confidence:.1%} sure)"),
    QT_TRANSLATE_NOOP("claims", "yesterday's dinner is all it takes to predict tonight's: the next dish of the cycle"))
def _dinner_from_yesterday(ctx):
    step, values = _dinner_steps(ctx, away=False)
    return step, values, [
        (values["right"] == values["days"],
         QT_TRANSLATE_NOOP("claims", "it predicts the next dish on only {right} of {days} days"))]


# -- 2. Vectors, and the dinner network ------------------------------------------------------
@example("vectors", "inputs-one-hot", QT_TRANSLATE_NOOP(
    "claims", "Worked example: {one_hot} of the {steps} inputs here are one-hot, a single 1 among zeros; "
              "the {blank} unknown days (“?”) are all zeros"))
def _inputs_one_hot(ctx):
    x = ctx.need_trace()["x"]
    ones, zeros = (x == 1.0).sum(axis=1), (x == 0.0).sum(axis=1)
    one_hot = int(((ones == 1) & (zeros == x.shape[1] - 1)).sum())
    blank = int((zeros == x.shape[1]).sum())
    return None, {"one_hot": one_hot, "steps": len(x), "blank": blank}, ()


@claim("vectors", "dinner-votes", QT_TRANSLATE_NOOP(
    "claims", "Yesterday's {dish} votes {vote:+.1f} for {next}, more than for any other dish, and the votes "
              "add up to {next} as today's prediction ({p_next:.0%})"),
    QT_TRANSLATE_NOOP("claims", "each input votes for the outputs through the weights; yesterday's dish votes most "
                                "for the next dish of the cycle, and the votes add up to that prediction"))
def _dinner_votes(ctx):
    ctx.need_trace(gateless=True)
    t = next((k for k, tok in enumerate(ctx.tokens) if tok.lower() in CYCLE), None)
    if t is None:
        raise NotApplicable(QT_TRANSLATE_NOOP("claims", "the text names no dinner"))
    dish = ctx.tokens[t].lower()
    after = CYCLE[(CYCLE.index(dish) + 1) % 3]
    votes = np.asarray(ctx.need_net().block("W"))[:, ctx.word(dish)]
    k = ctx.unit(after)
    top = int(np.argmax(ctx.trace["probs"][t]))
    winner = int(np.argmax(votes))
    values = {"dish": dish, "next": after, "vote": float(votes[k]), "p_next": ctx.prob(t, after),
              "top_vote": float(votes[winner]), "top": ctx.units[winner]}
    return t, values, [
        (votes[k] > 0,
         QT_TRANSLATE_NOOP("claims", "yesterday's {dish} gives {next} no vote in favour ({vote:+.1f})")),
        (winner == k,
         QT_TRANSLATE_NOOP("claims", "yesterday's {dish} votes more for {top} ({top_vote:+.1f}) than for "
                                     "{next} ({vote:+.1f})")),
        (top == ctx.word(after),
         QT_TRANSLATE_NOOP("claims", "the votes add up to another prediction: {next} gets only {p_next:.0%}"))]


@claim("vectors", "dinner-rolls-forward", QT_TRANSLATE_NOOP(
    "claims", "On days you were away, the net rolls its own prediction forward "
              "({right} of {days} away days, at least {confidence:.1%} sure)"),
    QT_TRANSLATE_NOOP("claims", "after a day away the net predicts from its own guess for that day: "
                                "the dish after the one it guessed"))
def _dinner_rolls_forward(ctx):
    step, values = _dinner_steps(ctx, away=True)
    return step, values, [
        (values["right"] == values["days"],
         QT_TRANSLATE_NOOP("claims", "after an away day it picks the dish after its own guess on only "
                                     "{right} of {days} days"))]


# -- 3. The children's book with an RNN --------------------------------------------------------
def _subject_saw(ctx, name: str | None = None) -> list[int]:
    """Steps t where tokens[t] is "saw" right after a name (``name`` if given)."""
    return [t for t in range(1, len(ctx.tokens)) if ctx.is_token(t, "saw")
            and any(ctx.is_token(t - 1, n) for n in ((name,) if name else NAMES))]


@claim("book", "rnn-names-then-saw", QT_TRANSLATE_NOOP(
    "claims", "After a name the RNN's likeliest next word is saw or the period ({p_after_name:.0%} or more "
              "together); after saw or a period it is a name ({p_after_verb:.0%} or more)"),
    QT_TRANSLATE_NOOP("claims", "after a name comes saw or a period; after saw or a period comes a name"))
def _rnn_names_then_saw(ctx):
    ctx.need_trace(gateless=True)
    probs = ctx.trace["probs"]
    verbs, names = [ctx.word("saw"), ctx.word(".")], [ctx.word(n) for n in NAMES]
    after_name = [t for t in range(len(ctx.tokens)) if any(ctx.is_token(t, n) for n in NAMES)]
    after_verb = [t for t in range(len(ctx.tokens)) if ctx.is_token(t, "saw") or ctx.is_token(t, ".")]
    if not after_name or not after_verb:
        raise NotApplicable(QT_TRANSLATE_NOOP("claims", "the text needs a name and a “saw” or a period"))
    wrong_name = next((t for t in after_name if int(np.argmax(probs[t])) not in verbs), None)
    wrong_verb = next((t for t in after_verb if int(np.argmax(probs[t])) not in names), None)
    values = {"p_after_name": min(float(probs[t][verbs].sum()) for t in after_name),
              "p_after_verb": min(float(probs[t][names].sum()) for t in after_verb)}
    bad = wrong_name if wrong_name is not None else wrong_verb
    labels = {"word": ctx.tokens[bad] if bad is not None else "",
              "top": ctx.words[int(np.argmax(probs[bad]))] if bad is not None else "",
              "p_top": float(probs[bad].max()) if bad is not None else 0.0}
    step = bad if bad is not None else after_verb[-1]
    return step, values, [
        (wrong_name is None, QT_TRANSLATE_NOOP(
            "claims", "after the name “{word}” its likeliest next word is “{top}” ({p_top:.0%})"), labels),
        (wrong_verb is None, QT_TRANSLATE_NOOP(
            "claims", "after “{word}” its likeliest next word is “{top}” ({p_top:.0%}), not a name"), labels)]


def _recurrent_votes(ctx, t: int) -> tuple[np.ndarray, np.ndarray]:
    """At step ``t``: the votes from the new word (W·x) and from what goes round the
    loop (U·h₋₁, or the lesson RNN's U·p₋₁), per unit."""
    net = ctx.need_net()
    W, U = np.asarray(net.block("W")), np.asarray(net.block("U"))
    return W @ ctx.trace["x"][t], U @ ctx.trace[ctx.recurrent_key()][t]


@claim("book", "rnn-previous-prediction-votes", QT_TRANSLATE_NOOP(
    "claims", "The previous prediction votes too: at “saw” after “{name}” it adds {from_prev:+.2f} for each name "
              "on top of the new word's {from_word:+.2f}"),
    QT_TRANSLATE_NOOP("claims", "having just predicted saw or a period makes a name next more likely still: "
                                "the previous prediction votes for the names too"))
def _rnn_previous_prediction_votes(ctx):
    ctx.need_trace(gateless=True)
    steps = _subject_saw(ctx)
    if not steps:
        raise NotApplicable(QT_TRANSLATE_NOOP("claims", "the text has no name followed by “saw”"))
    t = steps[0]
    from_word, from_prev = _recurrent_votes(ctx, t)
    rows = [ctx.unit(n) for n in NAMES]
    values = {"name": ctx.tokens[t - 1], "from_prev": float(np.min(from_prev[rows])),
              "from_word": float(np.min(from_word[rows]))}
    return t, values, [
        (values["from_prev"] > 0 and not quiet_next_to(values["from_prev"], values["from_word"]),
         QT_TRANSLATE_NOOP("claims", "the previous prediction adds only {from_prev:+.2f} for the names "
                                     "(the new word {from_word:+.2f}): this net decides from the new word alone"))]


# -- 4. Squashing --------------------------------------------------------------------------------
@claim("squashing", "rnn-votes-squashed", QT_TRANSLATE_NOOP(
    "claims", "At “{name}” the RNN's votes for saw add up to {z_saw:+.2f}, beyond −1…1; squashing turns "
              "them into {h_saw:+.3f}"),
    QT_TRANSLATE_NOOP("claims", "votes can add up beyond −1…1, and squashing brings them back inside"))
def _rnn_votes_squashed(ctx):
    ctx.need_trace(gateless=True)
    t = next((k for k in range(len(ctx.tokens)) if any(ctx.is_token(k, n) for n in NAMES)), None)
    if t is None:
        raise NotApplicable(QT_TRANSLATE_NOOP("claims", "the text has no name"))
    values = {"name": ctx.tokens[t], "z_saw": ctx.at("z", t, "saw"), "h_saw": ctx.at("h", t, "saw")}
    return t, values, [
        (abs(values["z_saw"]) > 1.0,
         QT_TRANSLATE_NOOP("claims", "the votes for saw add up to only {z_saw:+.2f}: inside −1…1 already, "
                                     "so squashing has little to do ({h_saw:+.3f})")),
        (abs(values["h_saw"]) < 1.0,
         QT_TRANSLATE_NOOP("claims", "the prediction for saw is {h_saw:+.3f}: this RNN does not squash "
                                     "(relu leaves large votes as they are)"))]


@claim("squashing", "rnn-loop-bounded", QT_TRANSLATE_NOOP(
    "claims", "Fed only its own prediction, the RNN's loop multiplies its votes by about {gain:.1f} each time: "
              "unsquashed they would reach {unsquashed:,.0f} after {loops} loops; squashed they stay at {squashed:.3f}"),
    QT_TRANSLATE_NOOP("claims", "going round the loop, repeated votes would grow without limit; "
                                "squashing after every loop keeps them inside −1…1"))
def _rnn_loop_bounded(ctx):
    trace = ctx.need_trace(gateless=True)
    if trace.spec.recurrent == "p":           # the lesson RNN feeds back its prediction
        raise NotApplicable(QT_TRANSLATE_NOOP(
            "claims", "this net feeds back its prediction's probabilities, which are bounded already"))
    net = ctx.need_net()
    U, b = np.asarray(net.block("U")), np.asarray(net.block("b"))
    start = np.array(trace["h"][-1], dtype=np.float64)
    if np.abs(start).max(initial=0.0) < NOTHING:
        start = np.full(len(b), 0.5)
    plain = rnn_loop(U, b, start, LOOPS, squash=False)
    squashed = rnn_loop(U, b, start, LOOPS, squash=net.nonlinearity == "tanh")
    size0, size = float(np.abs(start).max()), float(np.abs(plain[-1]).max())
    gain = (size / size0) ** (1.0 / LOOPS) if size > 0 else 0.0
    values = {"gain": gain, "loops": LOOPS, "unsquashed": size, "squashed": float(np.abs(squashed[-1]).max())}
    return len(ctx.tokens) - 1, values, [
        (gain > 1.0 and size > 1.0,
         QT_TRANSLATE_NOOP("claims", "with these weights the loop shrinks the votes (×{gain:.2f} each time, "
                                     "{unsquashed:.2f} after {loops} loops): nothing piles up for squashing to stop")),
        (values["squashed"] <= 1.0,
         QT_TRANSLATE_NOOP("claims", "squashed, the loop still reaches {squashed:.2f}: this RNN's relu does "
                                     "not squash"))]


@example("squashing", "looped-votes", QT_TRANSLATE_NOOP(
    "claims", "Worked example: a vote of {start:+.1f} that the loop multiplies by {gain:g} each time is "
              "{plain:+,.0f} after {loops} loops; squashed after every loop it stays at {squashed:+.3f}"))
def _looped_votes(ctx):
    start, gain, loops = ctx.inputs.get("loop", LOOP)
    plain, squashed = looped_votes(start, gain, loops, False), looped_votes(start, gain, loops, True)
    values = {"start": float(start), "gain": float(gain), "loops": int(loops),
              "plain": float(plain[-1]) if len(plain) else float(start),
              "squashed": float(squashed[-1]) if len(squashed) else float(start)}
    return None, values, ()


# -- 5. The RNN's mistakes -----------------------------------------------------------------------
@claim("mistakes", "rnn-doug-saw-doug", QT_TRANSLATE_NOOP(
    "claims", "After “Doug saw”, the RNN finds Doug ({p_doug:.0%}) as likely as Jane ({p_jane:.0%}) "
              "and Spot ({p_spot:.0%}): it can write “Doug saw Doug.”"),
    QT_TRANSLATE_NOOP("claims", "looking only one step back, the RNN can write “Doug saw Doug.”"))
def _rnn_doug_saw_doug(ctx):
    ctx.need_trace(gateless=True)
    steps = _subject_saw(ctx, "Doug")
    if not steps:
        raise NotApplicable(QT_TRANSLATE_NOOP("claims", "the text has no “Doug saw”"))
    t = steps[-1]
    p = {n: ctx.prob(t, n) for n in NAMES}
    values = {"p_doug": p["Doug"], "p_jane": p["Jane"], "p_spot": p["Spot"]}
    return t, values, [
        (p["Doug"] >= 0.5 * max(p["Jane"], p["Spot"]) and p["Doug"] > QUIET_SHARE * sum(p.values()),
         QT_TRANSLATE_NOOP("claims", "Doug gets only {p_doug:.0%} after “Doug saw”: this net avoids the mistake"))]


@claim("mistakes", "rnn-one-step", QT_TRANSLATE_NOOP(
    "claims", "The RNN's memory is one step: what it carries into “saw” after Doug and after "
              "another name differs by only {difference:.3f}, so it cannot know who saw"),
    QT_TRANSLATE_NOOP("claims", "at “saw” the RNN carries the same thing whoever did the seeing"))
def _rnn_one_step(ctx):
    ctx.need_trace(gateless=True)
    # Sentences after a period first: the text's very first name has no previous
    # prediction at all, which is a difference of where, not of who.
    steps: dict[str, int] = {}
    for t in sorted(_subject_saw(ctx), key=lambda t: t - 1 == 0):
        steps.setdefault(ctx.tokens[t - 1].lower(), t)
    if "doug" not in steps or len(steps) < 2:
        raise NotApplicable(QT_TRANSLATE_NOOP(
            "claims", "the text needs “Doug saw” and another name followed by “saw”"))
    t = steps["doug"]
    other = next(s for n, s in steps.items() if n != "doug")
    carried = ctx.trace[ctx.recurrent_key()]
    diff = float(np.abs(carried[t] - carried[other]).max())
    size = float(max(np.abs(carried[t]).max(), np.abs(carried[other]).max()))
    return t, {"difference": diff, "size": size}, [
        (size > NOTHING and diff <= QUIET_SHARE * size,
         QT_TRANSLATE_NOOP("claims", "the two differ by {difference:.2f}, next to values up to {size:.2f}: "
                                     "this net remembers more than one step"))]


@claim("mistakes", "rnn-run-on", QT_TRANSLATE_NOOP(
    "claims", "After “saw” and a name, “saw” ({p_saw:.0%}) is as likely as the period ({p_period:.0%}): "
              "run-ons like “Doug saw Jane saw Spot…”"),
    QT_TRANSLATE_NOOP("claims", "after “saw” and a name the RNN may write saw again: run-ons"))
def _rnn_run_on(ctx):
    ctx.need_trace(gateless=True)
    steps = [t for t in range(1, len(ctx.tokens)) if ctx.is_token(t - 1, "saw")
             and any(ctx.is_token(t, n) for n in NAMES)]
    if not steps:
        raise NotApplicable(QT_TRANSLATE_NOOP("claims", "the text has no name after “saw”"))
    t = steps[-1]
    values = {"p_saw": ctx.prob(t, "saw"), "p_period": ctx.prob(t, ".")}
    return t, values, [
        (values["p_saw"] >= 0.5 * values["p_period"] and values["p_saw"] > QUIET_SHARE,
         QT_TRANSLATE_NOOP("claims", "“saw” gets only {p_saw:.0%} after the object: no run-ons"))]


__all__ = ["LOOP", "SIGNAL", "VALVES", "sigmoid"]
