"""Starting the application: Qt setup, the exception dialog, the first window."""
from __future__ import annotations

import sys
import traceback

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

START_PRESET = "walkthrough"


def configure() -> QApplication:
    """The QApplication with our names and pyqtgraph's options (before any plot exists)."""
    QCoreApplication.setOrganizationName("LSTM Sim")
    QCoreApplication.setApplicationName("LSTM Sim")
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    return QApplication.instance() or QApplication(sys.argv[:1])


def install_exception_dialog() -> None:
    """An unexpected error shows a dialog with the details instead of killing the app silently."""
    def hook(exc_type, exc, tb):
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        sys.stderr.write(details)
        box = QMessageBox(QMessageBox.Critical, "Unexpected error",
                          f"Something went wrong: {exc}\n\nYour session is still open; "
                          "please report this with the details below.")
        box.setDetailedText(details)
        box.exec()
    sys.excepthook = hook


def create_window(preset: str = START_PRESET):
    from .main_window import MainWindow
    window = MainWindow()
    window.session.open_preset(preset)
    return window


def run() -> int:
    app = configure()
    install_exception_dialog()
    window = create_window()
    window.show()
    return app.exec()
