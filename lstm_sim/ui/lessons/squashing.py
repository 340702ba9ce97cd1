"""The squashing demos: tanh (lesson 4) or the logistic function σ beside it (lesson 6)
with a draggable x, and a vote going round a loop that doubles it, with and without
squashing after every loop. The numbers come from ``scenarios.lessons.demos``."""
from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ...scenarios.lessons.demos import looped_votes, sigmoid, squash
from ...scenarios.lessons.facts import LOOP

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
    """Squashing curves over −6…6 — tanh, or (``functions=("sigma", "tanh")``) the
    logistic function beside it; drag the vertical marker (or call ``set_x``) to read them."""

    def __init__(self, parent: QWidget | None = None, functions=("tanh",)):
        super().__init__(parent)
        self.functions = tuple(functions)
        self.plot = new_plot(self, 190)
        xs = np.linspace(-X_RANGE, X_RANGE, 241)
        if "sigma" in self.functions:
            self.plot.plot(xs, sigmoid(xs), pen=pg.mkPen(SIGMA, width=3), name="σ")
        if "tanh" in self.functions:
            self.plot.plot(xs, np.tanh(xs), pen=pg.mkPen(TANH, width=2.5 if "sigma" not in self.functions else 1.5),
                           name="tanh")
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
        points = [(t, TANH)] * ("tanh" in self.functions) + [(s, SIGMA)] * ("sigma" in self.functions)
        self.dots.setData([x] * len(points), [y for y, _ in points], brush=[c for _, c in points])
        # Formulas only, no words: nothing to translate.
        parts = [f"x = {x:+.2f}"]
        if "sigma" in self.functions:
            parts.append(f"<span style='color:{SIGMA.name()}'><b>σ(x) = {s:.3f}</b></span>")
        if "tanh" in self.functions:
            parts.append(f"<span style='color:{TANH.name()}'><b>tanh(x) = {t:+.3f}</b></span>")
        self.readout.setText(minus(" &nbsp; ".join(parts)))

    def _retranslate(self) -> None:
        if "sigma" in self.functions:
            self.hint.setText(self.tr("Drag the grey line. σ stays within 0…1 — a valve from shut to open — "
                                      "and tanh within −1…1, however far x goes."))
        else:
            self.hint.setText(self.tr("Drag the grey line. tanh stays within −1…1, however far x goes."))
        self._update()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange:
            follow_palette(self.plot, self.palette())
        elif event.type() == QEvent.LanguageChange:
            self._retranslate()


class RepeatedVotesDemo(QWidget):
    """A vote going round a loop that multiplies it each time (two votes per loop: it
    doubles): without squashing it grows without limit, squashed after every loop it
    stays inside −1…1."""

    #: The loop's settings changed: (start, gain, loops).
    loopChanged = Signal(tuple)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        start, gain, loops = LOOP
        self.vote = QDoubleSpinBox(self)
        self.vote.setObjectName("voteValue")
        self.vote.setRange(-1.0, 1.0)
        self.vote.setSingleStep(0.1)
        self.vote.setValue(start)
        self.gain = QDoubleSpinBox(self)
        self.gain.setObjectName("voteGain")
        self.gain.setRange(0.0, 4.0)
        self.gain.setSingleStep(0.5)
        self.gain.setValue(gain)
        self.count = QSpinBox(self)
        self.count.setObjectName("voteCount")
        self.count.setRange(1, 40)
        self.count.setValue(loops)
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.vote_label, self.gain_label, self.count_label = QLabel(self), QLabel(self), QLabel(self)
        self.form.addRow(self.vote_label, self.vote)
        self.form.addRow(self.gain_label, self.gain)
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
        for box in (self.vote, self.gain, self.count):
            box.valueChanged.connect(self._update)
        follow_palette(self.plot, self.palette())
        self._retranslate()

    def settings(self) -> tuple[float, float, int]:
        """(start, gain per loop, loops)."""
        return self.vote.value(), self.gain.value(), self.count.value()

    def totals(self) -> tuple[np.ndarray, np.ndarray]:
        """The value after each loop, without and with squashing."""
        v, g, n = self.settings()
        return looped_votes(v, g, n, squash=False), looped_votes(v, g, n, squash=True)

    def _update(self, *args) -> None:
        plain, squashed = self.totals()
        n = np.arange(1, len(plain) + 1)
        # A log scale would hide the point: the plain value leaves the plot; the axis follows it.
        self.plain_curve.setData(n, plain)
        self.squashed_curve.setData(n, squashed)
        legend = self.plot.plotItem.legend
        if legend is not None and len(legend.items) == 2:
            legend.items[0][1].setText(self.tr("not squashed"))
            legend.items[1][1].setText(self.tr("squashed each loop"))
        v, g, _ = self.settings()
        self.readout.setText(minus(self.tr(
            "A vote of {v:+.1f}, multiplied by {g:g} on every loop: after {n} loops {plain:+,.1f} "
            "without squashing, {squashed:+.3f} squashed each loop.").format(
                n=len(plain), v=v, g=g, plain=plain[-1], squashed=squashed[-1])))
        self.loopChanged.emit(self.settings())

    def _retranslate(self) -> None:
        self.vote_label.setText(self.tr("The vote"))
        self.gain_label.setText(self.tr("Multiplied on each loop by"))
        self.count_label.setText(self.tr("Loops"))
        self.plot.setLabel("bottom", self.tr("loops so far"))
        self._update()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange:
            follow_palette(self.plot, self.palette())
        elif event.type() == QEvent.LanguageChange:
            self._retranslate()
