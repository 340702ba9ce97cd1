"""Generating a continuation: feed the prompt, then sample one token at a time.

Each sampled token goes back in as its id (one row of the embedding, or a one-hot row
built for that step alone): nothing the size of vocabulary × vocabulary is ever made,
so a 33,000-word model samples in the memory its weights take.
"""
from __future__ import annotations

import numpy as np

from .activations import softmax
from .network import Network
from .trace import forward


def generate_stream(net: Network, X_prompt: np.ndarray, n: int, *, seed: int = 0,
                    temperature: float = 1.0, chunk: int = 256, clamps=None):
    """Like :func:`generate`, but yields the sampled indices in lists of up to ``chunk``,
    so a caller can show a long generation as it goes (and stop it)."""
    if temperature < 0 or not np.isfinite(temperature):
        raise ValueError("temperature must be a finite number ≥ 0")
    rng = np.random.default_rng(seed)
    trace = forward(net, X_prompt, clamps=clamps)
    h, c = trace.state_last, trace.c_last
    logits = trace["logits"][-1] if len(trace) else net.params["b_out"].copy()
    out: list[int] = []
    for _ in range(n):
        if temperature == 0:
            k = int(np.argmax(logits))
        else:
            k = int(rng.choice(len(logits), p=softmax(logits / temperature)))
        out.append(k)
        if len(out) == chunk:
            yield out
            out = []
        step = forward(net, np.array([k]), h, c, clamps=clamps)
        h, c, logits = step.state_last, step.c_last, step["logits"][-1]
    if out:
        yield out


def generate(net: Network, X_prompt: np.ndarray, n: int, *, seed: int = 0,
             temperature: float = 1.0, clamps=None) -> list[int]:
    """Indices of ``n`` tokens sampled after the prompt rows ``X_prompt``.

    Each sampled token is fed back as the next input (one-hot). Temperature 0 means
    always the most likely token. ``clamps`` hold gates as in :func:`forward`.
    """
    return [k for chunk in generate_stream(net, X_prompt, n, seed=seed, temperature=temperature, clamps=clamps)
            for k in chunk]
