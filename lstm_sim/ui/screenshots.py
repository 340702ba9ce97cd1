"""Render the main window and each pane to PNG, offscreen (``lstm-sim screenshot``)."""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

SIZE = (1600, 1000)
#: The smallest window we design for: the diagram must stay readable here.
SMALL_SIZE = (1024, 700)
LESSON_SHOTS = ((1, 1), (4, 0), (7, 2))       # (lesson number, step) for lesson-N.png
#: The screens a classroom has: the whole cell must show at each, in every mode
#: (main-WxH.png, lesson-WxH.png with lesson 7 at ⊕ and cₜ, present-WxH.png).
SCREEN_SIZES = ((1024, 768), (1280, 720), (1366, 768), (1600, 1000))
SIZE_LESSON = (7, 5)


def render_all(out: Path, lang: str = "en", only: str | None = None) -> list[Path]:
    """Every screenshot (or with ``only="lessons"`` just lesson-1/4/7) in language
    ``lang``; other languages than English add a suffix: ``lesson-7.zh-TW.png``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .app import configure
    from .i18n import install_language
    app = configure()
    if not install_language(lang):
        raise OSError(f"no translation for {lang} (run 'make translations')")
    out.mkdir(parents=True, exist_ok=True)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            shots = Shots(app, out, Path(tmp), "" if lang == "en" else f".{lang}")
            if only == "lessons":
                shots.lessons(shots.window("walkthrough", SIZE))
            elif only == "sizes":
                shots.sizes()
            else:
                shots.everything()
            return shots.written
    finally:
        install_language("en")


class Shots:
    def __init__(self, app, out: Path, tmp: Path, suffix: str):
        self.app, self.out, self.tmp, self.suffix = app, out, tmp, suffix
        self.written: list[Path] = []

    def window(self, preset: str, size, dark: bool = False, name: str = "main"):
        from PySide6.QtCore import QSettings
        from .main_window import MainWindow
        # Throwaway settings: screenshots never depend on (or change) the user's layout.
        window = MainWindow(QSettings(str(self.tmp / f"{name}.ini"), QSettings.IniFormat))
        window.animate_action.setChecked(False)
        window.dark_action.setChecked(dark)
        window.session.open_preset(preset)
        window.resize(*size)
        window.show()
        self.settle(3)
        window.diagram.fit()
        self.settle(1)
        return window

    def settle(self, rounds: int = 4) -> None:
        for _ in range(rounds):
            self.app.processEvents()

    def save(self, widget, name: str) -> None:
        path = self.out / f"{name}{self.suffix}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.written.append(path)

    def close(self, window) -> None:
        window.session.undo_stack.setClean()        # nothing to ask about on close
        window.dark_action.setChecked(False)
        window.close()
        window.deleteLater()
        self.settle(1)

    def floating(self, window, dock_name: str, size, name: str) -> None:
        dock = window.docks[dock_name]
        dock.show()
        dock.setFloating(True)                       # on its own, at a size that shows it whole
        dock.resize(*size)
        self.settle()
        self.save(dock, name)
        dock.setFloating(False)

    def everything(self) -> None:
        w = self.window("walkthrough", SIZE)
        for name, widget in (("main", w), ("diagram", w.diagram), ("heatmaps", w.heatmaps),
                             ("predictions", w.predictions), ("timeline", w.timeline)):
            self.save(widget, name)
        w.diagram.select_path("f")
        w.show_path("f")
        self.floating(w, "editor", (460, 820), "weight-editor")
        # The README's what-if: the forgetting gate clamped open at the second "saw".
        w.session.set_clamp("f", None, 1.0)
        w.session.last()
        w.docks["editor"].raise_()
        self.settle()
        self.save(w, "clamped")
        w.session.undo_stack.undo()
        w.docks["memory"].show()
        w.docks["memory"].raise_()
        self.settle()
        w.presenter.show_memory_sources(w.session.step)
        self.floating(w, "memory", (760, 420), "provenance")
        w.docks["memory"].hide()
        self.lessons(w)
        self.training(w)
        self.comparison(w)
        self.units()
        self.gru()
        self.close(w)
        for preset, dark, name, size in (("walkthrough", True, "main-dark", SIZE),
                                         ("dinner", False, "main-dinner", SIZE),
                                         ("walkthrough", False, "main-1024x700", SMALL_SIZE)):
            w = self.window(preset, size, dark, name)
            self.save(w, name)
            self.close(w)
        self.sizes()

    def sizes(self) -> None:
        """The main window at each of SCREEN_SIZES: as it opens, with the lessons open, and
        presenting (the lesson open, and at the smallest size the cell alone too)."""
        from ..scenarios.lessons import LESSONS
        for size in SCREEN_SIZES:
            tag = f"{size[0]}x{size[1]}"
            w = self.window("walkthrough", size, name=f"size-{tag}")
            self.save(w, f"main-{tag}")
            w.start_lessons()
            number, step = SIZE_LESSON
            w.lessons.show_lesson(LESSONS[number - 1].id, step)
            self.settle(6)
            self.save(w, f"lesson-{tag}")
            self.present(w, size, f"present-{tag}")
            if size == SCREEN_SIZES[0]:
                w.docks["lessons"].hide()
                self.settle(4)
                self.present(w, size, f"present-cell-{tag}")
            self.close(w)

    def present(self, w, size, name: str) -> None:
        """Presentation mode on a screen of ``size`` (offscreen, full screen is whatever
        the virtual screen is: the window is sized as that screen would size it)."""
        w.presentation.enter()
        self.settle(2)
        w.resize(*size)
        self.settle(6)
        self.save(w, name)
        w.presentation.leave()
        self.settle(4)

    def gru(self) -> None:
        """gru.png: a GRU trained on the book, at "Doug" (the update gate as the valve
        between the old and the new prediction)."""
        from ..scenarios.examples import gru_book_preset
        w = self.window("walkthrough", SIZE, name="gru")
        w.session.open(gru_book_preset())
        self.settle(3)
        w.diagram.fit()
        self.settle(1)
        self.save(w, "gru")
        self.close(w)

    def units(self) -> None:
        """units.png and units-off.png: the README's example (a char LSTM trained for a few
        seconds on text with parentheses), the unit that tracks "inside" found, shown and
        then switched off."""
        import numpy as np
        from ..scenarios.examples import parens_preset
        w = self.window("walkthrough", SIZE, name="units")
        w.session.open(parens_preset())
        w.docks["units"].show()
        w.docks["units"].raise_()
        self.settle()
        pane = w.units_pane
        pane.regex.setText(r"\([^()]*")
        pane.find_button.click()
        pane.units.wait_idle()
        unit = pane.units.unit
        w.session.set_step(int(np.flatnonzero(pane.units.marked)[12]))
        pane.heatmap_button.click()
        pane.diagram_button.click()
        self.settle(6)
        w.diagram.fit()
        self.settle(2)
        self.save(w, "units")
        pane.off_button.click()
        pane.units.wait_idle()
        self.settle(6)
        self.save(w, "units-off")
        w.session.set_clamp("o", unit, None)
        self.close(w)

    def comparison(self, w) -> None:
        w.show_compare()
        dialog = w.compare
        dialog.run_button.click()
        deadline = time.monotonic() + 120
        while dialog.results is None and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.01)
        self.settle()
        self.save(dialog, "compare")
        dialog.close()

    def lessons(self, w) -> None:
        from ..scenarios.lessons import LESSONS
        w.start_lessons()
        for number, step in LESSON_SHOTS:
            w.lessons.show_lesson(LESSONS[number - 1].id, step)
            self.settle(6)
            self.save(w, f"lesson-{number}")
        w.docks["lessons"].hide()

    def training(self, w) -> None:
        w.session.open_preset("walkthrough")
        w.training.epochs.setValue(60)
        w.training.start_button.click()
        deadline = time.monotonic() + 60
        while w.trainer.runner.state != "idle" and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.01)
        self.floating(w, "training", (480, 980), "training")
