"""The pieces of the cell diagram: wires, path boxes, ⊗/⊕/tanh nodes and text labels.

Each piece paints itself from the scene's current theme (so switching light/dark is a
repaint, not a rebuild) and can glow, which is how the flow animation lights the cell
up in computation order. A piece's words (a caption, a box title, a tooltip) may be given
as a callable that looks them up in the current language: ``retranslate()`` then
re-words the piece in place when the language changes.
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import Callable, Sequence, Union

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from .style import CAPTION_PT, LIGHT, TITLE_PT, Theme, blend, font

NODE_R = 14.0
ARROW_LEN, ARROW_HALF = 9.0, 4.5

#: A text, or a callable giving it in the current language (see ``Translated.later``).
Words = Union[str, Callable[[], str]]


def worded(words: Words) -> str:
    """The text ``words`` stands for, in the current language."""
    return words() if callable(words) else words


class DiagramItem(QGraphicsItem):
    """Base of every diagram piece: theme lookup and a glow level 0…1."""

    def __init__(self):
        super().__init__()
        self._glow = 0.0
        self._tip: Words = ""

    def set_tip(self, tip: Words) -> None:
        """The tooltip: a text, or a callable that re-words it on ``retranslate``."""
        self._tip = tip
        self.setToolTip(worded(tip))

    def retranslate(self) -> None:
        """Re-word what was given as a callable (the language changed)."""
        if callable(self._tip):
            self.setToolTip(self._tip())

    @property
    def theme(self) -> Theme:
        scene = self.scene()
        return getattr(scene, "theme", LIGHT) if scene is not None else LIGHT

    @property
    def glow(self) -> float:
        return self._glow

    def set_glow(self, level: float) -> None:
        if level != self._glow:
            self._glow = level
            self.update()


# -- squashing symbols ------------------------------------------------------------
@lru_cache(maxsize=64)
def _squash_path(x: float, y: float, w: float, h: float, kind: str) -> QPainterPath:
    return _build_squash_path(QRectF(x, y, w, h), kind)


def squash_path(rect: QRectF, kind: str) -> QPainterPath:
    """The S-curve for ``rect``, built once per size and place (paint runs often)."""
    return QPainterPath(_squash_path(rect.x(), rect.y(), rect.width(), rect.height(), kind))


def _build_squash_path(rect: QRectF, kind: str) -> QPainterPath:
    """An S-curve filling ``rect``: tanh spans −1…1, the logistic σ spans 0…1."""
    path = QPainterPath()
    steps = 32
    for k in range(steps + 1):
        u = -1.0 + 2.0 * k / steps                  # −1…1 across the rect
        z = 3.2 * u
        if kind == "relu":                          # flat at 0, then a straight rise
            y = -1.0 + 2.0 * max(u, 0.0)
        else:
            y = math.tanh(z) if kind == "tanh" else 2.0 / (1.0 + math.exp(-1.6 * z)) - 1.0
        point = QPointF(rect.center().x() + u * rect.width() / 2,
                        rect.center().y() - y * rect.height() / 2)
        path.moveTo(point) if k == 0 else path.lineTo(point)
    return path


def paint_squash(painter: QPainter, rect: QRectF, kind: str, color, axis_color) -> None:
    """The lesson's squashing symbols: tanh crosses a middle axis; σ sits on a flat floor."""
    painter.setPen(QPen(axis_color, 1.0))
    y_axis = rect.center().y() if kind == "tanh" else rect.bottom()      # σ and relu sit on 0
    painter.drawLine(QLineF(rect.left(), y_axis, rect.right(), y_axis))
    pen = QPen(color, 2.0)
    pen.setCapStyle(Qt.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.NoBrush)
    painter.drawPath(squash_path(rect, kind))


# -- wires ------------------------------------------------------------------------
def _rounded_polyline(points: Sequence[QPointF], radius: float) -> QPainterPath:
    path = QPainterPath(points[0])
    for k in range(1, len(points) - 1):
        a, b, c = points[k - 1], points[k], points[k + 1]
        r = min(radius, QLineF(a, b).length() / 2, QLineF(b, c).length() / 2)
        d1 = QLineF(b, a)
        d1.setLength(r)
        d2 = QLineF(b, c)
        d2.setLength(r)
        path.lineTo(d1.p2())
        path.quadTo(b, d2.p2())
    path.lineTo(points[-1])
    return path


class Wire(DiagramItem):
    """An orthogonal polyline with rounded corners and an optional arrowhead."""

    def __init__(self, points: Sequence[tuple[float, float]], *, arrow: bool = True,
                 dashed: bool = False, start_dot: bool = False, radius: float = 12.0,
                 tooltip: Words = ""):
        super().__init__()
        pts = [QPointF(*p) for p in points]
        self._dashed = dashed
        self._dot = pts[0] if start_dot else None
        self._arrow = None
        if arrow:
            tip, last = pts[-1], QLineF(pts[-1], pts[-2])
            last.setLength(ARROW_LEN)
            base = last.p2()
            normal = QLineF(base, tip).normalVector()
            normal.setLength(ARROW_HALF)
            side = normal.p2() - base
            self._arrow = QPolygonF([tip, base + side, base - side])
            last.setLength(ARROW_LEN * 0.7)
            pts[-1] = last.p2()                  # the stroke ends inside the arrowhead
        self._path = _rounded_polyline(pts, radius)
        bounds = self._path.boundingRect()
        if self._arrow is not None:
            bounds = bounds.united(self._arrow.boundingRect())
        self._bounds = bounds.adjusted(-6, -6, 6, 6)
        stroker = QPainterPathStroker()
        stroker.setWidth(9.0)
        self._shape = stroker.createStroke(self._path)
        if self._arrow is not None:
            self._shape.addPolygon(self._arrow)
        if tooltip:
            self.set_tip(tooltip)
        self.setZValue(0)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option, widget=None) -> None:
        th = self.theme
        color = blend(th.wire, th.glow, self._glow)
        pen = QPen(color, 1.6 + 2.2 * self._glow)
        pen.setCapStyle(Qt.FlatCap)
        pen.setJoinStyle(Qt.RoundJoin)
        if self._dashed:
            pen.setDashPattern([4.0, 3.0])
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.NoPen)
        painter.setBrush(color)
        if self._arrow is not None:
            painter.drawPolygon(self._arrow)
        if self._dot is not None:
            painter.drawEllipse(self._dot, 3.2, 3.2)


# -- path boxes -------------------------------------------------------------------
class PathBox(DiagramItem):
    """One of the small networks (prediction, ignoring, forgetting, selection), clickable."""

    def __init__(self, key: str, title: Words, squash: str, width: float, height: float,
                 tooltip: Words = ""):
        super().__init__()
        self.key = key
        self._title = title
        self.title = worded(title)
        self.squash = squash                     # 'tanh', 'sigma' or 'relu'
        self._rect = QRectF(-width / 2, -height / 2, width, height)
        self._selected = False
        self._hover = False
        self.clicked: Callable[[str], None] | None = None
        self._title_font = font(TITLE_PT, bold=True)
        self._caption_font = font(CAPTION_PT, italic=True)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.LeftButton)
        self.setCursor(Qt.PointingHandCursor)
        if tooltip:
            self.set_tip(tooltip)
        self.setZValue(2)

    def retranslate(self) -> None:
        super().retranslate()
        if callable(self._title):
            self.title = self._title()
            self.update()

    @property
    def selected(self) -> bool:
        return self._selected

    def set_selected(self, on: bool) -> None:
        if on != self._selected:
            self._selected = on
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._rect, 12, 12)
        return path

    def mousePressEvent(self, event) -> None:
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._rect.contains(event.pos()) and self.clicked is not None:
            self.clicked(self.key)
        event.accept()

    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        th = self.theme
        fill = th.selected_fill if self._selected else th.box_fill
        if self._hover and not self._selected:
            fill = blend(fill, th.selected, 0.06)
        if self._selected:
            border, width = th.selected, 2.6
        else:
            border, width = th.box_border, 1.3
        if self._glow:
            border, width = blend(border, th.glow, self._glow), width + 2.0 * self._glow
        painter.setPen(QPen(border, width))
        painter.setBrush(fill)
        painter.drawRoundedRect(self._rect, 12, 12)
        r = self._rect
        painter.setPen(th.text)
        painter.setFont(self._title_font)
        painter.drawText(QRectF(r.left(), r.top() + 6, r.width(), 20), Qt.AlignCenter, self.title)
        # the squashing symbol with its name beside it
        cap = {"tanh": "tanh", "relu": "relu"}.get(self.squash, "σ")
        cap = "" if self.title.endswith(cap) else cap        # "prediction · tanh" says it already
        painter.setFont(self._caption_font)
        cap_w = QFontMetricsF(self._caption_font).horizontalAdvance(cap)
        sym = QRectF(0, 0, 34, 18)
        total = sym.width() + (6 + cap_w if cap else 0)
        sym.moveTopLeft(QPointF(r.center().x() - total / 2, r.bottom() - sym.height() - 9))
        accent = th.selected if self._selected else th.text
        paint_squash(painter, sym, self.squash, accent, blend(th.muted, th.box_fill, 0.4))
        painter.setPen(th.muted)
        painter.drawText(QRectF(sym.right() + 6, sym.top() - 2, cap_w + 2, sym.height() + 4),
                         Qt.AlignLeft | Qt.AlignVCenter, cap)


# -- ⊗ ⊕ and the squashing node -----------------------------------------------------
class OpNode(DiagramItem):
    """An element-wise operation: 'mul' (⊗), 'add' (⊕) or 'tanh' (squashing)."""

    def __init__(self, op: str, name: str, tooltip: Words = "", radius: float = NODE_R):
        super().__init__()
        self.op = op
        self.name = name
        self.radius = radius
        if tooltip:
            self.set_tip(tooltip)
        self.setAcceptHoverEvents(True)
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        r = self.radius + 3
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.radius + 1, self.radius + 1)
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        th = self.theme
        line = blend(th.text, th.glow, self._glow)
        painter.setPen(QPen(blend(th.wire, th.glow, self._glow), 1.6 + 2.0 * self._glow))
        painter.setBrush(th.node_fill)
        r = self.radius
        painter.drawEllipse(QPointF(0, 0), r, r)
        if self.op == "tanh":
            box = QRectF(-r * 0.62, -r * 0.5, r * 1.24, r * 1.0)
            paint_squash(painter, box, "tanh", line, blend(th.muted, th.node_fill, 0.4))
            return
        pen = QPen(line, 2.0)
        pen.setCapStyle(Qt.RoundCap)
        painter.setPen(pen)
        a = r * (0.45 if self.op == "mul" else 0.55)
        if self.op == "mul":
            painter.drawLine(QLineF(-a, -a, a, a))
            painter.drawLine(QLineF(-a, a, a, -a))
        else:
            painter.drawLine(QLineF(-a, 0, a, 0))
            painter.drawLine(QLineF(0, -a, 0, a))


# -- text ---------------------------------------------------------------------------
class Label(DiagramItem):
    """A line of text anchored at a point: ``align`` says which point of the text that is."""

    def __init__(self, text: Words, point_size: float, *, bold: bool = False, italic: bool = False,
                 muted: bool = False, align=Qt.AlignLeft | Qt.AlignBottom, tooltip: Words = ""):
        super().__init__()
        self._font = font(point_size, bold=bold, italic=italic)
        self._muted = muted
        self._align = align
        self.set_text(text)
        if tooltip:
            self.set_tip(tooltip)
        self.setZValue(4)

    def set_text(self, text: Words) -> None:
        """Show ``text``; given as a callable, it is re-worded on ``retranslate``."""
        self._source = text
        self._show(worded(text))

    def retranslate(self) -> None:
        super().retranslate()
        if callable(self._source):
            self._show(self._source())

    def _show(self, text: str) -> None:
        self.prepareGeometryChange()
        self.text = text
        fm = QFontMetricsF(self._font)
        w, h = fm.horizontalAdvance(text) + 2, fm.height()
        align = self._align
        x = -w if align & Qt.AlignRight else (-w / 2 if align & Qt.AlignHCenter else 0.0)
        y = -h if align & Qt.AlignBottom else (-h / 2 if align & Qt.AlignVCenter else 0.0)
        self._rect = QRectF(x, y, w, h)
        self.update()

    @property
    def width(self) -> float:
        return self._rect.width()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        th = self.theme
        painter.setFont(self._font)
        painter.setPen(th.muted if self._muted else th.text)
        painter.drawText(self._rect, Qt.AlignCenter, self.text)


def text_width(text: str, point_size: float, bold: bool = False) -> float:
    return QFontMetricsF(font(point_size, bold=bold)).horizontalAdvance(text) + 2


__all__ = ["ARROW_LEN", "DiagramItem", "Label", "NODE_R", "OpNode", "PathBox", "Wire", "Words",
           "paint_squash", "squash_path", "text_width", "worded"]
