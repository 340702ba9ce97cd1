"""Light and dark palettes for the whole application (Fusion style).

Views take their colours from the palette (``palette()`` roles, or the helpers below
called when a ``QEvent.PaletteChange`` arrives), so switching the application palette
is all a theme change needs. No application-wide style sheet: it would make Qt paint
every widget through its slower style-sheet path.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from .colors import DARK_DIVERGING, DARK_SEQUENTIAL, heatmap_colormap  # noqa: F401  (kept here for callers)

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


class FollowsTheme:
    """For a plot pane that paints its own paper: ``set_dark`` and palette changes land
    in the pane's ``_apply_theme`` (which may skip work when ``_applied_theme`` is
    already ``_dark``). Mix in before the QWidget base."""

    def set_dark(self, dark: bool) -> None:
        self._dark = bool(dark)
        self._apply_theme()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self._dark = is_dark(self.palette())
            self._apply_theme()


def apply_theme(app: QApplication, dark: bool) -> None:
    """Switch the application palette; widgets follow through their PaletteChange events."""
    if app.style().name().lower() != "fusion":      # a new style re-polishes every widget
        app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else app.style().standardPalette())


def plots_follow_palette(palette: QPalette, graphics, plots) -> None:
    """pyqtgraph draws its own paper: give a plot widget and its plots the palette's
    background, text and axis colours (light or dark, like the rest of the window). The
    active colours: a pane disabled for a moment (no data yet) must not keep grey ink."""
    graphics.setBackground(palette.color(QPalette.Active, QPalette.Base))
    ink = palette.color(QPalette.Active, QPalette.Text)
    for plot in plots:
        plot.titleLabel.setAttr("color", ink)
        plot.titleLabel.setText(plot.titleLabel.text)
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setPen(ink)
            plot.getAxis(axis).setTextPen(ink)
