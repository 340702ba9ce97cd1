"""Vocabularies, the tokenizer, and one-hot encoding."""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

_TOKEN = re.compile(r"[^\W_]+|\S")


def split_words(text: str) -> list[str]:
    """Words (runs of letters and digits) and single punctuation marks, in order."""
    return _TOKEN.findall(text)


def is_token(word: str) -> bool:
    """Whether the tokenizer can ever produce ``word`` (so a user can type it)."""
    return _TOKEN.fullmatch(word) is not None


class UnknownWordError(ValueError):
    """A word outside the vocabulary; carries where it is so a view can mark it."""

    def __init__(self, word: str, vocabulary: "Vocabulary", start: int, end: int):
        self.word, self.vocabulary, self.start, self.end = word, vocabulary, start, end
        known = ", ".join(f'"{w}"' if not w.isalnum() else w for w in vocabulary.words)
        extra = f' ("{vocabulary.blank}" marks an unknown day)' if vocabulary.blank else ""
        super().__init__(f'unknown word "{word}"; the vocabulary is: {known}{extra}')


@dataclass(frozen=True)
class Token:
    text: str        # canonical spelling from the vocabulary (or the blank marker)
    start: int       # character span in the source text
    end: int


class Vocabulary:
    """An ordered list of words; each is one position of a one-hot vector.

    ``blank`` (the dinner's "?") is a token that encodes to all zeros: the input is
    unknown, and the network must carry on from its own previous prediction.
    """

    def __init__(self, words, blank: str | None = None):
        self.words = tuple(words)
        self.blank = blank
        self._index = {w.lower(): k for k, w in enumerate(self.words)}
        if len(self._index) != len(self.words) or not self.words:
            raise ValueError("a vocabulary needs at least one word and no duplicates")
        untypable = [w for w in self.words if not is_token(w)]
        if untypable:
            raise ValueError(f"vocabulary words must be single words or punctuation marks: {untypable}")

    def __len__(self) -> int:
        return len(self.words)

    def __eq__(self, other) -> bool:
        return isinstance(other, Vocabulary) and (self.words, self.blank) == (other.words, other.blank)

    def __repr__(self) -> str:
        return f"Vocabulary({list(self.words)!r}, blank={self.blank!r})"

    def index(self, word: str) -> int:
        """Position of ``word`` (case-insensitive), or −1 for the blank marker."""
        if self.blank is not None and word == self.blank:
            return -1
        return self._index[word.lower()]

    def tokens(self, text: str) -> list[Token]:
        """Split text into known tokens: "Jane saw Spot. Doug" → Jane, saw, Spot, ., Doug."""
        out = []
        for m in _TOKEN.finditer(text):
            word = m.group()
            if self.blank is not None and word == self.blank:
                out.append(Token(word, m.start(), m.end()))
                continue
            k = self._index.get(word.lower())
            if k is None:
                raise UnknownWordError(word, self, m.start(), m.end())
            out.append(Token(self.words[k], m.start(), m.end()))
        return out

    def tokenize(self, text: str) -> list[str]:
        return [t.text for t in self.tokens(text)]

    def ids(self, tokens: list[str]) -> np.ndarray:
        return np.array([self.index(t) for t in tokens], dtype=np.int64)

    def one_hot(self, tokens: list[str]) -> np.ndarray:
        """T×V matrix; the blank marker encodes to a zero row."""
        ids = self.ids(tokens)
        X = np.zeros((len(ids), len(self.words)))
        known = ids >= 0
        X[np.flatnonzero(known), ids[known]] = 1.0
        return X

    def detokenize(self, tokens: list[str]) -> str:
        text = ""
        for t in tokens:
            text += t if (t in ".,!?;:" and t != self.blank) or not text else " " + t
        return text
