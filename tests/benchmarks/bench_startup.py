"""Startup: process start to first window shown, against a bare PySide6 + pyqtgraph window.

Both are measured in this run, alternating, as separate processes; the figure that
matters is the ratio (target ≤ 1.2×). Uses the offscreen platform unless DISPLAY or
QT_QPA_PLATFORM says otherwise.

    python tests/benchmarks/bench_startup.py [--runs 7]
"""
from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time

from _report import emit

SHOWN = r"""
from PySide6.QtCore import QTimer
def report_when_shown(app, window):
    window.show()
    QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    app.exec()
"""

BARE = SHOWN + r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(pg.PlotWidget()); w.resize(1400, 900)
report_when_shown(app, w)
"""

OURS = SHOWN + r"""
from lstm_sim.ui.app import configure, create_window
app = configure()
report_when_shown(app, create_window())
"""


def time_process(code: str) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    for line in proc.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("the window never showed")
    proc.wait()
    return elapsed * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if "DISPLAY" not in os.environ:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed package has its bytecode compiled (pip does it, as it did for PySide6
    # and pyqtgraph); compile ours too, even where PYTHONDONTWRITEBYTECODE is set.
    import lstm_sim
    compileall.compile_dir(os.path.dirname(lstm_sim.__file__), quiet=1)
    time_process(BARE), time_process(OURS)      # warm the file cache
    bare, ours = [], []
    for _ in range(args.runs):
        bare.append(time_process(BARE))
        ours.append(time_process(OURS))
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'default')}, runs: {args.runs} each (median)")
    print(f"bare PySide6 + pyqtgraph window: {b:7.0f} ms")
    print(f"LSTM Sim main window:            {o:7.0f} ms")
    print(f"ratio: {o / b:.2f}x   (target <= 1.2x)")
    emit("start -> first window", o, floor=b, target="<= 1.2x the bare window")


if __name__ == "__main__":
    main()
