"""While the app trains: how late does the GUI thread answer? A 10 ms timer runs during
a training run in the real window (offscreen, 1600×1000, views following the weights)
and its lateness is sampled. Target: p99 ≤ 30 ms. Prints figures; asserts nothing.

    python tests/benchmarks/bench_training_ui.py [--seconds 6]
"""
from __future__ import annotations

import argparse
import statistics
import time

from PySide6.QtCore import QTimer

from _window import bench_window, percentile


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=6.0)
    args = parser.parse_args()
    with bench_window("walkthrough") as (app, window):
        window.docks["memory"].show()
        app.processEvents()
        window.training.epochs.setValue(100000)
        window.training.start_button.click()
        lateness, snapshots = [], [0]
        window.trainer.runner.progressed.connect(lambda _: snapshots.__setitem__(0, snapshots[0] + 1))
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
    print(f"training in the window for {args.seconds:.0f} s: {updates} updates, {snapshots[0]} snapshots shown")
    print(f"timer lateness   median {statistics.median(lateness):5.1f} ms   p99 {percentile(lateness, 0.99):5.1f} ms"
          f"   max {max(lateness):5.1f} ms   (target p99 <= 30 ms)")
    print(f"Stop took {stop_ms:.1f} ms (target <= 100 ms)")


if __name__ == "__main__":
    main()
