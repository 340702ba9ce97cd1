"""One weight edit: time until every view (diagram, heatmaps, predictions, editor) shows
the new trace, and until it is repainted. Hidden 32, 50 steps, window 1600×1000,
offscreen, the forgetting path open in the weight editor. Target: median ≤ 8 ms
including the repaint. Prints figures; asserts nothing.

    python tests/benchmarks/bench_edit.py [--repeats 300]
"""
from __future__ import annotations

import argparse
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=300)
    args = parser.parse_args()
    app = configure()
    words = [f"w{k}" for k in range(12)]
    vocab = Vocabulary(words)
    net = Network.random("lstm", len(words), 32, len(words), seed=0)
    text = " ".join(words[k % len(words)] for k in range(50))
    preset = Preset("bench", "bench", "", net, vocab, [f"u{k}" for k in range(32)], text, 25)
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(QSettings(str(Path(tmp) / "s.ini"), QSettings.IniFormat))
        window.animate_action.setChecked(False)
        window.session.open(preset)
        window.resize(1600, 1000)
        window.show()
        window.show_path("f")
        for _ in range(3):
            app.processEvents()
        s = window.session
        handler, with_paint = [], []
        for k in range(args.repeats):
            value = 0.5 + 0.001 * k
            t0 = time.perf_counter()
            s.edit_weight("W", "f", k % 32, k % 12, value)
            t1 = time.perf_counter()
            app.processEvents()
            t2 = time.perf_counter()
            handler.append((t1 - t0) * 1000)
            with_paint.append((t2 - t0) * 1000)
        s.undo_stack.setClean()          # nothing to ask about when closing
        window.close()
    print(f"hidden 32, 50 steps, {args.repeats} weight edits, window 1600x1000, animation off")
    for name, xs in (("edit + update views", handler), ("edit + update + repaint", with_paint)):
        print(f"{name:26s} median {statistics.median(xs):6.2f} ms   p99 {percentile(xs, 0.99):6.2f} ms")
    print("target: median <= 8 ms including the repaint")


if __name__ == "__main__":
    main()
