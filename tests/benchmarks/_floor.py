"""The floor the UI benchmarks are measured against, in the same run: what a bare window
costs to repaint when its cursor moves.

A QMainWindow of the benchmark's size holding six pyqtgraph plots, each one ImageItem of
32 units × 50 steps and a cursor rectangle over one column — the heatmap pane without
anything of ours. One "change" moves every cursor to another step and repaints the whole
window (its plots' viewport, not just the cursors' old and new places: a step in our
window changes values everywhere). The time counted is that move plus the repaint that
follows (``processEvents``), as for our own views.

    python tests/benchmarks/_floor.py [--size 1600x1000] [--repeats 400]
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import lstm_sim  # noqa: E402,F401  (first, as in the app: it sets the BLAS threads before numpy loads)
import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QMainWindow  # noqa: E402

from _report import emit  # noqa: E402

STRIPS, UNITS, STEPS = 6, 32, 50


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


def result(name: str, times: list[float], floor: float, target: str = "") -> None:
    """Print one figure with its ratio to the floor, and the line `make bench` tabulates."""
    median, p99 = statistics.median(times), percentile(times, 0.99)
    print(f"  {name:34s} median {median:7.2f} ms ({median / floor:4.2f}x floor)   "
          f"p99 {p99:7.2f} ms ({p99 / floor:4.2f}x)   {target}", flush=True)
    emit(name, median, p99, floor, target)


def parse_size(text: str) -> tuple[int, int]:
    w, h = text.lower().split("x")
    return int(w), int(h)


class BareHeatmaps(QMainWindow):
    """Six plain heatmaps with a cursor each; ``move(step)`` moves the cursors."""

    def __init__(self, size: tuple[int, int]):
        super().__init__()
        layout = pg.GraphicsLayoutWidget()
        rng = np.random.default_rng(0)
        self.cursors = []
        for k in range(STRIPS):
            plot = layout.addPlot(row=k, col=0)
            plot.addItem(pg.ImageItem(rng.uniform(-1, 1, (STEPS, UNITS)), levels=(-1, 1)))
            cursor = QGraphicsRectItem(0, 0, 1, UNITS)
            cursor.setPen(pg.mkPen("k", width=2))
            plot.addItem(cursor)
            self.cursors.append(cursor)
        self.setCentralWidget(layout)
        self.resize(*size)

    def move(self, step: int) -> None:
        for cursor in self.cursors:
            cursor.setPos(step % STEPS, 0)
        self.centralWidget().viewport().update()


def floor_ms(size: str = "1600x1000", repeats: int = 400) -> tuple[float, float]:
    """(median, p99) ms of a cursor move + repaint in the bare window of ``size`` (WxH),
    measured now."""
    app = QApplication.instance() or QApplication([])
    window = BareHeatmaps(parse_size(size))
    window.show()
    for _ in range(3):
        app.processEvents()
    time_changes(app, lambda k: window.move(k * 7), 20)          # warm up
    _, with_paint = time_changes(app, lambda k: window.move(k * 7), repeats)
    window.close()
    window.deleteLater()
    app.processEvents()
    return statistics.median(with_paint), percentile(with_paint, 0.99)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--repeats", type=int, default=400)
    args = parser.parse_args()
    median, p99 = floor_ms(args.size, args.repeats)
    print(f"floor (bare window, six 32x50 heatmaps + cursor, {args.size}): median {median:.2f} ms  p99 {p99:.2f} ms")


if __name__ == "__main__":
    main()
