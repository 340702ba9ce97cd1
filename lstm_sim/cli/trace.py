"""``lstm-sim trace``: every value of every step, as a table or JSON."""
from __future__ import annotations

import json
import sys

import numpy as np

from .sources import add_source_options, clamps_for, layer_index, source_text_tokens
from .usage import UsageError

#: A trace table lists every next word up to this many; beyond, the likeliest TOP_WORDS.
MAX_TABLE_WORDS, TOP_WORDS = 60, 20


def add_parser(sub) -> None:
    p = sub.add_parser("trace", help="every value of every step, as a table or JSON")
    add_source_options(p)
    p.add_argument("--text", help='input text, e.g. "Jane saw Spot. Doug" '
                   "(default: the preset's or session file's own text)")
    p.add_argument("--clamp", action="append", metavar="GATE[:UNIT]=VALUE",
                   help="hold a gate (i/ignoring, f/forgetting, o/selection) at a value in [0, 1], "
                        "for one unit (label or index) or all; repeatable, on top of the file's own clamps")
    p.add_argument("--layer", type=int, metavar="K",
                   help="of a stacked model: the layer the table shows and --clamp holds (1 = bottom; "
                        "default the top)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--fields", metavar="A,B", help="with --json: only these per-step values "
                   "(e.g. h,c,probs; memory_from adds where the memory came from)")
    p.add_argument("--top", type=int, metavar="K", help="with --json: each step's K most likely next words "
                   "with their probabilities, instead of every word's logit and probability")
    p.add_argument("--memory-sources", action="store_true",
                   help="with --json: where each step's memory came from (grows with the text's square)")
    p.set_defaults(func=cmd_trace)


def cmd_trace(args) -> None:
    from ..model import forward
    p, text, tokens = source_text_tokens(args)
    layer_index(p, args.layer)                          # an impossible --layer is an error even with --json
    clamps = clamps_for(p, args.clamp, args.layer)
    trace = forward(p.net, p.vocab.inputs(tokens), tokens=tokens, clamps=clamps or None)
    if args.json:
        _print_json(args, p, trace)
    else:
        _print_table(args, p, tokens, clamps, trace)


def _print_json(args, p, trace) -> None:
    from ..model.export import trace_to_json
    fields = _json_fields(p.net.kind, args.fields)
    if args.top is not None and args.top < 1:
        raise UsageError(f"--top {args.top}: give at least 1")
    if args.top and fields is None:          # the top words instead of every word's logit and p
        from ..model.export import MEMORY_KEYS, json_fields
        fields = [k for k in json_fields(p.net.kind) if k not in ("logits", "probs")
                  and (args.memory_sources or k not in MEMORY_KEYS)]
    sizes = p.net.hidden_sizes
    units = p.units if len(set(sizes)) == 1 else [p.layer_units(k) for k in range(len(sizes))]
    sys.stdout.write(json.dumps(trace_to_json(trace, list(p.vocab.words), units, fields=fields, top=args.top,
                                   memory=args.memory_sources or (fields is not None))) + "\n")


def _print_table(args, p, tokens, clamps, trace) -> None:
    from ..glossary import WIRE_NAMES
    from ..model import any_clamped
    layer = 0
    if len(trace.layers) > 1:
        layer = layer_index(p, args.layer)
        print(f"layer {layer + 1} of {len(trace.layers)} (--layer K shows another)\n")
        clamps, trace = (clamps[layer] if clamps else {}), trace.layers[layer]
    spec = p.net.spec                 # the table: inputs, paths, states and next words (no pre-activations)
    keys = [k for k in spec.trace_keys if not k.startswith("z_") and k not in ("tanh_c", "logits", "hn")
            and not (k == "z" and "z" not in spec.paths)]
    if clamps and any_clamped(clamps):
        print(_clamp_summary(clamps, p.layer_units(layer), WIRE_NAMES) + "\n")
    # The cell's input: the layer below's h, an embedding's values, or one-hot words.
    x_names = (p.layer_units(layer - 1) if layer > 0 else [f"e{k}" for k in range(trace["x"].shape[1])] if p.net.has_embedding
               else list(p.vocab.words))
    words = list(p.vocab.words)
    for t, tok in enumerate(tokens):
        print(f"step {t + 1}: \"{tok}\"")
        # A big vocabulary shows its most likely words, as the window does.
        shown = (np.arange(len(words)) if len(words) <= MAX_TABLE_WORDS
                 else np.argsort(-trace["probs"][t], kind="stable")[:TOP_WORDS])
        word_label = "next words" if len(words) <= MAX_TABLE_WORDS else f"{TOP_WORDS} likeliest of {len(words):,}"
        for axis_label, names, rows, cols in (
                ("inputs", x_names, ["x"], None),
                ("units", p.layer_units(layer), [k for k in keys if k not in ("x", "p_prev", "probs")], None),
                (word_label, [words[k] for k in shown], [k for k in keys if k in ("p_prev", "probs")], shown)):
            print(f"  {axis_label:28s}" + "".join(f"{n[:8]:>9s}" for n in names))
            for k in rows:
                print(_fmt_row(WIRE_NAMES[k], trace[k][t] if cols is None else trace[k][t][cols]))
        top = int(np.argmax(trace["probs"][t]))
        print(f"  next word: {p.vocab.words[top]} ({trace['probs'][t][top]:.1%})\n")


def _fmt_row(label: str, values: np.ndarray) -> str:
    return f"  {label:28s}" + "".join(f"{v:9.4f}" for v in values)


def _clamp_summary(clamps: dict, units: list[str], names: dict) -> str:
    """One line: ``clamped: forgetting · f: Doug = 1; selection · o: every unit = 0``."""
    parts = []
    for gate, row in clamps.items():
        held = [(units[k], float(v)) for k, v in enumerate(row) if not np.isnan(v)]
        if not held:
            continue
        if len(held) == len(units) and len({v for _, v in held}) == 1:
            parts.append(f"{names[gate]}: every unit = {held[0][1]:g}")
        else:
            parts.append(f"{names[gate]}: " + ", ".join(f"{u} = {v:g}" for u, v in held))
    return "clamped: " + "; ".join(parts)


def _json_fields(kind: str, given: str | None):
    """``--fields a,b`` checked against what a ``kind`` cell writes (None: the default)."""
    from ..model.export import json_fields
    if given is None:
        return None
    known = json_fields(kind)
    fields = [f.strip() for f in given.split(",") if f.strip()]
    wrong = [f for f in fields if f not in known]
    if wrong or not fields:
        raise UsageError(f"--fields {given}: {'unknown field ' + repr(wrong[0]) if wrong else 'no field named'}; "
                         f"this {kind.upper()} writes: {', '.join(known)}")
    return fields
