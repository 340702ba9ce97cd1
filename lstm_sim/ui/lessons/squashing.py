"""Lesson 4's demos: the two squashing curves with a draggable x, and repeated votes
added up with and without squashing. The numbers come from ``scenarios.lessons.demos``."""
from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ...scenarios.lessons.demos import repeated_votes, sigmoid, squash

TANH = QColor(179, 88, 6)        # the diverging scale's orange: tanh gives signed values
SIGMA = QColor(0, 128, 112)      # the gate scale's teal: σ gives gate values
PLAIN = QColor(33, 102, 172)     # unsquashed sum
X_RANGE = 6.0


def minus(text: str) -> str:
    """A typographic minus in front of numbers."""
    return re.sub(r"-(?=\d)", "−", text)


def new_plot(parent: QWidget, height: int) -> pg.PlotWidget:
    plot = pg.PlotWidget(parent)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    plot.showGrid(x=True, y=True, alpha=0.2)
    plot.setMinimumHeight(height)
    plot.setMaximumHeight(height + 60)
    plot.addLegend(offset=(6, 6), labelTextSize="8pt")
    return plot


def follow_palette(plot: pg.PlotWidget, palette: QPalette) -> None:
    """Paper and ink from the application palette, so the plot follows light and dark."""
    ink = palette.color(QPalette.Text)
    plot.setBackground(palette.color(QPalette.Base))
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setTextPen(ink)
        plot.getAxis(axis).setPen(ink)
    legend = plot.plotItem.legend
    if legend is not None:
        legend.setLabelTextColor(ink)
        for _sample, label in legend.items:         # existing labels take the colour on re-render
            label.setText(label.text, color=ink)


class SquashingDemo(QWidget):
    """tanh and σ over −6…6; drag the vertical marker (or call ``set_x``) to read both."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot = new_plot(self, 190)
        xs = np.linspace(-X_RANGE, X_RANGE, 241)
        self.plot.plot(xs, np.tanh(xs), pen=pg.mkPen(TANH, width=2.5), name="tanh")
        self.plot.plot(xs, sigmoid(xs), pen=pg.mkPen(SIGMA, width=2.5), name="σ")
        for y in (-1.0, 1.0):
            self.plot.addItem(pg.InfiniteLine(y, angle=0, pen=pg.mkPen((128, 128, 128), style=Qt.DashLine)))
        self.plot.setXRange(-X_RANGE, X_RANGE, padding=0.02)
        self.plot.setYRange(-1.15, 1.15, padding=0)
        self.marker = pg.InfiniteLine(1.0, angle=90, movable=True, bounds=(-X_RANGE, X_RANGE),
                                      pen=pg.mkPen((90, 90, 90), width=2),
                                      hoverPen=pg.mkPen((30, 30, 30), width=3))
        self.plot.addItem(self.marker)
        self.dots = pg.ScatterPlotItem(size=9, pen=pg.mkPen("w"))
        self.plot.addItem(self.dots)
        self.readout = QLabel(self)
        self.readout.setObjectName("squashReadout")
        self.readout.setTextFormat(Qt.RichText)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        layout.addWidget(self.readout)
        layout.addWidget(self.hint)
        self.marker.sigPositionChanged.connect(self._update)
        follow_palette(self.plot, self.palette())
        self._retranslate()
        self._update()

    def set_x(self, x: float) -> None:
        self.marker.setValue(float(np.clip(x, -X_RANGE, X_RANGE)))

    def values(self) -> tuple[float, float, float]:
        """(x, tanh x, σ x) at the marker."""
        x = float(self.marker.value())
        return (x, *squash(x))

    def _update(self, *args) -> None:
        x, t, s = self.values()
        self.dots.setData([x, x], [t, s], brush=[TANH, SIGMA])
        # Formulas only, no words: nothing to translate.
        self.readout.setText(minus(
            f"x = {x:+.2f} &nbsp; <span style='color:{TANH.name()}'><b>tanh(x) = {t:+.3f}</b></span> &nbsp; "
            f"<span style='color:{SIGMA.name()}'><b>σ(x) = {s:.3f}</b></span>"))

    def _retranslate(self) -> None:
        self.hint.setText(self.tr("Drag the grey line. tanh stays within −1…1, σ within 0…1, "
                                  "however far x goes."))
        self._update()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange:
            follow_palette(self.plot, self.palette())
        elif event.type() == QEvent.LanguageChange:
            self._retranslate()


class RepeatedVotesDemo(QWidget):
    """The same vote added again and again: the plain total grows without limit, the
    total squashed after every vote stays inside −1…1."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vote = QDoubleSpinBox(self)
        self.vote.setObjectName("voteValue")
        self.vote.setRange(-2.0, 2.0)
        self.vote.setSingleStep(0.1)
        self.vote.setValue(0.8)
        self.count = QSpinBox(self)
        self.count.setObjectName("voteCount")
        self.count.setRange(1, 50)
        self.count.setValue(10)
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.vote_label, self.count_label = QLabel(self), QLabel(self)
        self.form.addRow(self.vote_label, self.vote)
        self.form.addRow(self.count_label, self.count)
        self.plot = new_plot(self, 180)
        self.plain_curve = self.plot.plot(pen=pg.mkPen(PLAIN, width=2.5), symbol="o", symbolSize=4,
                                          symbolBrush=PLAIN, symbolPen=None, name="+")
        self.squashed_curve = self.plot.plot(pen=pg.mkPen(TANH, width=2.5), symbol="o", symbolSize=4,
                                             symbolBrush=TANH, symbolPen=None, name="tanh")
        for y in (-1.0, 1.0):
            self.plot.addItem(pg.InfiniteLine(y, angle=0, pen=pg.mkPen((128, 128, 128), style=Qt.DashLine)))
        self.readout = QLabel(self)
        self.readout.setObjectName("votesReadout")
        self.readout.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.plot)
        layout.addWidget(self.readout)
        self.vote.valueChanged.connect(self._update)
        self.count.valueChanged.connect(self._update)
        follow_palette(self.plot, self.palette())
        self._retranslate()

    def totals(self) -> tuple[np.ndarray, np.ndarray]:
        """Running totals without and with squashing."""
        v, n = self.vote.value(), self.count.value()
        return repeated_votes(v, n, squash=False), repeated_votes(v, n, squash=True)

    def _update(self, *args) -> None:
        plain, squashed = self.totals()
        n = np.arange(1, len(plain) + 1)
        self.plain_curve.setData(n, plain)
        self.squashed_curve.setData(n, squashed)
        legend = self.plot.plotItem.legend
        if legend is not None and len(legend.items) == 2:
            legend.items[0][1].setText(self.tr("added up"))
            legend.items[1][1].setText(self.tr("squashed each time"))
        self.readout.setText(minus(self.tr(
            "After {n} votes of {v:+.1f}: added up {plain:+.2f}, squashed each time {squashed:+.3f}.").format(
                n=len(plain), v=self.vote.value(), plain=plain[-1], squashed=squashed[-1])))

    def _retranslate(self) -> None:
        self.vote_label.setText(self.tr("Each vote"))
        self.count_label.setText(self.tr("Number of votes"))
        self.plot.setLabel("bottom", self.tr("votes so far"))
        self._update()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange:
            follow_palette(self.plot, self.palette())
        elif event.type() == QEvent.LanguageChange:
            self._retranslate()
