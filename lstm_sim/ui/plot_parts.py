"""The pieces the plot panes share: labelled axes drawn from font metrics, a light plot
cell, and the rules that keep labels readable (thinned so none overlap, shrunk so every
row keeps its name, titles that break rather than widen a pane). Used by the heatmaps,
the prediction bars and the memory-flow pane.
"""
from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem
from pyqtgraph import Point

#: Magenta stands out on both colour scales and in both themes.
CLAMP_PEN = pg.mkPen("#d01c8b", width=2, style=Qt.DashLine, cosmetic=True)
CURSOR_PEN = pg.mkPen("#d01c8b", width=3, cosmetic=True)
#: A lesson's outline: the colour the diagram's lesson outlines have, dotted so it never
#: reads as the step cursor or a clamp.
LESSON_PEN = pg.mkPen("#d01c8b", width=3, style=Qt.DotLine, cosmetic=True)
#: Paper and ink of the plots in each theme.
PAPER = {False: QColor("#ffffff"), True: QColor("#1e1f22")}
INK = {False: QColor("#222222"), True: QColor("#eeeeee")}

#: Unit labels shrink to fit their rows down to this pixel size before some are left out.
MIN_UNIT_PX = 7


class WordWidths:
    """How wide words are drawn, each measured once per font: a keystroke in a long text
    measures the word it changed, not the whole text again."""

    def __init__(self):
        self._font, self._known = "", {}

    def extent(self, font: QFont, words) -> float:
        """The widest of ``words`` in ``font``, with two spaces of room (what thinning
        labels so that none overlap needs)."""
        fm = QFontMetrics(font)
        if font.key() != self._font:
            self._font, self._known = font.key(), {}
        distinct = set(words)
        for word in distinct - self._known.keys():
            self._known[word] = fm.horizontalAdvance(word)
        return max((self._known[w] for w in distinct), default=0) + fm.horizontalAdvance("  ")


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


def row_font(base: QFont, pitch: float) -> QFont:
    """``base``, or the same font smaller (not below MIN_UNIT_PX pixels) so that one line
    fits in ``pitch`` pixels: rows of units keep every name before any is left out."""
    font = QFont(base)
    if QFontMetrics(font).height() + 1 <= pitch:
        return font
    px = QFontMetrics(font).ascent()
    while px > MIN_UNIT_PX:
        font.setPixelSize(px)
        if QFontMetrics(font).height() + 1 <= pitch:
            return font
        px -= 1
    font.setPixelSize(MIN_UNIT_PX)
    return font


def shrinkable(label: pg.LabelItem) -> pg.LabelItem:
    """Let a plot's title be narrower than its text: pyqtgraph asks for the text's whole
    width on every resize, which makes a narrow pane's plot wider than the pane (its right
    side then cut off). The caller breaks a long title onto lines instead."""
    def update_min() -> None:
        bounds = label.itemRect()
        label.setMinimumWidth(1)
        label.setMinimumHeight(bounds.height())
        label._sizeHint = {Qt.MinimumSize: (1, bounds.height()), Qt.PreferredSize: (bounds.width(), bounds.height()),
                           Qt.MaximumSize: (-1, -1), Qt.MinimumDescent: (0, 0)}
        label.updateGeometry()
    label.updateMin = update_min
    update_min()
    return label


class LabelAxis(pg.AxisItem):
    """An axis with given labels (words, units) at given positions, one level.

    pyqtgraph's general tick code measures every label with a painter, ~0.5 ms per axis
    each time the range changes, which typing does on every key that adds or removes a
    word; this draws the same picture from the font's metrics. Its labels are words, so
    no SI prefix is ever worked out (each range change re-set the axis label's HTML)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)

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
        height = fm.height()
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


def arrange(layout, plots: dict, groups, single: bool) -> None:
    """Lay ``plots`` out in a graphics ``layout`` by ``groups`` ((keys, colour bar) each):
    in one row (each group then its colour bar) or in one row per group, the colour bars
    in a last column."""
    for item in list(layout.items):
        layout.removeItem(item)
    col = 0
    for r, (keys, bar) in enumerate(groups):
        row, first = (0, col) if single else (r, 0)
        for c, key in enumerate(keys):
            layout.addItem(plots[key], row=row, col=first + c)
        last = first + len(keys) if single else max(len(k) for k, _ in groups)
        layout.addItem(bar, row=row, col=last)
        col = last + 1


def clamp_frame(unit: int, columns: int, value: float, tip: str) -> QGraphicsRectItem:
    """The dashed frame round a clamped unit's whole row of a heatmap (``columns`` wide),
    holding its clamp ``value``."""
    mark = QGraphicsRectItem(0, float(unit), columns, 1.0)
    mark.setPen(CLAMP_PEN)
    mark.setZValue(9)
    mark.setData(0, value)
    mark.setToolTip(tip)
    return mark
