"""One colour language for every view: the same value has the same colour everywhere.

Signed values (votes, memory, predictions: −1..1) use a diverging blue–white–orange
scale, which stays readable with the common colour-vision deficiencies. Gate values
(0..1, how open a valve is) use a sequential white-to-teal scale.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

# Blue (negative) – near-white (zero) – orange (positive); from ColorBrewer PuOr/BrBG-like stops.
_DIVERGING = [(0.0, (33, 102, 172)), (0.25, (103, 169, 207)), (0.5, (247, 247, 247)),
              (0.75, (244, 165, 96)), (1.0, (179, 88, 6))]
_SEQUENTIAL = [(0.0, (247, 247, 247)), (0.5, (102, 194, 164)), (1.0, (0, 88, 80))]

GATE_KEYS = frozenset({"i", "f", "o"})


def _colormap(stops) -> pg.ColorMap:
    pos = [p for p, _ in stops]
    return pg.ColorMap(pos, [QColor(*rgb) for _, rgb in stops])


DIVERGING = _colormap(_DIVERGING)
SEQUENTIAL = _colormap(_SEQUENTIAL)


def levels_for(key: str) -> tuple[float, float]:
    """Fixed colour levels so a colour means the same value on every frame."""
    return (0.0, 1.0) if key in GATE_KEYS else (-1.0, 1.0)


def colormap_for(key: str) -> pg.ColorMap:
    return SEQUENTIAL if key in GATE_KEYS else DIVERGING


def _lut(cmap: pg.ColorMap, n: int = 256) -> list[QColor]:
    return [QColor(*c[:3]) for c in cmap.getLookupTable(0.0, 1.0, n, alpha=False)]


_LUTS = {"gate": _lut(SEQUENTIAL), "signed": _lut(DIVERGING)}


def colors_for(key: str, values: np.ndarray) -> list[QColor]:
    """The colour of each value, clipped to the key's fixed levels."""
    lo, hi = levels_for(key)
    lut = _LUTS["gate" if key in GATE_KEYS else "signed"]
    idx = np.clip(((np.asarray(values, dtype=float) - lo) / (hi - lo) * 255).round(), 0, 255)
    idx = np.nan_to_num(idx, nan=127).astype(int)
    return [lut[k] for k in idx]


def text_color_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on ``color``."""
    luma = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor(0, 0, 0) if luma > 140 else QColor(255, 255, 255)
