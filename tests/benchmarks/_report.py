"""The line every benchmark prints per figure for `make bench`'s table (``run_all.py``)."""
from __future__ import annotations

import json


def emit(name: str, median: float, p99: float | None = None, floor: float | None = None,
         target: str = "", unit: str = "ms") -> None:
    """``floor``: what the figure is measured against in the same run (its ratio is shown)."""
    row = {"name": name, "median": median, "floor": floor, "target": target, "unit": unit}
    if p99 is not None:
        row["p99"] = p99
    print("BENCH " + json.dumps(row), flush=True)
