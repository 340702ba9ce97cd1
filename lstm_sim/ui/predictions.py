"""Bar chart of next-word probabilities at the current step, the top word marked."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

BAR = QColor(103, 169, 207)
TOP = QColor(179, 88, 6)


class PredictionsPane(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = pg.PlotWidget(self)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setYRange(0, 1.22, padding=0)
        self.plot.setLabel("left", "probability")
        self.plot.setTitle("next word")
        self.plot.showGrid(y=True, alpha=0.25)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brushes=[])
        self.plot.addItem(self.bars)
        self.top_label = pg.TextItem(anchor=(0.5, 1.0))
        self.plot.addItem(self.top_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.plot)
        self.words: list[str] = []
        self.probs = np.zeros(0)
        self._foreground = QColor("#222")

    def set_words(self, words: list[str]) -> None:
        self.words = list(words)
        self.plot.getAxis("bottom").setTicks([[(k, w) for k, w in enumerate(words)]])
        self.plot.setXRange(-0.6, len(words) - 0.4, padding=0)

    def set_probs(self, probs: np.ndarray) -> None:
        self.probs = np.asarray(probs, dtype=float)
        top = self.top_index
        brushes = [TOP if k == top else BAR for k in range(len(self.probs))]
        self.bars.setOpts(x=np.arange(len(self.probs)), height=self.probs, brushes=brushes)
        self.top_label.setText(f"{self.words[top]} {self.probs[top]:.0%}", color=self._foreground)
        self.top_label.setPos(top, min(self.probs[top], 1.0) + 0.02)

    @property
    def top_index(self) -> int:
        return int(np.argmax(self.probs)) if self.probs.size else 0

    @property
    def top_word(self) -> str:
        return self.words[self.top_index]

    def set_dark(self, dark: bool) -> None:
        self._foreground = QColor("#eee" if dark else "#222")
        self.plot.setBackground(QColor("#1e1f22") if dark else QColor("#ffffff"))
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTextPen(self._foreground)
            self.plot.getAxis(axis).setPen(self._foreground)
        self.plot.setTitle("next word", color=self._foreground.name())
        if self.probs.size:
            self.set_probs(self.probs)
