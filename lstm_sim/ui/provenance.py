"""The memory-flow pane: what each earlier step put into the memory cₜ of this step.

Rows are memory units, columns are the steps (tokens) so far plus the initial memory;
a cell is that step's admitted vote times everything the later forgetting gates kept of
it (see ``model.provenance``). The columns of a row add up to cₜ. A view: it draws what
it is handed.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .colors import DIVERGING
from .i18n import Retranslates
from .theme import plots_follow_palette

LEVELS = (-1.0, 1.0)


class ProvenancePane(Retranslates, QWidget):
    stepClicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setMinimumHeight(90)
        self.plot = self.graphics.addPlot()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(DIVERGING)
        self.plot.addItem(self.image)
        self.bar = pg.ColorBarItem(values=LEVELS, colorMap=DIVERGING, interactive=False, width=12)
        self.bar.setImageItem(self.image)
        self.graphics.addItem(self.bar)
        self.readout = QLabel(self)
        self.readout.setObjectName("provenanceReadout")
        self.readout.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.readout)
        self.units: list[str] = []
        self.columns: list[str] = []
        self.data = np.zeros((0, 0))
        self._plain = False                                  # a cell without memory (a plain RNN)
        self._shown: tuple[list[str], int] | None = None     # the tokens and the step on show
        self.graphics.scene().sigMouseMoved.connect(self._hover)
        self.setEnabled(False)
        self._apply_palette()
        self.retranslate()

    def retranslate(self) -> None:
        """The title, the "start" column and the readout in the current language."""
        self.readout.setText(self.tr("Hover a cell: how much of that unit's memory this step wrote."))
        self._show_title()

    def _show_title(self) -> None:
        if self._plain:
            self.plot.setTitle(self.tr("A plain RNN has no memory line: nothing to unroll"))
        elif self._shown is not None:
            self._show_columns(*self._shown)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange:
            self._apply_palette()

    def _apply_palette(self) -> None:
        plots_follow_palette(self.palette(), self.graphics, (self.plot,))

    def set_units(self, units: list[str] | None) -> None:
        """The memory units, or None for a cell without memory (a plain RNN)."""
        self.units = list(units or [])
        self.setEnabled(units is not None)
        self._plain = units is None
        if units is None:
            self.image.clear()
            self._shown = None
            self._show_title()
            self.data = np.zeros((0, 0))
        self.plot.getAxis("left").setTicks([[(k + 0.5, u) for k, u in enumerate(self.units)]])

    def show_sources(self, contributions: np.ndarray, start: np.ndarray, tokens: list[str], t: int) -> None:
        """``contributions`` is (t+1)×H (row k: what step k wrote into cₜ); ``start`` what c₀ adds."""
        self.data = np.vstack([start[None, :], contributions]).T        # units × (1 + steps)
        self.image.setImage(self.data, levels=LEVELS, autoLevels=False)
        self.image.setRect(0, 0, self.data.shape[1], self.data.shape[0])
        self.plot.setRange(xRange=(0, self.data.shape[1]), yRange=(0, self.data.shape[0]), padding=0)
        self._shown = (list(tokens), t)
        self._show_columns(*self._shown)

    def _show_columns(self, tokens: list[str], t: int) -> None:
        self.columns = [self.tr("start")] + [f"{k + 1} {tok}" for k, tok in enumerate(tokens[: t + 1])]
        self.plot.getAxis("bottom").setTicks([[(k + 0.5, c) for k, c in enumerate(self.columns)]])
        self.plot.setTitle(self.tr("Where memory cₜ at step {0} (“{1}”) came from").format(t + 1, tokens[t]))

    def value(self, unit: int, column: int) -> float:
        return float(self.data[unit, column])

    def _hover(self, scene_pos) -> None:
        if not self.data.size:
            return
        p = self.plot.vb.mapSceneToView(scene_pos)
        col, row = int(np.floor(p.x())), int(np.floor(p.y()))
        if 0 <= row < self.data.shape[0] and 0 <= col < self.data.shape[1]:
            total = self.data[row].sum()
            self.readout.setText(self.tr("memory unit {0}: {1} wrote {2:+.3f} of its {3:+.3f}").format(
                self.units[row], self.columns[col], self.data[row, col], total))
