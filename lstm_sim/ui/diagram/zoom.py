"""How the diagram view zooms: the limits, the zoom that fits the whole cell, the wheel's
step, the scroll bars a zoom needs and how tall the smallest text is drawn."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt

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
