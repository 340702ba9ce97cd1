"""Where the main window's panes go, how big the first window is, and the whole UI's zoom.

The cell diagram has priority: the default arrangements (View ▸ Reset layout, and the
one the lessons open in) give the middle the room the whole cell needs at a readable
zoom, and the panes yield: the side panes share one tab group, the heatmaps take what
height is left. With the lessons open the lesson text takes the left side, so the other
panes move below the diagram (the prediction beside the heatmaps' tab group) rather than
squeezing the cell from both sides. The window itself never opens larger than the
screen's available area, whatever size it last had.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStatusBar, QStyle, QTabBar

#: The side panes that share one tab group (the first is raised).
TABBED = ("about", "editor", "training", "memory")
#: Panes hidden in the default arrangement (Edit ▸ Undo history, View ▸ Units shows them).
HIDDEN = ("history", "units")
#: What the first window would like to be, screen permitting.
PREFERRED = QSize(1400, 900)
#: Room left for the window manager's title bar and frame when sizing the first window.
FRAME_ALLOWANCE = QSize(16, 48)

#: View ▸ Zoom in / out: the whole UI's type, as a factor of the system's font size.
ZOOMS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
_base_font: QFont | None = None


# -- the window on the screen ----------------------------------------------------------
def fitted_geometry(geometry: QRect, available: QRect) -> QRect:
    """``geometry`` moved (and, if it must, shrunk) to lie inside ``available``."""
    room = available.size() - FRAME_ALLOWANCE
    w = min(geometry.width(), max(room.width(), 320))
    h = min(geometry.height(), max(room.height(), 240))
    x = min(max(geometry.x(), available.left()), available.right() + 1 - w)
    y = min(max(geometry.y(), available.top()), available.bottom() + 1 - h)
    return QRect(max(x, available.left()), max(y, available.top()), w, h)


def first_geometry(available: QRect) -> QRect:
    """The first window: PREFERRED if the screen has room, else as much as it has, centred."""
    room = available.size() - FRAME_ALLOWANCE
    size = QSize(min(PREFERRED.width(), room.width()), min(PREFERRED.height(), room.height()))
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return fitted_geometry(rect, available)


def place_on_screen(window, restored: bool) -> None:
    """Size a window that had no remembered geometry for its screen, or clamp a
    remembered one that no longer fits (a smaller screen, a projector)."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    if not restored:
        window.setGeometry(first_geometry(available))
        return
    if window.isMaximized() or window.isFullScreen():
        return
    geometry = window.geometry()
    fitted = fitted_geometry(geometry, available)
    if fitted != geometry:
        window.setGeometry(fitted)


# -- the panes -------------------------------------------------------------------------
def _clamp(value: float, lo: float, hi: float) -> int:
    return int(min(max(value, lo), hi))


def arrange(window, lessons: bool, reset: bool = True) -> None:
    """Put every pane where the default arrangement has it; the lessons pane, when
    ``lessons``, on the left with the other panes below the diagram. With ``reset`` every
    pane is shown but those in HIDDEN (and the lessons pane unless ``lessons``); without,
    the panes the user closed stay closed."""
    docks = window.docks
    shown = {name: not dock.isHidden() for name, dock in docks.items()}
    for dock in docks.values():
        dock.setFloating(False)
    window.setCorner(Qt.BottomLeftCorner, Qt.LeftDockWidgetArea if lessons else Qt.BottomDockWidgetArea)
    window.setCorner(Qt.BottomRightCorner, Qt.BottomDockWidgetArea)
    first = docks[TABBED[0]]
    if lessons:
        window.addDockWidget(Qt.LeftDockWidgetArea, docks["lessons"])
        window.addDockWidget(Qt.BottomDockWidgetArea, docks["heatmaps"])
        window.addDockWidget(Qt.BottomDockWidgetArea, docks["predictions"], Qt.Horizontal)
        for name in TABBED + ("history",):
            window.tabifyDockWidget(docks["heatmaps"], docks[name])
    else:
        window.addDockWidget(Qt.BottomDockWidgetArea, docks["heatmaps"])
        window.addDockWidget(Qt.RightDockWidgetArea, docks["predictions"], Qt.Vertical)
        window.addDockWidget(Qt.RightDockWidgetArea, first, Qt.Vertical)
        for name in TABBED[1:]:
            window.tabifyDockWidget(first, docks[name])
        window.addDockWidget(Qt.RightDockWidgetArea, docks["history"], Qt.Vertical)
        window.addDockWidget(Qt.LeftDockWidgetArea, docks["lessons"])
    if "units" in docks:
        window.addDockWidget(Qt.LeftDockWidgetArea, docks["units"])
    for name, dock in docks.items():
        if name == "lessons":
            dock.setVisible(lessons)
        else:
            dock.setVisible(name not in HIDDEN if reset else shown[name])
    (docks["heatmaps"] if lessons else first).raise_()
    size_docks(window, lessons)
    tidy_tab_bars(window)
    # Docks just moved take their sizes when the layout next runs: size them then too.
    QTimer.singleShot(0, window, lambda: size_docks(window, lessons) if window.in_lessons() == lessons else None)


def tidy_tab_bars(window) -> None:
    """Tabbed docks in a narrow column: whole titles with scroll arrows, not "Ab…"."""
    for bar in window.findChildren(QTabBar):
        bar.setElideMode(Qt.ElideNone)
        bar.setUsesScrollButtons(True)


def chrome_height(window) -> int:
    """What the window's height holds besides the diagram and the docks: the menu bar,
    the timeline, the layer bar and the status bar as they are now."""
    h = 0
    for widget in (window.menuBar(), window.timeline, window.layer_bar):
        if widget is not None and widget.isVisible():
            h += max(widget.height(), widget.sizeHint().height())
    bar = window.findChild(QStatusBar, "", Qt.FindDirectChildrenOnly)    # statusBar() would make one
    return h + (bar.sizeHint().height() if bar is not None and bar.isVisible() else 0)


def size_docks(window, lessons: bool) -> None:
    """Docks in proportion to the window: first the diagram's width, then the height the
    whole cell takes at that width; the heatmaps (and the panes below the cell) get the
    rest, within bounds."""
    docks, w, h = window.docks, window.width(), window.height()
    cell = window.diagram.scene().sceneRect()
    cell_w, cell_h = max(cell.width(), 1.0), max(cell.height(), 1.0)
    title = docks["heatmaps"].style().pixelMetric(QStyle.PM_TitleBarHeight) + 10
    if lessons:
        side = _clamp(w * 0.26, 270, 440)
        window.resizeDocks([docks["lessons"]], [side], Qt.Horizontal)
        diagram_w = w - side - 8
        window.resizeDocks([docks["predictions"]], [_clamp((w - side) * 0.3, 200, 420)], Qt.Horizontal)
    else:
        side = _clamp(w * 0.21, 220, 400)
        window.resizeDocks([docks["predictions"]], [side], Qt.Horizontal)
        diagram_w = w - side - 8
    # The heatmaps: the height that names every unit (up to 16) in one row of heatmaps,
    # or what the whole cell leaves at the zoom the width allows if that is more, within
    # bounds; and never so much that the cell would have to shrink below a readable zoom.
    zoom = min(diagram_w / cell_w, 1.0)
    room = h - chrome_height(window) - title
    rows = min(len(window.session.units) if window.session.original is not None else 5, 16)
    need = rows * 11 + 125
    bottom = _clamp(max(need, room - cell_h * zoom - 6), 150, max(h * 0.42, 150))
    readable = window.diagram.min_readable_zoom() * 1.05
    if room - bottom < cell_h * min(readable, zoom):
        bottom = _clamp(room - cell_h * min(readable, zoom) - 6, 150, bottom)
    window.resizeDocks([docks["heatmaps"]], [bottom], Qt.Vertical)
    if not lessons:
        column = h - chrome_height(window) - bottom
        window.resizeDocks([docks["predictions"], docks[TABBED[0]]],
                           [int(column * 0.36), int(column * 0.64)], Qt.Vertical)


def size_history(window) -> None:
    """The undo history, shown in the side column, takes a short strip of it: the
    Weights tables above it keep most of the height."""
    dock = window.docks["history"]
    if dock.isFloating() or window.dockWidgetArea(dock) not in (Qt.RightDockWidgetArea, Qt.LeftDockWidgetArea):
        return
    window.resizeDocks([dock], [_clamp(window.height() * 0.15, 100, 160)], Qt.Vertical)


# -- the whole UI's zoom ---------------------------------------------------------------------
def base_font() -> QFont:
    """The application's font before any zoom (the system's)."""
    global _base_font
    if _base_font is None:
        _base_font = QFont(QApplication.font())
    return QFont(_base_font)


def apply_ui_zoom(zoom: float) -> None:
    """Every widget's type at ``zoom`` times the system's size."""
    font = base_font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * zoom)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * zoom)))
    QApplication.setFont(font)


def ui_zoom_step(zoom: float, direction: int) -> float:
    """The next zoom in ZOOMS from ``zoom`` (direction +1 larger, −1 smaller, 0 back to 1)."""
    if direction == 0:
        return 1.0
    if direction > 0:
        return next((z for z in ZOOMS if z > zoom + 1e-6), ZOOMS[-1])
    return next((z for z in reversed(ZOOMS) if z < zoom - 1e-6), ZOOMS[0])
