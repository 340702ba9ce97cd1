"""The memory-flow pane: what each earlier step put into the memory cₜ of this step.

Rows are memory units, columns are the steps (tokens) so far plus the initial memory;
a cell is that step's admitted vote times everything the later forgetting gates kept of
it (see ``model.provenance``). The columns of a row add up to cₜ. A view: it draws what
it is handed.

Docked in a narrow column it still shows every column up to this step and its colour
bar: the step labels are thinned to what fits and the title breaks onto two lines rather
than widen the plot past the pane. Its colours follow the theme, as the heatmaps' do.

The diagram's memory tooltips, worded the way the lesson tells it, are the presenter's
(``controller.view_data.memory_notes``; re-exported here for older callers).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..controller.view_data import memory_notes  # noqa: F401  (re-exported)
from .colors import heatmap_colormap
from .heat_image import HeatImage
from .heatmaps import LabelAxis, row_font, shrinkable, thinned_ticks
from .i18n import Retranslates
from .theme import is_dark, plots_follow_palette

LEVELS = (-1.0, 1.0)


class ProvenancePane(Retranslates, QWidget):
    stepClicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setMinimumHeight(90)
        self.plot = self.graphics.addPlot(axisItems={"bottom": LabelAxis("bottom"), "left": LabelAxis("left")})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.invertY(True)
        shrinkable(self.plot.titleLabel)          # a long title breaks; it never widens the plot
        self.image = HeatImage(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.bar = pg.ColorBarItem(values=LEVELS, colorMap=heatmap_colormap("c", False), interactive=False,
                                   width=12)
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
        self._title = ""
        self.graphics.scene().sigMouseMoved.connect(self._hover)
        self.plot.vb.sigResized.connect(lambda _vb: (self._label_columns(), self._label_units()))
        self.setEnabled(False)
        self._apply_palette()
        self.retranslate()

    def retranslate(self) -> None:
        """The title, the "start" column and the readout in the current language."""
        self.readout.setText(self.tr("Hover a cell: how much of that unit's memory this step wrote."))
        self._show_title()

    def _show_title(self) -> None:
        if self._plain:
            self._set_title(self.tr("A plain RNN has no memory line: nothing to unroll"))
        elif self._shown is not None:
            self._show_columns(*self._shown)

    def _set_title(self, text: str) -> None:
        """The title, on two lines when one would be wider than the pane."""
        self._title = text
        fm = QFontMetrics(self.font())
        words = text.split(" ")
        room = self.plot.vb.boundingRect().width() or self.graphics.width() - 110
        if fm.horizontalAdvance(text) * 1.2 > max(room, 60) and len(words) > 2:
            half = len(text) / 2
            cut = min(range(1, len(words)), key=lambda k: abs(len(" ".join(words[:k])) - half))
            text = " ".join(words[:cut]) + "<br>" + " ".join(words[cut:])
        self.plot.setTitle(text, size=f"{max(self.font().pointSizeF(), 6.0) * 1.1:.1f}pt")
        height = max(30, (text.count("<br>") + 1) * int(fm.height() * 1.1) + 8)   # not cut at 30 px
        self.plot.layout.setRowFixedHeight(0, height)
        self.plot.titleLabel.setMaximumHeight(height)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self._apply_palette()
        elif event.type() == QEvent.FontChange:
            self.plot.getAxis("bottom").setStyle(tickFont=QFont(self.font()))
            self._set_title(self._title)
            self._label_columns()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._title:
            self._set_title(self._title)

    def _apply_palette(self) -> None:
        """Paper, ink and the colour scale of the theme (the palette says which)."""
        plots_follow_palette(self.palette(), self.graphics, (self.plot,))
        dark = is_dark(self.palette())
        self.bar.setColorMap(heatmap_colormap("c", dark))
        ink = self.palette().color(QPalette.Active, QPalette.Text)
        self.bar.axis.setTextPen(ink)
        self.bar.axis.setPen(ink)
        if self._title:
            self._set_title(self._title)

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
        self._label_units()

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
        self._label_columns()
        self._set_title(self.tr("Where memory cₜ at step {0} (“{1}”) came from").format(t + 1, tokens[t]))

    def _label_units(self) -> None:
        """Every unit named beside its row (the names shrink to fit first, then thin)."""
        pitch = self.plot.vb.boundingRect().height() / max(len(self.units), 1)
        font = row_font(self.font(), pitch)
        axis = self.plot.getAxis("left")
        axis.setStyle(tickFont=font)
        axis.setWidth(12 + max((QFontMetrics(font).horizontalAdvance(u) for u in self.units), default=0))
        axis.setTicks([thinned_ticks(self.units, pitch, QFontMetrics(font).height() + 1)])

    def _label_columns(self) -> None:
        """Name the columns: "5 Doug" where that fits every column, else the words, else
        the step numbers (c₀ for the start); the hover readout names any column in full.
        Too narrow even for numbers, every k-th is named, counted back from this step."""
        if not self.columns:
            return
        fm = QFontMetrics(self.font())
        pitch = self.plot.vb.boundingRect().width() / len(self.columns)
        gap = fm.horizontalAdvance("  ")
        words = [self.columns[0]] + [c.split(" ", 1)[1] for c in self.columns[1:]]
        numbers = ["c₀"] + [c.split(" ", 1)[0] for c in self.columns[1:]]
        for labels in (self.columns, words, numbers):
            extent = max(fm.horizontalAdvance(c) for c in labels) + gap
            if extent <= pitch:
                break
        n = len(labels)
        ticks = thinned_ticks(labels[::-1], pitch, extent, offset=0.5, lead=extent / 2)
        self.plot.getAxis("bottom").setTicks([[(n - pos, label) for pos, label in ticks]])

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
