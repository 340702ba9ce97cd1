"""Heatmaps of every path over time: rows are units, columns are steps.

Colour levels are fixed (gates 0..1, everything else −1..1) so a colour means the same
value on every frame; a cursor column follows the timeline, and clicking a column
asks to jump to that step.

A new trace (the user typed a key) only swaps the images' data: the items, axes and
colour bars stay, and the word labels change only when the words did. Labels are
thinned to every k-th word (or unit) so they never overlap, k recomputed from the font
and the plot's size on every resize; hovering any cell names its unit, step and word.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF
from pyqtgraph import Point
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsView, QLabel, QToolTip, QVBoxLayout, QWidget

from .diagram.names import WIRE_NAMES      # in the current language
from .colors import levels_for
from .i18n import Retranslates
from .theme import FollowsTheme, heatmap_colormap, is_dark

#: Rows of heatmaps, each ending with its colour bar: signed values, then gates.
LSTM_ROWS = (("g", "c", "h"), ("i", "f", "o"))
RNN_ROWS = (("h",),)
#: Magenta stands out on both colour scales and in both themes.
CLAMP_PEN = pg.mkPen("#d01c8b", width=2, style=Qt.DashLine, cosmetic=True)
CURSOR_PEN = pg.mkPen("#d01c8b", width=3, cosmetic=True)
#: A lesson's outline: the colour the diagram's lesson outlines have, dotted so it never
#: reads as the step cursor or a clamp.
LESSON_PEN = pg.mkPen("#d01c8b", width=3, style=Qt.DotLine, cosmetic=True)
#: Paper and ink of the plots in each theme.
PAPER = {False: QColor("#ffffff"), True: QColor("#1e1f22")}
INK = {False: QColor("#222222"), True: QColor("#eeeeee")}


def label_stride(pitch: float, extent: float) -> int:
    """Show every k-th of labels placed ``pitch`` pixels apart, each ``extent`` pixels
    long (gap included), so that no two shown labels overlap."""
    if pitch <= 0:
        return 1 << 30
    return max(1, math.ceil(extent / pitch - 1e-9))


def thinned_ticks(labels: list[str], pitch: float, extent: float, offset: float = 0.5,
                  lead: float = 0.0, margin: float = 0.5) -> list[tuple[float, str]]:
    """Ticks (position, label) for every k-th label; positions are ``index + offset``.

    The first shown label is the first whose ``lead`` pixels (half the longest label)
    fit between the axis start and its position, ``index + margin`` pitches along: a
    label that would be cut off is not drawn, so starting there keeps the strides even."""
    k = label_stride(pitch, extent)
    start = min(k - 1, max(0, math.ceil(lead / pitch - margin - 1e-9))) if pitch > 0 else 0
    return [(t + offset, labels[t]) for t in range(start, len(labels), k)]


def column_span(steps: int) -> int:
    """How many columns the x axis spans for ``steps`` steps: exactly ``steps`` for a
    short text; for a long one rounded up to a multiple of steps // 64 (≤ 1.6 % blank at
    the right), so typing at the end rarely rescales the axes."""
    quantum = max(1, steps // 64)
    return max(1, -(-steps // quantum) * quantum)


class LabelAxis(pg.AxisItem):
    """An axis with given labels (words, units) at given positions, one level.

    pyqtgraph's general tick code measures every label with a painter, ~0.5 ms per axis
    each time the range changes, which typing does on every key that adds or removes a
    word; this draws the same picture from the font's metrics."""

    def generateDrawSpecs(self, p):
        if self._tickLevels is None or len(self._tickLevels) != 1:
            return super().generateDrawSpecs(p)
        font = self.style["tickFont"] or p.font()
        p.setFont(font)
        fm = QFontMetricsF(font)
        bounds = self.mapRectFromParent(self.geometry())
        lo, hi = self.range
        vertical = self.orientation in ("left", "right")
        if hi == lo or bounds.isEmpty():
            return None
        if vertical:
            scale = -bounds.height() / (hi - lo)
            offset = lo * scale - bounds.height()
            length = bounds.height()
        else:
            scale = bounds.width() / (hi - lo)
            offset = lo * scale
            length = bounds.width()
        tick_length = self.style["tickLength"]
        text_offset = max(0, tick_length) + self.style["tickTextOffset"][0 if vertical else 1]
        pen = self.tickPen()
        outer = self.boundingRect()
        height = fm.height() * 0.8
        tick_specs, text_specs, size2 = [], [], 0.0
        for value, label in self._tickLevels[0]:
            x = value * scale - offset
            if not 0 <= x <= length:
                continue
            width = fm.horizontalAdvance(label)
            if self.orientation == "left":
                edge = bounds.right()
                tick_specs.append((pen, QPointF(edge, x), QPointF(edge - tick_length, x)))
                rect = QRectF(edge - text_offset - width, x - height / 2, width, height)
                flags = Qt.AlignRight | Qt.AlignVCenter
                size2 = max(size2, width)
            elif self.orientation == "bottom":
                edge = bounds.top()
                tick_specs.append((pen, QPointF(x, edge), QPointF(x, edge + tick_length)))
                rect = QRectF(x - width / 2, edge + text_offset, width, height)
                flags = Qt.AlignHCenter | Qt.AlignTop
                size2 = max(size2, height)
            else:
                return super().generateDrawSpecs(p)
            if outer & rect == rect:        # as pyqtgraph does: no label that would be cut
                text_specs.append((rect, flags | Qt.TextDontClip, label))
        if vertical:
            axis_spec = (self.pen(), bounds.topRight() + Point(-1, -1), bounds.bottomRight() + Point(-1, 1))
        else:
            axis_spec = (self.pen(), bounds.topLeft() + Point(-1, 1), bounds.topRight() + Point(1, 1))
        self._updateMaxTextSize(size2)
        return axis_spec, tick_specs, text_specs


class HeatmapCell(pg.GraphicsLayout):
    """Title, axes and a view box: what a PlotItem gives, without the PlotItem's
    options menu and control widgets, which cost ~20 ms each to build at startup."""

    def __init__(self, title: str, label_width: int, font: QFont):
        super().__init__()
        self.setContentsMargins(2, 2, 2, 2)
        self.layout.setSpacing(0)
        self.titleLabel = self.addLabel(title, row=0, col=1)
        self.vb = pg.ViewBox(enableMenu=False, enableMouse=False, invertY=True, defaultPadding=0)
        self.axes = {"left": LabelAxis("left"), "bottom": LabelAxis("bottom")}
        for axis in self.axes.values():
            axis.linkToView(self.vb)
            axis.setStyle(tickFont=font)
            # Axes and titles don't change from step to step: blit them from a pixmap.
            axis.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.titleLabel.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.axes["left"].setWidth(label_width)
        self.addItem(self.axes["left"], row=1, col=0)
        self.addItem(self.vb, row=1, col=1)
        self.addItem(self.axes["bottom"], row=2, col=1)
        self.ticks: dict[str, list[tuple[float, str]]] = {"left": [], "bottom": []}

    def getAxis(self, name: str) -> pg.AxisItem:
        return self.axes[name]

    def setTitle(self, title: str, **opts) -> None:
        self.titleLabel.setText(title, **opts)

    def set_ticks(self, side: str, ticks: list[tuple[float, str]]) -> None:
        """Change an axis's labels only if they differ (a change repaints the axis)."""
        if ticks != self.ticks[side]:
            self.ticks[side] = ticks
            self.axes[side].setTicks([ticks])


class HeatmapPane(Retranslates, FollowsTheme, QWidget):
    stepClicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._clamp_marks: dict[str, list] = {}
        self._lesson: tuple[str, int | None] | None = None     # the row a lesson points at
        self._lesson_item: QGraphicsRectItem | None = None       # its outline
        self._clamp_state = None           # what the frames show now (clamps, columns)
        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setMinimumHeight(200)
        # Repaint only around the moved cursors, not the whole pane.
        self.graphics.setViewportUpdateMode(QGraphicsView.SmartViewportUpdate)
        self.readout = QLabel(self)
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
        self._bar_keys: list[str] = []
        self._data: dict[str, np.ndarray] = {}
        self._units: list[str] = []
        self._tokens: list[str] = []
        self._word_extent = 0.0
        self._columns = 0
        self._dark = is_dark(self.palette())
        self._applied_theme: bool | None = None
        self.graphics.scene().sigMouseMoved.connect(self._hover)
        self.graphics.scene().sigMouseClicked.connect(self._click)
        self.retranslate()

    def retranslate(self) -> None:
        """Titles, colour-bar labels, clamp tooltips and the readout in the current language."""
        self.readout.setText(self._hint())       # a hovered cell's words were the old language's
        for key, plot in self.plots.items():
            plot.setTitle(WIRE_NAMES[key], color=INK[self._dark].name())
        for bar, key in zip(self.bars, self._bar_keys):
            bar.getAxis("left").setLabel(self._bar_label(key))
        for marks in self._clamp_marks.values():
            for mark in marks:
                mark.setToolTip(self._clamp_tip(mark.data(0)))
        self._relabel()                          # the bar labels' new lengths decide whether they fit

    def _hint(self) -> str:
        return self.tr("Hover a cell to read its value; click a column to go to that step.")

    def _bar_label(self, key: str) -> str:
        return self.tr("gate openness 0…1") if levels_for(key) == (0.0, 1.0) else self.tr("value −1…1")

    def _clamp_tip(self, value: float) -> str:
        return self.tr("clamped at {0:g}").format(value)

    def set_cell(self, kind: str, units: list[str]) -> None:
        """Build one heatmap per path for this kind of cell."""
        self.graphics.clear()
        self.plots.clear(), self.images.clear(), self.cursors.clear(), self._data.clear()
        self._clamp_marks, self._clamp_state = {}, None
        self._lesson_item = None                 # gone with the old plots; set_trace draws it again
        self._tokens, self._columns = [], 0
        self.readout.setText(self._hint())
        self._units = list(units)
        rows = LSTM_ROWS if kind == "lstm" else RNN_ROWS
        font = QFont(self.font())
        label_width = 16 + max(QFontMetrics(font).horizontalAdvance(u) for u in units)
        self.bars, self._bar_keys = [], []
        for r, keys in enumerate(rows):
            images = []
            for c, key in enumerate(keys):
                plot = HeatmapCell(WIRE_NAMES[key], label_width, font)
                self.graphics.addItem(plot, row=r, col=c)
                image = pg.ImageItem(axisOrder="row-major")
                plot.vb.addItem(image)
                cursor = QGraphicsRectItem(0, 0, 1, len(units))
                cursor.setPen(CURSOR_PEN)
                cursor.setZValue(10)
                plot.vb.addItem(cursor)
                plot.vb.sigResized.connect(lambda _vb: self._relabel())
                images.append(image)
                self.plots[key], self.images[key], self.cursors[key] = plot, image, cursor
            bar = pg.ColorBarItem(values=levels_for(keys[0]), colorMap=heatmap_colormap(keys[0], self._dark),
                                  interactive=False, width=12, label=self._bar_label(keys[0]))
            bar.setImageItem(images)
            self.graphics.addItem(bar, row=r, col=len(rows[0]))
            self.bars.append(bar)
            self._bar_keys.append(keys[0])
        self._applied_theme = None
        self._apply_theme()
        self._relabel()

    def set_trace(self, trace, tokens: list[str]) -> None:
        """Show a new trace: swap the image data; re-label only if the words changed."""
        tokens = list(tokens)
        words_changed = tokens != self._tokens
        if words_changed:
            self._tokens = tokens
            fm = QFontMetrics(QFont(self.font()))
            self._word_extent = max((fm.horizontalAdvance(w) for w in set(tokens)), default=0) \
                + fm.horizontalAdvance("  ")
        for key, image in self.images.items():
            data = np.asarray(trace[key]).T          # units × steps
            old = self._data.get(key)
            self._data[key] = data
            image.setImage(data, levels=levels_for(key), autoLevels=False)
            if old is None or old.shape != data.shape:
                image.setRect(0, 0, data.shape[1], data.shape[0])
        columns = column_span(len(tokens))
        if columns != self._columns:
            # The x range moves in small jumps, not on every key: keeping the scale lets
            # the axes keep their cached pictures while a word is typed.
            self._columns = columns
            for plot in self.plots.values():
                plot.vb.setRange(xRange=(0, columns), yRange=(0, max(len(self._units), 1)), padding=0)
            words_changed = True
        if words_changed:
            self._relabel()
        if self._lesson is not None:                 # the outline spans the new columns
            self.highlight(*self._lesson)

    # -- a lesson pointing at a row ------------------------------------------------------
    def highlight(self, key: str, unit: int | None = None) -> bool:
        """Outline one unit's row of the ``key`` heatmap (None: the whole heatmap) for a
        lesson; it lasts until ``clear_highlight``."""
        self.clear_highlight()
        if key not in self.plots:
            return False
        columns = max(self._columns, len(self._tokens), 1)
        top, rows = (0.0, max(len(self._units), 1)) if unit is None else (float(unit), 1.0)
        self._lesson_item = QGraphicsRectItem(0, top, columns, rows)
        self._lesson_item.setPen(LESSON_PEN)
        self._lesson_item.setZValue(10)
        self.plots[key].vb.addItem(self._lesson_item)
        self._lesson = (key, unit)
        return True

    def highlighted(self) -> tuple[str, int | None] | None:
        return self._lesson

    def clear_highlight(self) -> None:
        if self._lesson_item is not None and self._lesson is not None and self._lesson[0] in self.plots:
            self.plots[self._lesson[0]].vb.removeItem(self._lesson_item)
        self._lesson, self._lesson_item = None, None

    def _relabel(self) -> None:
        """Thin the word and unit labels to what fits the narrowest (shortest) heatmap,
        the same words on every heatmap; called on every resize."""
        if not self.plots:
            return
        rects = [plot.vb.boundingRect() for plot in self.plots.values()]
        fm = QFontMetrics(QFont(self.font()))
        left = thinned_ticks(self._units, min(r.height() for r in rects) / max(len(self._units), 1),
                             fm.height() + 2)
        bottom = (thinned_ticks(self._tokens, min(r.width() for r in rects) / self._columns, self._word_extent,
                                lead=self._word_extent / 2) if self._tokens else [])
        for plot in self.plots.values():
            plot.set_ticks("left", left)
            plot.set_ticks("bottom", bottom)
        # A colour bar's title runs along its left edge, centred on it. Stacked bars too
        # short for their titles would print one over the other ("gate openness" across
        # "value"): then neither is shown.
        titles = [bar.getAxis("left") for bar in self.bars]
        centres = [bar.geometry().center().y() for bar in self.bars]
        fits = all(abs(c2 - c1) >= (fm.horizontalAdvance(a.labelText) + fm.horizontalAdvance(b.labelText)) / 2 + 8
                   for (a, c1), (b, c2) in zip(zip(titles, centres), zip(titles[1:], centres[1:])))
        for title in titles:
            title.showLabel(fits)

    def set_step(self, step: int) -> None:
        for cursor in self.cursors.values():
            cursor.setPos(step, 0)

    def set_clamps(self, clamps: dict) -> None:
        """Clamped gate units (gate → values, NaN = free): a dashed frame around the
        unit's whole row, since every step of it is held. Called on every new trace (the
        frames must span its columns): nothing is redrawn when nothing changed."""
        columns = max(self._columns, len(self._tokens), 1)
        state = (columns, tuple((k, np.asarray(v, dtype=float).tobytes()) for k, v in sorted(clamps.items())))
        if state == self._clamp_state:
            return
        self._clamp_state = state
        for key, marks in self._clamp_marks.items():
            for mark in marks:
                self.plots[key].vb.removeItem(mark)
        self._clamp_marks = {}
        for key, values in clamps.items():
            if key not in self.plots:
                continue
            marks = []
            for unit in np.flatnonzero(~np.isnan(np.asarray(values, dtype=float))):
                mark = QGraphicsRectItem(0, float(unit), columns, 1.0)
                mark.setPen(CLAMP_PEN)
                mark.setZValue(9)
                mark.setData(0, float(values[unit]))
                mark.setToolTip(self._clamp_tip(float(values[unit])))
                self.plots[key].vb.addItem(mark)
                marks.append(mark)
            self._clamp_marks[key] = marks

    def clamped_rows(self, key: str) -> list[int]:
        return [int(m.rect().y()) for m in self._clamp_marks.get(key, [])]

    def cursor_step(self) -> int:
        """The step the cursor column outlines."""
        return round(next(iter(self.cursors.values())).pos().x())

    def value_at(self, key: str, unit: int, step: int) -> float:
        return float(self._data[key][unit, step])

    # -- theme ------------------------------------------------------------------
    def _apply_theme(self) -> None:
        """Paper, ink and colour scales for the theme (only when it changed)."""
        if self._applied_theme == self._dark:
            return
        self._applied_theme = dark = self._dark
        ink = INK[dark]
        self.graphics.setBackground(PAPER[dark])
        for key, plot in self.plots.items():
            plot.setTitle(WIRE_NAMES[key], color=ink.name())
            for axis in plot.axes.values():
                axis.setTextPen(ink)
                axis.setPen(ink)
        for bar, key in zip(self.bars, self._bar_keys):
            bar.setColorMap(heatmap_colormap(key, dark))
            bar.axis.setTextPen(ink)
            bar.axis.setPen(ink)

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
        """What the readout says about one cell: path, unit, step and word, value."""
        return self.tr("{path} — unit “{unit}”, step {step} “{word}”: {value:.4f}").format(
            path=WIRE_NAMES[key], unit=self._units[unit], step=step + 1, word=self._tokens[step],
            value=self.value_at(key, unit, step))

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
