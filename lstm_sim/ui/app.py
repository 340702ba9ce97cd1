"""Starting the application: Qt setup, the exception dialog, the first window.

Qt is imported inside the functions, after ``platform_check`` has made sure a window
can open here: a missing system library then ends in one line saying what to install.
"""
from __future__ import annotations

import sys

START_PRESET = "walkthrough"


def configure():
    """The QApplication with our names and pyqtgraph's options (before any plot exists)."""
    import pyqtgraph as pg
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication
    QCoreApplication.setOrganizationName("LSTM Sim")
    QCoreApplication.setApplicationName("LSTM Sim")
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    collect_garbage_in_gui_thread(app)
    return app


def collect_garbage_in_gui_thread(app) -> None:
    """Python's cycle collector runs in whichever thread happens to allocate: in a training
    or comparison thread it would delete widgets there, and Qt crashes. pyqtgraph's
    GarbageCollector turns the automatic collector off and collects on a timer of the GUI
    thread instead (once per application)."""
    if getattr(app, "_garbage_collector", None) is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector
        app._garbage_collector = GarbageCollector(interval=0.5)


def settle_memory(after_ms: int = 1500) -> None:
    """Soon after the window is up, collect once and freeze what lives on (``gc.freeze``):
    the window's tens of thousands of objects last as long as it, and a full collection
    that walks them all takes ~30 ms — a hitch in whatever the user is doing when it
    comes. Frozen, later collections walk only what was made since."""
    import gc
    from PySide6.QtCore import QTimer

    def settle():
        gc.collect()
        gc.freeze()
    QTimer.singleShot(after_ms, settle)


def install_exception_dialog() -> None:
    """An unexpected error shows a dialog with the details instead of killing the app silently."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox
    def hook(exc_type, exc, tb):
        import traceback               # only when something went wrong: not at every start
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        sys.stderr.write(details)
        box = QMessageBox(QMessageBox.Critical, QCoreApplication.translate("App", "Unexpected error"),
                          QCoreApplication.translate("App", "Something went wrong: {0}\n\nYour session is still "
                                                     "open; please report this with the details below.").format(exc))
        box.setDetailedText(details)
        box.exec()
    sys.excepthook = hook


def create_window(preset: str = START_PRESET, settings=None):
    """The first window, in the remembered (or the system's) language; View ▸ Language
    switches it in place (``MainWindow.choose_language``)."""
    from PySide6.QtCore import QSettings
    from .i18n import default_language, install_language
    from .main_window import MainWindow
    settings = settings or QSettings()
    install_language(str(settings.value("language", default_language())))
    window = MainWindow(settings)
    window.session.open_preset(preset)
    return window


def run(present: bool = False) -> int:
    """The application; with ``present``, the window opens in presentation mode."""
    from .platform_check import window_problem
    problem = window_problem()
    if problem:
        print(f"lstm-sim: {problem}", file=sys.stderr)
        return 2
    app = configure()
    install_exception_dialog()
    window = create_window()
    window.show()
    if present:
        window.presentation.enter()
    settle_memory()
    return app.exec()
