"""Lesson 6's demo: a signal through a row of valves (element-wise ⊗), then merged with
a second vector (element-wise ⊕). Values are coloured as everywhere else in the app."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSlider, QVBoxLayout, QWidget

from ...scenarios.lessons.demos import merge, through_valves
from ...scenarios.lessons.facts import SIGNAL as SIGNAL_VALUE, VALVES
from ..colors import colors_for, text_color_on
from .squashing import minus

SIGNAL = (SIGNAL_VALUE,) * len(VALVES)
START_VALVES = VALVES
NEW_VOTES = (0.1, -0.4, 0.5)
STEPS = 100                     # slider resolution: valves move in steps of 0.01


class ValueCell(QLabel):
    """One element of a vector, coloured by value (``key`` picks the gate or signed scale)."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setAlignment(Qt.AlignCenter)
        self.setMinimumSize(54, 26)
        self.value = 0.0

    def set_value(self, value: float) -> None:
        self.value = float(value)
        bg = colors_for(self.key, np.array([value]))[0]
        fg = text_color_on(bg)
        self.setText(minus(f"{value:.2f}"))
        self.setStyleSheet(f"background:{bg.name()}; color:{fg.name()}; border:1px solid #888;"
                           "border-radius:3px; padding:2px;")


class ValvesDemo(QWidget):
    #: The learner moved a valve: the valves' values (the worked example reads them).
    valvesChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.row_labels = {row: QLabel(self) for row in (0, 1, 2, 4, 5)}   # row 3: the ⊕ heading
        for row, label in self.row_labels.items():
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
        self.signal_cells = [ValueCell("x", self) for _ in SIGNAL]
        self.valve_cells = [ValueCell("f", self) for _ in SIGNAL]
        self.output_cells = [ValueCell("c", self) for _ in SIGNAL]
        self.vote_cells = [ValueCell("g", self) for _ in SIGNAL]
        self.sum_cells = [ValueCell("c", self) for _ in SIGNAL]
        self.sliders: list[QSlider] = []
        for k, (s, v, b) in enumerate(zip(SIGNAL, START_VALVES, NEW_VOTES)):
            self.signal_cells[k].set_value(s)
            self.vote_cells[k].set_value(b)
            slider = QSlider(Qt.Horizontal, self)
            slider.setObjectName(f"valve{k}")
            slider.setRange(0, STEPS)
            slider.setValue(round(v * STEPS))
            slider.setMinimumWidth(54)
            slider.valueChanged.connect(self._update)
            self.sliders.append(slider)
            valve = QVBoxLayout()
            valve.setSpacing(1)
            valve.addWidget(self.valve_cells[k])
            valve.addWidget(slider)
            grid.addWidget(self.signal_cells[k], 0, k + 1)
            grid.addLayout(valve, 1, k + 1)
            grid.addWidget(self.output_cells[k], 2, k + 1)
            grid.addWidget(self.vote_cells[k], 4, k + 1)
            grid.addWidget(self.sum_cells[k], 5, k + 1)
        self.merge_heading = QLabel(self)
        self.merge_heading.setWordWrap(True)
        grid.addWidget(self.merge_heading, 3, 0, 1, 4)
        grid.setColumnStretch(0, 3)
        for c in range(1, 4):
            grid.setColumnStretch(c, 2)
        self.summary = QLabel(self)
        self.summary.setObjectName("valvesSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        self._retranslate()

    def valves(self) -> np.ndarray:
        return np.array([s.value() / STEPS for s in self.sliders])

    def outputs(self) -> np.ndarray:
        """signal ⊗ valves."""
        return through_valves(SIGNAL, self.valves())

    def sums(self) -> np.ndarray:
        """(signal ⊗ valves) ⊕ new votes."""
        return merge(self.outputs(), NEW_VOTES)

    def _update(self, *args) -> None:
        for cells, values in ((self.valve_cells, self.valves()), (self.output_cells, self.outputs()),
                              (self.sum_cells, self.sums())):
            for cell, v in zip(cells, values):
                cell.set_value(v)
        out = self.outputs()
        self.summary.setText(minus(self.tr("0.8 through valves {0} gives {1}.").format(
            ", ".join(f"{v:g}" for v in self.valves().round(2)),
            ", ".join(f"{v:.2g}" for v in out.round(2)))))
        self.valvesChanged.emit([float(v) for v in self.valves()])

    def _retranslate(self) -> None:
        for row, text in ((0, self.tr("signal")), (1, self.tr("valves (a gate)")),
                          (2, self.tr("signal ⊗ valves")), (4, self.tr("new votes")),
                          (5, self.tr("got through ⊕ new votes"))):
            self.row_labels[row].setText(text)
        self.merge_heading.setText("<i>" + self.tr("Element-wise addition: what got through, plus a "
                                                   "second vector") + "</i>")
        self._update()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.LanguageChange:
            self._retranslate()
