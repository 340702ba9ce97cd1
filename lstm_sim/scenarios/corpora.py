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


def sentence_kind(sentence: list[str]) -> str:
    """Which of the lesson's mistakes a sentence makes: "grammatical", "repeat" (the
    object repeats the subject: "Doug saw Doug."), "runon" (more than one "saw":
    "Doug saw Jane saw Spot.") or "other"."""
    if is_grammatical(sentence):
        return "grammatical"
    if sentence.count("saw") > 1:
        return "runon"
    if (len(sentence) == 4 and sentence[0] in NAMES and sentence[1] == "saw"
            and sentence[2] == sentence[0] and sentence[3] == "."):
        return "repeat"
    return "other"


# -- a dependency that spans a chosen distance ----------------------------------------
#: The filler word that stretches a sentence: "Doug saw very very Jane." (distance 2).
FILLER = "very"
DISTANCE_VOCAB = Vocabulary(["Doug", "Jane", "Spot", "saw", FILLER, "."])


def distance_book_text(distance: int, repeats: int = 20) -> str:
    """The book with ``distance`` fillers between "saw" and the object, so the net must
    carry the subject ``distance + 1`` steps to avoid "Doug saw very Doug."."""
    if not 0 <= distance <= 10:
        raise ValueError("distance must be between 0 and 10 filler words")
    fill = " ".join([FILLER] * distance)
    one = " ".join(f"{a} saw {fill} {b}." if fill else f"{a} saw {b}."
                   for a, b in (("Doug", "Jane"), ("Jane", "Spot"), ("Spot", "Doug")))
    return " ".join([one] * repeats)


def distance_sentence_kind(distance: int):
    """A classifier like :func:`sentence_kind` for the stretched book: grammatical is
    exactly "Name saw" + ``distance`` fillers + "OtherName ."."""
    def kind(sentence: list[str]) -> str:
        shape = (len(sentence) == distance + 4 and sentence[0] in NAMES and sentence[1] == "saw"
                 and sentence[2:2 + distance] == [FILLER] * distance
                 and sentence[-2] in NAMES and sentence[-1] == ".")
        if shape:
            return "grammatical" if sentence[-2] != sentence[0] else "repeat"
        return "runon" if sentence.count("saw") > 1 else "other"
    return kind
