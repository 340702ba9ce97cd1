"""A real-sized model: hidden 512, vocabulary 5,000, an embedding of 256, 200 tokens.

Prints (1) opening the model file and tracing 200 tokens (load + forward), and the same
through the window (open + first paint); (2) step changes in the window: median and
p99 of handler + repaint. Targets: open + trace ≤ 1 s; step median ≤ 16 ms.

    python tests/benchmarks/bench_big_model.py [--hidden 512] [--vocab 5000] [--repeats 60]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
from _report import emit
from _window import bench_window, hidden32_preset, report, time_changes

from lstm_sim.model import Network, forward, load_model, save_model
from lstm_sim.scenarios.presets import from_saved


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hidden", type=int, default=512)
    parser.add_argument("--vocab", type=int, default=5000)
    parser.add_argument("--embedding", type=int, default=256)
    parser.add_argument("--tokens", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=60)
    args = parser.parse_args()
    words = [f"w{k}" for k in range(args.vocab)]
    rng = np.random.default_rng(0)
    text = " ".join(words[k] for k in rng.integers(0, args.vocab, size=args.tokens))
    net = Network.random("lstm", args.embedding, args.hidden, args.vocab, seed=0, n_tokens=args.vocab)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.npz"
        save_model(path, net, words, {"text": text})
        t0 = time.perf_counter()
        saved = load_model(path)
        preset = from_saved(saved, str(path))
        tokens = preset.vocab.tokenize(text)
        forward(preset.net, preset.vocab.one_hot(tokens), tokens=tokens)
        t_model = time.perf_counter() - t0
        with bench_window(hidden32_preset()) as (app, window):
            t0 = time.perf_counter()
            window.files.open_path(str(path))
            app.processEvents()
            t_window = time.perf_counter() - t0
            s = window.session
            handler, with_paint = time_changes(app, lambda k: s.set_step((s.step + 7) % args.tokens), args.repeats)
    print(f"hidden {args.hidden}, vocabulary {args.vocab}, embedding {args.embedding}, {args.tokens} tokens")
    print(f"open file + trace (model only)    {t_model * 1000:7.1f} ms")
    print(f"open in the window + first paint  {t_window * 1000:7.1f} ms")
    report((("step: update views", handler), ("step: update + repaint", with_paint)))
    emit("big model: open + trace (model)", t_model * 1000, target="<= 1000 ms")
    emit("big model: open in the window + first paint", t_window * 1000, target="<= 1000 ms")
    print("targets: open + trace <= 1000 ms; step median <= 16 ms")


if __name__ == "__main__":
    main()
