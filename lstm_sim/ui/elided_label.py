"""One line of text elided to its width (the timeline's error row)."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from .theme import error_color


class ElidedLabel(QWidget):
    """One line of text, elided at the right when it does not fit; the whole text is in
    the tooltip. Painted in the palette's error colour."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setToolTip(text)
            self.update()

    def shown_text(self) -> str:
        """What is painted: the text, elided to the width."""
        return self.fontMetrics().elidedText(self._text, Qt.ElideRight, self.width())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._text) + 2, self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("Unknown…"), self.fontMetrics().height())

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setPen(error_color(self.palette()))
        p.drawText(self.rect(), Qt.AlignLeft | Qt.AlignVCenter, self.shown_text())
        p.end()
