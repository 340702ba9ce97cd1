"""The table a learner edits weights in: type, double-click, drag to scrub, or nudge.

Every gesture ends as ``WeightBlockModel.request_edit``; a drag sends a stream of
requests sharing one ``merge_id`` so the owner can undo the whole drag in one step.

The table shows only what its model holds. A drag steps on from the value it last sent;
a plain drag moves on the 0.01 grid, so what it commits is exactly what the cell shows
(two decimals); and if the weight under a drag changes otherwise (an undo mid-drag, an
owner that adjusts a value), the drag goes on from the weight now in use.
"""
from __future__ import annotations

import itertools

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QHeaderView,
                               QLineEdit, QSizePolicy, QStyle, QStyledItemDelegate, QTableView)

from .block_model import WeightBlockModel
from .validation import WeightInputError, format_cell, parse_weight, tidy

#: Scrubbing: weight change per pixel of vertical drag; Shift makes it this much finer.
SCRUB_PER_PIXEL = 0.01
FINE = 10.0
#: A drag that goes on past this many pixels from where it started moves COARSE times
#: faster (on the grid of that step): −6 to +6 takes about 300 px, not 1200.
COARSE_AFTER, COARSE = 60, 5.0
#: +/− keys: the step, and the step with Shift.
NUDGE, NUDGE_FINE = 0.1, 0.01
#: Pixels the mouse must travel before a press becomes a scrub (a click stays a click).
SCRUB_THRESHOLD = 3
#: Taller blocks scroll inside their table.
MAX_VISIBLE_ROWS = 16

#: The current cell's frame: magenta stands out on both colour scales and in both themes
#: (the heatmaps' cursor colour).
CURRENT_CELL = QColor("#d01c8b")

_merge_ids = itertools.count(1)


def snap(value: float, step: float) -> float:
    """``value`` on the grid of ``step``: a scrub by 0.01 lands on numbers the cell shows
    exactly (two decimals), so the weight committed is the one painted."""
    return tidy(round(value / step) * step)


def new_merge_id() -> int:
    """A fresh positive id, unique across every view: one per drag gesture."""
    return next(_merge_ids)


class WeightDelegate(QStyledItemDelegate):
    """A QLineEdit editor that refuses to commit text that is not an acceptable weight.

    Enter on a bad entry keeps the field open (text selected) and reports why; leaving
    the field with a bad entry reverts it, again with the reason.
    """

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setObjectName("weightField")
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignCenter)
        return editor

    def setEditorData(self, editor, index) -> None:
        editor.setText(index.data(Qt.EditRole))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.text(), Qt.EditRole)     # the model validates and reports

    def updateEditorGeometry(self, editor, option, index) -> None:
        editor.setGeometry(option.rect)

    def eventFilter(self, editor, event) -> bool:
        if (event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter)
                and isinstance(editor, QLineEdit)):
            try:
                parse_weight(editor.text())
            except WeightInputError as exc:
                view = self.parent()
                if isinstance(view, QTableView) and isinstance(view.model(), WeightBlockModel):
                    view.model().invalidInput.emit(str(exc))
                editor.selectAll()
                return True
        return super().eventFilter(editor, event)

    def paint(self, painter, option, index) -> None:
        # Keep the value colour under the selection; mark the current cell with a frame instead.
        selected = bool(option.state & QStyle.State_Selected)
        option.state &= ~QStyle.State_Selected
        option.state &= ~QStyle.State_HasFocus
        super().paint(painter, option, index)
        if selected:
            painter.save()
            pen = QPen(CURRENT_CELL, 2)
            pen.setJoinStyle(Qt.MiterJoin)
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()


class WeightBlockView(QTableView):
    """A compact table of one weight block, sized to show its values."""

    #: Right-click on a row header: (row, global position).
    rowHeaderMenuRequested = Signal(int, QPoint)

    def __init__(self, model: WeightBlockModel | None = None, parent=None):
        super().__init__(parent)
        self.setItemDelegate(WeightDelegate(self))
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.AnyKeyPressed)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setSizeAdjustPolicy(QAbstractScrollArea.AdjustToContents)
        # As wide as the columns (no empty band), narrower with a scroll bar in a narrow dock.
        self.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Fixed)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.Fixed)
            header.setHighlightSections(True)
            header.setMinimumSectionSize(8)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignCenter)
        self.verticalHeader().setDefaultAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.verticalHeader().setContextMenuPolicy(Qt.CustomContextMenu)
        self.verticalHeader().customContextMenuRequested.connect(self._row_header_menu)
        self._press: tuple | None = None       # (row, col, y) of a left press on a cell
        self._scrub_id = 0
        self._scrub_value = 0.0                # the value a scrub last sent (or took up)
        self._last_y = 0.0                     # where the last step of a scrub was taken
        self._widths: list[int] = []
        self._label_widths: list[int] = []
        if model is not None:
            self.setModel(model)

    # -- model and size -----------------------------------------------------------
    def setModel(self, model) -> None:
        old = self.model()
        if isinstance(old, WeightBlockModel):
            for signal, slot in ((old.dataChanged, self._fit_values), (old.dataChanged, self._follow_weight),
                                 (old.modelReset, self._fit)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        super().setModel(model)
        if model is not None:
            model.dataChanged.connect(self._fit_values)
            model.dataChanged.connect(self._follow_weight)
            model.modelReset.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        """Sizes from the labels (after a new model or a reset), then from the values."""
        model = self.model()
        if not isinstance(model, WeightBlockModel):
            return
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 5)
        head_fm = self.horizontalHeader().fontMetrics()
        self._label_widths = [head_fm.horizontalAdvance(label) + 14 for label in model.column_labels]
        row_fm = self.verticalHeader().fontMetrics()
        self.verticalHeader().setMinimumWidth(
            max((row_fm.horizontalAdvance(label) for label in model.row_labels), default=0) + 16)
        self._widths = []
        self._fit_values()

    def _fit_values(self, *args) -> None:
        """Every column as wide as the widest value (or its header) needs; runs after each
        edit, so it only measures one string and resizes nothing unless a width changes."""
        model = self.model()
        if not isinstance(model, WeightBlockModel):
            return
        values = model.values
        biggest = float(np.nanmax(np.abs(values))) if values.size else 0.0
        cell_w = max(self.fontMetrics().horizontalAdvance(format_cell(-biggest)) + 14, 40)
        widths = [max(cell_w, w) for w in self._label_widths]
        if widths != self._widths:
            self._widths = widths
            header = self.horizontalHeader()
            for k, w in enumerate(widths):
                header.resizeSection(k, w)
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        model = self.model()
        if model is None:
            return hint
        rows = model.rowCount()
        row_h = self.verticalHeader().defaultSectionSize()
        cap = self.horizontalHeader().height() + MAX_VISIBLE_ROWS * row_h + 2 * self.frameWidth()
        if rows > MAX_VISIBLE_ROWS:
            hint.setHeight(min(hint.height(), cap + self.horizontalScrollBar().sizeHint().height()))
        return hint

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.sizeHint().height())

    # -- mouse: drag vertically to scrub --------------------------------------------
    @property
    def scrubbing(self) -> bool:
        return self._scrub_id != 0

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        self._press = None
        index = self.indexAt(event.position().toPoint())
        editing = self.state() == QAbstractItemView.EditingState
        if event.button() == Qt.LeftButton and index.isValid() and not editing:
            self._press = (index.row(), index.column(), event.position().y())

    def mouseMoveEvent(self, event) -> None:
        if self._press is None or not event.buttons() & Qt.LeftButton:
            super().mouseMoveEvent(event)
            return
        row, col, y0 = self._press
        y = event.position().y()
        if not self.scrubbing:
            if abs(y - y0) < SCRUB_THRESHOLD:
                return
            self._scrub_id = new_merge_id()
            self._scrub_value, self._last_y = self.model().value(row, col), y0
            self.viewport().setCursor(Qt.SizeVerCursor)
        step = SCRUB_PER_PIXEL / (FINE if event.modifiers() & Qt.ShiftModifier else 1.0)
        if not event.modifiers() & Qt.ShiftModifier and abs(y - y0) > COARSE_AFTER:
            step *= COARSE                      # far from the start: the long way, faster
        pixels = self._last_y - y               # up is positive
        value = snap(self._scrub_value + pixels * step, step)
        if (value - self._scrub_value) * pixels > 0:   # far enough, and the way the mouse went
            self._scrub_value, self._last_y = value, y  # (smaller moves add up until they count)
            self.model().request_edit(row, col, value, self._scrub_id)
        event.accept()

    def _follow_weight(self, top_left, bottom_right, roles=()) -> None:
        """The weight under a drag changed, and not to what the drag sent (an undo in
        mid-drag, an owner that adjusted the value): the drag goes on from it."""
        if not self.scrubbing or self._press is None:
            return
        row, col = self._press[:2]
        if top_left.row() <= row <= bottom_right.row() and top_left.column() <= col <= bottom_right.column():
            self._scrub_value = self.model().value(row, col)

    def mouseReleaseEvent(self, event) -> None:
        was_scrubbing = self.scrubbing
        self._press, self._scrub_id = None, 0
        if was_scrubbing:
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- keys: +/− nudge, Delete zeroes, Enter edits ---------------------------------------
    def keyPressEvent(self, event) -> None:
        index = self.currentIndex()
        if self.state() != QAbstractItemView.EditingState and index.isValid():
            key, fine = event.key(), bool(event.modifiers() & Qt.ShiftModifier)
            step = NUDGE_FINE if fine else NUDGE
            if key in (Qt.Key_Plus, Qt.Key_Equal):
                self.nudge(+step)
                return
            if key in (Qt.Key_Minus, Qt.Key_Underscore):
                self.nudge(-step)
                return
            if key == Qt.Key_Delete:
                self.model().request_edit(index.row(), index.column(), 0.0, 0)
                return
            if key in (Qt.Key_Return, Qt.Key_Enter):
                self.edit(index)
                return
        super().keyPressEvent(event)

    def nudge(self, delta: float) -> None:
        """Move the current cell's weight by ``delta`` (a one-off edit, merge_id 0)."""
        index = self.currentIndex()
        if index.isValid():
            value = tidy(self.model().value(index.row(), index.column()) + delta)
            self.model().request_edit(index.row(), index.column(), value, 0)

    # -- row header menu -------------------------------------------------------------
    def _row_header_menu(self, pos: QPoint) -> None:
        header = self.verticalHeader()
        row = header.logicalIndexAt(pos)
        if row >= 0:
            self.rowHeaderMenuRequested.emit(row, header.mapToGlobal(pos))

    def cell_center(self, row: int, col: int) -> QPoint:
        """Where a cell sits in the viewport (tests and tours point at it)."""
        return self.visualRect(self.model().index(row, col)).center()

