"""Render the main window and each pane to PNG, offscreen (``lstm-sim screenshot``)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

SIZE = (1600, 1000)
#: The smallest window we design for: the diagram must stay readable here.
SMALL_SIZE = (1024, 700)


def render_all(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from .app import configure
    from .main_window import MainWindow

    app = configure()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        for preset, dark, suffix, size in (("walkthrough", False, "", SIZE),
                                           ("walkthrough", True, "-dark", SIZE),
                                           ("dinner", False, "-dinner", SIZE),
                                           ("walkthrough", False, "-1024x700", SMALL_SIZE)):
            # Throwaway settings: screenshots never depend on (or change) the user's layout.
            window = MainWindow(QSettings(str(Path(tmp) / f"settings{suffix}.ini"), QSettings.IniFormat))
            window.animate_action.setChecked(False)
            window.dark_action.setChecked(dark)
            window.session.open_preset(preset)
            window.resize(*size)
            window.show()
            for _ in range(3):
                app.processEvents()
            window.diagram.fit()
            app.processEvents()
            shots = {f"main{suffix}": window}
            if not suffix:
                shots.update(diagram=window.diagram, heatmaps=window.heatmaps,
                             predictions=window.predictions, timeline=window.timeline)
            for name, widget in shots.items():
                written.append(_save(widget, out / f"{name}.png"))
            if not suffix:      # a path box clicked: its weights in the editor dock
                window.diagram.select_path("f")
                window.show_path("f")
                app.processEvents()
                dock = window.docks["editor"]
                dock.setFloating(True)          # on its own, at a size that shows whole blocks
                dock.resize(460, 820)
                app.processEvents()
                written.append(_save(dock, out / "weight-editor.png"))
                dock.setFloating(False)
                # The README's what-if: the forgetting gate clamped open at the second "saw".
                window.session.set_clamp("f", None, 1.0)
                window.session.last()
                app.processEvents()
                written.append(_save(window, out / "clamped.png"))
                window.session.undo_stack.undo()
                written += _extras(window, app, out)
                window.session.undo_stack.setClean()        # nothing to ask about on close
            window.dark_action.setChecked(False)
            window.close()
            window.deleteLater()
            app.processEvents()
    return written


def _settle(app, rounds: int = 4) -> None:
    for _ in range(rounds):
        app.processEvents()


def _extras(window, app, out: Path) -> list[Path]:
    """The memory-flow pane, three lessons, and a training run."""
    import time
    written = []
    window.session.last()
    dock = window.docks["memory"]
    dock.show()
    dock.setFloating(True)
    dock.resize(760, 420)
    _settle(app)
    window._show_memory_sources(window.session.step)
    _settle(app)
    written.append(_save(dock, out / "provenance.png"))
    dock.setFloating(False)
    dock.hide()
    from ..scenarios.lessons import LESSONS
    window.start_lessons()
    for number, step in ((1, 1), (4, 0), (7, 2)):
        window.lessons.show_lesson(LESSONS[number - 1].id, step)
        _settle(app, 6)
        written.append(_save(window, out / f"lesson-{number}.png"))
    window.docks["lessons"].hide()
    window.session.open_preset("walkthrough")
    window.docks["training"].show()
    window.docks["training"].raise_()
    window.training.epochs.setValue(60)
    window.training.start_button.click()
    deadline = time.monotonic() + 60
    while window.trainer.runner.state != "idle" and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    _settle(app)
    dock = window.docks["training"]
    dock.setFloating(True)              # on its own, tall enough for the curves
    dock.resize(480, 980)
    _settle(app)
    written.append(_save(dock, out / "training.png"))
    dock.setFloating(False)
    return written


def _save(widget, path: Path) -> Path:
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path
