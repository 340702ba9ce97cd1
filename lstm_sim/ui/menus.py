"""The main window's menus and their words: File (``FileActions``), Edit, View, Tools,
Help; Edit ▸ Undo / Redo worded after the command they undo; the keyboard-shortcut list
and the About box.

Mixed into ``MainWindow``: the actions stay the window's attributes (``undo_action``,
``inside_action`` …). Every text keeps the window's translation context ("MainWindow").
The View menu's toggles are views of the ``ViewState``: stepping inside the cell and the
other names are set there, and the presenter follows.
"""
from __future__ import annotations

import html

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStatusBar

from .. import __version__
from .file_actions import FileActions
from .i18n import LANGUAGES, current_language


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


def _action(menu, name: str, slot=None, keys=None, checkable: bool = False) -> QAction:
    action = menu.addAction("")
    action.setObjectName(name)
    if slot is not None:
        action.triggered.connect(slot)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    action.setCheckable(checkable)
    return action


class WindowMenus:
    """The menus of ``MainWindow`` (see the module docstring)."""

    def _build_menus(self) -> None:
        self._build_file_and_edit()
        self._build_view()
        self.tools_menu = self.menuBar().addMenu("")
        self.compare_action = _action(self.tools_menu, "compare", self.show_compare)
        self.help_menu = self.menuBar().addMenu("")
        self.lessons_action = _action(self.help_menu, "startLessons", self.start_lessons)
        self.shortcuts_action = _action(self.help_menu, "keyboardShortcuts", self.show_shortcuts)
        self.about_action = _action(self.help_menu, "aboutApp", self.show_about)

    def _build_file_and_edit(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu("")
        self.files = FileActions(self, file_menu)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction("", QKeySequence.Quit, self.close)
        self.quit_action.setObjectName("quit")

        edit = self.edit_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        stack = self.session.undo_stack
        self.undo_action = stack.createUndoAction(self, QCoreApplication.translate("MainWindow", "&Undo"))
        self.undo_action.setShortcuts(unique_shortcuts("Ctrl+Z", QKeySequence.Undo))
        self.redo_action = stack.createRedoAction(self, QCoreApplication.translate("MainWindow", "&Redo"))
        # One action, each key once: Ctrl+Shift+Z and Ctrl+Y everywhere, plus the platform's own.
        self.redo_action.setShortcuts(unique_shortcuts("Ctrl+Shift+Z", "Ctrl+Y", QKeySequence.Redo,
                                                       taken=self.undo_action.shortcuts()))
        for action, name in ((self.undo_action, "undo"), (self.redo_action, "redo")):
            action.setObjectName(name)
            edit.addAction(action)
        edit.addAction(self.docks["history"].toggleViewAction())
        edit.addSeparator()
        self.reset_all_action = _action(edit, "resetAll", self.session.reset_all)
        self.free_clamps_action = _action(edit, "freeClamps", self.session.free_clamps)
        # After Qt's own wording of Undo / Redo (connected when the actions were made).
        stack.undoTextChanged.connect(self._word_undo_redo)
        stack.redoTextChanged.connect(self._word_undo_redo)

    def _build_view(self) -> None:
        view = self.view_menu = self.menuBar().addMenu("")
        for key in ("heatmaps", "memory", "predictions", "about", "editor", "training"):
            view.addAction(self.docks[key].toggleViewAction())
        view.addSeparator()
        self.fit_action = _action(view, "fitDiagram", self.diagram.fit)      # Ctrl+0 (normal size) fits too
        state = self.view_state
        self.inside_action = _action(view, "stepInside", checkable=True)
        self.inside_action.setChecked(state.inside)
        self.inside_action.toggled.connect(state.set_inside)
        state.insideChanged.connect(self.inside_action.setChecked)
        self.substep_next_action = _action(view, "substepNext", lambda: self.move_substep(1), "Shift+Right")
        self.substep_back_action = _action(view, "substepBack", lambda: self.move_substep(-1), "Shift+Left")
        self.language_menu = view.addMenu("")
        choice = QActionGroup(self.language_menu)        # one language at a time
        for code, name in LANGUAGES.items():             # each named in its own language: never translated
            action = self.language_menu.addAction(name)
            choice.addAction(action)
            action.setObjectName(f"language:{code}")
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
        self.other_names_action = _action(view, "otherNames", checkable=True)
        self.other_names_action.setChecked(state.other_names)     # the book's words in Chinese, by default
        self.other_names_action.toggled.connect(state.set_other_names)
        state.otherNamesChanged.connect(self.other_names_action.setChecked)
        self.animate_action = _action(view, "animate", checkable=True)
        self.dark_action = _action(view, "darkTheme", checkable=True)
        self.dark_action.toggled.connect(self.set_dark)
        self._build_screen_actions(view)

    def _action_texts(self) -> tuple:
        return ((self.quit_action, QCoreApplication.translate("MainWindow", "&Quit")),
                (self.reset_all_action, QCoreApplication.translate("MainWindow", "Reset &all weights")),
                (self.free_clamps_action, QCoreApplication.translate("MainWindow", "Free all gate &clamps")),
                (self.fit_action, QCoreApplication.translate("MainWindow", "&Fit diagram")),
                (self.inside_action, QCoreApplication.translate("MainWindow", "Step &inside the cell")),
                (self.substep_next_action, QCoreApplication.translate("MainWindow", "Next part of the computation")),
                (self.substep_back_action, QCoreApplication.translate("MainWindow", "Previous part of the computation")),
                (self.other_names_action, QCoreApplication.translate("MainWindow", "Show the book's words in &Chinese")),
                (self.animate_action, QCoreApplication.translate("MainWindow", "&Animate steps")),
                (self.dark_action, QCoreApplication.translate("MainWindow", "&Dark theme")),
                (self.full_screen_action, QCoreApplication.translate("MainWindow", "F&ull screen")),
                (self.zoom_in_action, QCoreApplication.translate("MainWindow", "Zoom &in (larger type)")),
                (self.zoom_out_action, QCoreApplication.translate("MainWindow", "Zoom &out (smaller type)")),
                (self.zoom_reset_action, QCoreApplication.translate("MainWindow", "&Normal size")),
                (self.reset_layout_action, QCoreApplication.translate("MainWindow", "&Reset layout")),
                (self.present_action, QCoreApplication.translate("MainWindow", "&Presentation")),
                (self.compare_action, QCoreApplication.translate(
                    "MainWindow", "&Compare the lesson's RNN, a plain RNN and the LSTM…")),
                (self.lessons_action, QCoreApplication.translate("MainWindow", "Start the &lessons")),
                (self.shortcuts_action, QCoreApplication.translate("MainWindow", "&Keyboard shortcuts")),
                (self.about_action, QCoreApplication.translate("MainWindow", "&About LSTM Sim")))

    def _dock_titles(self) -> tuple:
        return (("heatmaps", QCoreApplication.translate("MainWindow", "Heatmaps over time")),
                ("memory", QCoreApplication.translate("MainWindow", "Memory flow")),
                ("predictions", QCoreApplication.translate("MainWindow", "Next-word prediction")),
                ("about", QCoreApplication.translate("MainWindow", "About")),
                ("editor", QCoreApplication.translate("MainWindow", "Weights")),
                ("history", QCoreApplication.translate("MainWindow", "Undo history")),
                ("training", QCoreApplication.translate("MainWindow", "Training")),
                ("lessons", QCoreApplication.translate("MainWindow", "Lessons")),
                ("units", QCoreApplication.translate("MainWindow", "Units")))

    def retranslate(self) -> None:
        """The window's own words in the current language: menus, dock titles, the title,
        the About pane, the editor's notes and the captions it gives the diagram. Each pane
        re-words itself (a language change reaches every widget); nothing is rebuilt, so the
        session, the lesson and its step, the sub-step and the layout stay as they are."""
        for menu, title in ((self.file_menu, QCoreApplication.translate("MainWindow", "&File")),
                            (self.edit_menu, QCoreApplication.translate("MainWindow", "&Edit")),
                            (self.view_menu, QCoreApplication.translate("MainWindow", "&View")),
                            (self.language_menu, QCoreApplication.translate("MainWindow", "&Language")),
                            (self.tools_menu, QCoreApplication.translate("MainWindow", "&Tools")),
                            (self.help_menu, QCoreApplication.translate("MainWindow", "&Help"))):
            menu.setTitle(title)
        self.files.retranslate()
        for action, text in self._action_texts():
            action.setText(text)
        self.inside_action.setToolTip(QCoreApplication.translate(
            "MainWindow", "Shift+→ / Shift+← walk through one step's computation"))
        self.other_names_action.setToolTip(QCoreApplication.translate(
            "MainWindow", "Label Doug, Jane, Spot, saw and . as 道格, 珍, 小點, 看見 and 。 (you can type either)"))
        self._word_undo_redo()
        self.undo_view.setEmptyLabel(QCoreApplication.translate("MainWindow", "<opened>"))
        for key, title in self._dock_titles():
            self.docks[key].setWindowTitle(title)     # its View-menu action follows the title
        bar = self.findChild(QStatusBar, "", Qt.FindDirectChildrenOnly)    # statusBar() would make one
        if bar is not None:
            bar.clearMessage()                        # said in the language before
        self.presenter.reword()

    def _word_undo_redo(self, *args) -> None:
        """Edit ▸ Undo / Redo in the current language: Qt words them with the prefix they
        were made with, so this runs after it whenever the command's text changes."""
        stack = self.session.undo_stack
        if not shiboken6.isValid(stack):
            return
        for action, prefix, command in (
                (self.undo_action, QCoreApplication.translate("MainWindow", "&Undo"), stack.undoText()),
                (self.redo_action, QCoreApplication.translate("MainWindow", "&Redo"), stack.redoText())):
            action.setText(f"{prefix} {command}" if command else prefix)

    # -- Help ------------------------------------------------------------------------------------
    def shortcut_rows(self) -> list[tuple[str, str]]:
        def keys(action, n: int) -> str:       # the keys bound, named as this system names them
            return ", ".join(k.toString(QKeySequence.NativeText) for k in action.shortcuts()[:n])
        undo_redo = f"{keys(self.undo_action, 1)} / {keys(self.redo_action, 2)}"
        zoom = f"{keys(self.zoom_in_action, 1)} / {keys(self.zoom_out_action, 1)} / {keys(self.zoom_reset_action, 1)}"
        return [("Space", QCoreApplication.translate("MainWindow", "Play / pause")),
                ("→ / ←", QCoreApplication.translate("MainWindow", "Step forward / back")),
                ("Home / End", QCoreApplication.translate("MainWindow", "First / last step")),
                ("Esc", QCoreApplication.translate("MainWindow", "Skip the animation; leave the text field")),
                ("Ctrl+0", QCoreApplication.translate("MainWindow", "Fit the diagram")),
                (zoom, QCoreApplication.translate("MainWindow", "Larger / smaller / normal type in the whole window")),
                ("F11", QCoreApplication.translate("MainWindow", "Full screen")),
                ("F5", QCoreApplication.translate("MainWindow", "Presentation: the cell, the prediction and the lesson "
                                                  "in large type; Page Down / Page Up step, Esc leaves")),
                (undo_redo, QCoreApplication.translate("MainWindow", "Undo / redo")),
                ("Ctrl+O / Ctrl+S", QCoreApplication.translate("MainWindow", "Open / save a session")),
                (QCoreApplication.translate("MainWindow", "in a weight table"),
                 QCoreApplication.translate("MainWindow", "type a number, drag up/down (Shift: fine), + / −")),
                (QCoreApplication.translate("MainWindow", "right-click a gate"),
                 QCoreApplication.translate("MainWindow", "clamp it open, closed or free")),
                ("Ctrl+Q", QCoreApplication.translate("MainWindow", "Quit"))]

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>&nbsp;&nbsp;{html.escape(v)}</td></tr>"
                       for k, v in self.shortcut_rows())
        QMessageBox.information(self, QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
                                f"<table>{rows}</table>")

    def show_about(self) -> None:
        QMessageBox.about(self, QCoreApplication.translate("MainWindow", "About LSTM Sim"),
                          f"<h3>LSTM Sim {__version__}</h3><p>"
                          + QCoreApplication.translate(
                              "MainWindow", "See inside an LSTM cell: step a sentence through it, watch every "
                              "vector change, edit any weight or clamp a gate and see the effect at once.")
                          + "</p><p>" + QCoreApplication.translate(
                              "MainWindow", "Based on Brandon Rohrer's lesson “How recurrent neural "
                              "networks and LSTM work”.") + "</p>")
