"""A trace as plain JSON: one shape for ``lstm-sim trace --json`` and the window's export,
so a script written against one reads the other."""
from __future__ import annotations

from .clamps import clamps_to_json, validate_clamps
from .provenance import all_memory_from
from .trace import Trace

#: Per-step keys in the JSON, in the order the lesson meets them (tanh c is left out:
#: it is tanh of "c", and the JSON is for reading, not for replaying the arithmetic).
JSON_KEYS = {
    "lstm": ("x", "h_prev", "c_prev", "z_i", "z_f", "z_g", "z_o", "i", "f", "g", "o", "c", "h",
             "logits", "probs"),
    "rnn": ("x", "h_prev", "z", "h", "logits", "probs"),
}


def trace_to_json(trace: Trace, words: list[str], units: list[str], clamps=None) -> dict:
    """``{"vocab", "units", "clamps", "steps": [{"token", <key>: [...]}, ...]}``.

    ``clamps`` default to the ones the trace was made with; free units are ``null``
    (an LSTM always lists all three gates, an RNN has none).
    """
    if trace.kind == "lstm":
        H = trace["h"].shape[1]
        clamps_json = clamps_to_json(validate_clamps(trace.clamps if clamps is None else clamps, H))
    else:
        clamps_json = {}
    tokens = trace.tokens or [""] * len(trace)
    columns = {k: trace[k].tolist() for k in JSON_KEYS[trace.kind]}
    steps = [{"token": tok, **{k: rows[t] for k, rows in columns.items()}} for t, tok in enumerate(tokens)]
    if trace.kind == "lstm":
        # Where each step's memory came from: one H-vector per earlier step k = 0..t,
        # plus what the initial memory still adds (see model.provenance).
        for step, (contributions, start) in zip(steps, all_memory_from(trace)):
            step["memory_from"] = contributions.tolist()
            step["memory_from_start"] = start.tolist()
    return {"vocab": list(words), "units": list(units), "clamps": clamps_json, "steps": steps}
