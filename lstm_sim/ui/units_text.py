"""A long text drawn token by token on coloured paper, for the Units pane.

Thousands of tokens must scroll smoothly, so nothing here is a rich-text document: the
text is laid out once per width into rows of fixed-width cells (a monospaced font; a
wide character takes two), and a paint draws only the rows in sight: their cell colours
as one image, then each row's text in a few runs (black or white, whichever reads on
the colour). A view: it is handed the colours, the marked steps, the steps where the
unit fires and the current step, and it says what the pointer does (hover, click, drag).
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase, QFontMetricsF, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip

from .cell_rows import display_text, wide, wrap_rows

MARGIN = 6
FIRE_PEN = QColor("#d01c8b")           # the app's highlight magenta: where the unit fires
DRAG_MOVE = 4                          # pixels the pointer must move before a press is a drag


class TokenText(QAbstractScrollArea):
    """See the module's notes. Steps index the tokens; characters index the text."""

    hovered = Signal(int)            # the step under the pointer, −1 for none
    clicked = Signal(int)            # a token was clicked (pressed and released in place)
    selected = Signal(int, int)      # characters [start, end) were dragged over

    def __init__(self, parent=None):
        super().__init__(parent)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.describe = None                 # step → tooltip text (set by the pane)
        self._text = self._shown = ""
        self._char_model = False
        self._spans = np.zeros((0, 2), dtype=np.int64)
        self._char_step = np.zeros(0, dtype=np.int64)
        self._rgb: np.ndarray | None = None
        self._ink: np.ndarray | None = None
        self._marked: np.ndarray | None = None
        self._fired: np.ndarray | None = None
        self._current = -1
        self._drag: tuple[int, int] | None = None      # characters being dragged over
        self._press: QPoint | None = None
        self._anchor = 0
        self._cols = 0
        self._ascii = True
        self._widths = None
        font = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        font.setKerning(False)
        self.setFont(font)                   # measures and lays out (a FontChange)
        self._measure()
        self._relayout(force=True)

    # -- what it is handed ----------------------------------------------------------------
    def set_text(self, text: str, spans: np.ndarray, char_model: bool) -> None:
        """The text and each step's (start, end) characters in it."""
        self._text, self._char_model = text, char_model
        self._shown = display_text(text, char_model)
        self._ascii = self._shown.isascii()
        self._widths = None if self._ascii else np.array([wide(ch) for ch in self._shown], dtype=np.int64)
        self._spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
        self._char_step = np.full(len(text), -1, dtype=np.int64)
        lengths = self._spans[:, 1] - self._spans[:, 0]
        if lengths.sum():
            steps = np.repeat(np.arange(len(lengths)), lengths)
            first = np.repeat(self._spans[:, 0] - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
            self._char_step[first + np.arange(len(steps))] = steps
        self._rgb = self._ink = self._marked = self._fired = None
        self._current, self._drag = -1, None
        self._relayout(force=True)
        self.verticalScrollBar().setValue(0)

    def set_colors(self, rgb: np.ndarray | None) -> None:
        """Each step's paper colour (T×3 bytes), or None for plain paper."""
        self._rgb = None if rgb is None else np.ascontiguousarray(rgb, dtype=np.uint8)
        if self._rgb is not None:
            luma = self._rgb @ np.array([0.299, 0.587, 0.114])
            self._ink = luma > 140                     # dark ink on light paper
        self.viewport().update()

    def set_marked(self, mask: np.ndarray | None) -> None:
        self._marked = None if mask is None else np.asarray(mask, dtype=bool)
        self._drag = None
        self.viewport().update()

    def set_fired(self, mask: np.ndarray | None) -> None:
        self._fired = None if mask is None else np.asarray(mask, dtype=bool)
        self.viewport().update()

    def set_current(self, step: int) -> None:
        if step != self._current:
            self._current = step
            self.viewport().update()

    # -- reading it back (the pane, tests) ---------------------------------------------------------
    def step_at(self, pos: QPoint) -> int:
        """The step whose token is under a viewport position, or −1."""
        k = self._char_at(pos)
        return -1 if k < 0 else int(self._char_step[k])

    def token_rect(self, step: int) -> QRect:
        """Where the first row of a step's token is, in viewport coordinates."""
        a, b = (int(v) for v in self._spans[step])
        row = int(self._row_of_char[a])
        end = min(b, int(self._row_end[row]))
        x0 = MARGIN + self._cells[a] * self._cw
        x1 = MARGIN + (self._cells[end - 1] + self._width(end - 1)) * self._cw
        y = row * self._rh - self.verticalScrollBar().value()
        return QRect(int(round(x0)), y, max(int(round(x1 - x0)), 1), self._band)

    def ensure_visible(self, step: int) -> None:
        if not 0 <= step < len(self._spans):
            return
        row = int(self._row_of_char[self._spans[step, 0]])
        bar = self.verticalScrollBar()
        top, height = row * self._rh, self.viewport().height()
        if top < bar.value() or top + self._rh > bar.value() + height:
            bar.setValue(max(top - height // 3, 0))

    def rows(self) -> int:
        return len(self._row_start)

    # -- layout ----------------------------------------------------------------------------------
    def _measure(self) -> None:
        fm = QFontMetricsF(self.font())
        self._cw = fm.horizontalAdvance("M" * 100) / 100      # what a string of them really advances
        self._ascent = fm.ascent()
        self._band = int(np.ceil(fm.height())) + 2             # the coloured band of a row
        self._rh = self._band + 5                              # + the marks' bar and a gap

    def _width(self, k: int) -> int:
        return 1 if self._ascii else int(self._widths[k])

    def _relayout(self, force: bool = False) -> None:
        cols = max(int((self.viewport().width() - 2 * MARGIN) // self._cw), 8)
        if cols == self._cols and not force:
            return
        top_char = self._top_char() if not force and self._cols else 0
        self._cols = cols
        starts, ends, cells = wrap_rows(self._text_for_wrap(), cols)
        self._row_start, self._row_end, self._cells = starts, ends, cells
        self._row_of_char = np.repeat(np.arange(len(starts)), ends - starts)
        bar = self.verticalScrollBar()
        bar.setRange(0, max(len(starts) * self._rh - self.viewport().height(), 0))
        bar.setPageStep(max(self.viewport().height(), 1))
        bar.setSingleStep(self._rh)
        if top_char and len(self._row_of_char):
            bar.setValue(int(self._row_of_char[min(top_char, len(self._row_of_char) - 1)]) * self._rh)
        self.viewport().update()

    def _text_for_wrap(self) -> str:
        # Rows break after the source's newlines: put them back into the shown text.
        shown = self._shown
        if "\n" not in self._text:
            return shown
        chars = list(shown)
        for k in (i for i, ch in enumerate(self._text) if ch == "\n"):
            chars[k] = "\n"
        return "".join(chars)

    def _top_char(self) -> int:
        row = self.verticalScrollBar().value() // self._rh
        return int(self._row_start[min(row, len(self._row_start) - 1)]) if len(self._row_start) else 0

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()
        bar = self.verticalScrollBar()
        bar.setRange(0, max(len(self._row_start) * self._rh - self.viewport().height(), 0))
        bar.setPageStep(max(self.viewport().height(), 1))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._measure()
            self._relayout(force=True)

    def sizeHint(self) -> QSize:
        return QSize(int(self._cw * 48) + 2 * MARGIN, self._rh * 12)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    # -- painting ---------------------------------------------------------------------------------
    def _visible_rows(self) -> range:
        top = self.verticalScrollBar().value()
        first = top // self._rh
        last = min((top + self.viewport().height()) // self._rh + 1, len(self._row_start))
        return range(first, last)

    def _row_cells(self, r: int) -> np.ndarray:
        """The character in each cell of row ``r`` (a wide character fills two)."""
        a, b = int(self._row_start[r]), int(self._row_end[r])
        if self._ascii:
            return np.arange(a, b)
        return np.repeat(np.arange(a, b), self._widths[a:b])

    def paintEvent(self, event) -> None:
        painter = QPainter(self.viewport())
        pal = self.palette()
        paper, ink = pal.color(QPalette.Base), pal.color(QPalette.Text)
        painter.fillRect(self.viewport().rect(), paper)
        rows = self._visible_rows()
        if not len(rows) or not len(self._text):
            return
        top = self.verticalScrollBar().value()
        y0 = rows.start * self._rh - top
        self._paint_paper(painter, rows, y0, paper)
        painter.setFont(self.font())
        for r in rows:
            self._paint_row(painter, r, r * self._rh - top, ink)

    def _paint_paper(self, painter: QPainter, rows: range, y0: int, paper: QColor) -> None:
        """Every visible cell's colour as one image: one pixel per cell across, the row's
        band high, drawn stretched to the cells' width."""
        if self._rgb is None:
            return
        cols = max(self._cols, 1)
        base = np.array([paper.red(), paper.green(), paper.blue()], dtype=np.uint8)
        img = np.empty((len(rows) * self._rh, cols, 3), dtype=np.uint8)
        img[...] = base
        for k, r in enumerate(rows):
            cells = self._row_cells(r)[:cols]
            steps = self._char_step[cells]
            line = np.broadcast_to(base, (cols, 3)).copy()
            has = steps >= 0
            line[:len(cells)][has] = self._rgb[steps[has]]
            img[k * self._rh:k * self._rh + self._band] = line
        image = QImage(img.data, cols, img.shape[0], 3 * cols, QImage.Format_RGB888)
        painter.drawImage(QRectF(MARGIN, y0, cols * self._cw, img.shape[0]), image)

    def _runs(self, flags: np.ndarray) -> list[tuple[int, int]]:
        m = np.concatenate([[False], flags, [False]])
        edges = np.flatnonzero(m[1:] != m[:-1])
        return list(zip(edges[::2].tolist(), edges[1::2].tolist()))

    def _x(self, k: int) -> float:
        return MARGIN + self._cells[k] * self._cw

    def _paint_row(self, painter: QPainter, r: int, y: int, ink: QColor) -> None:
        a, b = int(self._row_start[r]), int(self._row_end[r])
        steps = self._char_step[a:b]
        has = steps >= 0
        # Ink: 0 the palette's, 1 black, 2 white (on a coloured cell).
        code = np.zeros(b - a, dtype=np.int8)
        if self._ink is not None:
            code[has] = np.where(self._ink[steps[has]], 1, 2)
        inks = (ink, QColor(0, 0, 0), QColor(255, 255, 255))
        cuts = np.concatenate([[0], np.flatnonzero(np.diff(code)) + 1, [b - a]])
        base = y + 1 + self._ascent
        for s, e in zip(cuts[:-1], cuts[1:]):
            painter.setPen(inks[code[s]])
            painter.drawText(QPointF(self._x(a + s), base), self._shown[a + s:a + e])
        right = lambda k: MARGIN + (self._cells[k] + self._width(k)) * self._cw   # noqa: E731
        if self._marked is not None:
            marked = has & self._marked[np.where(has, steps, 0)]
            painter.setPen(Qt.NoPen)
            painter.setBrush(ink)
            for s, e in self._runs(marked):
                painter.drawRect(QRectF(self._x(a + s), y + self._band + 1, right(a + e - 1) - self._x(a + s), 3))
        if self._fired is not None:
            fired = has & self._fired[np.where(has, steps, 0)]
            if self._marked is not None:
                fired &= ~self._marked[np.where(has, steps, 0)]
            painter.setBrush(Qt.NoBrush)
            painter.setPen(QPen(FIRE_PEN, 2))
            for s, e in self._runs(fired):
                painter.drawRect(QRectF(self._x(a + s) + 1, y + 1, right(a + e - 1) - self._x(a + s) - 2, self._band - 2))
        if 0 <= self._current < len(self._spans):
            cur = steps == self._current
            painter.setBrush(Qt.NoBrush)
            painter.setPen(QPen(ink, 2))
            for s, e in self._runs(cur):
                painter.drawRect(QRectF(self._x(a + s) - 1, y - 1, right(a + e - 1) - self._x(a + s) + 2,
                                        self._band + 2))
        if self._drag is not None:
            lo, hi = min(self._drag), max(self._drag)
            lo, hi = max(lo, a), min(hi, b)
            if lo < hi:
                sel = self.palette().color(QPalette.Highlight)
                sel.setAlpha(110)
                painter.fillRect(QRectF(self._x(lo), y, right(hi - 1) - self._x(lo), self._band), sel)

    # -- the pointer ------------------------------------------------------------------------------
    def _char_at(self, pos: QPoint, boundary: bool = False) -> int:
        """The character under a position (−1 off the text); with ``boundary``, the
        nearest gap between characters instead (for the ends of a selection)."""
        if not len(self._text):
            return -1 if not boundary else 0
        row = (pos.y() + self.verticalScrollBar().value()) // self._rh
        if row < 0:
            return 0 if boundary else -1
        if row >= len(self._row_start):
            return len(self._text) if boundary else -1
        a, b = int(self._row_start[row]), int(self._row_end[row])
        cell = (pos.x() - MARGIN) / self._cw
        cells = self._cells[a:b]
        if boundary:
            return a + int(np.searchsorted(cells + 0.5, cell))
        k = int(np.searchsorted(cells, np.floor(cell), side="right")) - 1
        if k < 0 or cell < 0 or cells[k] + self._width(a + k) <= cell:
            return -1
        return a + k

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self._press = event.position().toPoint()
            self._anchor = self._char_at(self._press, boundary=True)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        pos = event.position().toPoint()
        if self._press is not None and (self._drag is not None
                                        or (pos - self._press).manhattanLength() >= DRAG_MOVE):
            self._drag = (self._anchor, self._char_at(pos, boundary=True))
            self.viewport().update()
        self.hovered.emit(self.step_at(pos))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.LeftButton and self._press is not None:
            pos = event.position().toPoint()
            drag, self._press = self._drag, None
            if drag is not None and drag[0] != drag[1]:
                self.selected.emit(min(drag), max(drag))
            else:
                self._drag = None
                step = self.step_at(pos)
                if step >= 0:
                    self.clicked.emit(step)
            self.viewport().update()
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event) -> None:
        self.hovered.emit(-1)
        super().leaveEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == event.Type.ToolTip and self.describe is not None:
            step = self.step_at(event.pos())
            if step >= 0:
                QToolTip.showText(event.globalPos(), self.describe(step), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
