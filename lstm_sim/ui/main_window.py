"""The main window: diagram in the middle, timeline above it, panes in docks.

It wires views to the session and back; it computes nothing itself.
"""
from __future__ import annotations

import html
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QDockWidget, QFileDialog, QMainWindow, QMessageBox,
                               QTextBrowser, QVBoxLayout, QWidget)

from .. import __version__
from ..glossary import WIRE_NAMES
from ..controller import Session
from ..model import ModelFileError, load_model
from ..scenarios import PRESET_NAMES
from ..scenarios.presets import from_saved
from .diagram import CellDiagram
from .heatmaps import HeatmapPane
from .predictions import PredictionsPane
from .theme import apply_theme
from .timeline import Timeline

#: Steps closer together than this (ms) are "stepping fast": no flow animation.
FAST_STEP_MS = 350

SHORTCUTS = (("Space", "Play / pause"), ("→ / ←", "Step forward / back"),
             ("Home / End", "First / last step"), ("Esc", "Skip the animation; leave the text field"), ("Ctrl+0", "Fit the diagram"),
             ("Ctrl+O", "Open a model file"), ("Ctrl+Q", "Quit"))


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None, session: Session | None = None):
        super().__init__()
        self.settings = settings or QSettings()
        self.session = session if session is not None else Session(self)
        self.setWindowTitle("LSTM Sim")
        self.setDockNestingEnabled(True)

        self.timeline = Timeline(self)
        self.diagram = CellDiagram(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.timeline)
        layout.addWidget(self.diagram, 1)
        self.setCentralWidget(central)

        self.heatmaps = HeatmapPane(self)
        self.predictions = PredictionsPane(self)
        self.about = QTextBrowser(self)
        self.about.setObjectName("aboutNetwork")
        self.docks = {
            "heatmaps": self._dock("Heatmaps over time", self.heatmaps, Qt.BottomDockWidgetArea),
            "predictions": self._dock("Next-word prediction", self.predictions, Qt.RightDockWidgetArea),
            "about": self._dock("About this network", self.about, Qt.RightDockWidgetArea),
        }

        self._build_menus()
        self._build_shortcuts()
        self._connect()
        self._last_step_time = 0.0
        self.animate_action.setChecked(self.settings.value("animate", True, type=bool))
        self.dark_action.setChecked(self.settings.value("dark", False, type=bool))
        self.set_dark(self.dark_action.isChecked())
        geometry = self.settings.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 900)
        state = self.settings.value("windowState")
        self._docks_sized = state is not None and self.restoreState(state)
        # Start with the keys stepping through the sentence, not editing the text;
        # Enter or Esc in the text field hands them back.
        self.diagram.setFocus(Qt.OtherFocusReason)
        self.timeline.edit.returnPressed.connect(self.diagram.setFocus)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._docks_sized:
            self.size_docks()

    def size_docks(self) -> None:
        """Docks in proportion to the window, the diagram getting the most room."""
        w, h = self.width(), self.height()
        self.resizeDocks([self.docks["heatmaps"]], [int(h * 0.3)], Qt.Vertical)
        self.resizeDocks([self.docks["predictions"]], [int(min(max(w * 0.21, 200), 380))], Qt.Horizontal)
        self.resizeDocks([self.docks["predictions"], self.docks["about"]], [int(h * 0.3), int(h * 0.4)],
                         Qt.Vertical)
        self._docks_sized = True

    def _dock(self, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)            # restoreState matches docks by name
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- menus and keys -------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        new_menu = file_menu.addMenu("&New from preset")
        for name in PRESET_NAMES:
            action = new_menu.addAction(name)
            action.setObjectName(f"preset:{name}")
            action.triggered.connect(lambda _=False, n=name: self.session.open_preset(n))
        open_action = file_menu.addAction("&Open model…", QKeySequence.Open, self.open_model_dialog)
        open_action.setObjectName("openModel")
        file_menu.addSeparator()
        file_menu.addAction("&Quit", QKeySequence.Quit, self.close).setObjectName("quit")

        view = self.menuBar().addMenu("&View")
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        view.addAction("&Fit diagram", QKeySequence("Ctrl+0"), self.diagram.fit)
        self.animate_action = view.addAction("&Animate steps")
        self.animate_action.setCheckable(True)
        self.dark_action = view.addAction("&Dark theme")
        self.dark_action.setCheckable(True)
        self.dark_action.toggled.connect(self.set_dark)

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction("&Keyboard shortcuts", self.show_shortcuts)
        help_menu.addAction("&About LSTM Sim", self.show_about)

    def _build_shortcuts(self) -> None:
        s = self.session
        for key, handler in ((Qt.Key_Space, s.toggle_play), (Qt.Key_Right, lambda: s.step_by(1)),
                             (Qt.Key_Left, lambda: s.step_by(-1)), (Qt.Key_Home, s.first),
                             (Qt.Key_End, s.last), (Qt.Key_Escape, self._escape)):
            QShortcut(QKeySequence(key), self, handler)

    def _escape(self) -> None:
        """Esc leaves the text field, or else skips the flow animation."""
        if self.timeline.edit.hasFocus():
            self.diagram.setFocus()
        else:
            self.diagram.skip_animation()

    def _connect(self) -> None:
        s, tl = self.session, self.timeline
        tl.textEdited.connect(s.set_text)
        tl.stepRequested.connect(s.set_step)
        tl.playToggled.connect(s.toggle_play)
        tl.speedChanged.connect(s.set_speed)
        self.heatmaps.stepClicked.connect(s.set_step)
        self.diagram.pathSelected.connect(self.show_path)
        s.networkChanged.connect(self._on_network)
        s.traceChanged.connect(self._on_trace)
        s.stepChanged.connect(self._on_step)
        s.textRejected.connect(tl.show_error)
        s.textAccepted.connect(tl.clear_error)
        s.playingChanged.connect(tl.set_playing)

    # -- session → views ------------------------------------------------------
    def _on_network(self) -> None:
        s = self.session
        p = s.preset
        self.diagram.set_cell(s.kind, s.units, s.words)
        self.heatmaps.set_cell(s.kind, s.units)
        self.predictions.set_words(s.words)
        esc = html.escape
        self.about.setHtml(f"<h3>{esc(p.title)}</h3><p>{esc(p.summary)}</p>"
                           + "".join(f"<p>{esc(line)}</p>" for line in p.about)
                           + "<p><b>Vocabulary:</b> " + esc(", ".join(s.words)) + "</p>")
        self.setWindowTitle(f"LSTM Sim — {p.title}")
        self.docks["about"].setWindowTitle("About this network")

    def show_path(self, path: str) -> None:
        """A path box was clicked: show its weight blocks and what each one does."""
        s, esc = self.session, html.escape
        title = WIRE_NAMES.get(path, "prediction · tanh")
        sources = {"W": ("new information · x", s.words), "U": ("previous prediction · h", s.units),
                   "b": ("bias", None)}
        parts = [f"<h3>{esc(title)}</h3>"]
        for param, note, values in s.path_blocks(path):
            label, columns = sources[param]
            parts.append(f"<p><b>{param}</b> — from {esc(label)}<br><i>{esc(note)}</i></p>")
            parts.append(_weights_table(values, s.units, columns))
        parts.append("<p>Rows are the units this path votes for.</p>")
        self.about.setHtml("".join(parts))
        self.docks["about"].setWindowTitle(f"Weights of {title}")
        self.docks["about"].show()

    def _on_trace(self) -> None:
        s = self.session
        self.timeline.set_text(s.text)
        self.timeline.set_tokens(s.token_texts)
        self.heatmaps.set_trace(s.trace, s.token_texts)

    def _on_step(self, step: int) -> None:
        now = time.monotonic()
        fast = (now - self._last_step_time) * 1000 < FAST_STEP_MS
        self._last_step_time = now
        values = self.session.step_values(step)
        self.diagram.show_step(values, animate=self.animate_action.isChecked() and not fast)
        self.heatmaps.set_step(step)
        self.predictions.set_probs(values["probs"])
        self.timeline.set_step(step)

    # -- actions ----------------------------------------------------------------
    def open_model_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open model", str(Path.home()),
                                              "LSTM Sim or torch models (*.npz)")
        if path:
            self.open_model(path)

    def open_model(self, path: str) -> bool:
        """Open a saved model; on any problem say what and keep the current session."""
        try:
            preset = from_saved(load_model(path), path)
        except ModelFileError as exc:
            QMessageBox.warning(self, "Cannot open model", f"{exc}\n\nThe current network is unchanged.")
            return False
        self.session.open(preset)
        return True

    def set_dark(self, dark: bool) -> None:
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, dark)
        for view in (self.diagram, self.heatmaps, self.predictions):
            view.set_dark(dark)

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{v}</td></tr>" for k, v in SHORTCUTS)
        QMessageBox.information(self, "Keyboard shortcuts", f"<table>{rows}</table>")

    def show_about(self) -> None:
        QMessageBox.about(self, "About LSTM Sim",
                          f"<h3>LSTM Sim {__version__}</h3><p>See inside an LSTM cell: step a "
                          "sentence through it, watch every vector, edit weights, train it.</p>"
                          "<p>Based on Brandon Rohrer's lesson “How recurrent neural networks "
                          "and LSTM work”.</p>")

    def closeEvent(self, event) -> None:
        self.session.pause()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        self.settings.setValue("dark", self.dark_action.isChecked())
        self.settings.setValue("animate", self.animate_action.isChecked())
        self.settings.sync()
        super().closeEvent(event)


def _weights_table(values, rows: list[str], columns: list[str] | None) -> str:
    """A small HTML table of a weight block, rows labelled by unit."""
    esc = html.escape
    matrix = values.reshape(len(rows), -1)
    head = "".join(f"<th>{esc(c)}</th>" for c in columns) if columns else "<th></th>"
    body = "".join(f"<tr><th align='right'>{esc(r)}</th>"
                   + "".join(f"<td align='right'>{v:.2f}</td>" for v in row) + "</tr>"
                   for r, row in zip(rows, matrix))
    return f"<table cellspacing='0' cellpadding='2'><tr><th></th>{head}</tr>{body}</table>"
