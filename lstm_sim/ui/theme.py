"""Light and dark palettes for the whole application (Fusion style)."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

#: Only the chip row carries a style sheet: an application-wide one would make Qt
#: paint every widget through its slower style-sheet path.
CHIP_STYLE = """
QToolButton#tokenChip { border: 1px solid palette(mid); border-radius: 9px; padding: 2px 9px; }
QToolButton#tokenChip:checked { background: #f4a560; color: black; border-color: #b35806; font-weight: bold; }
"""


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(30, 31, 34), QColor(43, 45, 48), QColor(230, 230, 230)
    for role, color in ((QPalette.Window, window), (QPalette.WindowText, text),
                        (QPalette.Base, base), (QPalette.AlternateBase, window),
                        (QPalette.ToolTipBase, window), (QPalette.ToolTipText, text),
                        (QPalette.Text, text), (QPalette.Button, window),
                        (QPalette.ButtonText, text), (QPalette.BrightText, QColor("red")),
                        (QPalette.Highlight, QColor(66, 133, 200)),
                        (QPalette.HighlightedText, QColor("white")),
                        (QPalette.Mid, QColor(90, 90, 95))):
        p.setColor(role, color)
    p.setColor(QPalette.Disabled, QPalette.Text, QColor(120, 120, 120))
    p.setColor(QPalette.Disabled, QPalette.ButtonText, QColor(120, 120, 120))
    return p


def apply_theme(app: QApplication, dark: bool) -> None:
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
