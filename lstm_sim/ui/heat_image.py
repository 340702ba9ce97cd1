"""A heatmap image that colours its values with NumPy: ``HeatImage`` is a pyqtgraph
``ImageItem`` whose rendering maps each value to its row of the colour bar's table exactly
as pyqtgraph does (levels, then 256 rows, truncated), but straight into an ARGB32 image
(opaque, so premultiplied is the same). pyqtgraph's own path builds a Qt colour table of 256 entries on every render
and hands Qt an indexed image, which Qt converts again on every paint; this costs a
fraction of that, which matters when a keystroke or an edit re-colours six heatmaps."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QImage


def argb_table(lut) -> np.ndarray | None:
    """An opaque uint8 table of n×3 (RGB) or n×4 (RGBA, alpha 255) rows as ARGB32 words;
    None for any other table (pyqtgraph then renders it: its own rounding of alpha)."""
    lut = np.asarray(lut)
    if (lut.ndim != 2 or lut.dtype != np.uint8 or lut.shape[1] not in (3, 4) or not len(lut)
            or (lut.shape[1] == 4 and (lut[:, 3] != 255).any())):
        return None
    rgb = lut[:, :3].astype(np.uint32)
    return np.uint32(0xFF000000) | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]


def color_rows(values: np.ndarray, levels, rows: int) -> np.ndarray:
    """Each value's row of a ``rows``-entry table, as pyqtgraph picks it: (v − lo) scaled
    so that ``levels`` span the table, clipped, truncated. NaN gives −1."""
    lo, hi = float(levels[0]), float(levels[1])
    scaled = (np.asarray(values, dtype=np.float64) - lo) * (rows / ((hi - lo) or 1.0))
    np.clip(scaled, 0, rows - 1, out=scaled)
    nan = np.isnan(scaled)
    scaled[nan] = -1
    return scaled.astype(np.intp)


class HeatImage(pg.ImageItem):
    """An ImageItem for 2-D float64 values with an opaque colour table (the colour bar's):
    rendered with NumPy into ARGB32 (NaN transparent, as pyqtgraph draws it). Anything
    else — colour images, other tables or dtypes, column-major data — renders the way
    pyqtgraph does."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._table: tuple[object, np.ndarray] | None = None     # (the lut it came from, ARGB32)
        self._argb: np.ndarray | None = None                     # the pixels the QImage points at
        self._rendered = None            # (values, table, levels) the pixels were coloured from

    def _argb_table(self, lut) -> np.ndarray | None:
        if self._table is None or self._table[0] is not lut:
            self._table = (lut, argb_table(lut))
        return self._table[1]

    def _unchanged_columns(self, data: np.ndarray, table: np.ndarray, levels) -> int:
        """How many first columns (steps) are coloured as last time: the same values with
        the same table and levels (typing at the end of a long text changes the last few).
        NaN never compares equal, so a column holding one is always coloured again."""
        if self._rendered is None:
            return 0
        old, old_table, old_levels = self._rendered         # old: columns × rows, contiguous
        if old_table is not table or old_levels != levels or old.shape[1] != data.shape[0]:
            return 0
        n = min(old.shape[0], data.shape[1])
        # Column by column is row by row of the transpose, which for a trace's steps × units
        # arrays (shown transposed) is the memory's own order: a fast compare.
        changed = np.flatnonzero((old[:n] != data.T[:n]).any(axis=1))
        return int(changed[0]) if changed.size else n

    @staticmethod
    def _colored(values: np.ndarray, table: np.ndarray, levels) -> np.ndarray:
        rows = color_rows(values, levels, len(table))
        argb = table[rows]
        if rows.size and rows.min() < 0:
            argb[rows < 0] = 0                   # NaN: transparent
        return argb

    def render(self) -> None:
        data, lut = self.image, self.lut
        if callable(lut) and data is not None:
            lut = lut(data, 256)
        table = None
        if (data is not None and data.size and data.ndim == 2 and data.dtype == np.float64
                and lut is not None and self.levels is not None and self.axisOrder == "row-major"
                and np.ndim(self.levels) == 1):
            table = self._argb_table(lut)
        if table is None:
            self._rendered = None
            super().render()
            return
        levels = (float(self.levels[0]), float(self.levels[1]))
        start = self._unchanged_columns(data, table, levels)
        argb = np.empty(data.shape, dtype=np.uint32)
        argb[:, :start] = self._argb[:, :start] if start else 0
        argb[:, start:] = self._colored(data[:, start:], table, levels)
        self._argb, self._rendered = argb, (np.array(data.T), table, levels)
        h, w = argb.shape
        self.qimage = QImage(self._argb.data, w, h, 4 * w, QImage.Format_ARGB32_Premultiplied)
        self._renderRequired = False
        self._unrenderable = False
