import pytest
from PySide6.QtCore import QSettings

from lstm_sim.ui.app import collect_garbage_in_gui_thread, configure


@pytest.fixture(autouse=True, scope="session")
def gui_thread_garbage_collection(qapp):
    """As in the app: cycles are collected on the GUI thread, never in a worker thread."""
    collect_garbage_in_gui_thread(qapp)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


def _close_for_real(w) -> None:
    import shiboken6
    if not shiboken6.isValid(w):
        return
    w.trainer.runner.stop(wait=True)
    w.session.undo_stack.setClean()


@pytest.fixture
def window(qtbot, settings):
    configure()
    from lstm_sim.ui.main_window import MainWindow
    w = MainWindow(settings)
    w.animate_action.setChecked(False)
    # Closed for real at the end, whatever the test left: a run stopped, unsaved work
    # dropped, so no "unsaved changes" answer can keep the window (or its threads) alive.
    qtbot.addWidget(w, before_close_func=_close_for_real)
    w.session.open_preset("walkthrough")
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A message box in a test never blocks: it answers Discard (or its first button),
    and the test can read what was asked in ``asked``."""
    from PySide6.QtWidgets import QMessageBox
    asked = []

    def answer(box):
        asked.append(box.text())
        buttons = box.standardButtons()
        return QMessageBox.Discard if buttons & QMessageBox.Discard else QMessageBox.Ok
    monkeypatch.setattr(QMessageBox, "exec", answer)
    # A question from a list (which module, how text is split) is cancelled unless a
    # test answers it: nothing may wait for a click that never comes.
    from PySide6.QtWidgets import QInputDialog
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda parent, title, label, items, *a, **k: (asked.append(label) or "", False)))
    return asked


@pytest.fixture(autouse=True)
def ambiguous_shortcuts():
    """Fails any UI test during which Qt logs "Ambiguous shortcut": a key bound twice
    (even twice to one action) triggers nothing at all, so the user's key silently does
    nothing. Yields the list of such messages heard so far, for a test to assert on.
    Every message still reaches the handler that was there before (pytest-qt's, which
    shows Qt's messages with a failing test), and that handler is put back after."""
    import sys
    from PySide6.QtCore import qInstallMessageHandler
    heard: list[str] = []
    previous = None

    def handler(mode, context, message):
        if "Ambiguous shortcut" in message:
            heard.append(message)
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield heard
    finally:
        qInstallMessageHandler(previous)
    if heard:
        pytest.fail("Qt found a key bound twice, so it did nothing: " + "; ".join(heard), pytrace=False)


@pytest.fixture(autouse=True)
def nothing_left_running():
    """Fails any UI test that leaves a QThread running, a QTimer active or a window open
    once the test and pytest-qt's own clean-up are done: a thread destroyed while it runs
    aborts the app, and a timer or window that outlives its test acts in the next one.
    (Autouse fixtures are set up first, so this one is torn down after qtbot's.)"""
    yield
    import gc
    from PySide6.QtCore import QEvent, QThread, QTimer, Qt
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    if app is None:
        return
    for _ in range(3):                       # deleteLater() and closes queued by the test
        app.sendPostedEvents(None, QEvent.DeferredDelete)
        app.processEvents()
    import warnings
    left = []
    with warnings.catch_warnings():          # isinstance() on some of torch's deprecated objects warns
        warnings.simplefilter("ignore")
        for obj in gc.get_objects():
            try:
                if isinstance(obj, QThread) and obj.isRunning():
                    left.append(f"a running {type(obj).__name__}")
                elif isinstance(obj, QTimer) and obj.isActive() and obj.parent() is not None:
                    left.append(f"an active timer of {type(obj.parent()).__name__}")
            except RuntimeError:             # its C++ side is already gone: nothing left
                continue
    left += [f"an open {type(w).__name__}" for w in app.topLevelWidgets()
             if w.isVisible() and w.windowType() != Qt.ToolTip]       # a tooltip fades by itself
    if left:
        pytest.fail("the test left behind: " + ", ".join(sorted(set(left))), pytrace=False)
