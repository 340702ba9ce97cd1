"""One weight edit: time until every view (diagram, heatmaps, predictions, editor) shows
the new trace, and until it is repainted. Hidden 32, 50 steps, window 1600×1000,
offscreen, the forgetting path open in the weight editor. Target: median ≤ 8 ms
including the repaint. Prints figures; asserts nothing.

    python tests/benchmarks/bench_edit.py [--repeats 300]
"""
from __future__ import annotations

import argparse

from _window import bench_window, hidden32_preset, report, time_changes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=300)
    args = parser.parse_args()
    with bench_window(hidden32_preset(step=25)) as (app, window):
        window.show_path("f")
        for _ in range(3):
            app.processEvents()
        s = window.session
        handler, with_paint = time_changes(
            app, lambda k: s.edit_weight("W", "f", k % 32, k % 12, 0.5 + 0.001 * k), args.repeats)
    print(f"hidden 32, 50 steps, {args.repeats} weight edits, window 1600x1000, animation off")
    report((("edit + update views", handler), ("edit + update + repaint", with_paint)))
    print("target: median <= 8 ms including the repaint")


if __name__ == "__main__":
    main()
