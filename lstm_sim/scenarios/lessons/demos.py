"""The arithmetic behind the lessons' small demos, NumPy only.

The panel's widgets (squashing curves, valves, the dinner days, the book sampler) only
show what these functions compute, so a test or the command line gets the same numbers.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np


# -- squashing ---------------------------------------------------------------------------
def sigmoid(x):
    """The logistic function σ, written so it cannot overflow."""
    return 0.5 + 0.5 * np.tanh(0.5 * np.asarray(x, dtype=np.float64))


def squash(x: float) -> tuple[float, float]:
    """(tanh x, σ x): what the two squashing functions make of one value."""
    return float(np.tanh(x)), float(sigmoid(x))


def looped_votes(start: float, gain: float, loops: int, squash: bool) -> np.ndarray:
    """A vote going round a loop that multiplies it by ``gain`` each time (an option
    that gets two votes per loop doubles): the value after each of ``loops`` loops.
    Without squashing it grows as start·gainⁿ; squashed after every loop
    (s ← tanh(gain·s)) it stays inside −1…1."""
    value, out = float(start), np.empty(max(int(loops), 0))
    for k in range(len(out)):
        value = np.tanh(gain * value) if squash else gain * value
        out[k] = value
    return out


def rnn_loop(U: np.ndarray, b: np.ndarray, start: np.ndarray, loops: int, squash: bool) -> np.ndarray:
    """A plain RNN fed only its own prediction, no new word, ``loops`` times:
    h ← tanh(U·h + b), or without squashing h ← U·h + b. One row per loop."""
    h, out = np.asarray(start, dtype=np.float64), []
    for _ in range(max(int(loops), 0)):
        z = U @ h + b
        h = np.tanh(z) if squash else z
        out.append(h)
    return np.array(out).reshape(len(out), len(b))


# -- element-wise operations -------------------------------------------------------------
def through_valves(signal, valves) -> np.ndarray:
    """Element-wise multiplication: each element passes through its own valve (0 shut … 1 open)."""
    return np.asarray(signal, dtype=np.float64) * np.asarray(valves, dtype=np.float64)


def merge(a, b) -> np.ndarray:
    """Element-wise addition: two vectors of the same length become one."""
    return np.asarray(a, dtype=np.float64) + np.asarray(b, dtype=np.float64)


# -- dinner --------------------------------------------------------------------------------
CYCLE = ("pizza", "sushi", "waffles")


def weekday_vs_yesterday(days: int = 21) -> tuple[float, float]:
    """How often the best weekday rule and the "dish after yesterday's" rule are right
    over ``days`` days of the cycle. A 3-day cycle against a 7-day week gives every
    weekday every dish equally often, so the weekday is no better than a guess."""
    log = [CYCLE[d % 3] for d in range(days)]
    right = 0
    for weekday in range(7):
        dishes = [log[d] for d in range(weekday, days, 7)]
        right += max(dishes.count(c) for c in CYCLE) if dishes else 0
    after = sum(log[d] == CYCLE[(CYCLE.index(log[d - 1]) + 1) % 3] for d in range(1, days))
    return right / days, after / max(days - 1, 1)


@dataclass(frozen=True)
class DinnerDay:
    day: int                    # 1-based
    dinner: str                 # what was cooked (the cycle)
    away: bool                  # you were away: the net never saw it
    predicted: str | None       # the net's guess for this day (None: no guess, or no idea)
    confidence: float           # the guess's probability (1/3 means "no idea")
    from_own_guess: bool        # the evening before was an away day: rolled forward


@lru_cache(maxsize=1)
def _dinner_preset():
    from ..presets import load_preset
    return load_preset("dinner")


def dinner_text(away: list[bool], start: str = "pizza") -> str:
    """The dinner preset's text for these days: the dish, or "?" on away days."""
    k = CYCLE.index(start)
    return " ".join("?" if a else CYCLE[(k + d) % 3] for d, a in enumerate(away))


def dinner_days(away: list[bool], start: str = "pizza", net=None, vocab=None) -> list[DinnerDay]:
    """The dinner net's prediction for each day (and one day past the end) when you were
    away on the marked days; its input each evening is that day's dinner, or nothing.
    ``net`` and ``vocab`` (default: the dinner preset's) let the demo run the network on
    screen, edits and all."""
    from ...model import forward
    if net is None or vocab is None:
        preset = _dinner_preset()
        net, vocab = preset.net, preset.vocab
    tokens = dinner_text(away, start).split()
    probs = forward(net, vocab.inputs(tokens), tokens=tokens)["probs"] if tokens else []
    k, words, out = CYCLE.index(start), vocab.words, []
    for d in range(len(away) + 1):
        if d == 0:
            guess, conf = None, 0.0
        else:
            p = probs[d - 1]
            best = int(np.argmax(p))
            conf = float(p[best])
            guess = words[best] if conf > 0.5 else None
        out.append(DinnerDay(d + 1, CYCLE[(k + d) % 3], d < len(away) and away[d], guess, conf,
                             d > 0 and away[d - 1]))
    return out


# -- the children's book -----------------------------------------------------------------
NAMES = ("Doug", "Jane", "Spot")
SENTENCE_KINDS = ("ok", "same name", "run-on", "too short", "other")


def sentence_kind(sentence: list[str]) -> str:
    """'ok' (Name saw OtherName .), 'same name' ("Doug saw Doug."), 'run-on' (more than
    one saw: "Doug saw Jane saw Spot."), 'too short' ("Doug."), or 'other'."""
    if len(sentence) == 4 and sentence[0] in NAMES and sentence[1] == "saw" and sentence[2] in NAMES \
            and sentence[3] == ".":
        return "same name" if sentence[0] == sentence[2] else "ok"
    if sentence.count("saw") > 1:
        return "run-on"
    if len(sentence) == 2 and sentence[0] in NAMES:
        return "too short"
    return "other"


def sample_book(net, vocab, sentences: int = 100, seed: int = 0) -> tuple[dict[str, int], dict[str, str]]:
    """Let a book network write on from a period; count its first ``sentences``
    sentences by kind, and keep the first example of each kind."""
    from ...model import generate
    ids = generate(net, vocab.inputs(["."]), sentences * 8, seed=seed)
    counts, examples = dict.fromkeys(SENTENCE_KINDS, 0), {}
    current: list[str] = []
    for k in ids:
        current.append(vocab.words[k])
        if current[-1] == ".":
            kind = sentence_kind(current)
            counts[kind] += 1
            examples.setdefault(kind, vocab.detokenize(current))
            current = []
            if sum(counts.values()) == sentences:
                break
    return counts, examples
