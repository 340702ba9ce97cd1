"""Step change: time to update diagram, heatmaps and predictions for one step, and the
repaint that follows, beside the floor of the same run (``_floor.py``: a bare window with
six 32×50 heatmaps whose cursor moves). Animation off, offscreen. Targets: median ≤ 2×
the floor, p99 ≤ 3× the floor.

    python tests/benchmarks/bench_step.py [--size 1600x1000] [--big] [--present] [--repeats 400]
"""
from __future__ import annotations

import argparse

from _floor import floor_ms, result
from _window import add_window_options, bench_window, hidden32_preset, time_changes, variant


def main() -> None:
    parser = argparse.ArgumentParser()
    add_window_options(parser, repeats=400)
    args = parser.parse_args()
    floor, _ = floor_ms(args.size)
    steps = 200 if args.big else 50
    with bench_window(hidden32_preset(steps=steps, big=args.big), args.size, args.present) as (app, window):
        s = window.session
        time_changes(app, lambda k: s.set_step((s.step + 7) % steps), 20)          # warm up
        handler, with_paint = time_changes(app, lambda k: s.set_step((s.step + 7) % steps), args.repeats)
    print(f"step change, {variant(args)}, {steps} steps, {args.repeats} changes; floor median {floor:.2f} ms")
    result(f"step views [{variant(args)}]", handler, floor)
    result(f"step + repaint [{variant(args)}]", with_paint, floor, "median <= 2x, p99 <= 3x")


if __name__ == "__main__":
    main()
