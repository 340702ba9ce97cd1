"""The main window on the screen: full screen, the whole UI's zoom, the theme, the pane
arrangement (View ▸ Reset layout, the lesson arrangement), the stepping keys, and what
is remembered between runs (geometry, panes, zoom, theme, animation).

Mixed into ``MainWindow``; where the panes go is ``window_layout``'s, presenting is
``Presentation``'s.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from . import window_layout
from .diagram.style import set_type
from .menus import unique_shortcuts
from .theme import apply_theme


class WindowScreen:
    """Screen, zoom, layout and keys of ``MainWindow`` (see the module docstring)."""

    # -- actions and keys ----------------------------------------------------------------
    def _build_screen_actions(self, view) -> None:
        """View ▸ Full screen, the whole UI's zoom, Reset layout and Presentation. They
        belong to the window too, so their keys work while the menu bar is hidden."""
        view.addSeparator()
        self.full_screen_action = view.addAction("", self.toggle_full_screen)
        self.full_screen_action.setObjectName("fullScreen")
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.zoom_in_action = view.addAction("", lambda: self.zoom_ui(+1))
        self.zoom_in_action.setObjectName("zoomIn")
        self.zoom_in_action.setShortcuts(unique_shortcuts("Ctrl+=", "Ctrl++", QKeySequence.ZoomIn))
        self.zoom_out_action = view.addAction("", lambda: self.zoom_ui(-1))
        self.zoom_out_action.setObjectName("zoomOut")
        self.zoom_out_action.setShortcuts(unique_shortcuts("Ctrl+-", QKeySequence.ZoomOut))
        self.zoom_reset_action = view.addAction("", lambda: self.zoom_ui(0))
        self.zoom_reset_action.setObjectName("zoomReset")
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.reset_layout_action = view.addAction("", self.reset_layout)
        self.reset_layout_action.setObjectName("resetLayout")
        self.present_action = view.addAction("")
        self.present_action.setObjectName("presentation")
        self.present_action.setCheckable(True)
        self.present_action.setShortcut(QKeySequence("F5"))
        self.present_action.triggered.connect(self.presentation.set_active)
        self.addActions([self.full_screen_action, self.zoom_in_action, self.zoom_out_action,
                         self.zoom_reset_action, self.present_action])

    def _build_keys(self) -> None:
        s = self.session
        # Stepping keys belong to the diagram and timeline, so the weight tables keep
        # their arrow keys for moving between cells.
        for key, handler in ((Qt.Key_Space, s.toggle_play), (Qt.Key_Right, lambda: s.step_by(1)),
                             (Qt.Key_Left, lambda: s.step_by(-1)), (Qt.Key_Home, s.first),
                             (Qt.Key_End, s.last)):
            QShortcut(QKeySequence(key), self.central, handler, context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key_Escape), self, self._escape)

    def _escape(self) -> None:
        """Esc leaves the presentation, the text field, or else skips the flow animation."""
        if self.presentation.active:
            self.presentation.leave()
        elif self.timeline.edit.hasFocus():
            self.diagram.setFocus()
        else:
            self.diagram.skip_animation()

    # -- full screen, zoom, theme ------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        """F11: full screen, or back to the window as it was (maximised or not)."""
        if self.presentation.active:
            self.presentation.leave()
            return
        if self.isFullScreen():
            self.showMaximized() if self._was_maximized else self.showNormal()
        else:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())

    def zoom_ui(self, direction: int) -> None:
        """Ctrl+= / Ctrl+− / Ctrl+0: the whole UI's type one step larger, smaller, or back
        to the system's size (Ctrl+0 also fits the diagram); remembered between runs."""
        self.set_ui_zoom(window_layout.ui_zoom_step(self.ui_zoom, direction))
        if direction == 0:
            self.diagram.fit()

    def set_ui_zoom(self, zoom: float) -> None:
        self.ui_zoom = zoom
        self.settings.setValue("uiZoom", zoom)
        if self.presentation.active:
            self.presentation.restyle()
            return
        window_layout.apply_ui_zoom(zoom)
        self.restyle_diagram(zoom)

    def restyle_diagram(self, scale: float, floor: float = 0.0) -> None:
        """Rebuild the cell with its type at ``scale`` (raised to ``floor`` points), keeping
        what it shows: the step's values, the lesson's drawing and outlines, the sub-step."""
        if set_type(scale, floor) and self.session.original is not None:
            self.presenter.redraw_cell()

    def set_dark(self, dark: bool) -> None:
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, dark)
        for view in (self.diagram, self.heatmaps, self.predictions):
            view.set_dark(dark)

    # -- the panes' arrangement ----------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._docks_sized:
            self.size_docks()
        window_layout.tidy_tab_bars(self)

    def size_docks(self) -> None:
        """Docks in proportion to the window, the diagram getting the most room."""
        window_layout.size_docks(self, self.in_lessons())
        self._docks_sized = True

    def in_lessons(self) -> bool:
        """Whether the lessons pane is open (the lesson arrangement of the panes)."""
        return not self.docks["lessons"].isHidden()

    def reset_layout(self) -> None:
        """View ▸ Reset layout: every pane back where the default arrangement has it (the
        lesson arrangement while the lessons are open)."""
        if self.presentation.active:
            self.presentation.leave()
        self._arranging = True
        try:
            window_layout.arrange(self, self.in_lessons())
        finally:
            self._arranging = False
        self._normal_state = None
        self._docks_sized = True

    def _follow_lessons(self, visible: bool) -> None:
        """The lessons pane opened: the panes move out of the cell's way (the lesson text
        on the left, the others below the diagram). It closed: they go back to where
        they were before it opened."""
        opened = self.in_lessons()
        if self._arranging or self.presentation.active or opened == self._lesson_layout:
            return
        self._arranging = True
        try:
            if opened:
                self._normal_state = self.saveState()
                window_layout.arrange(self, lessons=True, reset=False)
            else:
                state, self._normal_state = self._normal_state, None
                if state is None or not self.restoreState(state):
                    window_layout.arrange(self, lessons=False, reset=False)
                self.docks["lessons"].hide()
                window_layout.tidy_tab_bars(self)
        finally:
            self._arranging = False
        self._lesson_layout = opened

    # -- remembered between runs -------------------------------------------------------------
    def _restore_settings(self) -> None:
        """The toggles, the window's place and the panes as they were last time."""
        s = self.settings
        self.animate_action.setChecked(s.value("animate", True, type=bool))
        self.presenter.animate = self.animate_action.isChecked()
        self.dark_action.setChecked(s.value("dark", False, type=bool))
        self.set_dark(self.dark_action.isChecked())
        geometry = s.value("geometry")
        window_layout.place_on_screen(self, geometry is not None and self.restoreGeometry(geometry))
        state = s.value("windowState")
        self._arranging = True
        self._docks_sized = state is not None and self.restoreState(state)
        self._arranging = False
        self._lesson_layout = self.in_lessons()
        if self._lesson_layout:                 # closed with the lessons open: what to go back to
            self._normal_state = s.value("normalState")
        self.docks["lessons"].visibilityChanged.connect(self._follow_lessons)
        self.docks["history"].toggleViewAction().triggered.connect(
            lambda shown: shown and window_layout.size_history(self))

    def _save_settings(self) -> None:
        if self.presentation.active:
            self.presentation.leave()            # remember the layout the user had, not the slides'
        s = self.settings
        s.setValue("geometry", self.saveGeometry())
        s.setValue("windowState", self.saveState())
        if self._lesson_layout and self._normal_state is not None:
            s.setValue("normalState", self._normal_state)
        else:
            s.remove("normalState")
        s.setValue("uiZoom", self.ui_zoom)
        s.setValue("dark", self.dark_action.isChecked())
        s.setValue("animate", self.animate_action.isChecked())
        s.sync()
