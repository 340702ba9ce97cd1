"""Lesson 6's memory demos, on the network on screen.

- Memory is not squashed: hold the forgetting gate open over a longer text and the
  memory c piles up past 1 (the plot reads the session's trace), while tanh(c), what
  the selection gate reads, stays inside −1…1 — why the cell squashes again after ⊕.
- Kept for any length of time: a pointer to Tools ▸ Compare's mistakes-against-distance
  experiment, which trains three nets on the book with filler words between "saw" and
  its name.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ...scenarios.lessons.content import LONG_WALK, WALK
from ..i18n import Retranslates
from .squashing import PLAIN, TANH, follow_palette, minus, new_plot


class UnsquashedMemoryDemo(Retranslates, QWidget):
    """A toggle that holds the forgetting gate open over a longer text (two undoable
    steps on the lesson's network), and the size of c and of tanh(c) at every step."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.button = QPushButton(self)
        self.button.setObjectName("holdForgettingOpen")
        self.button.setCheckable(True)
        self.button.toggled.connect(self._toggled)
        self.plot = new_plot(self, 170)
        self.c_curve = self.plot.plot(pen=pg.mkPen(PLAIN, width=2.5), symbol="o", symbolSize=5,
                                      symbolBrush=PLAIN, symbolPen=None, name="|c|")
        self.tanh_curve = self.plot.plot(pen=pg.mkPen(TANH, width=2.5), symbol="o", symbolSize=5,
                                         symbolBrush=TANH, symbolPen=None, name="|tanh c|")
        self.plot.addItem(pg.InfiniteLine(1.0, angle=0, pen=pg.mkPen((128, 128, 128), style=Qt.DashLine)))
        self.readout = QLabel(self)
        self.readout.setObjectName("memoryReadout")
        self.readout.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignLeft)
        layout.addWidget(self.plot)
        layout.addWidget(self.readout)
        for signal in (session.traceChanged, session.networkChanged):
            signal.connect(self.refresh)
        follow_palette(self.plot, self.palette())
        self.retranslate()

    def holding(self) -> bool:
        """The forgetting gate is held open on every unit and the longer text is on."""
        s = self.session
        if s.original is None or not s.spec.memory:
            return False
        f = s.clamps().get("f")
        return f is not None and bool(np.all(f == 1.0)) and s.text == s.spelled(LONG_WALK)

    def sizes(self) -> tuple[np.ndarray, np.ndarray]:
        """Per step: the largest |c| and the largest |tanh c| (empty off an LSTM)."""
        trace = self.session.trace
        if trace is None or not trace.spec.memory:
            return np.array([]), np.array([])
        return np.abs(trace["c"]).max(axis=1), np.abs(trace["tanh_c"]).max(axis=1)

    def _toggled(self, on: bool) -> None:
        s = self.session
        if s.original is None or not s.spec.memory or on == self.holding():
            return
        if on:
            s.set_text(LONG_WALK, typing=False, label=self.tr("A longer text"))
            s.set_clamp("f", None, 1.0)
        else:
            s.set_clamp("f", None, None)
            s.set_text(WALK, typing=False, label=self.tr("Back to the lesson's text"))

    def refresh(self, *args) -> None:
        held = self.holding()
        if self.button.isChecked() != held:
            self.button.blockSignals(True)
            self.button.setChecked(held)
            self.button.blockSignals(False)
        self.button.setEnabled(self.session.original is not None and self.session.spec.memory)
        c, t = self.sizes()
        steps = np.arange(1, len(c) + 1)
        self.c_curve.setData(steps, c)
        self.tanh_curve.setData(steps, t)
        if len(c):
            self.readout.setText(minus(self.tr(
                "Largest memory |c| {0:.2f} (step {1}); its squashed copy |tanh c| stays at {2:.2f} or less.").format(
                    float(c.max()), int(np.argmax(c)) + 1, float(t.max()))))
        else:
            self.readout.setText("")

    def retranslate(self) -> None:
        self.button.setText(self.tr("Hold forgetting open over a longer text"))
        self.plot.setLabel("bottom", self.tr("step"))
        self.refresh()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)                  # Retranslates: a language change re-words
        if event.type() == QEvent.PaletteChange:
            follow_palette(self.plot, self.palette())


class DistanceDemo(Retranslates, QWidget):
    """What Tools ▸ Compare's distance experiment measures, and a button that runs it."""

    #: The learner asked to run the experiment (the window opens Tools ▸ Compare).
    runRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("runDistance")
        self.button.clicked.connect(self.runRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr("“Doug saw very very Jane.”: with 0, 1, 2, 4 and 8 filler words between "
                                  "“saw” and its name, the three nets are trained alike and their sentences "
                                  "counted. Whose mistakes grow first as the gap widens? (About half a "
                                  "minute.)"))
        self.button.setText(self.tr("Open Tools ▸ Compare and run it"))
