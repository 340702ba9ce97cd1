"""Real-sized model files through the command line, as an engineer runs it.

A 2-layer LSTM with 1,024 units, a 10,000-word vocabulary and an embedding of 256,
saved with ``torch.save(model.state_dict())`` (when torch is here; else as
safetensors), and a one-layer model with wikitext-2's 33,278 words. Each figure is a
whole ``lstm-sim`` process (start, imports, reading the file, the work), the median of
``--runs``, beside the floor of the same run: ``python -c "import numpy"``.
Peak memory is the child's maximum resident set.

Targets (issue 14): open + trace from .pt ≤ 1.5 s; generate 50 words ≤ 1 s (the work
after opening); trace --json of 100 tokens ≤ 3 s (with every word's logit and
probability, and with the ten likeliest instead); generate at V = 33,278 in ≤ 300 MB.

    python tests/benchmarks/bench_real_files.py [--runs 3]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _report import emit

import numpy as np

from lstm_sim.model import Network, to_torch_state_dict


def write(path: Path, net: Network, words: list[str]) -> Path:
    """The state dict as torch.save writes it (a .pt), or as safetensors without torch."""
    sd = {("encoder.weight" if k == "embedding.weight" else k.replace("readout.", "decoder.")): v
          for k, v in to_torch_state_dict(net).items()}
    (path.parent / "words.txt").write_text("\n".join(words) + "\n")
    try:
        import torch
    except ImportError:
        from safetensors.numpy import save_file
        out = path.with_suffix(".safetensors")
        save_file({k: v.astype(np.float32) for k, v in sd.items()}, str(out),
                  metadata={"vocab": json.dumps(words)})
        return out
    torch.save({k: torch.tensor(v, dtype=torch.float32) for k, v in sd.items()}, path)
    return path


#: Runs one command and reports its own child's peak memory (RUSAGE_CHILDREN only grows,
#: so each measurement gets a fresh parent).
_PEAK = ("import resource, subprocess, sys; done = subprocess.run(sys.argv[1:], capture_output=True); "
         "sys.stdout.buffer.write(done.stdout); "
         "sys.stderr.write(f'{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\\n' + done.stderr.decode()); "
         "sys.exit(done.returncode)")


def run(argv: list[str]) -> tuple[float, float, int]:
    """Seconds, peak MB and output bytes of one ``lstm-sim`` process."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _PEAK, sys.executable, "-m", "lstm_sim", *argv],
                          capture_output=True)
    elapsed = time.perf_counter() - t0
    peak_kb, _, err = done.stderr.decode().partition("\n")
    if done.returncode:
        raise SystemExit(f"lstm-sim {' '.join(argv)} failed: {err[-400:]}")
    return elapsed, int(peak_kb) / 1024, len(done.stdout)


def median_run(argv, runs):
    results = [run(argv) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results), results[0][2]


def floor(runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import numpy"], check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        words = [f"w{k}" for k in range(10_000)]
        big = Network.random("lstm", 256, 1024, len(words), seed=0, layers=2, n_tokens=len(words))
        path = write(tmp / "big.pt", big, words)
        text = " ".join(words[k] for k in rng.integers(0, len(words), size=100))
        base = ["--model", str(path), "--vocab", str(tmp / "words.txt")]
        rows = [("open + trace 20 tokens", ["trace", *base, "--text", " ".join(text.split()[:20])], 1.5),
                ("open + generate 50 words", ["generate", *base, "--prompt", "w1 w2", "--words", "50"], None),
                ("open + generate 1 word", ["generate", *base, "--prompt", "w1 w2", "--words", "1"], None),
                ("trace --json, 100 tokens", ["trace", *base, "--text", text, "--json"], 3.0),
                ("trace --json --top 10, 100 tok", ["trace", *base, "--text", text, "--json", "--top", "10"], 3.0)]
        wiki = [f"w{k}" for k in range(33_278)]
        (tmp / "wiki").mkdir()
        wpath = write(tmp / "wiki" / "wiki.pt", Network.random("lstm", 200, 200, len(wiki), seed=1,
                                                                n_tokens=len(wiki)), wiki)
        rows.append(("generate at V = 33,278", ["generate", "--model", str(wpath), "--vocab",
                                                 str(tmp / "wiki" / "words.txt"), "--words", "50"], None))
        start = floor(args.runs)
        print(f"floor: python -c 'import numpy' {start * 1000:.0f} ms (median of {args.runs})")
        measured = {}
        for name, argv, target in rows:
            seconds, peak, size = median_run(argv, args.runs)
            measured[name] = seconds
            goal = f"  target ≤ {target:.1f} s" if target else ""
            print(f"{name:31s} {seconds:6.2f} s  ({seconds / start:4.1f}× floor)  peak {peak:6.0f} MB  "
                  f"output {size / 1e6:6.2f} MB{goal}")
            emit(f"{name} (whole process)", seconds, floor=start, target=f"<= {target:.1f} s" if target else "",
                 unit="s")
        work = measured["open + generate 50 words"] - measured["open + generate 1 word"]
        print(f"generate 50 words after opening: {work:.2f} s (target ≤ 1 s); V = 33,278 peak target ≤ 300 MB")


if __name__ == "__main__":
    main()
