"""The lesson's two data sets: the children's book and the dinner log."""
from __future__ import annotations

import numpy as np

from .vocabulary import Vocabulary

BOOK_VOCAB = Vocabulary(["Doug", "Jane", "Spot", "saw", "."])
BOOK_SENTENCES = "Doug saw Jane. Jane saw Spot. Spot saw Doug."
NAMES = ("Doug", "Jane", "Spot")

DINNER_VOCAB = Vocabulary(["pizza", "sushi", "waffles"], blank="?")
DINNER_CYCLE = ("pizza", "sushi", "waffles")


def book_text(repeats: int = 20) -> str:
    return " ".join([BOOK_SENTENCES] * repeats)


def dinner_log(days: int, away: float = 0.0, seed: int = 0, start: str = "pizza") -> list[str]:
    """The roommate's dinners, day by day, with "?" on days you were away."""
    rng = np.random.default_rng(seed)
    k = DINNER_CYCLE.index(start)
    log = []
    for _ in range(days):
        log.append("?" if rng.random() < away else DINNER_CYCLE[k])
        k = (k + 1) % len(DINNER_CYCLE)
    return log


def training_pairs(vocab: Vocabulary, tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Inputs (each token, one-hot) and targets (the next token's index, −1 if unknown)."""
    return vocab.one_hot(tokens[:-1]), vocab.ids(tokens[1:])


def sentences(tokens: list[str]) -> list[list[str]]:
    """Complete sentences (each ending with ".") in a token list."""
    out, cur = [], []
    for t in tokens:
        cur.append(t)
        if t == ".":
            out.append(cur)
            cur = []
    return out


def is_grammatical(sentence: list[str]) -> bool:
    """The book's grammar: Name saw OtherName ."""
    return (len(sentence) == 4 and sentence[0] in NAMES and sentence[1] == "saw"
            and sentence[2] in NAMES and sentence[2] != sentence[0] and sentence[3] == ".")
