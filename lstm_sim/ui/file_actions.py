"""The File menu's dialogs: open, save, recent files, exports and the unsaved-changes
prompt. It asks the controller (``controller.documents``) to do the work and shows what
went wrong; it never reads or writes a model file itself.
"""
from __future__ import annotations

from pathlib import Path

import shiboken6

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QRectF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QMessageBox, QProgressDialog

from ..controller import documents
from ..controller.documents import NO_EMBEDDING, DocumentError
from ..controller.lesson_session import leave_lesson
from ..controller.messages import describe
from ..scenarios import PRESET_NAMES, load_preset
from ..glossary import QT_TRANSLATE_NOOP
from ..scenarios.vocabulary import read_vocab_file
from .i18n import current_language

MAX_RECENT = 8
# Marked for lupdate (a tr() of a variable is invisible to it); translated where used.
SESSION_FILTER = QT_TRANSLATE_NOOP("FileActions", "LSTM Sim sessions (*.npz)")
#: File ▸ Export: (action name, menu text); None is a separator. An action's name is its
#: export and its suffix (``ui.export``), the trace ones aside.
EXPORTS = (("diagram-png", QT_TRANSLATE_NOOP("FileActions", "Diagram as PNG…")),
           ("diagram-svg", QT_TRANSLATE_NOOP("FileActions", "Diagram as SVG…")),
           ("diagram-pdf", QT_TRANSLATE_NOOP("FileActions", "Diagram as PDF…")),
           ("heatmaps-png", QT_TRANSLATE_NOOP("FileActions", "Heatmaps as PNG…")),
           None,
           ("replay-gif", QT_TRANSLATE_NOOP("FileActions", "Replay as animated GIF…")),
           ("replay-substeps-gif", QT_TRANSLATE_NOOP("FileActions", "Replay inside the cell as animated GIF…")),
           ("handout-pdf", QT_TRANSLATE_NOOP("FileActions", "Handout as PDF (a page per step)…")),
           None,
           ("trace-csv", QT_TRANSLATE_NOOP("FileActions", "Trace as CSV…")),
           ("trace-json", QT_TRANSLATE_NOOP("FileActions", "Trace as JSON…")))
OPEN_FILTER = QT_TRANSLATE_NOOP("FileActions", "Sessions and models (*.npz *.safetensors *.pt *.pth);;All files (*)")


class FileActions(QObject):
    """Builds the File menu on ``window`` and carries out its actions."""

    def __init__(self, window, menu: QMenu):
        super().__init__(window)
        self.window, self.session, self.settings = window, window.session, window.settings
        self.new_menu = menu.addMenu("")
        for name in PRESET_NAMES:
            action = self.new_menu.addAction("")
            action.setObjectName(f"preset:{name}")
            action.triggered.connect(lambda _=False, n=name: self.open_preset(n))
        self.open_action = menu.addAction("", QKeySequence.Open, self.open_dialog)
        self.open_action.setObjectName("openModel")
        self.recent_menu = menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        self.save_action = menu.addAction("", QKeySequence.Save, self.save)
        self.save_action.setObjectName("save")
        self.save_as_action = menu.addAction("", QKeySequence.SaveAs, self.save_as)
        self.save_as_action.setObjectName("saveAs")
        self.revert_action = menu.addAction("", self.revert)
        self.revert_action.setObjectName("revert")
        self.export_menu = menu.addMenu("")
        self.export_actions = {}
        for entry in EXPORTS:
            if entry is None:
                self.export_menu.addSeparator()
                continue
            action = self.export_actions[entry[0]] = self.export_menu.addAction("")
            action.setObjectName(f"export:{entry[0]}")
            action.triggered.connect(lambda _=False, n=entry[0]: self.export(n))
        self.retranslate()
        self.session.undo_stack.cleanChanged.connect(self._update_actions)
        self.session.fileChanged.connect(self._update_actions)

    def retranslate(self) -> None:
        """The File menu in the current language (the window calls it on a language change)."""
        self.new_menu.setTitle(self.tr("&New from preset"))
        for action, name in zip(self.new_menu.actions(), PRESET_NAMES):
            action.setText(f"{load_preset(name).texts(current_language()).title}  ({name})")
        self.open_action.setText(self.tr("&Open…"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &As…"))
        self.revert_action.setText(self.tr("Re&vert"))
        self.export_menu.setTitle(self.tr("&Export"))
        for entry in filter(None, EXPORTS):
            self.export_actions[entry[0]].setText(self.tr(entry[1]))

    # -- the unsaved-changes prompt ---------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to replace the session (saved, discarded, or nothing to lose).
        A lesson on screen first gives the learner's own session back: that is what is asked
        about, saved, and then replaced."""
        leave_lesson(self.session)
        trainer = getattr(self.window, "trainer", None)
        if trainer is not None and trainer.runner.state != "idle":
            trainer.runner.stop(wait=True)       # the run's result becomes an undo step: unsaved work
        if not self.session.dirty:
            return True
        box = QMessageBox(QMessageBox.Warning, self.tr("Unsaved changes"),
                          self.tr("“{0}” has changes that are not saved.").format(self.window.preset_texts().title),
                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, self.window)
        box.setInformativeText(self.tr("Save them before going on?"))
        box.setDefaultButton(QMessageBox.Save)
        answer = box.exec()
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    # -- opening --------------------------------------------------------------------------
    def open_preset(self, name: str) -> None:
        if self.maybe_save():
            self.session.open_preset(name)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open session or model"),
                                              self._folder(), self.tr(OPEN_FILTER))
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str, ask: bool = True) -> bool:
        """Open a file; on any problem say what and keep the current session. A model
        without a vocabulary asks for one (and how its text is split); where two modules
        could be the cell, readout or embedding, the user names it."""
        if ask and not self.maybe_save():
            return False
        how: dict = {}
        while True:
            try:
                notes = documents.open_file(self.session, path, **how)
                break
            except DocumentError as exc:
                fix = self._ask_fix(exc.cause, how)
                if fix is None:
                    self._error(self.tr("Cannot open this file"), exc)
                    return False
                if not fix:            # the user cancelled the question
                    return False
                how.update(fix)
        self._remember(path)
        if notes:              # how a file from elsewhere was read: said, not hidden
            self.window.statusBar().showMessage(self.tr("Opened: {0}").format("; ".join(map(describe, notes))),
                                                15000)
        return True

    def _ask_fix(self, cause, how: dict) -> dict | None:
        """What the user can supply to open the file after all (None: nothing to ask;
        {}: they cancelled)."""
        if cause is None:
            return None
        if cause.code == "vocab-missing" and "vocab" not in how:
            return self._choose_vocabulary()
        if cause.code == "vocab-whitespace" and "tokenizer" not in how:
            # Tokens such as " " or "\n": a character model whose file does not say so.
            tokenizer = self._choose_split(self.tr("This model's tokens include spaces, as a character "
                                                   "model's do. How does it read its text?"), default=1)
            return {"tokenizer": tokenizer} if tokenizer else {}
        if cause.code == "nonlinearity-unknown" and "nonlinearity" not in how:
            return self._choose_nonlinearity()
        parts = how.get("parts", {})
        if cause.part and cause.choices and cause.part not in parts:
            names = {"cell": self.tr("the recurrent cell (LSTM or RNN)"), "readout": self.tr("the readout"),
                     "embedding": self.tr("the embedding")}
            shown = [self.tr("none: the inputs are one-hot words") if c == NO_EMBEDDING and cause.part == "embedding"
                     else c or self.tr("(no prefix)") for c in cause.choices]
            choice, ok = QInputDialog.getItem(
                self.window, self.tr("Two readings fit"),
                self.tr("More than one module in this file could be {0}. Which one is it?").format(
                    names.get(cause.part, cause.part)), shown, 0, False)
            if not ok or choice not in shown:
                return {}
            return {"parts": {**parts, cause.part: cause.choices[shown.index(choice)]}}
        return None

    def _choose_vocabulary(self) -> dict:
        box = QMessageBox(QMessageBox.Question, self.tr("Choose vocabulary"),
                          self.tr("This model file has no vocabulary."), QMessageBox.Cancel, self.window)
        box.setInformativeText(self.tr("Choose the file of tokens it was trained with: one token per "
                                       "line, or a JSON list, in the order of the model's rows. "
                                       "pytorch/examples' word_language_model numbers words in the order "
                                       "they first appear in the corpus (not sorted); save that order with "
                                       "json.dump(corpus.dictionary.idx2word, open('vocab.json', 'w'))."))
        choose = box.addButton(self.tr("Choose vocabulary…"), QMessageBox.AcceptRole)
        box.exec()
        chosen = box.clickedButton() is choose
        box.deleteLater()
        if not chosen:
            return {}
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Choose vocabulary"), self._folder(),
                                              self.tr("Vocabularies (*.txt *.json *.vocab);;All files (*)"))
        if not path:
            return {}
        try:
            words = read_vocab_file(path)
        except ValueError as exc:
            self._error(self.tr("Cannot read this vocabulary"), exc)
            return {}
        # Single characters, or a space among them: a character model, so that is the default.
        chars = bool(words) and (all(len(w) == 1 for w in words) or any(not w.strip() for w in words))
        tokenizer = self._choose_split(self.tr("This model reads its text as:"), default=int(chars))
        return {"vocab": words, "tokenizer": tokenizer} if tokenizer else {}

    def _choose_nonlinearity(self) -> dict:
        """A plain nn.RNN's squashing: its state dict is the same for tanh and relu, so
        the user says which (a guess would show wrong numbers)."""
        choices = [self.tr("tanh (nn.RNN's default)"), self.tr("relu (nonlinearity='relu', RNN_RELU)")]
        choice, ok = QInputDialog.getItem(
            self.window, self.tr("Which squashing?"),
            self.tr("This is a plain RNN, and its file does not say whether it squashes with tanh or "
                    "relu (the weights look the same). Which was it built with?"), choices, 0, False)
        if not ok or choice not in choices:
            return {}
        return {"nonlinearity": ("tanh", "relu")[choices.index(choice)]}

    def _choose_split(self, question: str, default: int = 0) -> str | None:
        """'words' or 'chars' as the user answers ``question`` (None: cancelled)."""
        splits = [self.tr("words (split at spaces and punctuation)"),
                  self.tr("characters (every letter, space and newline is a token)")]
        split, ok = QInputDialog.getItem(self.window, self.tr("How is text split?"), question, splits,
                                         default, False)
        if not ok or split not in splits:
            return None
        return ("words", "chars")[splits.index(split)]

    def revert(self) -> None:
        path = self.session.file_path
        if not path:
            return
        answer = QMessageBox.question(self.window, self.tr("Revert"),
                                      self.tr("Discard every change since the last save?"),
                                      QMessageBox.Yes | QMessageBox.No)
        if answer == QMessageBox.Yes:
            self.open_path(path, ask=False)

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.session.file_path:
            return self.save_as()
        return self._save_to(self.session.file_path)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save session"), self._suggested(".npz"),
                                              self.tr(SESSION_FILTER))
        if not path:
            return False
        if not path.lower().endswith(".npz"):
            path += ".npz"
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        try:
            documents.save_file(self.session, path)
        except DocumentError as exc:
            self._error(self.tr("Cannot save"), exc, self.tr("Your changes are still open and unsaved."))
            return False
        self._remember(path)
        self.window.statusBar().showMessage(self.tr("Saved to {0}").format(path), 4000)
        return True

    # -- exporting -------------------------------------------------------------------------------
    def export(self, what: str) -> None:
        """File ▸ Export: ``what`` is an EXPORTS name. Everything but the trace is made by
        ``ui.export`` from the session as the window shows it (text, step,
        clamps, layer, sub-step, theme, language), never from a grab of the screen."""
        from . import export as exports
        kind, _, fmt = what.rpartition("-")
        suffix = "." + fmt
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export"), self._suggested(suffix, what),
                                              f"*{suffix}")
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            if what == "trace-csv":
                documents.export_csv(self.session, path)
            elif what == "trace-json":
                documents.export_json(self.session, path)
            else:
                self._export_view(kind, path)
        except exports.Cancelled:
            return
        except (DocumentError, exports.ExportError) as exc:
            self._error(self.tr("Cannot export"), exc)
            return
        self.window.statusBar().showMessage(self.tr("Exported {0}").format(path), 4000)

    def _export_view(self, kind: str, path: str) -> None:
        from . import export as exports
        w = self.window

        def checked(name: str) -> bool:          # a View menu toggle of the window
            action = getattr(w, name, None)
            return bool(action is not None and action.isChecked())
        diagram = getattr(w, "diagram", None)
        state = exports.state_of(self.session, dark=checked("dark_action"), other_names=checked("other_names_action"),
                                 substep=diagram.substep() if kind == "diagram" and diagram is not None else None)
        dialog = QProgressDialog(self.tr("Exporting {0}…").format(Path(path).name), self.tr("Cancel"), 0, 0, w)
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(500)

        def progress(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(done)
            return not dialog.wasCanceled()
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            exports.export("replay" if kind == "replay-substeps" else kind, state, path,
                           substeps=kind == "replay-substeps", progress=progress)
        finally:
            QApplication.restoreOverrideCursor()
            dialog.reset()
            dialog.deleteLater()

    # -- helpers ----------------------------------------------------------------------------------
    def _error(self, title: str, exc: Exception, after: str | None = None) -> None:
        after = after or self.tr("The current session is unchanged.")
        QMessageBox.warning(self.window, title, f"{describe(exc)}\n\n{after}")

    def _update_actions(self, *args) -> None:
        if not shiboken6.isValid(self.session.undo_stack):
            return
        self.revert_action.setEnabled(bool(self.session.file_path) and self.session.dirty)

    def _folder(self) -> str:
        return str(self.settings.value("lastFolder", str(Path.home())))

    def _suggested(self, suffix: str, what: str = "") -> str:
        base = Path(self.session.file_path).stem if self.session.file_path else self.session.original.name
        name = f"{base}-{what.split('-')[0]}{suffix}" if what else f"{base}{suffix}"
        return str(Path(self._folder()) / name)

    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        return [str(v) for v in (value if isinstance(value, list) else [value]) if v]

    def _remember(self, path: str) -> None:
        path = str(Path(path).resolve())
        recent = [p for p in self.recent_files() if p != path]
        self.settings.setValue("recentFiles", [path] + recent[:MAX_RECENT - 1])
        self.settings.setValue("lastFolder", str(Path(path).parent))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not files:
            self.recent_menu.addAction(self.tr("(no recent files)")).setEnabled(False)


def png_bytes(widget) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    if not widget.grab().save(buf, "PNG"):
        raise DocumentError(QCoreApplication.translate("Exports", "could not render the image"))
    return bytes(data)


def svg_bytes(scene, rect: QRectF, title: str) -> bytes:
    """The scene area ``rect`` as SVG: vector shapes and real text, crisp at any size
    (File ▸ Export ▸ Diagram as SVG draws the whole cell afresh: ``ui.export``)."""
    from .export import scene_svg
    return scene_svg(scene, rect, title)
