"""Three cells, one corpus: the lesson's RNN, a plain (Elman) RNN and the LSTM.

The lesson says a plain RNN writes "Doug saw Doug." and "Doug saw Jane saw Spot…".
That is true of the lesson's own design, whose only memory is its previous prediction;
a general RNN with hidden units of its own learns the children's book. This module
trains all three the same way (same corpus, seed, settings, hence the same number of
updates), samples from each, and counts what they wrote, so the app and the CLI can
show what the nets really do instead of repeating the story.

It knows nothing about any grammar: the caller passes ``classify``, which names the
kind of each sampled sentence ("grammatical", "repeat", "runon" or "other"). NumPy and
the standard library only, like the rest of the model.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from .cells import CellSpec, spec_of
from .network import Network
from .sampling import generate_stream
from .training import train

#: The nets compared, in the order they are shown: JSON key → (cell kind, label).
NETS = {"lesson_rnn": ("lesson-rnn", "lesson's RNN"), "rnn": ("rnn", "plain RNN"),
        "lstm": ("lstm", "LSTM")}
CATEGORIES = ("grammatical", "repeats", "runons", "other")
#: A sentence still open after this many words is cut there and counted as written.
MAX_SENTENCE = 16


@dataclass
class CellResult:
    kind: str
    hidden: int
    loss: float
    counts: dict[str, int]          # sentences + CATEGORIES
    sentences: list[list[str]]
    losses: list[float] = field(default_factory=list)    # the training loss after each update

    @property
    def text(self) -> str:
        return " ".join(" ".join(s) for s in self.sentences)


def split_sentences(words: Sequence[str], end: str = ".", limit: int = MAX_SENTENCE) -> list[list[str]]:
    """Sentences in a word stream: each ends at ``end`` or after ``limit`` words (so a
    net that never writes a period still has its run-on counted). An unfinished tail
    is left out."""
    out, cur = [], []
    for w in words:
        cur.append(w)
        if w == end or len(cur) >= limit:
            out.append(cur)
            cur = []
    return out


def count(sentences: list[list[str]], classify: Callable[[list[str]], str]) -> dict[str, int]:
    """``{"sentences": n, "grammatical": …, "repeats": …, "runons": …, "other": …}``."""
    counts = dict.fromkeys(("sentences",) + CATEGORIES, 0)
    key = {"grammatical": "grammatical", "repeat": "repeats", "runon": "runons"}
    for s in sentences:
        counts["sentences"] += 1
        counts[key.get(classify(s), "other")] += 1
    return counts


def sample_sentences(net: Network, words: Sequence[str], prompt: Sequence[str], n: int, *,
                     seed: int, temperature: float = 1.0) -> list[list[str]]:
    """The first ``n`` sentences a net writes after ``prompt`` (one continuous stream;
    the sentence the prompt began, if any, is not counted)."""
    index = {w: k for k, w in enumerate(words)}
    X = np.array([index[w] for w in prompt], dtype=np.intp)          # token ids
    stream: list[str] = []
    budget = n * MAX_SENTENCE + MAX_SENTENCE
    skip = bool(prompt) and prompt[-1] != "."
    for chunk in generate_stream(net, X, budget, seed=seed, temperature=temperature):
        stream += [words[k] for k in chunk]
        got = split_sentences(stream)[int(skip):]
        if len(got) >= n:
            return got[:n]
    return split_sentences(stream)[int(skip):][:n]


class CompareCancelled(Exception):
    """``stop()`` said to give up: a comparison is left unfinished (its window closed)."""


def compare_cells(words: Sequence[str], X: np.ndarray, targets: np.ndarray, *,
                  classify: Callable[[list[str]], str], hidden: int = 8, seed: int = 0,
                  samples: int = 100, prompt: Sequence[str] = (".",),
                  train_settings: dict | None = None,
                  stop: Callable[[], bool] = lambda: False) -> dict[str, CellResult]:
    """Train the three nets on the same pairs (``X`` one-hot inputs, ``targets`` next
    word ids) and sample ``samples`` sentences from each after ``prompt``. ``stop`` is
    asked after every update; when it says so, :class:`CompareCancelled` is raised.

    The lesson's RNN gets as many hidden units as there are words (its squashed layer
    is the lesson's "vote" per word); the plain RNN and the LSTM get ``hidden``.
    """
    settings = dict(train_settings or {})
    V = len(words)
    results = {}
    for key, (kind, _) in NETS.items():
        size = V if spec_of(kind).hidden_per_word else hidden
        net = Network.random(kind, X.shape[1], size, V, seed=seed)
        last, losses = None, []
        for last in train(net, X, targets, seed=seed, **settings):
            losses.append(last.loss)
            if stop():
                raise CompareCancelled()
        written = sample_sentences(net, words, prompt, samples, seed=seed)
        results[key] = CellResult(kind, size, last.loss if last else float("nan"),
                                  count(written, classify), written, losses)
    return results


def _how(spec: CellSpec) -> str:
    """What carries the past in this cell: its previous prediction only, a memory c, or hidden units."""
    return "prediction-only" if spec.recurrent == "p" else "memory" if spec.memory else "hidden-units"


#: Why a net that wrote only proper sentences could: one code per cell kind.
HOW = {kind: _how(spec_of(kind)) for kind, _ in NETS.values()}
_HOW_EN = {
    "prediction-only": "its only memory is its previous prediction",
    "hidden-units": "its hidden units carry the subject past 'saw'",
    "memory": "its memory keeps the subject until the object is chosen",
}


@dataclass(frozen=True)
class Explanation:
    """Why a net wrote what it wrote, as a code and the numbers behind it (a view words it
    in its own language; :func:`explain` words it in English).

    ``code`` is "no-sentences", "all-grammatical" or "mistakes"; ``how`` is the cell's
    :data:`HOW` code; ``one_step`` says the mistakes come from looking only one step back
    (named only for the lesson's RNN, and only when it wrote repeats or run-ons).
    """
    net: str                     # a NETS key
    code: str
    sentences: int
    grammatical: int
    repeats: int
    runons: int
    other: int
    how: str | None              # None: no reason to give (the lesson RNN wrote no mistake)
    one_step: bool


def explanation(key: str, result: CellResult) -> Explanation:
    """The explanation of one net's counts: a mistake is named only if the samples show it."""
    kind = NETS[key][0]
    looks_back_once = spec_of(kind).recurrent == "p"      # the lesson RNN: its only memory is its last prediction
    c = result.counts
    n = c["sentences"]
    code = "no-sentences" if n == 0 else "all-grammatical" if c["grammatical"] == n else "mistakes"
    one_step = code == "mistakes" and looks_back_once and bool(c["repeats"] or c["runons"])
    # The lesson RNN's one-step memory explains its mistakes, not a clean sample.
    how = None if code == "all-grammatical" and looks_back_once else HOW[kind]
    return Explanation(key, code, n, c["grammatical"], c["repeats"], c["runons"], c["other"], how, one_step)


def explain(key: str, result: CellResult) -> str:
    """One English sentence on why a net wrote what it wrote, derived from its counts only
    (the CLI's wording of :func:`explanation`)."""
    e = explanation(key, result)
    label = NETS[key][1]
    if e.code == "no-sentences":
        return f"The {label} finished no sentence in its samples."
    if e.code == "all-grammatical":
        said = "its one sentence" if e.sentences == 1 else f"all {e.sentences} sentences"
        return f"The {label} wrote {said} grammatically" + (f": {_HOW_EN[e.how]}." if e.how else ".")
    parts = []
    if e.repeats:
        parts.append(f"{e.repeats} where the object repeats the subject (\"Doug saw Doug.\")")
    if e.runons:
        parts.append(f"{e.runons} run-on{'s' if e.runons != 1 else ''} (\"Doug saw Jane saw …\")")
    if e.other:
        parts.append(f"{e.other} other slip{'s' if e.other != 1 else ''}")
    why = ""
    if e.one_step:
        why = ("; " + _HOW_EN[e.how] + ", which after 'saw' (or after a name) looks the same "
               "whoever the subject was")
    return (f"The {label} wrote {e.grammatical} of {e.sentences} sentences grammatically, with "
            + ", ".join(parts) + why + ".")


def to_json(results: dict[str, CellResult], settings: dict) -> dict:
    out: dict = {key: {**r.counts, "kind": r.kind, "hidden": r.hidden, "loss": r.loss,
                       "why": explain(key, r), "samples": r.text}
                 for key, r in results.items()}
    out["settings"] = dict(settings)
    return out


def mistakes_by_distance(corpus_for: Callable[[int], tuple[Sequence[str], list[str]]],
                         classify_for: Callable[[int], Callable[[list[str]], str]],
                         distances: Sequence[int], *, hidden: int = 8, seed: int = 0,
                         samples: int = 100, train_settings: dict | None = None,
                         stop: Callable[[], bool] = lambda: False) -> dict:
    """For each distance d, train the three nets on ``corpus_for(d)`` (its vocabulary
    words and token stream) and count the sentences ``classify_for(d)`` finds wrong.

    Data for a plot of mistakes against how far back the net must remember:
    ``{"distances": [...], "lesson_rnn": [fraction wrong per distance], "rnn": …,
    "lstm": …, "counts": {key: [counts per distance]}}``.
    """
    out: dict = {"distances": list(distances), "counts": {k: [] for k in NETS}}
    out.update({k: [] for k in NETS})
    for d in distances:
        words, tokens = corpus_for(d)
        words = list(words)
        index = {w: k for k, w in enumerate(words)}
        ids = np.array([index[t] for t in tokens])
        X = np.eye(len(words))[ids[:-1]]
        results = compare_cells(words, X, ids[1:], classify=classify_for(d), hidden=hidden, seed=seed,
                                samples=samples, train_settings=train_settings, stop=stop)
        for key, r in results.items():
            n = r.counts["sentences"]
            out[key].append((n - r.counts["grammatical"]) / n if n else float("nan"))
            out["counts"][key].append(r.counts)
    return out
