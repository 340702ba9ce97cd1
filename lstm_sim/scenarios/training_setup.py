"""What a training run needs, shared by the command line and the app: the defaults, and
a corpus turned into a vocabulary and a token stream (with clear refusals).

One place for the defaults means ``lstm-sim train`` and the training dock start from
the same settings, so what a learner sees in the app is what the CLI reproduces.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model.compare import CompareCancelled  # noqa: F401  (the comparison dialog stops a run with it)
from ..model.errors import Coded, as_message
from .corpora import BOOK_VOCAB, DINNER_VOCAB, book_text, dinner_log
from .vocabulary import Vocabulary, split_words

#: The CLI's and the dock's starting values. More epochs at a higher rate, decaying
#: to zero along a cosine, make the book's predictions sharper. Measured over training
#: seeds 0–4 with 300 sampled words from each book word and four whole-sentence prompts
#: (sampling seeds 0–2, temperature 1): 8 of ~11,000 sentences slip (120 epochs at a
#: constant 0.02: 63; at 0.05 without the schedule: 10), in ~0.7 s of training here.
#: From one-word prompts alone that was 0 of 3,710 with sampling seeds 1–2 but 27 of
#: 7,414 with seeds 3–6: the nets left ~1e-4 on wrong words. A shorter second-moment
#: memory for Adam (β2 = 0.9), a larger rate (0.2), 16-word chunks and 180 epochs make
#: them sure: 0 of 3,710 and 0 of 7,414, in ~0.8 s of training.
#: ``schedule`` and ``betas`` must be passed on to ``train()`` by whoever trains with these.
TRAINING_DEFAULTS = dict(corpus="book", cell="lstm", hidden=8, epochs=180, lr=0.2, seed=0,
                         seq_len=16, optimizer="adam", clip=5.0, schedule="cosine", betas=(0.9, 0.9))
#: What ``train()`` takes from the defaults.
TRAIN_KEYS = ("epochs", "lr", "seq_len", "optimizer", "clip", "schedule", "betas")
#: A vocabulary larger than this cannot be shown (one-hot strips, heatmap rows, bars).
MAX_VOCAB = 400
#: Settings beyond these would not fit this kind of machine's memory or patience.
MAX_HIDDEN = 1024
MAX_EPOCHS = 100_000
MAX_TOKENS = 2_000_000


class CorpusError(Coded, ValueError):
    """The corpus cannot be trained on; the message (a code of ``model.messages`` with its
    parameters) says why and what to do."""

    def __init__(self, code, **params):
        super().__init__(self._say(as_message(code, params)))


@dataclass
class Corpus:
    name: str
    vocab: Vocabulary
    tokens: list[str]
    metadata: dict = field(default_factory=dict)


def named_corpus(name: str) -> Corpus:
    if name == "book":
        return Corpus("book", BOOK_VOCAB, BOOK_VOCAB.tokenize(book_text(20)))
    if name == "dinner":
        return Corpus("dinner", DINNER_VOCAB, dinner_log(240, away=0.15, seed=0), {"blank": "?"})
    raise CorpusError("unknown-corpus", name=repr(name))


def corpus_from_text(text: str, name: str = "text") -> Corpus:
    """Words and punctuation of a user's own text; the vocabulary in order of first
    appearance (case-insensitive). A word is spelt as it is written in lowercase if it
    ever is ("The … the" is "the"), else as it first appears ("Doug")."""
    words = split_words(text)
    if len(words) > MAX_TOKENS:
        raise CorpusError("corpus-too-long", name=name, count=len(words), limit=MAX_TOKENS)
    seen: dict[str, str] = {}
    for w in words:
        if seen.setdefault(w.lower(), w) != w and w == w.lower():
            seen[w.lower()] = w
    if len(words) < 2 or len(seen) < 2:
        raise CorpusError("corpus-one-word" if len(words) == 1 else "corpus-too-few", name=name, count=len(words))
    if len(seen) > MAX_VOCAB:
        raise CorpusError("corpus-too-many-words", name=name, count=len(seen), limit=MAX_VOCAB)
    vocab = Vocabulary(list(seen.values()))
    return Corpus(name, vocab, vocab.tokenize(text))


def check_settings(hidden: int, epochs: int, lr: float, seq_len: int = 24) -> None:
    """Refuse settings nobody can run here, naming the limit."""
    import math
    if not 1 <= hidden <= MAX_HIDDEN:
        raise CorpusError("hidden-range", limit=MAX_HIDDEN)
    if not 1 <= epochs <= MAX_EPOCHS:
        raise CorpusError("epochs-range", limit=MAX_EPOCHS)
    if not 1 <= seq_len <= 10_000:
        raise CorpusError("seq-len-range", limit=10_000)
    if not (math.isfinite(lr) and 0 < lr <= 10):
        raise CorpusError("lr-range")


def explanation(key: str, result):
    """Why a compared net wrote what it wrote (see ``model.compare.explanation``), for
    views, which never reach into the model themselves."""
    from ..model.compare import explanation as explain
    return explain(key, result)


def compare_on_book(hidden: int, seed: int, samples: int, stop=lambda: False):
    """The lesson's RNN, a plain RNN and the LSTM trained alike (the shared defaults) on
    the children's book, each then sampled: ``(results, settings)`` as the CLI's
    ``compare`` and the app's comparison show them (``stop``: see ``compare_cells``)."""
    from ..model.compare import compare_cells
    from .corpora import sentence_kind, training_pairs
    corpus = named_corpus("book")
    X, y = training_pairs(corpus.vocab, corpus.tokens)
    train_settings = {k: TRAINING_DEFAULTS[k] for k in TRAIN_KEYS}
    results = compare_cells(list(corpus.vocab.words), X, y, classify=sentence_kind, hidden=hidden,
                            seed=seed, samples=samples, prompt=(".",), train_settings=train_settings,
                            stop=stop)
    settings = dict(corpus="book", hidden=hidden, seed=seed, samples=samples, prompt=".",
                    lesson_rnn_hidden=len(corpus.vocab), **train_settings)
    return results, settings


def mistakes_over_distance(distances, hidden: int, seed: int, samples: int, stop=lambda: False) -> dict:
    """The stretched book ("Doug saw very very Jane.") for each distance, the three nets
    trained alike on each: the fraction of wrong sentences per net and distance."""
    from ..model.compare import mistakes_by_distance
    from .corpora import DISTANCE_VOCAB, distance_book_text, distance_sentence_kind
    train_settings = {k: TRAINING_DEFAULTS[k] for k in TRAIN_KEYS}
    return mistakes_by_distance(lambda d: (DISTANCE_VOCAB.words, DISTANCE_VOCAB.tokenize(distance_book_text(d))),
                                distance_sentence_kind, list(distances), hidden=hidden, seed=seed,
                                samples=samples, train_settings=train_settings, stop=stop)
