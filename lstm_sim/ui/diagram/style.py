"""Light and dark looks and the fonts of the cell diagram.

Value colours are not here: every strip cell takes its colour from ``ui/colors.py`` so a
value looks the same in the diagram and in every other view. This module only holds the
"paper" around them: background, boxes, wires, text, and the two highlight colours
(selection and the flow animation's glow), chosen apart from the value scales.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont


@dataclass(frozen=True)
class Theme:
    dark: bool
    background: QColor
    text: QColor
    muted: QColor          # secondary text: unit labels, captions
    wire: QColor
    box_fill: QColor
    box_border: QColor
    node_fill: QColor
    card_fill: QColor      # the card behind a vector strip
    card_border: QColor
    selected: QColor       # border of the selected path box
    selected_fill: QColor
    glow: QColor           # the flow animation's highlight


LIGHT = Theme(
    dark=False,
    background=QColor("#f6f7f9"),
    text=QColor("#1d2430"),
    muted=QColor("#56616e"),
    wire=QColor("#7a8592"),
    box_fill=QColor("#ffffff"),
    box_border=QColor("#a9b3bf"),
    node_fill=QColor("#ffffff"),
    card_fill=QColor("#ffffff"),
    card_border=QColor("#c8d0d9"),
    selected=QColor("#6741d9"),
    selected_fill=QColor("#f1edff"),
    glow=QColor("#f5b700"),
)

DARK = Theme(
    dark=True,
    background=QColor(30, 31, 34),           # the app's dark palette Base
    text=QColor("#e6e8eb"),
    muted=QColor("#a3adb8"),
    wire=QColor("#8d98a5"),
    box_fill=QColor("#2b2f35"),
    box_border=QColor("#56606b"),
    node_fill=QColor("#2b2f35"),
    card_fill=QColor("#26292e"),
    card_border=QColor("#4a535d"),
    selected=QColor("#a48bff"),
    selected_fill=QColor("#3a3357"),
    glow=QColor("#ffd43b"),
)


def theme_for(dark: bool) -> Theme:
    return DARK if dark else LIGHT


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` of the way towards ``b``."""
    t = min(max(t, 0.0), 1.0)
    return QColor(round(a.red() + (b.red() - a.red()) * t),
                  round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


# Point sizes (scene units are pixels at zoom 1; the layouts aim for zoom ≈ 1).
TITLE_PT = 10.5     # path box titles
LABEL_PT = 10.0     # input / output labels
CAPTION_PT = 9.0    # small captions (tanh cₜ, next step, symbol names)
UNIT_PT = 7.5       # unit labels under strip cells
VALUE_PT = 5.5      # numbers inside cells, drawn only when zoomed in


#: The diagram's type: every size times ``scale`` (View ▸ Zoom, the whole UI's zoom), and
#: from the unit labels up at least ``floor`` points (presentation's large type). A cell
#: built after ``set_type`` is laid out around its type: strips widen with their labels.
_type = {"scale": 1.0, "floor": 0.0}


def set_type(scale: float = 1.0, floor: float = 0.0) -> bool:
    """Set the diagram's type for cells built from now on; True if it changed."""
    new = {"scale": float(scale), "floor": float(floor)}
    changed = new != _type
    _type.update(new)
    return changed


def type_size(point_size: float) -> float:
    """The point size text of nominal ``point_size`` is drawn at (see ``set_type``); the
    numbers inside cells (smaller than the unit labels) are only scaled, never raised."""
    size = point_size * _type["scale"]
    return size if point_size < UNIT_PT else max(size, _type["floor"])


def font(point_size: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(type_size(point_size))
    f.setBold(bold)
    f.setItalic(italic)
    f.setHintingPreference(QFont.PreferNoHinting)   # text scales smoothly with zoom
    return f
