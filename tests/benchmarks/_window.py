"""What the GUI benchmarks share: an offscreen main window at 1600×1000 on a given
network, with throwaway settings, and the percentile they report."""
from __future__ import annotations

import contextlib
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from lstm_sim.model import Network  # noqa: E402
from lstm_sim.scenarios import Preset, Vocabulary  # noqa: E402
from lstm_sim.ui.app import configure  # noqa: E402
from lstm_sim.ui.main_window import MainWindow  # noqa: E402


def percentile(values, q):
    values = sorted(values)
    return values[min(int(q * len(values)), len(values) - 1)]


def time_changes(app, change, repeats: int) -> tuple[list[float], list[float]]:
    """Milliseconds of ``change(k)`` alone and with the repaint that follows, per repeat."""
    handler, with_paint = [], []
    for k in range(repeats):
        t0 = time.perf_counter()
        change(k)
        t1 = time.perf_counter()
        app.processEvents()
        t2 = time.perf_counter()
        handler.append((t1 - t0) * 1000)
        with_paint.append((t2 - t0) * 1000)
    return handler, with_paint


def report(rows) -> None:
    for name, xs in rows:
        print(f"{name:26s} median {statistics.median(xs):6.2f} ms   p99 {percentile(xs, 0.99):6.2f} ms")


def hidden32_preset(step: int = 0) -> Preset:
    """Hidden 32, 12 words, a 50-step text: the size the step and edit targets name."""
    words = [f"w{k}" for k in range(12)]
    net = Network.random("lstm", len(words), 32, len(words), seed=0)
    text = " ".join(words[k % len(words)] for k in range(50))
    return Preset("bench", "bench", "", net, Vocabulary(words), [f"u{k}" for k in range(32)], text, step)


@contextlib.contextmanager
def bench_window(preset: Preset | str):
    """(app, window) showing ``preset`` (a Preset or a preset name); closed afterwards."""
    app = configure()
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(QSettings(str(Path(tmp) / "s.ini"), QSettings.IniFormat))
        window.animate_action.setChecked(False)
        if isinstance(preset, str):
            window.session.open_preset(preset)
        else:
            window.session.open(preset)
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        try:
            yield app, window
        finally:
            window.session.undo_stack.setClean()       # nothing to ask about when closing
            window.close()
