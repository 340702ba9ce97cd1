"""While the app trains: how late does the GUI thread answer, and how often do the views
follow? A 10 ms timer runs during a training run in the real window (offscreen,
1600×1000, hidden 64 on the children's book, views following the weights) and its
lateness is sampled; the new traces the views were shown are counted. Targets: p99
lateness ≤ 16 ms (one frame), ≥ 20 view updates a second. Prints figures; asserts nothing.

    python tests/benchmarks/bench_training_ui.py [--seconds 6] [--hidden 64]
"""
from __future__ import annotations

import argparse
import statistics
import time

from PySide6.QtCore import QTimer

from _report import emit
from _window import bench_window, percentile


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--hidden", type=int, default=64)
    args = parser.parse_args()
    with bench_window("walkthrough") as (app, window):
        window.docks["memory"].show()
        app.processEvents()
        dock = window.training
        dock.corpus.setCurrentIndex(dock.corpus.findData("book"))
        dock.hidden.setValue(args.hidden)
        dock.epochs.setValue(100000)
        dock.start_button.click()
        lateness, snapshots, traces = [], [0], [0]
        window.trainer.runner.progressed.connect(lambda _: snapshots.__setitem__(0, snapshots[0] + 1))
        window.session.traceChanged.connect(lambda: traces.__setitem__(0, traces[0] + 1))
        timer = QTimer()
        timer.setInterval(10)
        last = [time.perf_counter()]

        def tick():
            now = time.perf_counter()
            lateness.append(max(0.0, (now - last[0]) * 1000 - 10))
            last[0] = now
        timer.timeout.connect(tick)
        timer.start()
        end = time.perf_counter() + args.seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        t0 = time.perf_counter()
        window.trainer.runner.stop(wait=True)
        stop_ms = (time.perf_counter() - t0) * 1000
        updates = len(window.trainer.history[-1])
    rate = traces[0] / args.seconds
    print(f"training hidden {args.hidden} on the book in the window for {args.seconds:.0f} s: {updates} updates, "
          f"{snapshots[0]} snapshots, {traces[0]} new traces shown ({rate:.1f} a second; target >= 20)")
    p99 = percentile(lateness, 0.99)
    print(f"timer lateness   median {statistics.median(lateness):5.1f} ms   p99 {p99:5.1f} ms"
          f"   max {max(lateness):5.1f} ms   (target p99 <= 16 ms)")
    print(f"Stop took {stop_ms:.1f} ms (target <= 100 ms)")
    emit("training: event-loop lateness", statistics.median(lateness), p99, target="p99 <= 16 ms")
    emit("training: view updates a second", rate, target=">= 20", unit="/s")


if __name__ == "__main__":
    main()
