"""A text laid out in rows of fixed-width cells, for the Units pane's coloured text: what
each character is drawn as (whitespace and control characters made visible), how many
cells it takes (a wide character two), and where the rows break."""
from __future__ import annotations

import unicodedata

import numpy as np

#: How a character model's whitespace is drawn (one cell each); other control characters: ·.
_SHOWN_CHARS = {"\n": "↵", "\t": "⇥", "\r": "␍"}
_SHOWN_WORDS = {"\n": " ", "\t": " ", "\r": " "}


def display_text(text: str, char_model: bool) -> str:
    """``text`` as drawn, a character per character: control characters made visible."""
    table = {**{c: "·" for c in range(32)}, **{ord(k): v for k, v in
                                              (_SHOWN_CHARS if char_model else _SHOWN_WORDS).items()}}
    return text.translate(table)


def wide(ch: str) -> int:
    """The cells a character takes: 2 for an East Asian wide one, else 1."""
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def wrap_rows(display: str, cols: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows of at most ``cols`` cells, broken after a newline, else after the last space
    that fits, else where the row is full: (row starts, row ends, each character's cell)."""
    starts, ends = [], []
    cells = np.zeros(len(display), dtype=np.int64)
    pos, n = 0, len(display)
    while pos < n:
        nl = display.find("\n", pos)
        b = n if nl < 0 else nl + 1
        pos = _wrap_line(display, pos, b, cols, starts, ends, cells)
    if not starts:
        starts, ends = [0], [0]
    return np.array(starts), np.array(ends), cells


def _wrap_line(display, a, b, cols, starts, ends, cells) -> int:
    line = display[a:b]
    if line.isascii():
        pos = a
        while b - pos > cols:
            cut = display.rfind(" ", pos, pos + cols)
            cut = pos + cols if cut <= pos else cut + 1
            starts.append(pos), ends.append(cut)
            cells[pos:cut] = np.arange(cut - pos)
            pos = cut
        starts.append(pos), ends.append(b)
        cells[pos:b] = np.arange(b - pos)
        return b
    widths = [wide(ch) for ch in line]
    pos, used = a, 0
    for k, w in enumerate(widths):
        if used + w > cols and a + k > pos:
            starts.append(pos), ends.append(a + k)
            pos, used = a + k, 0
        cells[a + k] = used
        used += w
    starts.append(pos), ends.append(b)
    return b
