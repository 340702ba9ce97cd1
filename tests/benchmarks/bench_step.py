"""Step change: time to update diagram, heatmaps and predictions for one step.

Hidden 32, 50 steps, animation off, offscreen. Prints the median and p99 of the step
handler alone and of handler + repaint (processEvents). Targets: median ≤ 4 ms,
p99 ≤ 8 ms.

    python tests/benchmarks/bench_step.py [--repeats 400]
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
    parser.add_argument("--repeats", type=int, default=400)
    args = parser.parse_args()
    app = configure()
    words = [f"w{k}" for k in range(12)]
    vocab = Vocabulary(words)
    net = Network.random("lstm", len(words), 32, len(words), seed=0)
    text = " ".join(words[k % len(words)] for k in range(50))
    preset = Preset("bench", "bench", "", net, vocab, [f"u{k}" for k in range(32)], text, 0)
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(QSettings(str(Path(tmp) / "s.ini"), QSettings.IniFormat))
        window.animate_action.setChecked(False)
        window.session.open(preset)
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        handler, with_paint = [], []
        s = window.session
        for k in range(args.repeats):
            target = (s.step + 7) % 50
            t0 = time.perf_counter()
            s.set_step(target)
            t1 = time.perf_counter()
            app.processEvents()
            t2 = time.perf_counter()
            handler.append((t1 - t0) * 1000)
            with_paint.append((t2 - t0) * 1000)
        window.close()
    print(f"hidden 32, 50 steps, {args.repeats} step changes, animation off")
    for name, xs in (("update views (handler)", handler), ("update + repaint", with_paint)):
        print(f"{name:24s} median {statistics.median(xs):6.2f} ms   p99 {percentile(xs, 0.99):6.2f} ms")
    print("targets: median <= 4 ms, p99 <= 8 ms")


if __name__ == "__main__":
    main()
