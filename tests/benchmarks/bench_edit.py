"""One weight edit: time until every view (diagram, heatmaps, predictions, editor) shows
the new trace, and until it is repainted. Hidden 32, 50 steps, window 1600×1000,
offscreen, the forgetting path open in the weight editor. Target: median ≤ 8 ms
including the repaint. Prints figures; asserts nothing.

    python tests/benchmarks/bench_edit.py [--repeats 300]
"""
from __future__ import annotations

import argparse
import statistics
import time

from _window import bench_window, hidden32_preset, percentile


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=300)
    args = parser.parse_args()
    with bench_window(hidden32_preset(step=25)) as (app, window):
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
    print(f"hidden 32, 50 steps, {args.repeats} weight edits, window 1600x1000, animation off")
    for name, xs in (("edit + update views", handler), ("edit + update + repaint", with_paint)):
        print(f"{name:26s} median {statistics.median(xs):6.2f} ms   p99 {percentile(xs, 0.99):6.2f} ms")
    print("target: median <= 8 ms including the repaint")


if __name__ == "__main__":
    main()
