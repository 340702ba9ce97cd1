"""One weight edit: time until every view (diagram, heatmaps, predictions, editor) shows
the new trace, and until it is repainted, beside the floor of the same run
(``_floor.py``). The forgetting path open in the weight editor, animation off,
offscreen. Target: median ≤ 2× the floor including the repaint.

    python tests/benchmarks/bench_edit.py [--size 1600x1000] [--big] [--present] [--repeats 300]
"""
from __future__ import annotations

import argparse

from _floor import floor_ms, result
from _window import add_window_options, bench_window, hidden32_preset, time_changes, variant


def main() -> None:
    parser = argparse.ArgumentParser()
    add_window_options(parser, repeats=300)
    args = parser.parse_args()
    floor, _ = floor_ms(args.size)
    steps = 200 if args.big else 50
    with bench_window(hidden32_preset(step=steps // 2, steps=steps, big=args.big), args.size,
                      args.present) as (app, window):
        window.show_path("f", raise_dock=not args.present)
        for _ in range(3):
            app.processEvents()
        s = window.session
        cols = len(s.input_names())

        def edit(k):
            s.edit_weight("W", "f", k % 32, k % cols, 0.5 + 0.001 * k)
        time_changes(app, edit, 10)           # warm up
        handler, with_paint = time_changes(app, edit, args.repeats)
    print(f"weight edit, {variant(args)}, {steps} steps, {args.repeats} edits; floor median {floor:.2f} ms")
    result(f"edit views [{variant(args)}]", handler, floor)
    result(f"edit + repaint [{variant(args)}]", with_paint, floor, "median <= 2x")


if __name__ == "__main__":
    main()
