"""One weight block as a Qt table model: rows are the units the path votes for, columns
the words or units the votes come from.

The model never writes to its array. An edit is a *request* (``editRequested``): the
owner applies it (as an undoable command) and hands back the new values with
:meth:`WeightBlockModel.set_values`, so the table always shows what the network holds.

The model keeps a read-only *snapshot* (its own copy) of what it was given, never a view
of someone else's buffer: the session hands out read-only views of the live network and
writes that network in place, so a kept view would change under the model without a
``dataChanged``, and the table would go on painting numbers the network no longer holds.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QPointF, QRectF, Qt,
                            Signal)
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from ..colors import colors_for, levels_for, text_color_on
from .validation import WeightInputError, format_cell, format_exact, parse_weight

#: Weights are signed: they take the app's diverging scale and its fixed levels.
COLOR_KEY = "W"
LEVELS = levels_for(COLOR_KEY)
#: The scale's 256 colours and the text colour that reads on each, looked up per cell:
#: a table repaints hundreds of cells, and ``colors_for`` on one value costs ~20 µs.
_STEPS = 256
_CELL_COLORS = colors_for(COLOR_KEY, np.linspace(LEVELS[0], LEVELS[1], _STEPS))
_TEXT_COLORS = [text_color_on(c) for c in _CELL_COLORS]

_VALUE_ROLES = [Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole, Qt.BackgroundRole, Qt.ForegroundRole]
_CELL_ROLES = frozenset(_VALUE_ROLES + [Qt.TextAlignmentRole])
_HEADER_ROLES = frozenset({Qt.DisplayRole, Qt.DecorationRole, Qt.ToolTipRole})


def color_index(value: float) -> int:
    """Which of the scale's colours ``value`` takes (as ``colors_for`` computes it)."""
    lo, hi = LEVELS
    if value != value:                      # NaN: the middle of the scale
        return (_STEPS - 1) // 2
    k = round((value - lo) / (hi - lo) * (_STEPS - 1))
    return min(max(k, 0), _STEPS - 1)


def lock_icon(size: int = 14) -> QIcon:
    """A small padlock drawn with QPainter: no emoji font needed (🔒 is missing on many systems)."""
    ratio = 2.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.Antialiasing)
    s = float(size)
    outline = QColor("#6b4a00")
    p.setPen(QPen(outline, s * 0.12))
    shackle = QPainterPath()
    shackle.moveTo(QPointF(s * 0.32, s * 0.48))
    shackle.lineTo(QPointF(s * 0.32, s * 0.30))
    shackle.arcTo(QRectF(s * 0.32, s * 0.08, s * 0.36, s * 0.40), 180, -180)
    shackle.lineTo(QPointF(s * 0.68, s * 0.48))
    p.drawPath(shackle)
    p.setPen(QPen(outline, s * 0.08))
    p.setBrush(QColor("#f0b429"))
    p.drawRoundedRect(QRectF(s * 0.18, s * 0.44, s * 0.64, s * 0.48), s * 0.1, s * 0.1)
    p.end()
    return QIcon(pixmap)


class WeightBlockModel(QAbstractTableModel):
    """A read-only view of one block; edits go out as requests.

    ``editRequested(row, col, value, merge_id)``: merge_id is 0 for one-off edits (typed
    values, key nudges) and one positive id per drag gesture, so the owner can fold a
    whole drag into one undo step. ``invalidInput(message)`` explains a rejected entry.
    """

    editRequested = Signal(int, int, float, int)
    invalidInput = Signal(str)

    def __init__(self, values: np.ndarray, rows: list[str], columns: list[str], parent=None):
        super().__init__(parent)
        self._values = self._frozen(values)
        self._rows = [str(r) for r in rows]
        self._columns = [str(c) for c in columns]
        self._clamps: np.ndarray | None = None
        self._lock = None
        self._check_labels()

    # -- the block ------------------------------------------------------------
    @staticmethod
    def _frozen(values) -> np.ndarray:
        """``values`` as a read-only array that nobody else can write: a read-only array
        owning its memory (the snapshots ``Session.block`` hands out) is kept as it is;
        anything else (a view shares a buffer its owner writes, so it would change under
        the model and :meth:`set_values` would find nothing changed) is copied first."""
        snapshot = (isinstance(values, np.ndarray) and values.dtype == np.float64
                    and not values.flags.writeable and values.base is None)
        array = values if snapshot else np.array(values, dtype=np.float64, copy=True)
        if array.ndim not in (1, 2):
            raise ValueError(f"a weight block is 1-D or 2-D, not {array.ndim}-D")
        array.flags.writeable = False
        return array

    def _check_labels(self) -> None:
        n_rows, n_cols = self._shape(self._values)
        if len(self._rows) != n_rows or len(self._columns) != n_cols:
            raise ValueError(f"labels {len(self._rows)}×{len(self._columns)} do not fit a "
                             f"{n_rows}×{n_cols} block")

    @staticmethod
    def _shape(array: np.ndarray) -> tuple[int, int]:
        return (array.shape[0], 1) if array.ndim == 1 else array.shape

    @property
    def values(self) -> np.ndarray:
        """The read-only snapshot shown (the model's own copy)."""
        return self._values

    @property
    def row_labels(self) -> list[str]:
        return list(self._rows)

    @property
    def column_labels(self) -> list[str]:
        return list(self._columns)

    def value(self, row: int, col: int) -> float:
        v = self._values
        return float(v[row] if v.ndim == 1 else v[row, col])

    def set_values(self, values: np.ndarray, rows: list[str] | None = None,
                   columns: list[str] | None = None) -> None:
        """Show new values (a snapshot is taken). Same shape: ``dataChanged`` over the cells
        that changed (cheap, called after every edit and undo). Another shape (or new
        labels): a model reset."""
        new = self._frozen(values)
        relabel = (rows is not None and list(rows) != self._rows) or \
                  (columns is not None and list(columns) != self._columns)
        if new.shape != self._values.shape or relabel:
            self.beginResetModel()
            self._values = new
            if rows is not None:
                self._rows = [str(r) for r in rows]
            if columns is not None:
                self._columns = [str(c) for c in columns]
            if self._clamps is not None and len(self._clamps) != len(self._rows):
                self._clamps = None
            self._check_labels()
            self.endResetModel()
            return
        old, self._values = self._values, new
        changed = np.argwhere((old != new) & ~(np.isnan(old) & np.isnan(new)))
        if changed.size == 0:
            return
        r0, r1 = int(changed[:, 0].min()), int(changed[:, 0].max())
        if new.ndim == 1:
            c0 = c1 = 0
        else:
            c0, c1 = int(changed[:, 1].min()), int(changed[:, 1].max())
        self.dataChanged.emit(self.index(r0, c0), self.index(r1, c1), _VALUE_ROLES)

    def set_row_clamps(self, clamps: np.ndarray | None) -> None:
        """Mark clamped rows (units) in the row header; NaN (or None) means free."""
        if clamps is not None:
            clamps = np.asarray(clamps, dtype=np.float64)
            if clamps.shape != (len(self._rows),):
                raise ValueError(f"{len(clamps)} clamp values for {len(self._rows)} rows")
            if np.isnan(clamps).all():
                clamps = None
        old = self._clamps
        self._clamps = clamps
        same = (old is None and clamps is None) or (
            old is not None and clamps is not None and np.array_equal(old, clamps, equal_nan=True))
        if not same:
            self.headerDataChanged.emit(Qt.Vertical, 0, max(len(self._rows) - 1, 0))

    def row_clamp(self, row: int) -> float | None:
        if self._clamps is None or math.isnan(self._clamps[row]):
            return None
        return float(self._clamps[row])

    # -- edits ------------------------------------------------------------------
    def validate(self, value) -> float | None:
        """The weight ``value`` stands for (text or number), or None after emitting
        ``invalidInput`` with the reason."""
        try:
            return parse_weight(value if isinstance(value, str) else str(float(value)))
        except (TypeError, ValueError) as exc:
            if not isinstance(exc, WeightInputError):
                exc = WeightInputError(QCoreApplication.translate(
                    "WeightBlockModel", "‘{text}’ is not a number").format(text=value))
            self.invalidInput.emit(str(exc))
            return None

    def request_edit(self, row: int, col: int, value, merge_id: int = 0) -> bool:
        """Validate and ask the owner to set one weight; the array itself is not touched."""
        if not (0 <= row < self.rowCount() and 0 <= col < self.columnCount()):
            return False
        checked = self.validate(value)
        if checked is None:
            return False
        self.editRequested.emit(row, col, checked, int(merge_id))
        return True

    # -- QAbstractTableModel -----------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shape(self._values)[0]

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shape(self._values)[1]

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsSelectable | Qt.ItemIsEnabled | Qt.ItemIsEditable

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if role not in _CELL_ROLES or not index.isValid():
            return None
        v = self.value(index.row(), index.column())
        if role == Qt.DisplayRole:
            return format_cell(v)
        if role == Qt.EditRole:
            return format_exact(v)
        if role == Qt.ToolTipRole:
            return QCoreApplication.translate("WeightBlockModel", "{row} ← {col}: {value}").format(
                row=self._rows[index.row()], col=self._columns[index.column()], value=repr(v))
        if role == Qt.BackgroundRole:
            return _CELL_COLORS[color_index(v)]
        if role == Qt.ForegroundRole:
            return _TEXT_COLORS[color_index(v)]
        return int(Qt.AlignCenter)          # TextAlignmentRole

    def setData(self, index: QModelIndex, value, role: int = Qt.EditRole) -> bool:
        """Does not change the array: validates and emits ``editRequested`` (merge_id 0)."""
        if role != Qt.EditRole or not index.isValid():
            return False
        return self.request_edit(index.row(), index.column(), value, 0)

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):
        if role not in _HEADER_ROLES:       # asked for many roles per section: answer fast
            return None
        labels = self._columns if orientation == Qt.Horizontal else self._rows
        if not 0 <= section < len(labels):
            return None
        clamp = self.row_clamp(section) if orientation == Qt.Vertical else None
        if role == Qt.DisplayRole:
            if clamp is not None:
                text = QCoreApplication.translate("WeightBlockModel", "{unit} ={value}")
                return text.format(unit=labels[section], value=f"{clamp:g}")
            return labels[section]
        if role == Qt.DecorationRole and clamp is not None:
            if self._lock is None:
                self._lock = lock_icon()
            return self._lock
        if role == Qt.ToolTipRole:
            if orientation == Qt.Horizontal:
                return labels[section]
            if clamp is not None:
                text = QCoreApplication.translate(
                    "WeightBlockModel", "{unit}: clamped at {value} whatever the weights say")
                return text.format(unit=labels[section], value=f"{clamp:g}")
            return labels[section]
        return None
