"""Marks from text: which tokens of a text a character range or a regular expression
covers, and a tokenizer run over a text that may hold unknown words. What ``units``
scores against. NumPy only."""
from __future__ import annotations

import re
from typing import Callable, Sequence

import numpy as np


def char_range_mask(spans, start: int, end: int) -> np.ndarray:
    """The tokens (character ``spans``, T×2, in text order) that overlap [start, end)."""
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    return (spans[:, 0] < end) & (start < spans[:, 1]) & (spans[:, 1] > spans[:, 0]) if end > start else \
        np.zeros(len(spans), dtype=bool)


def token_text(tokens: Sequence[str], text_offsets=None) -> tuple[str, np.ndarray]:
    """The detokenized text and each token's span in it: the tokens at their offsets
    (start, or (start, end) pairs; gaps filled with spaces), or without offsets, one
    after the other (a character model: one token per character)."""
    tokens = list(tokens)
    if text_offsets is None:
        ends = np.cumsum([len(t) for t in tokens], dtype=np.int64)
        return "".join(tokens), np.stack([ends - [len(t) for t in tokens], ends], axis=1).reshape(-1, 2)
    offs = np.asarray(text_offsets, dtype=np.int64)
    starts = offs[:, 0] if offs.ndim == 2 else offs
    parts, pos = [], 0
    spans = np.empty((len(tokens), 2), dtype=np.int64)
    for k, (tok, s) in enumerate(zip(tokens, starts)):
        s = max(int(s), pos)
        parts.append(" " * (s - pos) + tok)
        spans[k] = (s, s + len(tok))
        pos = s + len(tok)
    return "".join(parts), spans


def regex_mask(tokens: Sequence[str], text_offsets=None, pattern: str | re.Pattern = "",
               text: str | None = None) -> np.ndarray:
    """Marks the tokens that a match of ``pattern`` overlaps, matched over the text.

    ``text`` is the source text with ``text_offsets`` the tokens' (start, end) spans in
    it; without ``text`` the tokens are detokenized (see :func:`token_text`). Empty
    matches mark nothing. A bad pattern raises ValueError saying why."""
    if isinstance(pattern, str):
        try:
            pattern = re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"not a regular expression: {exc}") from None
    if text is None:
        text, spans = token_text(tokens, text_offsets)
    else:
        spans = np.asarray(text_offsets, dtype=np.int64).reshape(-1, 2)
    starts, ends = spans[:, 0], spans[:, 1]
    delta = np.zeros(len(spans) + 1, dtype=np.int64)
    for m in pattern.finditer(text):
        if m.end() <= m.start():
            continue
        first = int(np.searchsorted(ends, m.start(), side="right"))   # first token ending after it starts
        last = int(np.searchsorted(starts, m.end(), side="left"))     # past the last token starting before its end
        if first < last:
            delta[first] += 1
            delta[last] -= 1
    return np.cumsum(delta[:-1]) > 0


def tolerant_tokens(tokenize: Callable[[str], list], text: str) -> tuple[list, list[tuple[int, int]]]:
    """Tokens of ``text`` with the unknown words left out: ``tokenize`` raises an error
    carrying ``start`` and ``end`` at the first word it does not know; the text after it
    is tokenized on. Returns (tokens with spans in ``text``, the skipped spans).

    A text with many unknown words is taken a line (or ~2,000 characters, cut at a
    space) at a time, so each retry re-reads a piece, not the rest of the text."""
    try:
        return list(tokenize(text)), []
    except ValueError as exc:
        if not hasattr(exc, "start"):
            raise
    tokens, skipped = [], []
    for m in re.finditer(r"[^\n]*\n|[^\n]+", text):
        for a, b in _pieces(m.start(), m.end(), text):
            _tokenize_piece(tokenize, text, a, b, tokens, skipped)
    return tokens, skipped


def _pieces(a: int, b: int, text: str, size: int = 2000):
    while b - a > size:
        cut = text.rfind(" ", a + 1, a + size)
        cut = a + size if cut < 0 else cut
        yield a, cut
        a = cut
    yield a, b


def _tokenize_piece(tokenize, text: str, a: int, b: int, tokens: list, skipped: list) -> None:
    pos = a
    while pos < b:
        piece = text[pos:b]
        try:
            found, bad = tokenize(piece), None
        except ValueError as exc:
            if not hasattr(exc, "start"):
                raise
            found, bad = tokenize(piece[:exc.start]), (pos + exc.start, pos + exc.end)
        tokens += [_shifted(t, pos) for t in found]
        if bad is None:
            return
        skipped.append(bad)
        pos = max(bad[1], bad[0] + 1)


def _shifted(token, offset: int):
    if not offset:
        return token
    from dataclasses import replace
    return replace(token, start=token.start + offset, end=token.end + offset)
