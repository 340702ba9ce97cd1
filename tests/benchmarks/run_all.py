"""`make bench`: every benchmark in turn, then one table of their figures and ratios.

Each benchmark prints its own report and, per figure, a ``BENCH {json}`` line (see
``_floor.result``); the UI ones measure their floor in the same process. This script runs
them as separate processes (one window at a time, nothing shared) and tabulates those
lines at the end. Absolute times drift by up to ~50 % between runs on this kind of
machine: read the ratios.

    python tests/benchmarks/run_all.py [--quick]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
UI_VARIANTS = ([], ["--size", "1024x768"], ["--big"], ["--present"])


def runs(quick: bool) -> list[list[str]]:
    few = ["--repeats", "100"] if quick else []
    out = [["bench_model.py"], ["bench_startup.py"] + (["--runs", "3"] if quick else [])]
    for extra in UI_VARIANTS:
        out.append(["bench_step.py", *extra, *few])
        out.append(["bench_edit.py", *extra, *few])
        out.append(["bench_typing.py", "--burst", "10", "--words", "500", *extra]
                   + (["--rounds", "1"] if quick or "--big" in extra else []))
    out += [["bench_training.py"], ["bench_training_ui.py"], ["bench_big_model.py"], ["bench_units.py"],
            ["bench_real_files.py"] + (["--runs", "1"] if quick else [])]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a rough table)")
    args = parser.parse_args()
    rows = []
    for cmd in runs(args.quick):
        print(f"\n$ python tests/benchmarks/{' '.join(cmd)}", flush=True)
        proc = subprocess.run([sys.executable, str(HERE / cmd[0]), *cmd[1:]], cwd=HERE,
                              capture_output=True, text=True)
        for line in proc.stdout.splitlines():
            if line.startswith("BENCH "):
                rows.append(json.loads(line[6:]))
            else:
                print(line)
        if proc.returncode:
            print(proc.stderr[-2000:])
            rows.append({"name": f"{cmd[0]} FAILED (exit {proc.returncode})"})
    print("\n| benchmark | median | p99 | floor (same run) | median / floor | p99 / floor | target |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        if "median" not in r:
            print(f"| {r['name']} | | | | | | |")
            continue
        floor = r.get("floor")
        ratio = (lambda x: f"{x / floor:.2f}×") if floor else (lambda x: "")
        unit = r.get("unit", "ms")
        p99 = f"{r['p99']:.2f} {unit}" if "p99" in r else ""
        print(f"| {r['name']} | {r['median']:.2f} {unit} | {p99} | "
              f"{f'{floor:.2f} {unit}' if floor else ''} | {ratio(r['median'])} | "
              f"{ratio(r['p99']) if 'p99' in r else ''} | {r.get('target', '')} |")


if __name__ == "__main__":
    main()
