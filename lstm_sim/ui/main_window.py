"""The main window: diagram in the middle, timeline above it, panes in docks.

It wires views to the session and back; it computes nothing itself and never touches a
model file (the File menu asks ``controller.documents`` through ``FileActions``). View ▸
Language switches in place: every widget re-words itself (see ``i18n.Retranslates``).
"""
from __future__ import annotations

import html
import time

import shiboken6

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QDockWidget, QFrame, QMainWindow, QMessageBox, QScrollArea,
                               QStatusBar, QTextBrowser, QUndoView, QVBoxLayout, QWidget)

from .. import __version__
from ..controller import Session
from ..controller.session import path_params
from ..controller.training import Trainer, TrainingSettings
from ..scenarios.vocabulary import VISIBLE
from ..scenarios.training_setup import CorpusError, corpus_from_text, named_corpus
from .diagram import CellDiagram
from .editor import WeightEditor
from .file_actions import FileActions, svg_bytes
from .heatmaps import HeatmapPane
from .i18n import CJK_FONT_HINT, LANGUAGES, Retranslates, can_draw_chinese, current_language, install_language
from .layer_bar import LayerBar
from .predictions import PredictionsPane
from .presentation import Presentation
from ..resources import resource
from . import window_layout
from .diagram.style import set_type
from .theme import apply_theme
from .timeline import Timeline

#: Steps closer together than this (ms) are "stepping fast": no flow animation.
FAST_STEP_MS = 350


def unique_shortcuts(*keys, taken=()) -> list[QKeySequence]:
    """The key sequences of ``keys`` (key strings, or standard keys with all the
    platform's bindings), each once and none of ``taken``: a key bound twice, even twice
    to one action, makes Qt log "Ambiguous shortcut overload" and do nothing (on Linux
    the platform's own Redo already is Ctrl+Shift+Z)."""
    out: list[QKeySequence] = []
    seen = [QKeySequence(k) for k in taken]
    for key in keys:
        standard = isinstance(key, QKeySequence.StandardKey)
        sequences = QKeySequence.keyBindings(key) if standard else [QKeySequence(key)]
        for sequence in sequences:
            if not sequence.isEmpty() and sequence not in seen:
                seen.append(sequence)
                out.append(sequence)
    return out


def scrolling(widget: QWidget) -> QScrollArea:
    """A dock's content that scrolls instead of making the window's minimum size grow."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setWidget(widget)
    return area


class MainWindow(Retranslates, QMainWindow):
    def __init__(self, settings: QSettings | None = None):
        super().__init__()
        self.compare = None                     # the comparison dialog, made when first asked for
        self._training = self._provenance = self._lessons = None   # panes made when first shown
        self._units = None                      # the Units pane (issue 19), made when first shown
        self._lesson_drawing = None             # how the lesson on screen wants the cell drawn
        self.settings = settings or QSettings()
        #: View ▸ Zoom: the whole UI's type (and the diagram's), remembered between runs.
        self.ui_zoom = min(max(self.settings.value("uiZoom", 1.0, type=float), window_layout.ZOOMS[0]),
                           window_layout.ZOOMS[-1])
        window_layout.apply_ui_zoom(self.ui_zoom)
        set_type(self.ui_zoom)
        self._normal_state = None               # the layout to go back to when the lessons close
        self._lesson_layout = False             # the panes are in the lesson arrangement
        self._was_maximized = False             # before F11: to go back to
        self._arranging = False                 # moving docks about: their signals mean nothing
        self.presentation = Presentation(self)
        # Not a child of the window: the session's undo stack announces its own
        # destruction, and that must not reach a window that is half torn down.
        self.session = Session()
        self.setWindowTitle("LSTM Sim[*]")
        self.setWindowIcon(QIcon(str(resource("icons", "lstm-sim.svg"))))
        self.setDockNestingEnabled(True)
        self.setAcceptDrops(True)

        self.timeline = Timeline(self)
        self.diagram = CellDiagram(self)
        self.layer_bar = LayerBar(self)
        self.central = QWidget(self)
        layout = QVBoxLayout(self.central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.timeline)
        layout.addWidget(self.layer_bar)
        layout.addWidget(self.diagram, 1)
        self.setCentralWidget(self.central)

        self.heatmaps = HeatmapPane(self)
        self.heatmaps.graphics.setMinimumHeight(130)     # the diagram gets the room first
        self.predictions = PredictionsPane(self)
        self.about = QTextBrowser(self)
        self.about.setObjectName("aboutNetwork")
        self.editor = WeightEditor(self)
        self.editor.setMinimumSize(200, 120)    # its tables scroll; small windows stay usable
        self.trainer = Trainer(self.session, self)
        self.undo_view = QUndoView(self.session.undo_stack, self)
        self.docks = {
            "heatmaps": self._dock("heatmaps", self.heatmaps, Qt.BottomDockWidgetArea),
            "memory": self._dock("memory", QWidget(), Qt.RightDockWidgetArea),
            "predictions": self._dock("predictions", self.predictions, Qt.RightDockWidgetArea),
            "about": self._dock("about", self.about, Qt.RightDockWidgetArea),
            "editor": self._dock("editor", self.editor, Qt.RightDockWidgetArea),
            "history": self._dock("history", self.undo_view, Qt.RightDockWidgetArea),
            "training": self._dock("training", QWidget(), Qt.RightDockWidgetArea),
        }
        self.tabifyDockWidget(self.docks["about"], self.docks["editor"])
        self.tabifyDockWidget(self.docks["editor"], self.docks["training"])
        self.tabifyDockWidget(self.docks["training"], self.docks["memory"])
        self.docks["about"].raise_()
        self.docks["history"].hide()          # Edit ▸ Undo history shows it

        self._build_menus()
        self.docks["lessons"] = self._dock("lessons", QWidget(), Qt.LeftDockWidgetArea)
        # Panes most sessions never open are made the first time they are shown.
        for name, make in (("training", lambda: self.training), ("memory", lambda: self.provenance),
                           ("lessons", lambda: self.lessons)):
            self.docks[name].visibilityChanged.connect(lambda visible, make=make: visible and make())
        self.docks["lessons"].hide()                  # View ▸ Lessons, or Help ▸ Start the lessons
        self.view_menu.insertAction(self.view_menu.actions()[0], self.docks["lessons"].toggleViewAction())
        # The Units pane: made when first shown (View ▸ Units).
        self.docks["units"] = self._dock("units", QWidget(), Qt.LeftDockWidgetArea)
        self.docks["units"].visibilityChanged.connect(lambda visible: visible and self.units_pane)
        self.docks["units"].hide()
        self.view_menu.insertAction(next(a for a in self.view_menu.actions() if a.isSeparator()),
                                    self.docks["units"].toggleViewAction())
        self._build_shortcuts()
        self._connect()
        self._last_step_time = 0.0
        self._shown_tokens: list[str] | None = None
        self.animate_action.setChecked(self.settings.value("animate", True, type=bool))
        self.dark_action.setChecked(self.settings.value("dark", False, type=bool))
        self.set_dark(self.dark_action.isChecked())
        geometry = self.settings.value("geometry")
        window_layout.place_on_screen(self, geometry is not None and self.restoreGeometry(geometry))
        state = self.settings.value("windowState")
        self._arranging = True
        self._docks_sized = state is not None and self.restoreState(state)
        self._arranging = False
        self._lesson_layout = self.in_lessons()
        if self._lesson_layout:                 # closed with the lessons open: what to go back to
            self._normal_state = self.settings.value("normalState")
        self.docks["lessons"].visibilityChanged.connect(self._follow_lessons)
        self.docks["history"].toggleViewAction().triggered.connect(
            lambda shown: shown and window_layout.size_history(self))
        self.retranslate()
        # Start with the keys stepping through the sentence, not editing the text;
        # Enter or Esc in the text field hands them back.
        self.diagram.setFocus(Qt.OtherFocusReason)
        self.timeline.edit.returnPressed.connect(self.diagram.setFocus)

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

    def _dock(self, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"dock:{name}")           # restoreState matches docks by name
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- menus and keys -------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu("")
        self.files = FileActions(self, file_menu)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction("", QKeySequence.Quit, self.close)
        self.quit_action.setObjectName("quit")

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        stack = self.session.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(unique_shortcuts("Ctrl+Z", QKeySequence.Undo))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        # One action, each key once: Ctrl+Shift+Z and Ctrl+Y everywhere, plus the platform's own.
        self.redo_action.setShortcuts(unique_shortcuts("Ctrl+Shift+Z", "Ctrl+Y", QKeySequence.Redo,
                                                       taken=self.undo_action.shortcuts()))
        for action, name in ((self.undo_action, "undo"), (self.redo_action, "redo")):
            action.setObjectName(name)
            edit.addAction(action)
        edit.addAction(self.docks["history"].toggleViewAction())
        edit.addSeparator()
        self.reset_all_action = edit.addAction(self.tr("Reset &all weights"), self.session.reset_all)
        self.reset_all_action.setObjectName("resetAll")
        edit.addAction(self.tr("Free all gate &clamps"), self.session.free_clamps).setObjectName("freeClamps")
        self.edit_menu = edit

        view = self.view_menu = self.menuBar().addMenu("")
        for key in ("heatmaps", "memory", "predictions", "about", "editor", "training"):
            view.addAction(self.docks[key].toggleViewAction())
        view.addSeparator()
        self.fit_action = view.addAction("", self.diagram.fit)       # Ctrl+0 (normal size) fits too
        self.fit_action.setObjectName("fitDiagram")
        self.inside_action = view.addAction("")
        self.inside_action.setObjectName("stepInside")
        self.inside_action.setCheckable(True)
        self.inside_action.toggled.connect(lambda on: self.diagram.set_substep(0 if on else None))
        self.substep_next_action = view.addAction("", QKeySequence("Shift+Right"), lambda: self.move_substep(1))
        self.substep_next_action.setObjectName("substepNext")
        self.substep_back_action = view.addAction("", QKeySequence("Shift+Left"), lambda: self.move_substep(-1))
        self.substep_back_action.setObjectName("substepBack")
        self.language_menu = view.addMenu("")
        choice = QActionGroup(self.language_menu)        # one language at a time
        for code, name in LANGUAGES.items():             # each named in its own language: never translated
            action = self.language_menu.addAction(name)
            choice.addAction(action)
            action.setObjectName(f"language:{code}")
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
        self.other_names_action = view.addAction("")
        self.other_names_action.setObjectName("otherNames")
        self.other_names_action.setCheckable(True)
        self.other_names_action.setChecked(current_language() == "zh-TW")    # the book's words in Chinese, by default
        self.other_names_action.toggled.connect(self._relabel)
        self.animate_action = view.addAction("")
        self.animate_action.setObjectName("animate")
        self.animate_action.setCheckable(True)
        self.dark_action = view.addAction("")
        self.dark_action.setObjectName("darkTheme")
        self.dark_action.setCheckable(True)
        self.dark_action.toggled.connect(self.set_dark)
        self._build_screen_actions(view)

        self.tools_menu = self.menuBar().addMenu("")
        self.compare_action = self.tools_menu.addAction("", self.show_compare)
        self.compare_action.setObjectName("compare")

        self.help_menu = self.menuBar().addMenu("")
        self.lessons_action = self.help_menu.addAction("", self.start_lessons)
        self.lessons_action.setObjectName("startLessons")
        self.shortcuts_action = self.help_menu.addAction("", self.show_shortcuts)
        self.shortcuts_action.setObjectName("keyboardShortcuts")
        self.about_action = self.help_menu.addAction("", self.show_about)
        self.about_action.setObjectName("aboutApp")

    def retranslate(self) -> None:
        """The window's own words in the current language: menus, dock titles, the title,
        the About pane, the editor's notes and the captions it gives the diagram. Each pane
        re-words itself (a language change reaches every widget); nothing is rebuilt, so the
        session, the lesson and its step, the sub-step and the layout stay as they are."""
        for menu, title in ((self.file_menu, self.tr("&File")), (self.edit_menu, self.tr("&Edit")),
                            (self.view_menu, self.tr("&View")), (self.language_menu, self.tr("&Language")),
                            (self.tools_menu, self.tr("&Tools")), (self.help_menu, self.tr("&Help"))):
            menu.setTitle(title)
        self.files.retranslate()
        free_clamps = self.findChild(QAction, "freeClamps")
        for action, text in (
                (self.quit_action, self.tr("&Quit")),
                (self.reset_all_action, self.tr("Reset &all weights")),
                (free_clamps, self.tr("Free all gate &clamps")),
                (self.fit_action, self.tr("&Fit diagram")),
                (self.inside_action, self.tr("Step &inside the cell")),
                (self.substep_next_action, self.tr("Next part of the computation")),
                (self.substep_back_action, self.tr("Previous part of the computation")),
                (self.other_names_action, self.tr("Show the book's words in &Chinese")),
                (self.animate_action, self.tr("&Animate steps")),
                (self.dark_action, self.tr("&Dark theme")),
                (self.full_screen_action, self.tr("F&ull screen")),
                (self.zoom_in_action, self.tr("Zoom &in (larger type)")),
                (self.zoom_out_action, self.tr("Zoom &out (smaller type)")),
                (self.zoom_reset_action, self.tr("&Normal size")),
                (self.reset_layout_action, self.tr("&Reset layout")),
                (self.present_action, self.tr("&Presentation")),
                (self.compare_action, self.tr("&Compare the lesson's RNN, a plain RNN and the LSTM…")),
                (self.lessons_action, self.tr("Start the &lessons")),
                (self.shortcuts_action, self.tr("&Keyboard shortcuts")),
                (self.about_action, self.tr("&About LSTM Sim"))):
            action.setText(text)
        self.inside_action.setToolTip(self.tr("Shift+→ / Shift+← walk through one step's computation"))
        self.other_names_action.setToolTip(self.tr("Label Doug, Jane, Spot, saw and . as 道格, 珍, 小點, 看見 and 。 "
                                                   "(you can type either)"))
        self._word_undo_redo()
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        for key, title in (("heatmaps", self.tr("Heatmaps over time")), ("memory", self.tr("Memory flow")),
                           ("predictions", self.tr("Next-word prediction")), ("about", self.tr("About")),
                           ("editor", self.tr("Weights")), ("history", self.tr("Undo history")),
                           ("training", self.tr("Training")), ("lessons", self.tr("Lessons"))):
            self.docks[key].setWindowTitle(title)     # its View-menu action follows the title
        self.docks["units"].setWindowTitle(self.tr("Units"))
        bar = self.findChild(QStatusBar, "", Qt.FindDirectChildrenOnly)    # statusBar() would make one
        if bar is not None:
            bar.clearMessage()                        # said in the language before
        s = self.session
        if s.original is None or s.trace is None:
            return
        self._show_about()
        self._update_title()
        path = self.editor.current_path
        if path in s.paths():                         # the same path again: its notes re-worded
            self.editor.show_path(path, self.path_blocks(path))
        self.diagram.set_input_caption(self._input_caption(s.step))
        if s.kind == "lstm" and self._shown_tokens is not None:
            self._show_memory_sources(s.step)        # the memory cells' notes

    def _word_undo_redo(self, *args) -> None:
        """Edit ▸ Undo / Redo in the current language: Qt words them with the prefix they
        were made with, so this runs after it whenever the command's text changes."""
        stack = self.session.undo_stack
        if not shiboken6.isValid(stack):
            return
        for action, prefix, command in ((self.undo_action, self.tr("&Undo"), stack.undoText()),
                                        (self.redo_action, self.tr("&Redo"), stack.redoText())):
            action.setText(f"{prefix} {command}" if command else prefix)

    def choose_language(self, code: str) -> None:
        """View ▸ Language: swap the translator; every widget re-words itself in place
        (``QEvent.LanguageChange``), and the choice is remembered for the next start."""
        if not install_language(code):
            QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)     # it fell back to English
            self.findChild(QAction, f"language:{current_language()}").setChecked(True)
            QMessageBox.warning(self, "LSTM Sim", QCoreApplication.translate(
                "App", "The {0} translation is missing from this installation.").format(code))
            return
        self.settings.setValue("language", code)
        # Re-word every widget now rather than on the next pass of the event loop.
        QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)
        self.other_names_action.setChecked(code == "zh-TW")    # Chinese: 道格, 珍, 小點 … by default
        if code == "zh-TW" and not can_draw_chinese():
            # Said where it is seen, without a modal box that stops everything until dismissed.
            self.statusBar().showMessage(QCoreApplication.translate("App", CJK_FONT_HINT), 30000)

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
        if not set_type(scale, floor) or self.session.original is None:
            return
        marks, selected = self.diagram.highlighted(), self.diagram.selected_path()
        substep = self.diagram.substep()
        self._build_cell()
        self.diagram.select_path(selected)
        self.diagram.set_clamps(self.session.clamps())
        for mark in marks:
            self.diagram.highlight(*mark.split(":", 1))
        if substep is not None and self.diagram.substep() is not None:
            self.diagram.set_substep(substep)
        self.diagram.show_step(self.session.step_values(self.session.step))
        self.diagram.set_input_caption(self._input_caption(self.session.step))

    def _build_shortcuts(self) -> None:
        s = self.session
        # Stepping keys belong to the diagram and timeline, so the weight tables keep
        # their arrow keys for moving between cells.
        for key, handler in ((Qt.Key_Space, s.toggle_play), (Qt.Key_Right, lambda: s.step_by(1)),
                             (Qt.Key_Left, lambda: s.step_by(-1)), (Qt.Key_Home, s.first),
                             (Qt.Key_End, s.last)):
            QShortcut(QKeySequence(key), self.central, handler, context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key_Escape), self, self._escape)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        def keys(action, n: int) -> str:       # the keys bound, named as this system names them
            return ", ".join(k.toString(QKeySequence.NativeText) for k in action.shortcuts()[:n])
        undo_redo = f"{keys(self.undo_action, 1)} / {keys(self.redo_action, 2)}"
        return [("Space", self.tr("Play / pause")), ("→ / ←", self.tr("Step forward / back")),
                ("Home / End", self.tr("First / last step")),
                ("Esc", self.tr("Skip the animation; leave the text field")),
                ("Ctrl+0", self.tr("Fit the diagram")),
                (f"{keys(self.zoom_in_action, 1)} / {keys(self.zoom_out_action, 1)} / {keys(self.zoom_reset_action, 1)}",
                 self.tr("Larger / smaller / normal type in the whole window")),
                ("F11", self.tr("Full screen")),
                ("F5", self.tr("Presentation: the cell, the prediction and the lesson in large type; "
                               "Page Down / Page Up step, Esc leaves")),
                (undo_redo, self.tr("Undo / redo")),
                ("Ctrl+O / Ctrl+S", self.tr("Open / save a session")),
                (self.tr("in a weight table"), self.tr("type a number, drag up/down (Shift: fine), + / −")),
                (self.tr("right-click a gate"), self.tr("clamp it open, closed or free")),
                ("Ctrl+Q", self.tr("Quit"))]

    def _escape(self) -> None:
        """Esc leaves the presentation, the text field, or else skips the flow animation."""
        if self.presentation.active:
            self.presentation.leave()
        elif self.timeline.edit.hasFocus():
            self.diagram.setFocus()
        else:
            self.diagram.skip_animation()

    def _connect(self) -> None:
        s, tl, ed = self.session, self.timeline, self.editor
        tl.textEdited.connect(s.set_text)
        tl.stepRequested.connect(s.set_step)
        tl.playToggled.connect(s.toggle_play)
        tl.speedChanged.connect(s.set_speed)
        self.heatmaps.stepClicked.connect(s.set_step)
        self.diagram.pathSelected.connect(self.show_path)
        self.diagram.clampRequested.connect(self._clamp)
        ed.pathChosen.connect(self.show_path)
        ed.editRequested.connect(self._edit_weight)
        ed.resetPathRequested.connect(lambda: s.reset_path(ed.current_path))
        ed.resetAllRequested.connect(s.reset_all)
        ed.zeroBlockRequested.connect(lambda p: s.zero_block(p, path_params(ed.current_path)[1]))
        ed.randomizeRequested.connect(lambda seed: s.randomize_path(ed.current_path, seed))
        ed.clampRequested.connect(self._clamp)
        run = self.trainer.runner
        run.stateChanged.connect(self._on_training_state)
        run.progressed.connect(self._on_training_progress)
        run.sampled.connect(lambda text: self.training.show_sample(text))
        self.trainer.message.connect(lambda text: self.training.show_message(text))
        s.networkChanged.connect(self._on_network)
        s.traceChanged.connect(self._on_trace)
        s.stepChanged.connect(self._on_step)
        s.weightsChanged.connect(self._on_weights)
        s.clampsChanged.connect(self._on_clamps)
        s.layerChanged.connect(self._show_layer)
        self.layer_bar.layerChosen.connect(s.set_layer)
        s.textRejected.connect(tl.show_error)
        s.textAccepted.connect(tl.clear_error)
        s.playingChanged.connect(tl.set_playing)
        s.undo_stack.cleanChanged.connect(self._update_title)
        s.fileChanged.connect(self._update_title)
        # After Qt's own wording of Undo / Redo (connected when the actions were made).
        s.undo_stack.undoTextChanged.connect(self._word_undo_redo)
        s.undo_stack.redoTextChanged.connect(self._word_undo_redo)

    # -- session → views ------------------------------------------------------
    def _names(self, words: list[str]) -> list[str]:
        """Labels for words and units: the vocabulary's other spelling when asked for."""
        if self.session.vocab.tokenizer == "chars":         # a character model: spaces made visible
            return ["".join(VISIBLE.get(ch, ch) for ch in w) for w in words]
        if not self.other_names_action.isChecked():
            return list(words)
        names = self.session.other_names()
        return [names.get(w, w) for w in words]

    def _relabel(self) -> None:
        """View ▸ Show the book's words in Chinese (on by default in Chinese): every view
        relabels at once, and keeps what it showed — the sub-step, the lesson's outlines,
        the path being edited."""
        d, path = self.diagram, self.editor.current_path
        substep, marks, selected = d.substep(), d.highlighted(), d.selected_path()
        self._on_network()
        self._shown_tokens = None
        self._on_trace()
        self._on_step(self.session.step)
        if path in self.session.paths():
            self.editor.show_path(path, self.path_blocks(path))
            self.editor.set_clamps(self.session.clamps())
        d.select_path(selected)
        for mark in marks:
            d.highlight(*mark.split(":", 1))
        if substep is not None and self.inside_action.isChecked():
            d.set_substep(substep)

    def _on_network(self) -> None:
        s = self.session
        p = s.original
        self.other_names_action.setEnabled(bool(s.other_names()))
        units, words = self._names(s.units), self._names(s.words)
        self.heatmaps.set_cell(s.kind, units)
        if self._provenance is not None:
            self._provenance.set_units(units if s.kind == "lstm" else None)
        self.predictions.set_words(words)
        self.timeline.set_vocabulary(words)
        self._show_layer(path=s.paths()[0])
        self._show_about()
        self._update_title()

    def _show_about(self) -> None:
        """The About pane: the open network's texts in the current language."""
        esc = html.escape
        texts = self.preset_texts()
        summary = texts.summary or self.tr("A model opened from a file.")
        self.about.setHtml(f"<h3>{esc(texts.title)}</h3><p>{esc(summary)}</p>"
                           + "".join(f"<p>{esc(line)}</p>" for line in texts.about)
                           + "<p><b>" + esc(self.tr("Vocabulary:")) + "</b> " + esc(self._vocabulary_line()) + "</p>"
                           + "<p><i>" + esc(self.tr("Click a path box in the diagram to edit its weights; "
                                                    "right-click a gate to clamp it.")) + "</i></p>")

    def _vocabulary_line(self, shown: int = 80) -> str:
        """The words, or the first ``shown`` of a large vocabulary and how many there are."""
        words = self.session.words
        if len(words) <= shown:
            return ", ".join(words)
        return ", ".join(words[:shown]) + " " + self.tr("… ({0:,} words in all)").format(len(words))

    def _show_layer(self, *args, path: str | None = None) -> None:
        """The diagram and the editor for the layer on show (a stacked net has several),
        the editor on ``path`` (default: the path it shows now)."""
        s = self.session
        units, words = self._names(s.units), self._names(s.words)
        inputs = self._names(s.input_names())
        self.layer_bar.set_layers(s.num_layers, s.layer, s.has_embedding)
        path = path or self.editor.current_path
        self._build_cell()
        self.diagram.select_path(None)
        self.editor.set_network(s.kind, units, inputs, words, embedding="embedding" in s.paths(),
                                squash=s.nonlinearity)
        path = path if path in s.paths() else s.paths()[0]
        self.editor.show_path(path, self.path_blocks(path))
        self._on_clamps()

    def _build_cell(self) -> None:
        """The diagram of the layer on show (a lesson's partial cell survives a rebuild)."""
        s = self.session
        noun = "unit" if s.layer > 0 else "value" if s.has_embedding else "word"
        self.diagram.set_cell(s.kind, self._names(s.units), self._names(s.input_names()), noun,
                              squash=s.nonlinearity)
        if self._lesson_drawing is not None:
            self._lesson_drawing.redraw()

    def _update_title(self, *args) -> None:
        s = self.session
        if not shiboken6.isValid(s.undo_stack):     # the stack announcing its own destruction
            return
        where = f" — {s.file_path}" if s.file_path else ""
        title = self.preset_texts().title if s.original is not None else ""
        self.setWindowTitle(f"{title}{where}[*] — LSTM Sim")
        self.setWindowModified(s.dirty)

    def preset_texts(self):
        """The open preset's title, summary, About lines and block notes in the UI's language."""
        return self.session.original.texts(current_language())

    def path_blocks(self, path: str) -> list:
        """The session's weight blocks for ``path``, their notes in the UI's language."""
        notes, gate = self.preset_texts().notes, path_params(path)[1]
        return [(param, notes.get((param, gate), note), values)
                for param, note, values in self.session.path_blocks(path)]

    def show_path(self, path: str, raise_dock: bool = True) -> None:
        """A path box was clicked (or picked in the editor): edit its weight blocks."""
        if path not in self.session.paths():
            return
        self.diagram.select_path(path if path != "readout" else None)
        self.editor.show_path(path, self.path_blocks(path))
        self.editor.set_clamps(self.session.clamps())
        if raise_dock:
            self.docks["editor"].show()
            self.docks["editor"].raise_()

    def _edit_weight(self, param: str, row: int, col: int, value: float, merge_id: int) -> None:
        try:
            self.session.edit_weight(param, path_params(self.editor.current_path)[1], row, col, value, merge_id)
        except ValueError as exc:
            self.statusBar().showMessage(str(exc), 5000)

    def _clamp(self, gate: str, unit, value) -> None:
        try:
            self.session.set_clamp(gate, unit, value)
        except ValueError as exc:
            self.statusBar().showMessage(str(exc), 5000)


    def move_substep(self, delta: int) -> None:
        """Walk through one step's computation; past its end, on to the next word."""
        d, s = self.diagram, self.session
        if not self.inside_action.isChecked():
            self.inside_action.setChecked(True)
            return
        k = d.substep() + delta
        while 0 <= k < d.substep_count() and not d.stage_drawn(k):
            k += delta                          # a part a lesson has not drawn yet: skip it
        if k >= d.substep_count():
            if s.step < len(s.token_texts) - 1:
                s.step_by(1)
                d.set_substep(0)
        elif k < 0:
            if s.step > 0:
                s.step_by(-1)
                d.set_substep(d.substep_count() - 1)
        else:
            d.set_substep(k)

    # -- panes made on first use -------------------------------------------------------
    @property
    def training(self):
        if self._training is None:
            from .training_dock import TrainingDock
            tr = self._training = TrainingDock(self)
            self.docks["training"].setWidget(scrolling(tr))
            tr.startRequested.connect(self.start_training)
            tr.pauseRequested.connect(self.trainer.runner.pause)
            tr.resumeRequested.connect(self.trainer.runner.resume)
            tr.stopRequested.connect(self.trainer.runner.stop)
            tr.resetRequested.connect(self.trainer.reset)
            tr.generateRequested.connect(self._generate)
            tr.set_state(self.trainer.runner.state)
        return self._training

    @property
    def provenance(self):
        if self._provenance is None:
            from .provenance import ProvenancePane
            self._provenance = ProvenancePane(self)
            self.docks["memory"].setWidget(self._provenance)
            if self.session.trace is not None:
                self._provenance.set_units(self.session.units if self.session.kind == "lstm" else None)
                if self.session.kind == "lstm":
                    self._show_memory_sources(self.session.step)
        return self._provenance

    @property
    def lessons(self):
        if self._lessons is None:
            from .lessons import LessonsPanel
            from .lessons.diagram_mode import DiagramMode
            # A lesson shows its own network and gives the learner's back on leaving: nothing to save first.
            self._lessons = LessonsPanel(self.session, self, before_lesson=self._finish_training)
            self.docks["lessons"].setWidget(self._lessons)
            self._lessons.highlightRequested.connect(self._highlight)
            self._lessons.toolRequested.connect(self._lesson_tool)
            self._lesson_drawing = DiagramMode(self._lessons, self.diagram, self.inside_action,
                                               self.docks["lessons"], self)
            self.docks["lessons"].visibilityChanged.connect(self._lessons_shown)
        return self._lessons

    @property
    def units_pane(self):
        if self._units is None:
            from .units_pane import UnitsPane, connect_units_pane
            self._units = UnitsPane(self.session, self)
            self.docks["units"].setWidget(self._units)
            connect_units_pane(self, self._units)
            # Wide for the text, while the diagram keeps room to show the cell.
            width = max(min(int(self.width() * 0.45), self.diagram.width() - 640), 380)
            self.resizeDocks([self.docks["units"]], [width], Qt.Horizontal)
        return self._units

    def show_compare(self) -> None:
        if self.compare is None:
            from .compare_dialog import CompareDialog
            self.compare = CompareDialog(self)
        self.compare.show()
        self.compare.raise_()

    # -- lessons ---------------------------------------------------------------------
    def start_lessons(self) -> None:
        self.docks["lessons"].show()            # the panes make room (see _follow_lessons)
        self.docks["lessons"].raise_()

    def _finish_training(self) -> None:
        """Before a lesson takes over the screen: a run ends, its result an undo step of the learner's."""
        self.trainer.runner.stop(wait=True)

    def _lesson_tool(self, name: str) -> None:
        """A lesson step asks for a tool: Tools ▸ Compare's mistakes-against-distance run."""
        if name == "compare-distance":
            self.show_compare()
            self.compare.start_distances()

    def _lessons_shown(self, visible: bool) -> None:
        """Closing the lessons takes their outlines off the app; opening them again puts
        back those of the step on screen (the app itself stays where the learner left it)."""
        if self.docks["lessons"].isHidden():
            self._highlight("", "")
        elif visible:
            self._lessons.show_lesson(self._lessons.lesson.id, self._lessons.step_index, move_app=False)

    def _highlight(self, kind: str, key: str) -> None:
        """A lesson step points at a part of the app."""
        if kind == "":
            self.diagram.clear_highlights()
            self.heatmaps.clear_highlight()
        elif kind in ("box", "node", "strip"):
            self.diagram.highlight(kind, key)
        elif kind == "heatmap":
            gate, _, unit = key.partition(":")
            units = self.session.units
            self.heatmaps.highlight(gate, units.index(unit) if unit in units else None)
            if not self.presentation.active:     # presenting shows the cell, the prediction, the lesson
                self.docks["heatmaps"].show()
                self.docks["heatmaps"].raise_()
        elif kind == "dock" and key in self.docks:
            if not self.presentation.active or key in ("predictions", "lessons"):
                self.docks[key].show()
                self.docks[key].raise_()

    # -- training ------------------------------------------------------------------
    def start_training(self, kind: str, text: str, settings: dict) -> None:
        if self.trainer.runner.state != "idle" or not self.files.maybe_save():
            return
        try:
            corpus = corpus_from_text(text, self.tr("your text")) if kind == "text" else named_corpus(kind)
            self.trainer.start(corpus, TrainingSettings(**settings))
        except CorpusError as exc:
            self.training.show_message(str(exc))
            return
        self.training.new_run()

    def _generate(self, words: int, temperature: float, seed: int) -> None:
        try:
            added = self.session.continue_text(words, temperature, seed)
        except ValueError as exc:
            self.training.show_message(str(exc))
            return
        self.training.show_sample(added)
        self.session.set_step(len(self.session.token_texts) - words)   # the first sampled word

    def _on_training_state(self, state: str) -> None:
        self.training.set_state(state)
        # The run owns the weights while it lasts: no hand edits, resets or undo meanwhile.
        idle, stack = state == "idle", self.session.undo_stack
        self.editor.setEnabled(idle)
        self.reset_all_action.setEnabled(idle)
        self.undo_action.setEnabled(idle and stack.canUndo())
        self.redo_action.setEnabled(idle and stack.canRedo())

    def _on_training_progress(self, snap) -> None:
        points = self.trainer.history[-1] if self.trainer.history else []
        self.training.show_progress(points, snap.epoch, snap.epochs, snap.elapsed)

    def _on_weights(self) -> None:
        path = self.editor.current_path
        if path in self.session.paths():
            self.editor.update_values(self.path_blocks(path))

    def _on_clamps(self) -> None:
        clamps = self.session.clamps()
        self.diagram.set_clamps(clamps)
        self.editor.set_clamps(clamps)
        self.heatmaps.set_clamps(clamps)

    def _on_trace(self) -> None:
        s = self.session
        self.timeline.set_text(s.text)
        tokens = s.token_labels(self._names(s.token_texts))
        if tokens != self._shown_tokens:         # a weight edit keeps the chips as they are
            self.timeline.set_tokens(tokens)
            self._shown_tokens = tokens
        self.heatmaps.set_trace(s.trace, tokens)
        self.heatmaps.set_clamps(s.clamps())          # the frames span the new columns

    def _on_step(self, step: int) -> None:
        now = time.monotonic()
        fast = (now - self._last_step_time) * 1000 < FAST_STEP_MS
        self._last_step_time = now
        values = self.session.step_values(step)
        self.diagram.show_step(values, animate=self.animate_action.isChecked() and not fast)
        self.diagram.set_input_caption(self._input_caption(step))
        self.heatmaps.set_step(step)
        self.predictions.set_probs(values["probs"])
        self.timeline.set_step(step)
        if self.session.kind == "lstm":
            self._show_memory_sources(step)

    def _input_caption(self, step: int) -> str | None:
        """What the new-information wire carries when it is not simply the word: the
        word's embedding, or the layer below's prediction."""
        s = self.session
        if s.layer > 0:
            return self.tr("new information · xₜ: layer {0}'s h").format(s.layer)
        if s.has_embedding and 0 <= step < len(self._shown_tokens or ()):
            return self.tr("new information · xₜ: “{0}” embedded").format(self._shown_tokens[step])
        return None

    def _show_memory_sources(self, step: int) -> None:
        """The memory-flow pane, and on the diagram's memory cells the step each unit's
        memory mostly came from."""
        s = self.session
        contributions, start = s.memory_sources(step)
        tokens = self._shown_tokens           # the chips' labels, made once per trace
        if self._provenance is not None and self.docks["memory"].isVisible():
            self._provenance.show_sources(contributions, start, tokens, step)
        from .provenance import memory_notes        # cancelling votes named as the lesson does
        self.diagram.strip("c").set_notes(memory_notes(contributions, start, tokens))

    # -- actions ----------------------------------------------------------------
    def open_model(self, path: str) -> bool:
        """Open a session or model file (asks to save unsaved changes first)."""
        return self.files.open_path(path)

    def diagram_svg(self) -> bytes:
        scene = self.diagram.scene()
        return svg_bytes(scene, scene.sceneRect(), self.preset_texts().title)

    def set_dark(self, dark: bool) -> None:
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, dark)
        for view in (self.diagram, self.heatmaps, self.predictions):
            view.set_dark(dark)

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>&nbsp;&nbsp;{html.escape(v)}</td></tr>"
                       for k, v in self.shortcut_rows())
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About LSTM Sim"),
                          f"<h3>LSTM Sim {__version__}</h3><p>"
                          + self.tr("See inside an LSTM cell: step a sentence through it, watch every "
                                    "vector change, edit any weight or clamp a gate and see the effect at once.")
                          + "</p><p>" + self.tr("Based on Brandon Rohrer's lesson “How recurrent neural "
                                                "networks and LSTM work”.") + "</p>")

    # -- drag and drop, closing ----------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_model(urls[0].toLocalFile())

    def closeEvent(self, event) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.trainer.runner.stop(wait=True)     # no thread outlives the window
        if self._units is not None:
            self._units.shutdown()
        if self.compare is not None:
            self.compare.finish_run()           # also when Esc only hid the dialog
            self.compare.close()
        self.session.pause()
        if self.presentation.active:
            self.presentation.leave()            # remember the layout the user had, not the slides'
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        if self._lesson_layout and self._normal_state is not None:
            self.settings.setValue("normalState", self._normal_state)
        else:
            self.settings.remove("normalState")
        self.settings.setValue("uiZoom", self.ui_zoom)
        self.settings.setValue("dark", self.dark_action.isChecked())
        self.settings.setValue("animate", self.animate_action.isChecked())
        self.settings.sync()
        super().closeEvent(event)
