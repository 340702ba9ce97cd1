"""How the diagram view zooms: the limits, the zoom that fits the whole cell, the wheel's
step, the scroll bars a zoom needs and how tall the smallest text is drawn; ``ZoomView``
is the graphics view that does it (fitted until the wheel zooms, its zoom in a corner)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QGraphicsView, QLabel

from .style import UNIT_PT, type_size

MIN_SCALE, MAX_SCALE = 0.2, 6.0
MAX_FIT_SCALE = 1.35         # a small cell is not blown up past this when fitted
#: Fitting shows the whole cell, its smallest text (unit labels) shrinking down to this
#: many pixels; only a window too small even for that scrolls.
MIN_TEXT_PX = 6.0
WHEEL_STEP = 1.0015          # zoom factor per wheel delta unit (one notch: ×1.2)
FIT_MARGIN = 12.0


def cell_rect(items, left_out) -> QRectF:
    """The bounding rect of ``items`` (those in ``left_out`` left out) with a margin."""
    rect = QRectF()
    for item in items:
        if item not in left_out:
            rect = rect.united(item.sceneBoundingRect())
    return rect.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)


def set_scroll_bars(view, needed: bool) -> None:
    """Scroll bars only when the cell is larger than the view (they would take room
    from a cell that fits, and a fitted cell would then not quite fit)."""
    policy = Qt.ScrollBarAsNeeded if needed else Qt.ScrollBarAlwaysOff
    if view.horizontalScrollBarPolicy() != policy:
        view.setHorizontalScrollBarPolicy(policy)
    if view.verticalScrollBarPolicy() != policy:
        view.setVerticalScrollBarPolicy(policy)


def whole_zoom(rect: QRectF, room, top: int) -> float:
    """The zoom that shows ``rect`` in a widget's contents rect ``room``, ``top`` pixels
    of it taken by the formula (no scroll bars)."""
    if rect.isEmpty():
        return 1.0
    height = room.height() - 2 - top
    return max(min((room.width() - 2) / rect.width(), height / rect.height()), 1e-3)


def text_px(dpi: float, zoom: float) -> float:
    """How many pixels tall the unit labels are drawn at ``zoom`` on a screen of ``dpi``."""
    return type_size(UNIT_PT) * dpi / 72.0 * zoom


def wheel_target(current: float, delta: int) -> float:
    """The zoom a wheel turn of ``delta`` leads to from ``current``, within the limits."""
    return min(max(current * WHEEL_STEP ** delta, MIN_SCALE), MAX_SCALE)


class ZoomView(QGraphicsView):
    """A view of a scene that is fitted whole (and kept fitted as the widget resizes)
    until the wheel zooms it; a double-click on empty paper fits it again. Its zoom
    shows in ``zoom_label``, bottom right. ``_top_room`` is the band above the scene a
    subclass keeps free (e.g. for a caption drawn over the view)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._fitted = True
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing
                            | QPainter.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.setViewportUpdateMode(QGraphicsView.SmartViewportUpdate)
        self.setFrameShape(QFrame.NoFrame)
        self.setMinimumSize(320, 200)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLevel")
        self.zoom_label.setAttribute(Qt.WA_TransparentForMouseEvents)

    def _top_room(self) -> int:
        return 0

    def fit(self) -> None:
        """Fit the whole cell in view (and keep it fitted while the widget resizes).

        The whole cell fits, however small that makes it, down to the zoom at which the
        unit labels are MIN_TEXT_PX tall; the scroll bars appear only below that, so a
        fitted cell never loses a strip to a scroll bar."""
        rect = self.scene().sceneRect()
        self.resetTransform()
        if rect.isEmpty():
            return
        whole = self.whole_cell_zoom()
        scale = min(max(whole, self.min_readable_zoom()), MAX_FIT_SCALE)
        set_scroll_bars(self, scale > whole + 1e-9)
        self.resetTransform()
        top = self._top_room()               # the band above the cell, never over it
        self.setSceneRect(rect.adjusted(0, -top / scale, 0, 0))
        self.scale(scale, scale)
        self.centerOn(rect.center() - QPointF(0, top / 2 / scale))
        bar = self.horizontalScrollBar()
        bar.setValue(bar.minimum())     # too wide to fit: start where the inputs come in
        self._fitted = True
        self._show_zoom()

    def whole_cell_zoom(self) -> float:
        """The zoom that shows the whole cell in the widget (no scroll bars)."""
        return whole_zoom(self.scene().sceneRect(), self.contentsRect(), self._top_room())

    def min_readable_zoom(self) -> float:
        """The zoom at which the smallest text (unit labels) is MIN_TEXT_PX tall."""
        return MIN_TEXT_PX / self.unit_text_px(1.0)

    def unit_text_px(self, zoom: float | None = None) -> float:
        """How many pixels tall the unit labels under the strip cells are drawn, at
        ``zoom`` (default: the zoom now)."""
        zoom = self.zoom() if zoom is None else zoom
        return text_px(self.logicalDpiY(), zoom)

    def zoom(self) -> float:
        return self.transform().m11()

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"{self.zoom():.0%}")
        self.zoom_label.adjustSize()
        self._place_zoom_label()

    def _place_zoom_label(self) -> None:
        vp = self.viewport().geometry()
        self.zoom_label.move(vp.right() - self.zoom_label.width() - 6,
                             vp.bottom() - self.zoom_label.height() - 4)

    def wheelEvent(self, event) -> None:
        delta = event.angleDelta().y()
        if delta == 0:
            event.ignore()
            return
        current = self.zoom()
        target = wheel_target(current, delta)
        if abs(target - current) > 1e-9:
            set_scroll_bars(self, True)               # zoomed in: pan round the cell
            factor = target / current
            self.scale(factor, factor)
            self._fitted = False
            self._show_zoom()
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        if self.itemAt(event.position().toPoint()) is None:
            self.fit()                 # double-click on empty paper: back to the whole cell
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            # A label with a style sheet keeps the font it had: give it the view's (View ▸ Zoom).
            self.zoom_label.setFont(self.font())
            self._show_zoom()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()
        self._place_zoom_label()
