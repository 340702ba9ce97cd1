"""Heatmaps of every path over time: rows are units, columns are steps.

Colour levels are fixed (gates 0..1, everything else −1..1) so a colour means the same
value on every frame; a cursor column follows the timeline, and clicking a column
asks to jump to that step.

A new trace (the user typed a key) only swaps the images' data: the items, axes and
colour bars stay, and the word labels change only when the words did. Labels are
thinned to every k-th word so they never overlap, k recomputed from the font and the
plot's size on every resize; hovering any cell names its unit, step and word. Unit
labels shrink (down to MIN_UNIT_PX) before any is left out, and a pane too short for two
rows of heatmaps puts them in one row, so every unit of a small net (up to 16) is named.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsView, QLabel, QToolTip, QVBoxLayout, QWidget

from ..controller.session import spec_of
from .diagram.names import WIRE_NAMES      # in the current language
from .colors import levels_for
from .heat_image import HeatImage
from .i18n import Retranslates
from .plot_parts import (CLAMP_PEN, CURSOR_PEN, INK, LESSON_PEN, MIN_UNIT_PX, PAPER,  # noqa: F401 (callers import them here)
                         HeatmapCell, LabelAxis, WordWidths, arrange, clamp_frame, column_span, label_stride, row_font, shrinkable,
                         thinned_ticks)
from .theme import FollowsTheme, heatmap_colormap, is_dark


def heatmap_rows(kind: str) -> tuple[tuple[str, ...], ...]:
    """Rows of heatmaps, each ending with its colour bar: the signed values in the order the
    cell makes them (votes, memory, prediction: an LSTM's g, c, h), then the gates (a plain
    RNN and the lesson's: h alone)."""
    spec = spec_of(kind)
    signed = tuple(s for s in reversed(spec.unit_states) if s not in spec.gates)
    return (signed, spec.gates) if spec.gates else (signed,)


#: One row of heatmaps (rather than two) only if each is at least this wide.
MIN_PLOT_W = 70


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
        # Repaint one rectangle round the moved cursors (twelve thin strips cost more).
        self.graphics.setViewportUpdateMode(QGraphicsView.BoundingRectViewportUpdate)
        self.readout = QLabel(self)
        self.readout.setObjectName("heatmapReadout")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.readout)
        self.plots: dict[str, HeatmapCell] = {}
        self.images: dict[str, HeatImage] = {}
        self.cursors: dict[str, QGraphicsRectItem] = {}
        self.bars: list[pg.ColorBarItem] = []
        self._bar_keys: list[str] = []
        self._groups: list[tuple[list[str], pg.ColorBarItem]] = []   # heatmaps sharing a colour bar
        self.single_row = False                  # all heatmaps in one row (a short, wide pane)
        self._unit_px = 0                        # the unit labels' font size now (0: the pane's)
        self._data: dict[str, np.ndarray] = {}
        self._units: list[str] = []
        self._tokens: list[str] = []
        self._word_extent = 0.0
        self._widths = WordWidths()
        self._columns = 0
        self._dark = is_dark(self.palette())
        self._applied_theme: bool | None = None
        self.graphics.scene().sigMouseMoved.connect(self._hover)
        self.graphics.scene().sigMouseClicked.connect(self._click)
        self.retranslate()

    def retranslate(self) -> None:
        """Titles, colour-bar labels, clamp tooltips and the readout in the current language."""
        self.readout.setText(self._hint())       # a hovered cell's words were the old language's
        for key in self.plots:
            self._show_title(key)
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

    def _show_title(self, key: str) -> None:
        """A heatmap's title in the theme's ink, a little larger than the pane's type."""
        size = f"{max(self.font().pointSizeF(), 6.0) * 1.1:.1f}pt"
        self.plots[key].setTitle(WIRE_NAMES[key], color=INK[self._dark].name(), size=size)

    def set_cell(self, kind: str, units: list[str]) -> None:
        """Build one heatmap per path for this kind of cell."""
        self.graphics.clear()
        self.plots.clear(), self.images.clear(), self.cursors.clear(), self._data.clear()
        self._clamp_marks, self._clamp_state = {}, None
        self._lesson_item = None                 # gone with the old plots; set_trace draws it again
        self._tokens, self._columns = [], 0
        self.readout.setText(self._hint())
        self._units = list(units)
        rows = heatmap_rows(kind)
        font = QFont(self.font())
        label_width = self._label_width(font)
        self.bars, self._bar_keys, self._groups = [], [], []
        self._unit_px = 0
        for r, keys in enumerate(rows):
            images = []
            for c, key in enumerate(keys):
                plot = HeatmapCell(WIRE_NAMES[key], label_width, font)
                image = HeatImage(axisOrder="row-major")
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
            self.bars.append(bar)
            self._bar_keys.append(keys[0])
            self._groups.append((list(keys), bar))
        self._inset_bars()
        self._place(self._wants_single_row())
        for key in self.plots:
            self._show_title(key)
        self._applied_theme = None
        self._apply_theme()
        self._relabel()

    def _label_width(self, font: QFont) -> int:
        return 16 + max((QFontMetrics(font).horizontalAdvance(u) for u in self._units), default=0)

    def _inset_bars(self) -> None:
        """A colour bar's end labels ("1.0", "−1.0") are centred on its ends: inset the
        bar by half a label so they stay inside its own cell and never print over the
        bar above or below."""
        half = QFontMetrics(QFont(self.font())).height() // 2 + 2
        for bar in self.bars:
            bar.layout.setContentsMargins(0, half, 0, half)

    # -- one row or two ---------------------------------------------------------------------
    def _row_room(self, rows: int) -> float:
        """Pixels each unit's row would get with the heatmaps in ``rows`` rows."""
        fm = QFontMetrics(QFont(self.font()))
        chrome = 2 * fm.height() + 18                  # a heatmap's title and its word axis
        return (self.graphics.height() / rows - chrome) / max(len(self._units), 1)

    def _wants_single_row(self) -> bool:
        """Two rows while every unit is named there at the pane's type; else one row, if
        the heatmaps are not made too narrow by it."""
        if len(self._groups) < 2:
            return False
        fm = QFontMetrics(QFont(self.font()))
        if self._row_room(len(self._groups)) >= fm.height() + 2:
            return False
        plots = sum(len(keys) for keys, _ in self._groups)
        width = (self.graphics.width() - len(self._groups) * 70) / plots - self._label_width(QFont(self.font()))
        return width >= MIN_PLOT_W

    def _place(self, single: bool) -> None:
        """Lay the heatmaps out in one row (each group then its colour bar) or in one row
        per group, the colour bars in a last column."""
        arrange(self.graphics.ci, self.plots, self._groups, single)
        self.single_row = single
        self._size_unit_axes()

    def named(self) -> set[str]:
        """The heatmaps with unit names beside them: all, or in one row only the first
        of each group (its neighbours' rows line up with it)."""
        if not self.single_row:
            return set(self.plots)
        return {keys[0] for keys, _ in self._groups}

    def _size_unit_axes(self) -> None:
        width, named = self._label_width(QFont(self.font())), self.named()
        for key, plot in self.plots.items():
            plot.axes["left"].setWidth(width if key in named else 6)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._groups and self._wants_single_row() != self.single_row:
            self._place(not self.single_row)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.FontChange and self.plots:     # View ▸ Zoom
            font = QFont(self.font())
            for key, plot in self.plots.items():
                plot.axes["bottom"].setStyle(tickFont=font)
                self._show_title(key)
            self._unit_px = 0
            self._word_extent = self._widths.extent(self.font(), self._tokens)
            self._inset_bars()
            if self._wants_single_row() != self.single_row:
                self._place(not self.single_row)
            self._size_unit_axes()
            for plot in self.plots.values():
                plot.ticks = {"left": [], "bottom": []}      # re-measured below
            self._relabel()

    def set_trace(self, trace, tokens: list[str]) -> None:
        """Show a new trace: swap the image data; re-label only if the words changed."""
        tokens = list(tokens)
        words_changed = tokens != self._tokens
        if words_changed:
            self._tokens = tokens
            self._word_extent = self._widths.extent(self.font(), tokens)
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
        pitch = min(r.height() for r in rects) / max(len(self._units), 1)
        unit_font = self._unit_font(pitch)
        left = thinned_ticks(self._units, pitch, QFontMetrics(unit_font).height() + 1)
        bottom = (thinned_ticks(self._tokens, min(r.width() for r in rects) / self._columns, self._word_extent,
                                lead=self._word_extent / 2) if self._tokens else [])
        named = self.named()
        for key, plot in self.plots.items():
            plot.set_ticks("left", left if key in named else [(pos, "") for pos, _ in left])
            plot.set_ticks("bottom", bottom)
        # A colour bar's title runs along its left edge, centred on it: shown only where
        # it fits the bar's own height, so it never runs into the bar above or below.
        for bar in self.bars:
            title = bar.getAxis("left")
            fits = fm.horizontalAdvance(title.labelText) + 8 <= bar.geometry().height()
            if fits != title.label.isVisibleTo(title):     # showing it again re-lays out the bar
                title.showLabel(fits)

    def _unit_font(self, pitch: float) -> QFont:
        """The unit labels' font: the pane's, or smaller (not below MIN_UNIT_PX) so that
        every unit's row has its name; applied to the heatmaps' unit axes."""
        font = row_font(self.font(), pitch)
        px = font.pixelSize() if font.pixelSize() > 0 else 0
        if px != self._unit_px:
            self._unit_px = px
            for plot in self.plots.values():
                plot.axes["left"].setStyle(tickFont=font)
                plot.ticks["left"] = []                   # drawn again in the new font
        return font

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
                mark = clamp_frame(int(unit), columns, float(values[unit]), self._clamp_tip(float(values[unit])))
                self.plots[key].vb.addItem(mark)
                marks.append(mark)
            self._clamp_marks[key] = marks

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
            self._show_title(key)
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
