"""The real main window under seeded random input: it must never raise or log a Qt
critical message, and it must always still show a trace.

Clicks, drags and wheel turns land on random visible widgets; keys and shortcuts go to
the focused widget; text is typed and pasted into every line edit; every menu action
is triggered (each once, then at random), View ▸ Language among them, with every pane
shown; file dialogs answer with good, broken and missing files or a cancel; message
boxes, dialogs and context menus are answered at random. A failure names the seed and the last actions so that it can be replayed:

    MONKEY_SEED=3 MONKEY_ACTIONS=412 python -m pytest tests/ui/test_monkey.py

Each seed runs exactly ``MONKEY_ACTIONS`` actions (default 350), so what it covers does
not depend on how loaded the machine is; the time taken is printed.
"""
from __future__ import annotations

import json
import os
import random
import sys
import time
from collections import deque

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, QTimer, QPointF, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction, QContextMenuEvent, QDrag, QGuiApplication, QKeyEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QDialog, QFileDialog,
                               QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget)

from lstm_sim.model import save_model
from lstm_sim.scenarios import load_preset

SEEDS = [int(os.environ["MONKEY_SEED"])] if "MONKEY_SEED" in os.environ else [1, 2, 3, 4]
ACTIONS = int(os.environ.get("MONKEY_ACTIONS", "350"))
SIZES = ((1024, 700), (1600, 1000))
#: Actions that would end the run rather than exercise the window. (View ▸ Language is
#: not one: it re-words the window in place, and is also picked on its own, see ``act``.)
EXCLUDED_ACTIONS = {"quit"}
LANGUAGE_ACTIONS = ("language:en", "language:zh-TW")

WORDS = ["Doug", "Jane", "Spot", "saw", ".", "pizza", "sushi", "waffles", "?"]
JUNK = ["", " ", "Dgu", "ßø∂", "🙂", "a" * 300, "Doug " * 120, "\t", "nan", "1e309", "-0",
        "Jane saw Spot. Doug saw", "<script>", "&&&", "Doug,Jane;Spot!", "0.5", "1e4", "abc"]
KEYS = [Qt.Key_Left, Qt.Key_Right, Qt.Key_Home, Qt.Key_End, Qt.Key_Space, Qt.Key_Escape,
        Qt.Key_Return, Qt.Key_Backspace, Qt.Key_Delete, Qt.Key_Tab, Qt.Key_Up, Qt.Key_Down,
        Qt.Key_Plus, Qt.Key_Minus, Qt.Key_PageUp, Qt.Key_PageDown, Qt.Key_A, Qt.Key_0, Qt.Key_F2]
MODIFIERS = [Qt.NoModifier] * 4 + [Qt.ControlModifier, Qt.ShiftModifier,
                                   Qt.ControlModifier | Qt.ShiftModifier, Qt.AltModifier]


def model_files(folder) -> list[str]:
    """Good and broken files for the open dialogs to answer with."""
    p = load_preset("book-rnn")
    good = folder / "good.npz"
    save_model(good, p.net, list(p.vocab.words), {"text": "Doug saw"})
    raw = good.read_bytes()
    (folder / "truncated.npz").write_bytes(raw[: len(raw) // 2])
    (folder / "notes.txt").write_text("not a model")
    (folder / "empty.npz").write_bytes(b"")
    np.savez(folder / "pickled.npz", vocab=np.array([{"a": 1}], dtype=object))
    np.savez(folder / "nan.npz", **{"lstm.weight_ih_l0": np.full((4, 1), np.nan)})
    (folder / "corpus.txt").write_text("Doug saw Jane. Jane saw Spot. Spot saw Doug.")
    # A real model's shapes: an embedding and two layers, and a state dict with no
    # vocabulary (the open dialog may answer the vocabulary question with any file).
    from lstm_sim.model import Network, to_torch_state_dict
    words = list(p.vocab.words)
    save_model(folder / "stacked.npz", Network.random("lstm", 3, 4, len(words), seed=1, layers=2,
                                                      n_tokens=len(words)), words, {"text": "Doug saw Jane ."})
    np.savez(folder / "bare.npz", **to_torch_state_dict(Network.random("rnn", len(words), 3, len(words), seed=2)))
    (folder / "vocab.txt").write_text("\n".join(words) + "\n")
    return [str(f) for f in sorted(folder.iterdir())] + [str(folder / "missing.npz"), ""]


class Monkey:
    def __init__(self, window, rng: random.Random, files: list[str], save_dir):
        self.window, self.rng, self.files, self.save_dir = window, rng, files, save_dir
        self.log: deque[str] = deque(maxlen=25)
        self.count = 0
        self.switches = 0                  # language switches made

    # -- what there is to act on -------------------------------------------------
    def widgets(self) -> list[QWidget]:
        found = [w for w in self.window.findChildren(QWidget)
                 if shiboken6.isValid(w) and w.isVisible() and w.width() > 2 and w.height() > 2]
        return found or [self.window]

    def actions(self) -> list[QAction]:
        """Every enabled action reachable from the menu bar (submenus included)."""
        found, pending = [], list(self.window.menuBar().actions())
        while pending:
            a = pending.pop()
            if not shiboken6.isValid(a) or a.isSeparator() or not a.isEnabled():
                continue
            if a.menu() is not None:
                pending.extend(a.menu().actions())
            elif a.objectName() not in EXCLUDED_ACTIONS:
                found.append(a)
        return found

    def point_in(self, w: QWidget) -> QPoint:
        return QPoint(self.rng.randrange(max(w.width(), 1)), self.rng.randrange(max(w.height(), 1)))

    # -- actions -----------------------------------------------------------------
    def act(self) -> None:
        kind = self.rng.choices(["click", "drag", "wheel", "key", "type", "paste", "action", "language"],
                                weights=[26, 10, 8, 22, 14, 5, 15, 3])[0]
        getattr(self, kind)()
        if os.environ.get("MONKEY_VERBOSE") and self.log:
            os.write(2, f"{self.count}: {self.log[-1]}\n".encode())
        self.count += 1
        QApplication.processEvents()

    def click(self) -> None:
        w = self.rng.choice(self.widgets())
        target = w.viewport() if hasattr(w, "viewport") else w
        pos = self.point_in(target)
        button = self.rng.choice([Qt.LeftButton] * 5 + [Qt.RightButton])
        double = self.rng.random() < 0.15
        self.log.append(f"{'double-' if double else ''}click {button.name} on {describe(w)} at {pos.toTuple()}")
        (QTest.mouseDClick if double else QTest.mouseClick)(target, button, Qt.NoModifier, pos)
        if button == Qt.RightButton:
            QApplication.sendEvent(target, QContextMenuEvent(QContextMenuEvent.Mouse, pos, target.mapToGlobal(pos)))
            self.answer_popups()

    def drag(self) -> None:
        w = self.rng.choice(self.widgets())
        target = w.viewport() if hasattr(w, "viewport") else w
        a, b = self.point_in(target), self.point_in(target)
        mod = self.rng.choice([Qt.NoModifier, Qt.ShiftModifier])
        self.log.append(f"drag on {describe(w)} {a.toTuple()} → {b.toTuple()} {mod.name}")
        QTest.mousePress(target, Qt.LeftButton, mod, a)
        for k in range(1, 5):
            QTest.mouseMove(target, a + (b - a) * k / 4)
        QTest.mouseRelease(target, Qt.LeftButton, mod, b)

    def wheel(self) -> None:
        w = self.rng.choice(self.widgets())
        target = w.viewport() if hasattr(w, "viewport") else w
        pos = QPointF(self.point_in(target))
        delta = self.rng.choice([-360, -120, -15, 15, 120, 480])
        self.log.append(f"wheel {delta} on {describe(w)}")
        event = QWheelEvent(pos, QPointF(target.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, delta),
                            Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
        QApplication.sendEvent(target, event)

    def key(self) -> None:
        target = QApplication.focusWidget() or self.window
        key, mod = self.rng.choice(KEYS), self.rng.choice(MODIFIERS)
        self.log.append(f"key {mod.name}+{key.name} to {describe(target)}")
        QTest.keyClick(target, key, mod)

    def editable(self) -> list[QWidget]:
        return [w for w in self.widgets()
                if isinstance(w, (QLineEdit, QAbstractSpinBox)) or (isinstance(w, QComboBox) and w.isEditable())]

    def text(self) -> str:
        parts = [self.rng.choice(WORDS + JUNK) for _ in range(self.rng.randint(1, 6))]
        return " ".join(parts)

    def type(self) -> None:
        fields = self.editable()
        if not fields:
            return self.key()
        w = self.rng.choice(fields)
        text = self.text()
        self.log.append(f"type {text[:40]!r} into {describe(w)}")
        w.setFocus()
        if self.rng.random() < 0.5:
            QTest.keyClick(w, Qt.Key_A, Qt.ControlModifier)
        type_text(w, text)
        if self.rng.random() < 0.5:
            QTest.keyClick(w, Qt.Key_Return)

    def paste(self) -> None:
        fields = self.editable()
        if not fields:
            return self.key()
        w = self.rng.choice(fields)
        text = self.text()
        self.log.append(f"paste {text[:40]!r} into {describe(w)}")
        QGuiApplication.clipboard().setText(text)
        w.setFocus()
        QTest.keyClick(w, Qt.Key_V, Qt.ControlModifier)

    def action(self, action: QAction | None = None) -> None:
        acts = self.actions()
        if not acts:
            return
        action = action or self.rng.choice(acts)
        self.log.append(f"menu action {action.text()!r} ({action.objectName()})")
        self.switches += action.objectName() in LANGUAGE_ACTIONS
        action.trigger()

    def language(self) -> None:
        """View ▸ Language ▸ one of the two (the menu action, as the user picks it)."""
        action = self.window.findChild(QAction, self.rng.choice(LANGUAGE_ACTIONS))
        self.action(action)

    # -- answering dialogs ---------------------------------------------------------
    def open_file(self, *args, **kwargs):
        path = self.rng.choice(self.files)
        self.log.append(f"  open dialog answered {os.path.basename(path) or 'cancel'}")
        return path, ""

    def save_file(self, *args, **kwargs):
        path = self.rng.choice([str(self.save_dir / "saved.npz"), str(self.save_dir / "out.png"),
                                str(self.save_dir / "out.svg"), str(self.save_dir / "out.csv"),
                                str(self.save_dir / "out.json"), "/proc/no-such-folder/x.npz", ""])
        self.log.append(f"  save dialog answered {path or 'cancel'}")
        return path, ""

    def message_box(self, *args, **kwargs):
        button = self.rng.choice([QMessageBox.Save, QMessageBox.Discard, QMessageBox.Cancel,
                                  QMessageBox.Ok, QMessageBox.Yes, QMessageBox.No])
        self.log.append(f"  message box answered {button.name}")
        return button

    def box_exec(self, box: QMessageBox):
        buttons = box.buttons()
        if not buttons:
            return 0
        chosen = self.rng.choice(buttons)
        self.log.append(f"  message box {box.text()[:30]!r} answered {chosen.text()!r}")
        chosen.click()                   # sets clickedButton() and emits the box's signals
        return box.standardButton(chosen)

    def dialog_exec(self, dialog: QDialog):
        result = self.rng.choice([QDialog.Accepted, QDialog.Rejected])
        self.log.append(f"  dialog {type(dialog).__name__} answered {result}")
        dialog.setResult(result)
        return result

    def answer_active_popup(self) -> None:
        """Menus that Qt runs in its own event loop (a tool button's menu) are answered
        from a timer: pick an action at random or close the popup."""
        popup = QApplication.activePopupWidget()
        if popup is None:
            return
        options = [a for a in popup.actions() if a.isEnabled() and not a.isSeparator() and a.menu() is None] \
            if isinstance(popup, QMenu) else []
        chosen = self.rng.choice(options + [None]) if options else None
        self.log.append(f"  popup {type(popup).__name__} answered {chosen.text() if chosen else 'closed'!r}")
        popup.close()
        if chosen is not None:
            chosen.trigger()

    def answer_popups(self) -> None:
        """A context menu that opened: pick one of its actions at random, or dismiss it."""
        for menu in self.window.findChildren(QMenu):
            if not (shiboken6.isValid(menu) and menu.isVisible()):
                continue
            options = [a for a in menu.actions() if a.isEnabled() and not a.isSeparator() and a.menu() is None]
            chosen = self.rng.choice(options + [None]) if options else None
            self.log.append(f"  context menu answered {chosen.text() if chosen else 'dismissed'!r}")
            if chosen is not None:
                chosen.trigger()
            if shiboken6.isValid(menu):
                menu.close()

    def patch(self, monkeypatch) -> None:
        for name in ("getOpenFileName", "getOpenFileNames"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self.open_file))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self.save_file))
        for name in ("warning", "information", "critical", "question"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(self.message_box))
        monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: self.log.append("  about box")))
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.box_exec(box))
        monkeypatch.setattr(QDialog, "exec", lambda dialog: self.dialog_exec(dialog))
        # Dragging selected text (or a list item) starts drag and drop, whose nested event
        # loop waits for a real mouse: end it at once, as a drop outside the window would.
        self.popup_timer = QTimer()
        self.popup_timer.setInterval(30)
        self.popup_timer.timeout.connect(self.answer_active_popup)
        self.popup_timer.start()
        monkeypatch.setattr(QDrag, "exec", lambda drag, *a, **k: Qt.IgnoreAction)
        monkeypatch.setattr(QInputDialog, "getInt",
                            staticmethod(lambda *a, **k: (self.rng.randint(-5, 10**6), self.rng.random() < 0.8)))
        monkeypatch.setattr(QInputDialog, "getItem",
                            staticmethod(lambda parent, title, label, items, *a, **k: (
                                self.rng.choice(list(items) + [""]), self.rng.random() < 0.8)))
        monkeypatch.setattr(QInputDialog, "getText",
                            staticmethod(lambda *a, **k: (self.text(), self.rng.random() < 0.8)))


def type_text(w: QWidget, text: str) -> None:
    """Type like a keyboard would; QTest.keyClicks aborts on characters beyond ASCII."""
    for ch in text:
        if " " <= ch <= "~":
            QTest.keyClick(w, ch)
        else:
            for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                QApplication.sendEvent(w, QKeyEvent(kind, 0, Qt.NoModifier, ch))


def describe(w) -> str:
    if not shiboken6.isValid(w):
        return "(deleted widget)"
    name = w.objectName()
    own = f"{type(w).__name__}{'#' + name if name else ''}"
    parent = w.parentWidget()
    if name.startswith("qt_") and parent is not None:     # Qt's own part: say whose
        return f"{own} of {describe(parent)}"
    return own


@pytest.mark.parametrize("seed", SEEDS)
def test_window_survives_random_input(seed, qtbot, settings, tmp_path, monkeypatch, capsys):
    from lstm_sim.ui.app import configure
    from lstm_sim.ui.i18n import install_language
    from lstm_sim.ui.main_window import MainWindow
    configure()
    rng = random.Random(seed)
    files = model_files(tmp_path)
    save_dir = tmp_path / "saves"
    save_dir.mkdir()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.session.open_preset("walkthrough")
    window.resize(*SIZES[seed % len(SIZES)])
    window.show()
    qtbot.waitExposed(window)
    for dock in window.docks.values():          # every pane there is, so a language switch re-words them all
        dock.show()
    monkey = Monkey(window, rng, files, save_dir)
    monkey.patch(monkeypatch)

    errors: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: errors.append(f"{t.__name__}: {e}"))

    def on_message(mode, context, message):
        if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) or "already deleted" in message:
            errors.append(f"Qt {mode.name}: {message}")
    previous = qInstallMessageHandler(on_message)

    def failure(problem: str) -> str:
        return (f"{problem}\nseed {seed}, after {monkey.count} actions; last actions:\n  "
                + "\n  ".join(monkey.log)
                + f"\nreplay: MONKEY_SEED={seed} MONKEY_ACTIONS={monkey.count} "
                  "python -m pytest tests/ui/test_monkey.py")

    start = time.monotonic()
    try:
        # Every menu action once, in a random order; then random input.
        first = monkey.actions()
        assert set(LANGUAGE_ACTIONS) <= {a.objectName() for a in first}
        rng.shuffle(first)
        for action in first:
            if shiboken6.isValid(action) and action.isEnabled():
                monkey.action(action)
                if os.environ.get("MONKEY_VERBOSE"):
                    os.write(2, f"{monkey.count}: {monkey.log[-1]}\n".encode())
                monkey.count += 1
                QApplication.processEvents()
                assert not errors, failure(errors[0])
        while monkey.count < ACTIONS:
            monkey.act()
            assert not errors, failure(errors[0])
            assert window.session.trace is not None and len(window.session.trace) > 0, \
                failure("the session no longer shows a trace")
    finally:
        qInstallMessageHandler(previous)
        monkey.popup_timer.stop()
        window.session.pause()
        window.trainer.runner.stop(wait=True)    # its result is an undo step: then cleaned below
        QApplication.processEvents()
        # Close for real now, so no comparison or training thread outlives this test: at
        # teardown the patched message boxes could answer "Cancel" to the unsaved-changes
        # question, and a window whose close was cancelled would still be deleted later.
        window.session.undo_stack.setClean()
        # Leaving a lesson gives back the learner's own (maybe unsaved) work: the question
        # about it is answered "Discard", as a user closing for good would.
        monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.Discard)
        window.close()
        install_language("en")                   # the next test starts in English
        assert not window.isVisible()
    elapsed = time.monotonic() - start
    with capsys.disabled():
        print(f"\nmonkey seed {seed}: {monkey.count} actions ({monkey.switches} language switches) in "
              f"{elapsed:.1f} s, no exception, "
              f"no Qt critical message; " + json.dumps({"window": list(SIZES[seed % len(SIZES)])}))
