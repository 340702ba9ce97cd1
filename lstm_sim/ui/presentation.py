"""View ▸ Presentation (and ``lstm-sim --present``): the cell for a room full of people.

Full screen, only the cell diagram, the next-word prediction and (when a lesson is open)
the lesson's text, all in large type: the diagram's labels are raised to FLOOR_PT points,
which at 1024×768 puts the unit labels under the strips at 14 px or more; the rest of
the window's type is at least PRESENT_ZOOM times the system's. Page Down / Page Up (what
slide clickers send) go to the next / previous step, or the lesson's next / previous step
when a lesson is open. Esc, F5 or the menu item leave it and put back exactly what was
there: the window's size and state, every pane and its size, the type, the diagram's zoom.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from . import window_layout

#: The diagram's type in presentation, in points: every label at least this.
FLOOR_PT = 15.0
#: The rest of the window's type: at least this times the system's size.
PRESENT_ZOOM = 1.5
#: The share of the screen the lesson text and the prediction take: below the cell, or
#: to its right when that leaves the cell larger (a very wide screen).
BELOW, BESIDE = 0.24, 0.3


class Presentation(QObject):
    """Enters and leaves presentation mode for a ``MainWindow`` (see the module)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.active = False
        self._saved: dict | None = None
        self._wide: bool | None = None           # where the panes are now: right (True) or below
        self._restoring: dict | None = None      # left, the window not yet back to its size
        self._keys = []
        for key, delta in ((Qt.Key_PageDown, +1), (Qt.Key_PageUp, -1)):
            shortcut = QShortcut(QKeySequence(key), window, context=Qt.WindowShortcut)
            shortcut.activated.connect(lambda d=delta: self.move(d))
            shortcut.setEnabled(False)
            self._keys.append(shortcut)

    # -- in and out ----------------------------------------------------------------------
    def set_active(self, on: bool) -> None:
        self.enter() if on else self.leave()

    def enter(self) -> None:
        w = self.window
        if self.active:
            return
        d = w.diagram
        lessons = w.in_lessons()
        self._saved = {
            "state": w.saveState(), "geometry": w.geometry(), "normal": w.normalGeometry(),
            "window_state": w.windowState(),
            "shown": {widget: widget.isVisible() for widget in self._chrome()},
            "fitted": d._fitted, "transform": d.transform(),
            "scroll": (d.horizontalScrollBar().value(), d.verticalScrollBar().value()),
            "lessons": lessons,
        }
        self.active = True
        self._wide, self._restoring = None, None
        w._arranging = True
        try:
            for name, dock in w.docks.items():
                dock.setFloating(False)
                dock.setVisible(name == "predictions" or (name == "lessons" and lessons))
            for name in ("predictions", "lessons"):       # no title bars or buttons on the slides
                w.docks[name].setTitleBarWidget(QWidget(w.docks[name]))
            for widget in self._chrome():
                widget.hide()
        finally:
            w._arranging = False
        self._lesson_keys(False)
        for key in self._keys:
            key.setEnabled(True)
        w.present_action.setChecked(True)
        w.full_screen_action.setChecked(True)
        w.showFullScreen()
        self.restyle()
        w.installEventFilter(self)
        w.session.stepChanged.connect(self._show_context)
        self._show_context()
        self.arrange()
        w.diagram.setFocus(Qt.OtherFocusReason)

    def leave(self) -> None:
        w = self.window
        if not self.active:
            return
        saved, self._saved = self._saved, None
        self.active = False
        w.session.stepChanged.disconnect(self._show_context)
        w.predictions.set_context(None)
        for key in self._keys:
            key.setEnabled(False)
        self._lesson_keys(True)
        window_layout.apply_ui_zoom(w.ui_zoom)
        w.restyle_diagram(w.ui_zoom, 0.0)
        state = saved["window_state"]
        if state & Qt.WindowFullScreen:
            w.showFullScreen()
        elif state & Qt.WindowMaximized:
            w.showMaximized()
        else:
            w.showNormal()
            w.setGeometry(saved["geometry"])       # as it was (restoreGeometry would clamp it)
        for widget, shown in saved["shown"].items():
            widget.setVisible(shown)
        for name in ("predictions", "lessons"):
            bar = w.docks[name].titleBarWidget()
            w.docks[name].setTitleBarWidget(None)
            if bar is not None:
                bar.deleteLater()
        self._put_back(saved)
        # The window system may size the window back a moment later: the panes are put
        # back again once it has its old size, so their sizes are exactly the old ones.
        self._restoring = saved
        QTimer.singleShot(0, self, self._restored)
        w.present_action.setChecked(False)
        w.full_screen_action.setChecked(w.isFullScreen())

    def _restored(self) -> None:
        saved = self._restoring
        if saved is not None and not self.active and not (saved["window_state"] & (Qt.WindowFullScreen | Qt.WindowMaximized)) \
                and self.window.geometry() != saved["geometry"]:
            return                                   # not there yet: the Resize will come
        self._restoring = None
        self.window.removeEventFilter(self)
        if saved is not None and not self.active:
            QCoreApplication.sendPostedEvents()      # the normal type's layout first
            self._put_back(saved)

    def _put_back(self, saved: dict) -> None:
        """The panes and the diagram's zoom as they were before presenting."""
        w = self.window
        w._arranging = True
        try:
            w.restoreState(saved["state"])
        finally:
            w._arranging = False
        window_layout.tidy_tab_bars(w)
        d = w.diagram
        if saved["fitted"]:
            d.fit()
        else:
            d.setTransform(saved["transform"])
            d._fitted = False
            d._show_zoom()
            d.horizontalScrollBar().setValue(saved["scroll"][0])
            d.verticalScrollBar().setValue(saved["scroll"][1])

    def restyle(self) -> None:
        """Large type: the window's at least PRESENT_ZOOM, the diagram's labels FLOOR_PT."""
        w = self.window
        window_layout.apply_ui_zoom(max(w.ui_zoom, PRESENT_ZOOM))
        w.restyle_diagram(w.ui_zoom, FLOOR_PT)
        if self.active:
            self.arrange()

    def _chrome(self) -> list:
        """What presentation hides besides the docks: the menu bar, the timeline, the
        layer bar, the status bar, the diagram's zoom readout, and the lesson list and
        its buttons (Page Down / Page Up step through it)."""
        w = self.window
        widgets = [w.menuBar(), w.timeline, w.layer_bar, w.diagram.zoom_label]
        bar = w.findChild(type(w.statusBar()), "", Qt.FindDirectChildrenOnly)
        if bar is not None:
            widgets.append(bar)
        if w._lessons is not None:
            p = w._lessons
            widgets += [p.list, p.back_button, p.next_button, p.position]
        return widgets

    def _lesson_keys(self, on: bool) -> None:
        """The lesson panel's own Page Down / Page Up, off while ours step (one key, one
        binding: two would make Qt do nothing)."""
        panel = self.window._lessons
        for shortcut in getattr(panel, "shortcuts", ()):
            shortcut.setEnabled(on)

    # -- the room ------------------------------------------------------------------------
    def arrange(self) -> None:
        """The lesson text and the prediction below the cell (a 4:3 screen) or to its
        right (a wide one), given as little room as they need to be read."""
        w = self.window
        if not self.active:
            return
        docks, lessons = w.docks, self._saved["lessons"]
        cell = w.diagram.scene().sceneRect()
        cw, ch = max(cell.width(), 1.0), max(cell.height(), 1.0)
        below = min(w.width() / cw, w.height() * (1 - BELOW) / ch)
        beside = min(w.width() * (1 - BESIDE) / cw, w.height() / ch)
        wide = beside > below * 1.02
        if wide != self._wide:                   # the panes move only when the shape changes
            self._wide = wide
            w._arranging = True
            try:
                area = Qt.RightDockWidgetArea if wide else Qt.BottomDockWidgetArea
                along = Qt.Vertical if wide else Qt.Horizontal
                if lessons:
                    w.addDockWidget(area, docks["lessons"], along)
                w.addDockWidget(area, docks["predictions"], along)
            finally:
                w._arranging = False
        shown = [docks["lessons"], docks["predictions"]] if lessons else [docks["predictions"]]
        if wide:
            w.resizeDocks([shown[0]], [int(w.width() * BESIDE)], Qt.Horizontal)
            if lessons:
                w.resizeDocks(shown, [int(w.height() * 0.62), int(w.height() * 0.38)], Qt.Vertical)
        else:
            w.resizeDocks([shown[0]], [int(w.height() * BELOW)], Qt.Vertical)
            if lessons:
                w.resizeDocks(shown, [int(w.width() * 0.64), int(w.width() * 0.36)], Qt.Horizontal)
            else:
                w.resizeDocks(shown, [w.width()], Qt.Horizontal)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Resize:
            if self.active:
                self.arrange()
            elif self._restoring is not None:
                QTimer.singleShot(0, self, self._restored)     # after the layout has the new size
        return False

    # -- stepping ----------------------------------------------------------------------------
    def move(self, delta: int) -> None:
        """Page Down / Page Up: the lesson's next / previous step, or the sentence's."""
        w = self.window
        if w.in_lessons() and w._lessons is not None:
            w._lessons.next() if delta > 0 else w._lessons.back()
        else:
            w.session.step_by(delta)

    def _show_context(self, *args) -> None:
        """The timeline is hidden: the prediction says what it follows."""
        self.window.predictions.set_context(self.window.presenter.context_text())
