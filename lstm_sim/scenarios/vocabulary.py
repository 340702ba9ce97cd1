"""Vocabularies, the tokenizer, and one-hot encoding.

Two tokenizers: ``"words"`` (runs of letters and digits, and single punctuation marks)
and ``"chars"`` (every character, spaces and newlines included, for character models).
A vocabulary's own tokens that the plain split could never produce (``<eos>``,
``don't``) are matched first, longest first, so models trained with them open; a
vocabulary without such tokens splits exactly as before. Matching ignores case unless
two words differ only in case (then it is exact), and is always exact for characters.
An unknown word becomes ``<unk>`` when the vocabulary has one.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..model.errors import Coded, InvalidValue
from ..model.messages import Joined, Message, os_reason

_TOKEN = re.compile(r"[^\W_]+|\S")
TOKENIZERS = ("words", "chars")
#: Spellings of the unknown-word token, tried in this order.
UNKNOWN_TOKENS = ("<unk>", "<UNK>", "[UNK]")
_LISTED = 40          # an error lists at most this many words of a big vocabulary


def split_words(text: str) -> list[str]:
    """Words (runs of letters and digits) and single punctuation marks, in order."""
    return _TOKEN.findall(text)


def is_token(word: str) -> bool:
    """Whether the plain word split can ever produce ``word``."""
    return _TOKEN.fullmatch(word) is not None


def read_vocab_file(path: str | os.PathLike) -> list[str]:
    """Tokens from a file: a JSON list of strings, or one token per line.

    Raises ValueError naming the file (an ``InvalidValue``: a code with parameters).
    Lines keep inner spaces; a trailing newline (and a Windows carriage return) ends a
    line and is not part of the token.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidValue("vocab-file-unreadable", file=str(path), reason=os_reason(exc)) from None
    except UnicodeDecodeError:
        raise InvalidValue("vocab-file-unreadable", file=str(path), reason=Message("not-utf8")) from None
    if text.lstrip().startswith("["):
        try:
            words = json.loads(text)
        except ValueError as exc:
            raise InvalidValue("vocab-file-json", file=str(path), detail=str(exc)) from None
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise InvalidValue("vocab-file-not-strings", file=str(path))
        return words
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


class UnknownWordError(Coded, ValueError):
    """A word outside the vocabulary; carries where it is so a view can mark it."""

    def __init__(self, word: str, vocabulary: "Vocabulary", start: int, end: int):
        self.word, self.vocabulary, self.start, self.end = word, vocabulary, start, end
        known = [f'"{w}"' if not w.isalnum() else w for w in vocabulary.words[:_LISTED]]
        if len(vocabulary.words) > _LISTED:
            known.append(Message("more-words", count=len(vocabulary.words)))
        if vocabulary.blank:
            message = Message("unknown-word-blank", word=word, known=Joined(known), blank=vocabulary.blank)
        else:
            message = Message("unknown-word", word=word, known=Joined(known))
        super().__init__(self._say(message))


#: Whitespace as a character model's chips show it.
VISIBLE = {" ": "␣", "\n": "↵", "\t": "⇥", "\r": "␍"}


def shared_prefix(a, b) -> int:
    """How many first items (characters, tokens) two sequences share: the span is halved
    with slice compares, which run in C, so a long text typed at its end costs a few
    compares, not a Python loop over every item."""
    n = min(len(a), len(b))
    if a[:n] != b[:n]:
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi + 1) // 2
            lo, hi = (mid, hi) if a[:mid] == b[:mid] else (lo, mid - 1)
        n = lo
    return n


def _shared_tokens(text: str, old: str, old_tokens: list[Token]) -> tuple[list[Token], int]:
    """The tokens of ``old`` that ``text`` also has, and where to go on splitting ``text``."""
    n = shared_prefix(text, old)
    cut = max(text.rfind(ch, 0, n) for ch in " \n\t\r")
    if cut <= 0:
        return [], 0
    k = len(old_tokens)
    while k and old_tokens[k - 1].end > cut:
        k -= 1
    return old_tokens[:k], cut


#: Marks that follow a word without a space ("Doug saw Jane.").
PUNCTUATION = ".,!?;:"


def _wide(word: str) -> bool:
    """Written in a wide script (Chinese, Japanese …), where words need no space between."""
    return any(ord(ch) >= 0x2E80 for ch in word)


@dataclass(frozen=True)
class Token:
    text: str        # canonical spelling from the vocabulary (or the blank marker, or <unk>)
    start: int       # character span in the source text
    end: int
    original: str | None = None   # the text as typed, when it differs from a vocabulary word (<unk>)


class Vocabulary:
    """An ordered list of words; each is one position of a one-hot vector.

    ``blank`` (the dinner's "?") is a token that encodes to all zeros: the input is
    unknown, and the network must carry on from its own previous prediction.
    ``tokenizer`` is ``"words"`` or ``"chars"``. ``aliases`` maps other spellings to
    vocabulary words (the book's 道格 → Doug): Chinese has no spaces between words, so
    aliases are matched first, longest first, like the special tokens.
    """

    def __init__(self, words, blank: str | None = None, tokenizer: str = "words",
                 aliases: dict[str, str] | None = None):
        self.words = tuple(words)
        self._last_ids: tuple[list[str], np.ndarray | None] = ([], None)    # see ids()
        self.blank = blank
        if tokenizer not in TOKENIZERS:
            raise ValueError(f"tokenizer must be one of {TOKENIZERS}, not {tokenizer!r}")
        self.tokenizer = tokenizer
        if not self.words or len(set(self.words)) != len(self.words):
            raise InvalidValue("vocab-empty-or-twice")
        if not all(isinstance(w, str) and w for w in self.words):
            raise InvalidValue("vocab-not-text")
        chars = tokenizer == "chars"
        folded = {w.lower() for w in self.words}
        #: Exact matching when case tells words apart (and always for characters).
        self.case_sensitive = chars or len(folded) != len(self.words)
        key = self._key
        self._index = {key(w): k for k, w in enumerate(self.words)}
        self.aliases = dict(aliases or {})
        for alias, word in self.aliases.items():
            if key(word) not in self._index:
                raise ValueError(f"alias {alias!r} stands for {word!r}, which is not in the vocabulary")
            self._index.setdefault(key(alias), self._index[key(word)])
        if not chars:
            spaced = [w for w in self.words if w != w.strip()]
            if spaced:
                raise InvalidValue("vocab-spaced-words", words=str(spaced))
        # Tokens the plain split cannot produce are matched first, longest first.
        special = sorted({w for w in self.words if (len(w) > 1 if chars else not is_token(w))}
                         | set(self.aliases), key=len, reverse=True)
        rest = r"(?s:.)" if chars else _TOKEN.pattern
        if special:
            alternatives = "|".join(re.escape(w) for w in special)
            group = "(?:" if self.case_sensitive else "(?i:"
            self._pattern = re.compile(f"{group}{alternatives})|{rest}")
        else:
            self._pattern = re.compile(rest)
        self.unknown = next((u for u in UNKNOWN_TOKENS if u in self.words), None)
        #: Whether no token can hold whitespace, so a text can be split again from one.
        self._whitespace_splits = not chars and not any(ch.isspace() for w in special for ch in w)

    def label(self, token: Token, shown: str | None = None) -> str:
        """How a token reads on a chip: ``shown`` (default its text) with whitespace made
        visible for a character model (␣ ↵ ⇥), and an unknown word as typed → ``<unk>``."""
        shown = token.text if shown is None else shown
        if self.tokenizer == "chars":
            shown = "".join(VISIBLE.get(ch, ch) for ch in shown)
        if token.original is not None and token.text == self.unknown:
            return f"{token.original} → {shown}"
        return shown

    def _key(self, word: str) -> str:
        return word if self.case_sensitive else word.lower()

    def __len__(self) -> int:
        return len(self.words)

    def __eq__(self, other) -> bool:
        return isinstance(other, Vocabulary) and ((self.words, self.blank, self.tokenizer)
                                                  == (other.words, other.blank, other.tokenizer))

    def __repr__(self) -> str:
        extra = f", tokenizer={self.tokenizer!r}" if self.tokenizer != "words" else ""
        return f"Vocabulary({list(self.words)!r}, blank={self.blank!r}{extra})"

    def index(self, word: str) -> int:
        """Position of ``word`` (case-insensitive unless the vocabulary is case-sensitive),
        or −1 for the blank marker."""
        if self.blank is not None and word == self.blank:
            return -1
        return self._index[self._key(word)]

    def tokens(self, text: str, last: tuple[str, list[Token]] | None = None) -> list[Token]:
        """Split text into known tokens: "Jane saw Spot. Doug" → Jane, saw, Spot, ., Doug.

        ``last``, an earlier text and its tokens from this vocabulary, saves the work on
        what the two share: no token holds whitespace (characters aside), so the tokens
        that end before the last whitespace of the common beginning are the same."""
        out, start = [], 0
        if last is not None and self._whitespace_splits:
            out, start = _shared_tokens(text, *last)
        for m in self._pattern.finditer(text, start):
            word = m.group()
            if self.blank is not None and word == self.blank:
                out.append(Token(word, m.start(), m.end()))
                continue
            k = self._index.get(self._key(word))
            if k is not None:
                out.append(Token(self.words[k], m.start(), m.end(),
                                 original=word if word in self.aliases else None))
            elif self.unknown is not None:
                out.append(Token(self.unknown, m.start(), m.end(), original=word))
            else:
                raise UnknownWordError(word, self, m.start(), m.end())
        return out

    def tokenize(self, text: str) -> list[str]:
        return [t.text for t in self.tokens(text)]

    def respell(self, text: str, other: bool) -> str:
        """``text`` with its words in their other spelling (``other``: the book's Doug →
        道格, as the views label them) or back in the vocabulary's own. A word without
        another spelling, and what lies between the words, stays as typed, except that
        two words of wide script need no space between them (珍看見小點。 ↔ Jane saw
        Spot.). The tokens are the same either way; text with an unknown word is kept."""
        if not self.aliases:
            return text
        try:
            tokens = self.tokens(text)
        except ValueError:
            return text
        spelled: dict[str, str] = {}
        for alias, word in self.aliases.items():
            spelled.setdefault(word, alias)
        out, pos, before = [], 0, None
        for t in tokens:
            gap, typed = text[pos:t.start], text[t.start:t.end]
            word = spelled.get(t.text, typed) if other else (t.text if t.original in self.aliases else typed)
            if other and before is not None and gap.strip(" ") == "" and _wide(before) and _wide(word):
                gap = ""
            elif not other and before is not None and gap == "" and word not in PUNCTUATION:
                gap = " "
            out.append(gap + word)
            pos, before = t.end, word
        return "".join(out) + text[pos:]

    def ids(self, tokens: list[str]) -> np.ndarray:
        """Each token's position (see ``index``). The ids of the tokens the last call's
        share are taken from it: typing into a long text looks up the words it changed."""
        tokens = list(tokens)                  # any iterable of strings, as before
        last, last_ids = self._last_ids
        n = shared_prefix(last, tokens) if last_ids is not None else 0
        ids = np.empty(len(tokens), dtype=np.int64)
        ids[:n] = last_ids[:n] if n else 0
        ids[n:] = [self.index(t) for t in tokens[n:]]
        self._last_ids = (tokens, ids.copy())         # tokens: our own copy, made above
        return ids

    def inputs(self, tokens: list[str]) -> np.ndarray:
        """What ``forward`` reads for ``tokens``: their ids (no T×V matrix, however big
        the vocabulary), or the one-hot rows when the blank (a zero row) is among them."""
        ids = self.ids(tokens)
        return self.one_hot(tokens) if (ids < 0).any() else ids

    def one_hot(self, tokens: list[str]) -> np.ndarray:
        """T×V matrix; the blank marker encodes to a zero row."""
        ids = self.ids(tokens)
        X = np.zeros((len(ids), len(self.words)))
        known = ids >= 0
        X[np.flatnonzero(known), ids[known]] = 1.0
        return X

    def detokenize(self, tokens: list[str]) -> str:
        if self.tokenizer == "chars":
            return "".join(tokens)
        text = ""
        for t in tokens:
            text += t if (t in PUNCTUATION and t != self.blank) or not text else " " + t
        return text
