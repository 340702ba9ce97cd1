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

#: Keys whose values are valves in 0…1: the LSTM's gates and the GRU's (its update z,
#: reset r). The plain RNN's pre-activation is also called "z" in its trace, but no view
#: colours that one.
GATE_KEYS = frozenset({"i", "f", "o", "r", "z"})


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


# -- dark paper ---------------------------------------------------------------------------
# On white paper, zero is near-white and |value| darkens to blue or orange. On dark paper
# that makes every zero cell glare, so the dark scales run the other way: zero is the
# paper's dark grey and |value| brightens to the same hues (blue negative, orange
# positive; gates teal), so "more colour = bigger value" holds in both themes.
DARK_DIVERGING = _colormap([(0.0, (120, 180, 235)), (0.25, (45, 110, 170)), (0.5, (48, 50, 54)),
                            (0.75, (190, 105, 30)), (1.0, (255, 178, 102))])
DARK_SEQUENTIAL = _colormap([(0.0, (48, 50, 54)), (0.5, (30, 125, 110)), (1.0, (110, 220, 190))])


def heatmap_colormap(key: str, dark: bool) -> pg.ColorMap:
    """The scale for a path: the shared light scale, or its dark-paper variant."""
    if not dark:
        return colormap_for(key)
    return DARK_SEQUENTIAL if key in GATE_KEYS else DARK_DIVERGING


_LUTS = {("gate", False): _lut(SEQUENTIAL), ("signed", False): _lut(DIVERGING),
         ("gate", True): _lut(DARK_SEQUENTIAL), ("signed", True): _lut(DARK_DIVERGING)}


_RGB = {key: np.array([[c.red(), c.green(), c.blue()] for c in lut], dtype=np.uint8) for key, lut in _LUTS.items()}


def _lut_index(key: str, values) -> np.ndarray:
    """Each value's row of the 256-colour table (NaN: the middle). Called for every strip
    on every step, so a few whole-array operations (``nan_to_num`` alone costs more)."""
    lo, hi = levels_for(key)
    idx = (np.array(values, dtype=float) - lo) * (255 / (hi - lo))
    idx[np.isnan(idx)] = 127
    return np.rint(np.clip(idx, 0, 255, out=idx), out=idx).astype(np.intp)


def colors_for(key: str, values: np.ndarray, dark: bool = False) -> list[QColor]:
    """The colour of each value, clipped to the key's fixed levels (on light or dark paper)."""
    lut = _LUTS["gate" if key in GATE_KEYS else "signed", bool(dark)]
    return [lut[k] for k in _lut_index(key, values)]


def rgb_for(key: str, values: np.ndarray, dark: bool = False) -> np.ndarray:
    """The same colours as :func:`colors_for`, as an n×3 uint8 array (for images)."""
    return _RGB["gate" if key in GATE_KEYS else "signed", bool(dark)][_lut_index(key, values)]


def text_color_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on ``color``."""
    luma = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor(0, 0, 0) if luma > 140 else QColor(255, 255, 255)
