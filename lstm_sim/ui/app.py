"""Starting the application: Qt setup, the exception dialog, the first window.

Qt is imported inside the functions, after ``platform_check`` has made sure a window
can open here: a missing system library then ends in one line saying what to install.
"""
from __future__ import annotations

import sys
import traceback

START_PRESET = "walkthrough"


def configure():
    """The QApplication with our names and pyqtgraph's options (before any plot exists)."""
    import pyqtgraph as pg
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication
    QCoreApplication.setOrganizationName("LSTM Sim")
    QCoreApplication.setApplicationName("LSTM Sim")
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    return QApplication.instance() or QApplication(sys.argv[:1])


def install_exception_dialog() -> None:
    """An unexpected error shows a dialog with the details instead of killing the app silently."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox
    def hook(exc_type, exc, tb):
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        sys.stderr.write(details)
        box = QMessageBox(QMessageBox.Critical, QCoreApplication.translate("App", "Unexpected error"),
                          QCoreApplication.translate("App", "Something went wrong: {0}\n\nYour session is still "
                                                     "open; please report this with the details below.").format(exc))
        box.setDetailedText(details)
        box.exec()
    sys.excepthook = hook


def create_window(preset: str = START_PRESET, settings=None):
    """The first window, in the remembered (or the system's) language; choosing another
    language rebuilds it around the same session."""
    from PySide6.QtCore import QSettings
    from .i18n import default_language, install_language
    from .main_window import MainWindow
    settings = settings or QSettings()
    install_language(str(settings.value("language", default_language())))
    window = MainWindow(settings)
    window.session.open_preset(preset)
    window.languageChosen.connect(lambda code: switch_language(window, code))
    return window


def switch_language(window, code: str):
    """A new window in language ``code`` with the same session, geometry and layout."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox
    from .i18n import CJK_FONT_HINT, can_draw_chinese, install_language
    from .main_window import MainWindow
    if window.trainer.runner.state != "idle":
        window.trainer.runner.stop(wait=True)
    if not install_language(code):
        QMessageBox.warning(window, "LSTM Sim", QCoreApplication.translate(
            "App", "The {0} translation is missing from this installation.").format(code))
        return window
    window.settings.setValue("language", code)
    geometry, state = window.saveGeometry(), window.saveState()
    # The lesson on screen, and the learner's own sub-step choice (a lesson may hold it).
    where = (window.lessons.lesson.id, window.lessons.step_index) if window._lessons is not None else None
    held = window._lesson_drawing._user_inside if window._lesson_drawing is not None else None
    new = MainWindow(window.settings, session=window.session)
    new.inside_action.setChecked(window.inside_action.isChecked() if held is None else held)
    new.restoreGeometry(geometry)
    new.restoreState(state)
    new.animate_action.setChecked(window.animate_action.isChecked())
    new.dark_action.setChecked(window.dark_action.isChecked())
    new.languageChosen.connect(lambda c: switch_language(new, c))
    if window.isVisible():
        new.show()
    if code == "zh-TW" and not can_draw_chinese():
        # Said where it is seen, without a modal box that stops everything until dismissed.
        new.statusBar().showMessage(QCoreApplication.translate("App", CJK_FONT_HINT), 30000)
    if where is not None:
        new.lessons.show_lesson(where[0], where[1], move_app=False)
    # As the learner left it: sub-steps on or off (even inside a lesson), and where.
    new.inside_action.setChecked(window.inside_action.isChecked())
    if window.diagram.substep() is not None:
        new.diagram.set_substep(window.diagram.substep())
    window.replacing = True
    window.close()
    window.deleteLater()
    return new


def run() -> int:
    from .platform_check import window_problem
    problem = window_problem()
    if problem:
        print(f"lstm-sim: {problem}", file=sys.stderr)
        return 2
    app = configure()
    install_exception_dialog()
    window = create_window()
    window.show()
    return app.exec()
