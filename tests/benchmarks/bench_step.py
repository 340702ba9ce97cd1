"""Step change: time to update diagram, heatmaps and predictions for one step.

Hidden 32, 50 steps, animation off, offscreen. Prints the median and p99 of the step
handler alone and of handler + repaint (processEvents). Targets: median ≤ 4 ms,
p99 ≤ 8 ms.

    python tests/benchmarks/bench_step.py [--repeats 400]
"""
from __future__ import annotations

import argparse
import statistics
import time

from _window import bench_window, hidden32_preset, percentile


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=400)
    args = parser.parse_args()
    with bench_window(hidden32_preset()) as (app, window):
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
    print(f"hidden 32, 50 steps, {args.repeats} step changes, animation off")
    for name, xs in (("update views (handler)", handler), ("update + repaint", with_paint)):
        print(f"{name:24s} median {statistics.median(xs):6.2f} ms   p99 {percentile(xs, 0.99):6.2f} ms")
    print("targets: median <= 4 ms, p99 <= 8 ms")


if __name__ == "__main__":
    main()
