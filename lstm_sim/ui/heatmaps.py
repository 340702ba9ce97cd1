"""Heatmaps of every path over time: rows are units, columns are steps.

Colour levels are fixed (gates 0..1, everything else −1..1) so a colour means the same
value on every frame; a cursor column follows the timeline, and clicking a column
asks to jump to that step.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsView, QLabel, QToolTip, QVBoxLayout, QWidget

from ..glossary import WIRE_NAMES
from .colors import colormap_for, levels_for

#: Rows of heatmaps, each ending with its colour bar: signed values, then gates.
LSTM_ROWS = (("g", "c", "h"), ("i", "f", "o"))
RNN_ROWS = (("h",),)
#: Magenta stands out on both colour scales and in both themes.
CURSOR_PEN = pg.mkPen("#d01c8b", width=3, cosmetic=True)


class HeatmapCell(pg.GraphicsLayout):
    """Title, axes and a view box: what a PlotItem gives, without the PlotItem's
    options menu and control widgets, which cost ~20 ms each to build at startup."""

    def __init__(self, title: str, label_width: int):
        super().__init__()
        self.setContentsMargins(2, 2, 2, 2)
        self.layout.setSpacing(0)
        self.titleLabel = self.addLabel(title, row=0, col=1)
        self.vb = pg.ViewBox(enableMenu=False, enableMouse=False, invertY=True, defaultPadding=0)
        self.axes = {"left": pg.AxisItem("left"), "bottom": pg.AxisItem("bottom")}
        for axis in self.axes.values():
            axis.linkToView(self.vb)
            # Axes and titles don't change from step to step: blit them from a pixmap.
            axis.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.titleLabel.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.axes["left"].setWidth(label_width)
        self.addItem(self.axes["left"], row=1, col=0)
        self.addItem(self.vb, row=1, col=1)
        self.addItem(self.axes["bottom"], row=2, col=1)

    def getAxis(self, name: str) -> pg.AxisItem:
        return self.axes[name]

    def setTitle(self, title: str, **opts) -> None:
        self.titleLabel.setText(title, **opts)


class HeatmapPane(QWidget):
    stepClicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setMinimumHeight(200)
        # Repaint only around the moved cursors, not the whole pane.
        self.graphics.setViewportUpdateMode(QGraphicsView.SmartViewportUpdate)
        self.readout = QLabel("Hover a cell to read its value; click a column to go to that step.", self)
        self.readout.setObjectName("heatmapReadout")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.readout)
        self.plots: dict[str, HeatmapCell] = {}
        self.images: dict[str, pg.ImageItem] = {}
        self.cursors: dict[str, QGraphicsRectItem] = {}
        self.bars: list[pg.ColorBarItem] = []
        self._data: dict[str, np.ndarray] = {}
        self._units: list[str] = []
        self._tokens: list[str] = []
        self._foreground = QColor("#222")
        self.graphics.scene().sigMouseMoved.connect(self._hover)
        self.graphics.scene().sigMouseClicked.connect(self._click)

    def set_cell(self, kind: str, units: list[str]) -> None:
        """Build one heatmap per path for this kind of cell."""
        self.graphics.clear()
        self.plots.clear(), self.images.clear(), self.cursors.clear(), self._data.clear()
        self._tokens = []
        self.readout.setText("Hover a cell to read its value; click a column to go to that step.")
        self._units = list(units)
        rows = LSTM_ROWS if kind == "lstm" else RNN_ROWS
        label_width = 16 + max(self.fontMetrics().horizontalAdvance(u) for u in units)
        self.bars = []
        for r, keys in enumerate(rows):
            images = []
            for c, key in enumerate(keys):
                plot = HeatmapCell(WIRE_NAMES[key], label_width)
                self.graphics.addItem(plot, row=r, col=c)
                image = pg.ImageItem(axisOrder="row-major")
                plot.vb.addItem(image)
                cursor = QGraphicsRectItem(0, 0, 1, len(units))
                cursor.setPen(CURSOR_PEN)
                cursor.setZValue(10)
                plot.vb.addItem(cursor)
                plot.getAxis("left").setTicks([[(k + 0.5, u) for k, u in enumerate(units)]])
                images.append(image)
                self.plots[key], self.images[key], self.cursors[key] = plot, image, cursor
            gates = levels_for(keys[0]) == (0.0, 1.0)
            bar = pg.ColorBarItem(values=levels_for(keys[0]), colorMap=colormap_for(keys[0]),
                                  interactive=False, width=12,
                                  label="gate openness 0…1" if gates else "value −1…1")
            bar.setImageItem(images)
            self.graphics.addItem(bar, row=r, col=len(rows[0]))
            self.bars.append(bar)
        self._apply_theme()

    def set_trace(self, trace, tokens: list[str]) -> None:
        self._tokens = list(tokens)
        ticks = [[(t + 0.5, tok) for t, tok in enumerate(tokens)]]
        for key, image in self.images.items():
            data = np.asarray(trace[key]).T          # units × steps
            self._data[key] = data
            image.setImage(data, levels=levels_for(key), autoLevels=False)
            image.setRect(0, 0, data.shape[1], data.shape[0])
            plot = self.plots[key]
            plot.getAxis("bottom").setTicks(ticks)
            plot.vb.setRange(xRange=(0, max(data.shape[1], 1)), yRange=(0, data.shape[0]), padding=0)

    def set_step(self, step: int) -> None:
        for cursor in self.cursors.values():
            cursor.setPos(step, 0)

    def cursor_step(self) -> int:
        """The step the cursor column outlines."""
        return round(next(iter(self.cursors.values())).pos().x())

    def value_at(self, key: str, unit: int, step: int) -> float:
        return float(self._data[key][unit, step])

    def set_dark(self, dark: bool) -> None:
        self._foreground = QColor("#eee" if dark else "#222")
        self.graphics.setBackground(QColor("#1e1f22") if dark else QColor("#ffffff"))
        self._apply_theme()

    def _apply_theme(self) -> None:
        for key, plot in self.plots.items():
            plot.setTitle(WIRE_NAMES[key], color=self._foreground.name())
            for axis in plot.axes.values():
                axis.setTextPen(self._foreground)
                axis.setPen(self._foreground)
        for bar in self.bars:
            bar.axis.setTextPen(self._foreground)
            bar.axis.setPen(self._foreground)

    # -- pointer --------------------------------------------------------------
    def _cell_under(self, scene_pos: QPointF):
        for key, plot in self.plots.items():
            if plot.vb.sceneBoundingRect().contains(scene_pos) and key in self._data:
                p = plot.vb.mapSceneToView(scene_pos)
                unit, step = int(np.floor(p.y())), int(np.floor(p.x()))
                rows, cols = self._data[key].shape
                if 0 <= unit < rows and 0 <= step < cols:
                    return key, unit, step
        return None

    def describe(self, key: str, unit: int, step: int) -> str:
        return (f"{WIRE_NAMES[key]} — unit “{self._units[unit]}”, step {step + 1} "
                f"“{self._tokens[step]}”: {self.value_at(key, unit, step):.4f}")

    def _hover(self, scene_pos: QPointF) -> None:
        hit = self._cell_under(scene_pos)
        if hit:
            text = self.describe(*hit)
            self.readout.setText(text)
            view_pos = self.graphics.mapFromScene(scene_pos)
            QToolTip.showText(self.graphics.mapToGlobal(view_pos), text, self.graphics)

    def _click(self, event) -> None:
        if event.button() != Qt.LeftButton:
            return
        hit = self._cell_under(event.scenePos())
        if hit:
            self.stepClicked.emit(hit[2])

    def column_center(self, key: str, step: int, unit: int = 0) -> QPointF:
        """Scene position of a cell's centre (used by tests to click like a user)."""
        return self.plots[key].vb.mapViewToScene(QPointF(step + 0.5, unit + 0.5))
