"""A line edit that underlines one span of its text with a red wave (the timeline's
unknown word)."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QLineEdit

from .theme import error_color


class MarkedLineEdit(QLineEdit):
    """A line edit that can underline one span with a red wave (an unknown word).

    QLineEdit has no API for formatting part of its text, so the wave is painted over
    it, placed relative to the cursor (which stays correct when the text scrolls).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mark: tuple[int, int] | None = None

    def set_mark(self, start: int, end: int) -> None:
        mark = (start, end) if end > start else None
        if mark != self.mark:
            self.mark = mark
            self.update()

    def mark_rect(self) -> QRectF:
        """Where the marked span is drawn, in widget coordinates."""
        start, end = self.mark
        fm = self.fontMetrics()
        text = self.text()
        cursor_x = self.cursorRect().center().x()
        here = fm.horizontalAdvance(text[:self.cursorPosition()])
        x0 = cursor_x + fm.horizontalAdvance(text[:start]) - here
        x1 = cursor_x + fm.horizontalAdvance(text[:end]) - here
        rect = self.cursorRect()
        return QRectF(x0, rect.top(), x1 - x0, rect.height())

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.mark is None or self.mark[1] > len(self.text()):
            return
        r = self.mark_rect()
        red = error_color(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(r, QColor(red.red(), red.green(), red.blue(), 40))
        path = QPainterPath(QPointF(r.left(), r.bottom()))
        x, up = r.left(), True
        while x < r.right():
            x = min(x + 2.5, r.right())
            path.lineTo(x, r.bottom() - (2.5 if up else 0))
            up = not up
        painter.setPen(QPen(red, 1.3))
        painter.drawPath(path)
        painter.end()
