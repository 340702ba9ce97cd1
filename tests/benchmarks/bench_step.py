"""Step change: time to update diagram, heatmaps and predictions for one step.

Hidden 32, 50 steps, animation off, offscreen. Prints the median and p99 of the step
handler alone and of handler + repaint (processEvents). Targets: median ≤ 4 ms,
p99 ≤ 8 ms.

    python tests/benchmarks/bench_step.py [--repeats 400]
"""
from __future__ import annotations

import argparse

from _window import bench_window, hidden32_preset, report, time_changes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=400)
    args = parser.parse_args()
    with bench_window(hidden32_preset()) as (app, window):
        s = window.session
        handler, with_paint = time_changes(app, lambda k: s.set_step((s.step + 7) % 50), args.repeats)
    print(f"hidden 32, 50 steps, {args.repeats} step changes, animation off")
    report((("update views (handler)", handler), ("update + repaint", with_paint)))
    print("targets: median <= 4 ms, p99 <= 8 ms")


if __name__ == "__main__":
    main()
