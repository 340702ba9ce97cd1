"""Worked examples the README and the screenshots share: small models trained in seconds."""
from __future__ import annotations


def units_example(seed: int = 1):
    """The README's Units example: a 16-unit char LSTM trained for ~4 s on phrases of
    eight words, about 40% of them in parentheses. Returns (network, vocabulary,
    metadata) for ``save_model``; the same steps as the README's recipe."""
    import numpy as np
    from ..model import Network, train
    from .corpora import training_pairs
    from .vocabulary import Vocabulary
    rng = np.random.default_rng(0)
    words = "the cat sat on a mat dog ran".split()

    def phrase():
        return " ".join(rng.choice(words, size=rng.integers(1, 5)))
    text = " ".join(f"({phrase()})" if rng.random() < 0.4 else phrase() for _ in range(1500))
    vocab = Vocabulary(sorted(set(text)), tokenizer="chars")
    X, y = training_pairs(vocab, vocab.tokenize(text[:8000]))
    net = Network.random("lstm", len(vocab), 16, len(vocab), seed=seed)
    for _ in train(net, X, y, epochs=30, lr=0.05, seq_len=32, schedule="cosine"):
        pass
    return net, list(vocab.words), {"tokenizer": "chars", "text": text[8000:9200],
                                    "title": "Parentheses, one character at a time"}


def parens_preset(seed: int = 1):
    """The Units example as a preset to open: the trained net, its characters and text."""
    from ..model import SavedModel
    from .presets import from_saved
    net, words, metadata = units_example(seed)
    return from_saved(SavedModel(net, words, metadata), "parens.npz")


def gru_book_preset(seed: int = 0):
    """A GRU trained on the children's book with the training defaults (about a second):
    the README's GRU screenshot, on the text the walkthrough uses."""
    from ..model import Network, SavedModel, train
    from .corpora import training_pairs
    from .presets import from_saved
    from .training_setup import TRAIN_KEYS, TRAINING_DEFAULTS, named_corpus
    corpus = named_corpus("book")
    X, y = training_pairs(corpus.vocab, corpus.tokens)
    V = len(corpus.vocab)
    net = Network.random("gru", V, TRAINING_DEFAULTS["hidden"], V, seed=seed)
    for _ in train(net, X, y, **{k: TRAINING_DEFAULTS[k] for k in TRAIN_KEYS}, seed=seed):
        pass
    meta = {"text": "Jane saw Spot. Doug saw", "step": 4, "title": "A GRU trained on the children's book"}
    return from_saved(SavedModel(net, list(corpus.vocab.words), meta), "gru-book.npz")
