"""Wall time of the default training (`lstm-sim train` with no options) against
torch.nn.LSTM doing the same updates, in the same run. Prints only.

Same sizes (book vocabulary in and out, the default hidden size), the same number of
Adam updates over the same chunks of ``seq_len`` steps, batch 1, gradient clipping,
float32 and one thread for torch. Figures drift from run to run: read the ratio. Run:

    .venv/bin/python tests/benchmarks/bench_training.py
"""
import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"          # before numpy is imported, or BLAS has already started its pool

import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from _report import emit

from lstm_sim.model import Network, train  # noqa: E402
from lstm_sim.scenarios import training_pairs  # noqa: E402
from lstm_sim.scenarios.training_setup import TRAIN_KEYS, TRAINING_DEFAULTS as D, named_corpus  # noqa: E402

RUNS = 5


def ours(X, y):
    """Seconds for one default training run, and the chunks (start, stop) it updated on."""
    net = Network.random(D["cell"], X.shape[1], D["hidden"], X.shape[1], seed=D["seed"])
    t0 = time.perf_counter()
    steps = sum(1 for _ in train(net, X, y, seed=D["seed"], **{k: D[k] for k in TRAIN_KEYS}))
    return time.perf_counter() - t0, steps


def torch_seconds(torch, X, y, steps):
    """Seconds for ``steps`` Adam updates of nn.LSTM + Linear over consecutive chunks."""
    torch.manual_seed(0)
    n, H = X.shape[1], D["hidden"]
    lstm, readout = torch.nn.LSTM(n, H), torch.nn.Linear(H, n)
    params = list(lstm.parameters()) + list(readout.parameters())
    opt = torch.optim.Adam(params, lr=D["lr"], betas=D["betas"])
    tX = torch.tensor(X, dtype=torch.float32).unsqueeze(1)
    tY = torch.tensor(y)
    L, N = D["seq_len"], len(X)
    chunks = [(a, min(a + L, N)) for a in range(0, N, L)]
    t0 = time.perf_counter()
    state = None
    for k in range(steps):
        a, b = chunks[k % len(chunks)]
        if a == 0:
            state = None
        opt.zero_grad()
        out, state = lstm(tX[a:b], state)
        loss = torch.nn.functional.cross_entropy(readout(out[:, 0]), tY[a:b])
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, D["clip"])
        opt.step()
        state = tuple(s.detach() for s in state)
    return time.perf_counter() - t0


def main():
    try:
        import torch
        torch.set_num_threads(1)
    except ImportError:
        torch = None
    corpus = named_corpus(D["corpus"])
    X, y = training_pairs(corpus.vocab, corpus.tokens)
    print(f"default training: {D['hidden']}-unit {D['cell'].upper()} on {D['corpus']} ({len(X)} pairs), "
          f"{D['epochs']} epochs, lr {D['lr']} ({D['schedule']}), Adam betas {D['betas']}, seq_len {D['seq_len']}; "
          f"median of {RUNS} runs, one thread\n")
    runs = [ours(X, y) for _ in range(RUNS)]
    mine = statistics.median(t for t, _ in runs)
    steps = runs[0][1]
    print(f"  lstm_sim (float64)      {mine * 1e3:8.1f} ms   ({steps} updates, "
          f"{mine / steps * 1e3:.3f} ms each)")
    if torch is None:
        print("  torch not installed: no comparison")
        return
    theirs = statistics.median(torch_seconds(torch, X, y, steps) for _ in range(RUNS))
    print(f"  torch.nn.LSTM (float32) {theirs * 1e3:8.1f} ms   ({steps} updates, "
          f"{theirs / steps * 1e3:.3f} ms each, torch {torch.__version__})")
    print(f"\n  ratio ours / torch      {mine / theirs:8.2f}")
    emit("default training vs torch.nn.LSTM f32", mine * 1e3, floor=theirs * 1e3, target="<= 1 s")


if __name__ == "__main__":
    main()
