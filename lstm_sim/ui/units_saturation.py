"""Gate saturation, as Karpathy, Johnson & Fei-Fei (2015) plot it: per layer, one point
per unit and gate at (fraction of steps the gate is left-saturated, < 0.1; fraction it
is right-saturated, > 0.9). A gate near the top left is nearly always open, one at the
bottom right nearly always shut, one at the origin is never sure; points lie under the
diagonal x + y = 1. A view: it plots what it is handed and says which point was clicked.
"""
from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .diagram.names import WIRE_NAMES
from .i18n import Retranslates
from .theme import plots_follow_palette

#: One colour per gate (Okabe & Ito's, told apart with the common colour-vision deficiencies).
GATE_COLORS = {"i": QColor("#0072b2"), "f": QColor("#d55e00"), "o": QColor("#009e73"),
               "r": QColor("#cc79a7"), "z": QColor("#e69f00")}


class SaturationPlot(Retranslates, QWidget):
    #: A point was clicked: layer, gate, unit.
    pointClicked = Signal(int, str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setMinimumSize(160, 150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics)
        self.plots: list[pg.PlotItem] = []
        self.scatters: dict[tuple[int, str], pg.ScatterPlotItem] = {}
        self._shape: list[tuple[str, ...]] = []       # per layer, the gates it has
        self._units: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        for k, plot in enumerate(self.plots):
            # pyqtgraph reads labels as HTML: "<" must be escaped.
            plot.setLabel("bottom", html.escape(self.tr("steps shut: < 0.1")))
            plot.setLabel("left", html.escape(self.tr("steps open: > 0.9")))
            plot.setTitle(self._title(k))
            if plot.legend is not None:                     # the gates' names in the new language
                plot.legend.clear()
                for (layer, gate), scatter in self.scatters.items():
                    if layer == k:
                        plot.legend.addItem(scatter, WIRE_NAMES[gate])
        self._apply_palette()

    def _title(self, k: int) -> str:
        if k >= len(self._shape) or not self._shape[k]:
            return self.tr("No gates in a plain RNN: nothing saturates")
        return (self.tr("Gates, layer {0}").format(k + 1) if len(self.plots) > 1
                else self.tr("Gate saturation"))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self._apply_palette()

    def _apply_palette(self) -> None:
        plots_follow_palette(self.palette(), self.graphics, self.plots)

    def set_saturation(self, saturation: list[dict] | None, units: list[str]) -> None:
        """Per layer, gate → (left fractions, right fractions), as ``model.units.saturation``
        gives them; None empties the points (a text is still being traced)."""
        data = list(saturation or [])
        shape = [tuple(g for g in GATE_COLORS if g in layer) for layer in data] or self._shape
        if shape != self._shape or not self.plots:
            self._shape = shape
            self._build()
        self._units = list(units)
        for (k, gate), scatter in self.scatters.items():
            if k < len(data) and gate in data[k]:
                left, right = (np.asarray(v, dtype=float) for v in data[k][gate])
                scatter.setData(x=left, y=right, data=[(k, gate, u) for u in range(len(left))])
            else:
                scatter.setData(x=[], y=[])

    def _build(self) -> None:
        self.graphics.clear()
        self.plots, self.scatters = [], {}
        for k, gates in enumerate(self._shape or [()]):
            plot = self.graphics.addPlot(row=0, col=k)
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(False, False)
            plot.hideButtons()
            plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0.04)
            plot.addItem(pg.PlotCurveItem([0, 1], [1, 0], pen=pg.mkPen((150, 150, 150), style=Qt.DashLine)))
            if gates:
                plot.addLegend(offset=(-4, 4), labelTextSize="8pt",
                               labelTextColor=self.palette().color(QPalette.Text))
            self.plots.append(plot)
            for gate in gates:
                color = GATE_COLORS[gate]
                scatter = pg.ScatterPlotItem(size=7, pen=pg.mkPen(color.darker(130)), brush=pg.mkBrush(color),
                                             hoverable=True, tip=self._tip)
                scatter.sigClicked.connect(self._clicked)
                plot.addItem(scatter)
                self.scatters[(k, gate)] = scatter
        self.retranslate()

    def _tip(self, x, y, data) -> str:
        k, gate, unit = data
        name = self._units[unit] if unit < len(self._units) else str(unit)
        return self.tr("{0} of unit {1}: left-saturated {2:.0%} of the steps, right-saturated {3:.0%}").format(
            WIRE_NAMES[gate], name, x, y)

    def _clicked(self, scatter, points, event=None) -> None:
        if len(points):
            k, gate, unit = points[0].data()
            self.pointClicked.emit(int(k), str(gate), int(unit))

    def point(self, layer: int, gate: str, unit: int) -> tuple[float, float]:
        """Where a unit's gate is plotted (tests read it back)."""
        x, y = self.scatters[(layer, gate)].getData()
        return float(x[unit]), float(y[unit])
