"""A vector on a wire, drawn as a strip of small coloured cells with unit labels.

One strip is one QGraphicsItem with its own ``paint()``: showing a new step only swaps
the values and colours and schedules a repaint, so stepping stays cheap however many
units there are. Vectors up to ``COMPACT_FROM`` units wrap onto several rows of
labelled cells; longer ones (a real model's hundreds of units) are a compact heat band,
one thin cell per unit, labelled at its ends, whose units are read by hovering.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ..colors import colors_for, rgb_for, text_color_on
from .names import WIRE_NAMES, cell_tooltip
from .parts import DiagramItem
from .style import UNIT_PT, VALUE_PT, blend, font

MAX_COLS = 8         # wrap longer vectors onto more rows
#: A strip wraps to stay about as wide as a path box (so the cell stays compact enough to
#: fit a small screen whole), unless that would take more than MAX_ROWS rows.
WRAP_W, MAX_ROWS = 150.0, 4
CELL_H = 15.0
PAD = 4.0
GAP = 2.0            # between cells
ROW_GAP = 3.0
MIN_CELL_W, MAX_CELL_W = 20.0, 42.0
VALUES_LOD = 1.8     # zoom from which cell numbers are drawn
COMPACT_FROM = 33    # this many units or more: one heat band instead of labelled cells
BAND_W, BAND_H = 264.0, 22.0

class VectorStrip(DiagramItem):
    """The vector one wire carries at the current step."""

    def __init__(self, key: str, labels: list[str], noun: str = "unit"):
        super().__init__()
        self.key = key
        self.noun = noun
        self.labels = [str(s) for s in labels]
        n = len(self.labels)
        self._unit_font = font(UNIT_PT)
        self._value_font = font(VALUE_PT)
        fm = QFontMetricsF(self._unit_font)
        self.compact = n >= COMPACT_FROM
        if self.compact:
            self._band_layout(fm)
        else:
            self._cell_layout(fm)
        self._values = np.zeros(n)
        self._colors = colors_for(key, self._values)
        self._colors_dark = False
        self._image: QImage | None = None
        self._hover: int | None = None
        self._locked = np.zeros(n, dtype=bool)
        self._any_locked = False          # painted on every step: asked of numpy only when set
        self._grid_pens: dict = {}        # the cells' outline pen per theme
        self._notes: list[str] = []
        self._pending = False          # not computed yet (stepping inside the cell)
        self.setAcceptHoverEvents(True)
        self.setZValue(3)
        self._card = _StripCard(self)

    @property
    def name(self) -> str:
        """What the strip carries, in the current language."""
        return WIRE_NAMES.get(self.key, self.key)

    def retranslate(self) -> None:
        """A heat band's unit count is the strip's only word (the labels are the data's)."""
        super().retranslate()
        if self.compact:
            self._band_layout(QFontMetricsF(self._unit_font))
            self.update()

    def _static(self, text: str) -> QStaticText:
        st = QStaticText(text)
        st.setTextFormat(Qt.PlainText)
        st.setPerformanceHint(QStaticText.AggressiveCaching)
        return st

    def _band_layout(self, fm: QFontMetricsF) -> None:
        """One thin cell per unit in a single band; the first and last labels and the count below."""
        n = len(self.labels)
        w = BAND_W / n
        self._band = QRectF(PAD, PAD, BAND_W, BAND_H)
        self._cells = [QRectF(PAD + k * w, PAD, w, BAND_H) for k in range(n)]
        self._hit = [QRectF(PAD + k * w, PAD - 1, w, BAND_H + 2 + fm.height()) for k in range(n)]
        y = PAD + BAND_H + 1.0
        count = {"unit": QCoreApplication.translate("diagram", "{0} units"),
                 "word": QCoreApplication.translate("diagram", "{0} words"),
                 "value": QCoreApplication.translate("diagram", "{0} values")}.get(self.noun, "{0}").format(n)
        ends = [(self.labels[0], PAD), (count, PAD + (BAND_W - fm.horizontalAdvance(count)) / 2),
                (self.labels[-1], PAD + BAND_W - fm.horizontalAdvance(self.labels[-1]))]
        self._texts = [self._static(text) for text, _ in ends]
        self._text_pos = [QPointF(x, y) for _, x in ends]
        self._rect = QRectF(0, 0, 2 * PAD + BAND_W, 2 * PAD + BAND_H + 1.0 + fm.height() - 1.0)

    def _cell_layout(self, fm: QFontMetricsF) -> None:
        n = len(self.labels)
        widest = max((fm.horizontalAdvance(s) for s in self.labels), default=0.0)
        grow = self._unit_font.pointSizeF() / UNIT_PT        # larger type: wider cells, same shape
        cw = min(max(widest + 4.0, MIN_CELL_W * grow), MAX_CELL_W * grow)
        label_h = fm.height()
        ch = CELL_H * grow ** 0.5                            # taller cells too, not as much
        within = int((WRAP_W - 2 * PAD + GAP) // (cw / grow + GAP))    # the same shape at any type
        rows = max(1, math.ceil(n / min(MAX_COLS, max(1, within, math.ceil(n / MAX_ROWS)))))
        cols = max(1, math.ceil(n / rows))
        row_h = ch + 1.0 + label_h
        self._cells: list[QRectF] = []
        self._hit: list[QRectF] = []            # cell plus its label: what hovering finds
        self._texts: list[QStaticText] = []
        self._text_pos: list[QPointF] = []
        for k, label in enumerate(self.labels):
            r, c = divmod(k, cols)
            x = PAD + c * (cw + GAP)
            y = PAD + r * (row_h + ROW_GAP)
            self._cells.append(QRectF(x, y, cw, ch))
            self._hit.append(QRectF(x - GAP / 2, y - 1, cw + GAP, row_h + 1))
            shown = fm.elidedText(label, Qt.ElideRight, cw)
            self._texts.append(self._static(shown))
            self._text_pos.append(QPointF(x + (cw - fm.horizontalAdvance(shown)) / 2, y + ch + 1.0))
        width = 2 * PAD + cols * cw + (cols - 1) * GAP
        height = 2 * PAD + rows * row_h + (rows - 1) * ROW_GAP - 1.0
        self._rect = QRectF(0, 0, width, height)

    # -- geometry ---------------------------------------------------------------
    @property
    def size(self) -> QSizeF:
        return self._rect.size()

    @property
    def width(self) -> float:
        return self._rect.width()

    @property
    def height(self) -> float:
        return self._rect.height()

    def place_center(self, x: float, y: float) -> "VectorStrip":
        self.setPos(x - self.width / 2, y - self.height / 2)
        return self

    def place_left(self, x: float, y: float) -> "VectorStrip":
        """Left edge at ``x``, vertically centred on the wire at ``y``."""
        self.setPos(x, y - self.height / 2)
        return self

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1.5, -1.5, 1.5, 1.5)

    # -- values -----------------------------------------------------------------
    def set_values(self, values) -> None:
        v = np.array(values, dtype=np.float64).reshape(-1)
        if v.shape[0] != len(self.labels):
            raise ValueError(f"{self.name}: expected {len(self.labels)} values, got {v.shape[0]}")
        self._values = v
        self._recolor(self.theme.dark)
        self.update()

    def _recolor(self, dark: bool) -> None:
        self._colors_dark = dark
        if self.compact:          # one image row, scaled onto the band when painted
            rgb = np.ascontiguousarray(rgb_for(self.key, self._values, dark)[None, :, :])
            self._image = QImage(rgb.data, rgb.shape[1], 1, rgb.shape[1] * 3, QImage.Format_RGB888).copy()
        else:
            self._colors = colors_for(self.key, self._values, dark)

    def values(self) -> np.ndarray:
        return self._values.copy()

    def set_locked(self, locked) -> None:
        """Mark clamped units (a gate held open or closed) with a lock."""
        locked = np.array(locked, dtype=bool).reshape(-1)
        if not np.array_equal(locked, self._locked):
            self._locked = locked
            self._any_locked = bool(locked.any())
            self.update()

    def locked(self) -> np.ndarray:
        return self._locked.copy()

    def cell_rect(self, k: int) -> QRectF:
        """The rectangle of cell ``k`` in item coordinates."""
        return QRectF(self._cells[k])

    def hit_rect(self, k: int) -> QRectF:
        """Cell ``k`` with its label: the area where hovering finds that cell."""
        return QRectF(self._hit[k])

    def cell_at(self, pos: QPointF) -> int | None:
        """Index of the cell (or its label) under ``pos`` in item coordinates."""
        if self.compact:
            if not self._hit[0].top() <= pos.y() <= self._hit[0].bottom():
                return None
            k = math.floor((pos.x() - PAD) / self._cells[0].width())
            return k if 0 <= k < len(self._cells) else None
        for k, rect in enumerate(self._hit):
            if rect.contains(pos):
                return k
        return None

    def set_pending(self, pending: bool) -> None:
        """Show the strip as not yet computed: empty cells, no numbers."""
        if pending != self._pending:
            self._pending = pending
            self.update()

    def is_pending(self) -> bool:
        return self._pending

    def set_notes(self, notes) -> None:
        """One extra line per cell for its tooltip (e.g. where a memory unit's value came
        from): a list, or a callable that makes it, called when a tooltip first needs it
        (working notes out on every step would cost more than the step)."""
        self._notes = notes if callable(notes) else list(notes)

    def notes(self) -> list[str]:
        if callable(self._notes):
            self._notes = list(self._notes())
        return self._notes

    def tooltip_at(self, pos: QPointF) -> str:
        k = self.cell_at(pos)
        if k is None:
            return self.name
        text = cell_tooltip(self.key, self.labels[k], self._values[k], self.noun)
        notes = self.notes()
        return f"{text}\n{notes[k]}" if k < len(notes) and notes[k] else text

    # -- hover ------------------------------------------------------------------
    def hoverMoveEvent(self, event) -> None:
        k = self.cell_at(event.pos())
        if k != self._hover:
            self._hover = k
            self.update()

    def hoverLeaveEvent(self, event) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()

    # -- painting -----------------------------------------------------------------
    @property
    def _vector(self) -> bool:
        """Painting into a vector file (the scene's ``vector_output``)."""
        return getattr(self.scene(), "vector_output", False)

    def set_glow(self, level: float) -> None:
        super().set_glow(level)
        self._card.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        """Only what changes from step to step: the coloured cells (the card and the
        unit labels are a cached child item behind them)."""
        th = self.theme
        if th.dark != self._colors_dark or (self.compact and self._image is None):   # recolour once
            self._recolor(th.dark)
        if self.compact:
            self._paint_band(painter)
            return
        if self._pending:
            painter.setPen(QPen(th.card_border, 0, Qt.DashLine))
            painter.setBrush(Qt.NoBrush)
            painter.drawRects(self._cells)
            return
        painter.setRenderHint(QPainter.Antialiasing, False)      # axis-aligned: crisp and fast
        for rect, color in zip(self._cells, self._colors):
            painter.fillRect(rect, color)
        painter.setPen(self._grid_pen(th))
        painter.setBrush(Qt.NoBrush)
        painter.drawRects(self._cells)
        painter.setRenderHint(QPainter.Antialiasing, True)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod >= VALUES_LOD or self._vector:        # a vector file can be zoomed into: the numbers too
            self._paint_numbers(painter)
        if self._any_locked:
            self._paint_locks(painter)
        if self._hover is not None:
            painter.setPen(QPen(th.text, 1.5))
            painter.drawRect(self._cells[self._hover].adjusted(-1, -1, 1, 1))

    def _grid_pen(self, th) -> QPen:
        key = (th.card_border.rgba(), th.text.rgba())
        pen = self._grid_pens.get(key)
        if pen is None:
            pen = self._grid_pens[key] = QPen(blend(th.card_border, th.text, 0.25), 0)
        return pen

    def _paint_band(self, painter: QPainter) -> None:
        th = self.theme
        if self._pending:
            painter.setPen(QPen(th.card_border, 0, Qt.DashLine))
            painter.setBrush(Qt.NoBrush)
            painter.drawRect(self._band)
            return
        if self._vector:                 # shapes, not a bitmap stretched over the band
            for rect, color in zip(self._cells, colors_for(self.key, self._values, th.dark)):
                painter.fillRect(rect, color)
        else:
            painter.drawImage(self._band, self._image)
        painter.setPen(self._grid_pen(th))
        painter.setBrush(Qt.NoBrush)
        painter.drawRect(self._band)
        if self._any_locked:
            painter.setPen(QPen(QColor("#d01c8b"), 1.5))
            for k in np.flatnonzero(self._locked):
                x = self._cells[k].center().x()
                painter.drawLine(QPointF(x, self._band.top() - 3), QPointF(x, self._band.top()))
        if self._hover is not None:
            painter.setPen(QPen(th.text, 1.0))
            painter.drawRect(self._cells[self._hover].adjusted(-0.5, -2, 0.5, 2))

    def _paint_locks(self, painter: QPainter) -> None:
        """A small padlock in the corner of each clamped cell, and a dashed frame."""
        accent = QColor("#d01c8b")
        for rect, locked in zip(self._cells, self._locked):
            if not locked:
                continue
            painter.setPen(QPen(accent, 1.2, Qt.DashLine))
            painter.setBrush(Qt.NoBrush)
            painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))
            x, y = rect.right() - 6.5, rect.top() - 4.0
            painter.setPen(QPen(accent, 1.1))
            painter.drawArc(QRectF(x + 0.8, y - 2.6, 3.4, 4.6), 0, 180 * 16)
            painter.setPen(Qt.NoPen)
            painter.setBrush(accent)
            painter.drawRect(QRectF(x, y, 5.0, 3.8))

    def _paint_numbers(self, painter: QPainter) -> None:
        painter.setFont(self._value_font)
        for rect, color, v in zip(self._cells, self._colors, self._values):
            painter.setPen(text_color_on(color))
            text = f"{v:.2f}".replace("0.", ".", 1) if abs(v) < 1 else f"{v:.1f}"
            painter.drawText(rect, Qt.AlignCenter, text)


class _StripCard(QGraphicsItem):
    """The strip's rounded card and unit labels: the same on every step, so Qt paints
    them once into a pixmap and blits it behind the cells."""

    def __init__(self, strip: VectorStrip):
        super().__init__(strip)
        self.strip = strip
        self.setFlag(QGraphicsItem.ItemStacksBehindParent)
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self.strip.boundingRect()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        strip, th = self.strip, self.strip.theme
        border = blend(th.card_border, th.glow, strip.glow)
        painter.setPen(QPen(border, 1.0 + 1.5 * strip.glow))
        painter.setBrush(th.card_fill)
        painter.drawRoundedRect(strip._rect.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        painter.setFont(strip._unit_font)
        painter.setPen(th.muted)
        for pos, text in zip(strip._text_pos, strip._texts):
            painter.drawStaticText(pos, text)
