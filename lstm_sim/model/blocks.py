"""Products over the steps of a text, in blocks always cut at the same steps.

A matrix product's last bits can depend on its shape (the BLAS picks its kernels by the
sizes), so a step's numbers computed in a product over the whole text could differ from
the same step in a product over a longer text. Cut into blocks of ``BLOCK`` steps that
start at the same steps whatever follows, every block of a text's prefix is the same
product as before: a longer text may copy the blocks it shares with an earlier trace and
get the numbers it would have computed, bit for bit (``trace.forward(..., reuse=…)``).
"""
from __future__ import annotations

import numpy as np

#: Steps per block of the products over steps (see the module's docstring).
BLOCK = 16


def blocks(T: int, start: int):
    """The row slices of the blocks from ``start`` (a multiple of BLOCK) to ``T``."""
    return (slice(r, min(r + BLOCK, T)) for r in range(start, T, BLOCK))


def project(X: np.ndarray, W: np.ndarray, b: np.ndarray, start: int = 0, prev: np.ndarray | None = None,
             scale: np.ndarray | None = None) -> np.ndarray:
    """``(X @ W.T + b) · scale`` block by block; the rows before ``start`` (a multiple of
    BLOCK) are copied from ``prev`` (a trace of the same net on the same first steps)."""
    out = np.empty((X.shape[0], W.shape[0]))
    out[:start] = prev[:start] if start else 0.0
    Wt = W.T
    for rows in blocks(X.shape[0], start):
        block = out[rows]
        np.matmul(X[rows], Wt, out=block)
        block += b
        if scale is not None:
            block *= scale
    return out


def copied(shape, prev: np.ndarray | None, rows: int) -> np.ndarray:
    """A zero array of ``shape`` whose first ``rows`` rows are ``prev``'s."""
    out = np.zeros(shape)
    if rows:
        out[:rows] = prev[:rows]
    return out
