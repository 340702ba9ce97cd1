"""Forward + backward time per call: lstm_sim.model (float64) against torch (float32, float64).

One thread everywhere, so the comparison is fair on any machine; the figures drift
from run to run, so compare them within one run, as ratios. Run:

    .venv/bin/python tests/benchmarks/bench_model.py
"""
import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"          # before numpy is imported, or BLAS has already started its pool

import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from _report import emit

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lstm_sim.model import Network, loss_and_grads  # noqa: E402

SIZES = [(5, 8, 30), (64, 64, 100), (64, 256, 100)]    # (input = vocabulary, hidden, steps)
WARMUP_S, MEASURE_S, MIN_REPEATS = 0.2, 1.0, 15


def median_ms(fn):
    """Median wall time of ``fn()`` in ms: warm up, then repeat for about MEASURE_S."""
    end = time.perf_counter() + WARMUP_S
    while time.perf_counter() < end:
        fn()
    t0 = time.perf_counter()
    fn()
    once = max(time.perf_counter() - t0, 1e-6)
    repeats = max(MIN_REPEATS, int(MEASURE_S / once))
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return 1e3 * statistics.median(times)


def problem(n_in, steps, seed=0):
    rng = np.random.default_rng(seed)
    ids = rng.integers(0, n_in, size=steps + 1)
    return np.eye(n_in)[ids[:-1]], ids[1:]


def ours(n_in, hidden, steps):
    net = Network.random("lstm", n_in, hidden, n_in, seed=0)
    X, targets = problem(n_in, steps)
    return median_ms(lambda: loss_and_grads(net, X, targets))


def torch_ms(torch, n_in, hidden, steps, dtype):
    torch.manual_seed(0)
    lstm = torch.nn.LSTM(n_in, hidden).to(dtype)
    readout = torch.nn.Linear(hidden, n_in).to(dtype)
    params = list(lstm.parameters()) + list(readout.parameters())
    X, targets = problem(n_in, steps)
    tX = torch.tensor(X, dtype=dtype).unsqueeze(1)            # T×1×I
    tT = torch.tensor(targets)

    def step():
        for p in params:
            p.grad = None
        out, _ = lstm(tX)
        loss = torch.nn.functional.cross_entropy(readout(out[:, 0]), tT)
        loss.backward()

    return median_ms(step)


def main():
    try:
        import torch
        torch.set_num_threads(1)
    except ImportError:
        torch = None
    print(f"numpy {np.__version__}" + (f", torch {torch.__version__}" if torch else ", torch not installed")
          + ", one thread; median ms per forward+backward call\n")
    rows = []
    for n_in, hidden, steps in SIZES:
        row = {"size": f"I={n_in} H={hidden} T={steps}", "ours": ours(n_in, hidden, steps)}
        if torch is not None:
            row["t32"] = torch_ms(torch, n_in, hidden, steps, torch.float32)
            row["t64"] = torch_ms(torch, n_in, hidden, steps, torch.float64)
        rows.append(row)
        print(f"  measured {row['size']}", flush=True)

    print()
    if torch is None:
        print(f"{'size':<22}{'ours f64':>10}")
        for r in rows:
            print(f"{r['size']:<22}{r['ours']:>10.3f}")
        return
    print(f"{'size':<22}{'ours f64':>10}{'torch f32':>11}{'torch f64':>11}{'ours/t32':>10}{'ours/t64':>10}")
    for r in rows:
        print(f"{r['size']:<22}{r['ours']:>10.3f}{r['t32']:>11.3f}{r['t64']:>11.3f}"
              f"{r['ours'] / r['t32']:>10.2f}{r['ours'] / r['t64']:>10.2f}")
    small = rows[0]
    print(f"\nTargets at {small['size']}:")
    for label, ratio, limit in (("ours <= torch f32", small["ours"] / small["t32"], 1.0),
                                ("ours <= 0.3 x torch f64", small["ours"] / small["t64"], 0.3)):
        print(f"  {label:<26} ratio {ratio:.2f} (limit {limit})  {'MET' if ratio <= limit else 'NOT MET'}")
    emit(f"forward + backward {small['size']} vs torch f32", small["ours"], floor=small["t32"], target="<= 1x")
    emit(f"forward + backward {small['size']} vs torch f64", small["ours"], floor=small["t64"], target="<= 0.3x")


if __name__ == "__main__":
    main()
