"""Ranking units: 1,024 units × 10,000 tokens must rank in ≤ 1 s (issue 19).

Prints the median time of ``rank_units`` (both scores, every unit) on continuous values
and on values with many ties (saturated units), the chunked forward pass that makes the
values (``scan``), and each one's ratio to a floor measured in the same run: one
``np.argsort`` of the same 10,000×1,024 array along its steps, the least any rank-based
score must do. Figures drift from run to run; the ratios hold. Run:

    .venv/bin/python tests/benchmarks/bench_units.py
"""
import statistics
import sys
import time
from pathlib import Path

from _report import emit

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from lstm_sim.model import Network  # noqa: E402
from lstm_sim.model.units import rank_units, scan  # noqa: E402

T, H = 10_000, 1_024
BUDGET_S = 1.0
#: The forward pass is timed over fewer steps: it grows linearly with them.
SCAN_STEPS = 2_000


def median_s(fn, repeats: int = 5) -> float:
    fn()                                         # warm up: first-touch page faults, caches
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    rng = np.random.default_rng(0)
    values = rng.standard_normal((T, H))
    tied = np.clip(np.round(values, 1), -1.0, 1.0)          # saturated units: thousands of equal values
    marked = rng.random(T) < 0.2
    floor = median_s(lambda: np.argsort(values, axis=0))
    print(f"{H:,} units × {T:,} steps; floor = np.argsort along the steps: {floor:.3f} s")
    rows = [("rank_units, continuous values (AUC + d)", median_s(lambda: rank_units(values, marked))),
            ("rank_units, values with many ties", median_s(lambda: rank_units(tied, marked))),
            ("rank_units by d", median_s(lambda: rank_units(values, marked, score="d")))]
    net = Network.random("lstm", 64, H, 64, seed=0)
    ids = rng.integers(0, 64, size=SCAN_STEPS)
    t0 = time.perf_counter()                     # once: it is the slow part (the forward pass's own)
    scan(net, ids, keep=[(0, "h")], targets=np.append(ids[1:], -1))
    rows.append((f"scan: forward over {SCAN_STEPS:,} steps (×{T // SCAN_STEPS} for {T:,})",
                 time.perf_counter() - t0))
    for name, seconds in rows:
        verdict = "" if name.startswith("scan") else ("  ok" if seconds <= BUDGET_S else "  OVER the 1 s budget")
        print(f"  {name:50s} {seconds:6.3f} s  = {seconds / floor:4.2f} × floor{verdict}")
        emit(name, seconds, floor=floor, target="" if name.startswith("scan") else "<= 1 s", unit="s")


if __name__ == "__main__":
    main()
