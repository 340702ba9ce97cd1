"""Light and dark palettes for the whole application (Fusion style).

Views take their colours from the palette (``palette()`` roles, or the helpers below
called when a ``QEvent.PaletteChange`` arrives), so switching the application palette
is all a theme change needs. No application-wide style sheet: it would make Qt paint
every widget through its slower style-sheet path.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from .colors import GATE_KEYS, colormap_for

#: The current step's chip: the diverging scale's orange, black text, in both themes.
CURRENT_CHIP = QColor("#f4a560")
CURRENT_CHIP_BORDER = QColor("#b35806")
#: Unknown words and errors: red on light paper, a lighter red on dark paper.
ERROR_LIGHT, ERROR_DARK = QColor("#d7301f"), QColor("#ff7a66")


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark one (light text on dark paper)."""
    return palette.color(QPalette.Window).lightness() < 128


def error_color(palette: QPalette) -> QColor:
    return ERROR_DARK if is_dark(palette) else ERROR_LIGHT


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(30, 31, 34), QColor(43, 45, 48), QColor(230, 230, 230)
    for role, color in ((QPalette.Window, window), (QPalette.WindowText, text),
                        (QPalette.Base, base), (QPalette.AlternateBase, window),
                        (QPalette.ToolTipBase, window), (QPalette.ToolTipText, text),
                        (QPalette.PlaceholderText, QColor(150, 150, 155)),
                        (QPalette.Text, text), (QPalette.Button, window),
                        (QPalette.ButtonText, text), (QPalette.BrightText, QColor("red")),
                        (QPalette.Highlight, QColor(66, 133, 200)),
                        (QPalette.HighlightedText, QColor("white")),
                        (QPalette.Link, QColor(120, 180, 255)),
                        (QPalette.LinkVisited, QColor(190, 150, 255)),
                        (QPalette.Light, QColor(70, 72, 76)), (QPalette.Midlight, QColor(60, 62, 66)),
                        (QPalette.Mid, QColor(90, 90, 95)), (QPalette.Dark, QColor(20, 20, 22)),
                        (QPalette.Shadow, QColor(0, 0, 0))):
        p.setColor(role, color)
    p.setColor(QPalette.Disabled, QPalette.Text, QColor(120, 120, 120))
    p.setColor(QPalette.Disabled, QPalette.ButtonText, QColor(120, 120, 120))
    p.setColor(QPalette.Disabled, QPalette.WindowText, QColor(120, 120, 120))
    return p


def apply_theme(app: QApplication, dark: bool) -> None:
    """Switch the application palette; widgets follow through their PaletteChange events."""
    if app.style().name().lower() != "fusion":      # a new style re-polishes every widget
        app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else app.style().standardPalette())


# -- heatmap colours on dark paper --------------------------------------------------------
# On white paper, zero is near-white and |value| darkens to blue or orange. On dark paper
# that makes every zero cell glare, so the dark scales run the other way: zero is the
# paper's dark grey and |value| brightens to the same hues (blue negative, orange
# positive; gates teal), so "more colour = bigger value" holds in both themes.
_DARK_DIVERGING = [(0.0, (120, 180, 235)), (0.25, (45, 110, 170)), (0.5, (48, 50, 54)),
                   (0.75, (190, 105, 30)), (1.0, (255, 178, 102))]
_DARK_SEQUENTIAL = [(0.0, (48, 50, 54)), (0.5, (30, 125, 110)), (1.0, (110, 220, 190))]


def _colormap(stops) -> pg.ColorMap:
    return pg.ColorMap([p for p, _ in stops], [QColor(*rgb) for _, rgb in stops])


DARK_DIVERGING = _colormap(_DARK_DIVERGING)
DARK_SEQUENTIAL = _colormap(_DARK_SEQUENTIAL)


def heatmap_colormap(key: str, dark: bool) -> pg.ColorMap:
    """The heatmap scale for a path: the shared light scale, or its dark-paper variant."""
    if not dark:
        return colormap_for(key)
    return DARK_SEQUENTIAL if key in GATE_KEYS else DARK_DIVERGING
