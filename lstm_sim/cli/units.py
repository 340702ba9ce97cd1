"""``lstm-sim units`` (issue 19): which units track a pattern — a layer's units ranked
against the steps a regular expression marks — and each layer's gate saturation."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .sources import add_source_options, clamps_for, layer_index, source_and_text, tokenize
from .usage import UsageError


def add_parser(sub) -> None:
    p = sub.add_parser("units", help="which units track a pattern: rank them against the steps a regex marks; "
                       "gate saturation")
    add_source_options(p)
    text = p.add_mutually_exclusive_group()
    text.add_argument("--text", help="the text (default: the model's or preset's own)")
    text.add_argument("--text-file", metavar="FILE", help="read the text from a UTF-8 file")
    p.add_argument("--match", metavar="REGEX", help="a regular expression over the text: the tokens its matches "
                   "overlap are the marked steps (e.g. '\\([^()]*' for inside parentheses)")
    p.add_argument("--layer", type=int, metavar="K", help="of a stacked model: whose units (1 = bottom; default the top)")
    p.add_argument("--state", default="h", help="what of each unit is ranked: h, c, i, f, o or g "
                   "(a plain RNN: h; default h)")
    p.add_argument("--score", choices=("auc", "d"), default="auc",
                   help="order by |AUC − 0.5| (default) or by |d|; both are printed")
    p.add_argument("--top", type=int, default=10, metavar="N", help="how many units to list (default 10)")
    p.add_argument("--saturation", action="store_true",
                   help="print each layer's gate saturation (fractions of steps < 0.1 and > 0.9)")
    p.add_argument("--clamp", action="append", metavar="GATE[:UNIT]=VALUE",
                   help="hold a gate while the text runs, as in trace (repeatable)")
    p.add_argument("--skip-unknown", action="store_true", help="leave out words the vocabulary does not know "
                   "instead of stopping at the first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_units)


def cmd_units(args) -> None:
    """Rank a layer's units by how well they tell the steps ``--match`` marks from the
    rest (AUC and Cohen's d, see ``model.units``); ``--saturation``: each layer's gates."""
    from ..model.units import rank_units, regex_mask, scan, unit_states
    if args.match is None and not args.saturation:
        raise UsageError("give --match REGEX (the steps to find units for), --saturation, or both")
    if args.top < 1:
        raise UsageError(f"--top {args.top}: give at least 1")
    p, own_text = source_and_text(args)
    text = _text(args, own_text)
    layer = layer_index(p, args.layer)
    states = unit_states(p.net.kind)
    if args.state not in states:
        raise UsageError(f"--state {args.state}: a {p.net.kind.upper()} unit has {', '.join(states)}")
    pattern = _pattern(args.match)
    tokens, skipped = _known_tokens(p, text, args.skip_unknown)
    names = [t.text for t in tokens]
    spans = np.array([(t.start, t.end) for t in tokens])
    marked = None
    if pattern is not None:
        marked = regex_mask(names, spans, pattern, text=text)
        if not marked.any() or marked.all():
            raise UsageError(f"--match {args.match} marks {'no' if not marked.any() else 'every'} step of the "
                             "text; the units are ranked by how they tell marked steps from the others")
    clamps = clamps_for(p, args.clamp, args.layer)
    keep = [(layer, args.state)] if marked is not None else []
    result = scan(p.net, p.vocab.inputs(names), clamps=clamps or None, keep=keep)
    out: dict = {"steps": len(tokens), "skipped": len(skipped), "layers": p.net.num_layers}
    if marked is not None:
        ranking = rank_units(result.values[(layer, args.state)], marked, score=args.score)
        out["ranking"] = _units_ranking_json(ranking, p.layer_units(layer), args, layer)
    if args.saturation:
        out["saturation"] = [{"layer": k + 1, "gates": {g: {"left": left.tolist(), "right": right.tolist()}
                                                       for g, (left, right) in sat.items()}}
                             for k, sat in enumerate(result.saturation)]
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
        return
    _print_units(args, p, out, result.saturation, layer)


def _text(args, own_text: str | None) -> str:
    """``--text-file``'s text, ``--text``, else the network's own."""
    if args.text_file is not None:
        try:
            text = Path(args.text_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            raise UsageError(f"cannot read --text-file {args.text_file}: {reason}") from None
    else:
        text = args.text if args.text is not None else own_text
    if text is None:
        raise UsageError(f"--text or --text-file is required: {args.model} has no text of its own")
    return text


def _pattern(match: str | None):
    import re
    try:
        return re.compile(match) if match is not None else None
    except re.error as exc:
        raise UsageError(f"--match {match}: not a regular expression ({exc.msg})") from None


def _known_tokens(p, text: str, skip_unknown: bool):
    """The text's tokens (with their places) and the unknown words left out (only with
    ``--skip-unknown``; else an unknown word is an error, as in trace)."""
    from ..model.units import tolerant_tokens
    if skip_unknown:
        tokens, skipped = tolerant_tokens(p.vocab.tokens, text)
    else:
        tokenize(p.vocab, text)
        tokens, skipped = p.vocab.tokens(text), []
    if len(tokens) < 2:
        raise UsageError("the text needs at least two known tokens")
    return tokens, skipped


def _print_units(args, p, out: dict, saturation: list, layer: int) -> None:
    from ..glossary import WIRE_NAMES
    if out["skipped"]:
        print(f"left out {out['skipped']:,} unknown words (--skip-unknown)\n")
    ranked = "ranking" in out
    if ranked:
        r = out["ranking"]
        name = {"auc": "AUC (|AUC − ½|, then |d|)", "d": "d (|d|, then |AUC − ½|)"}[args.score]
        print(f"layer {layer + 1} of {p.net.num_layers}, {WIRE_NAMES[args.state]}: {r['marked']:,} of "
              f"{out['steps']:,} steps marked by /{args.match}/; units ranked by {name}")
        print("AUC: chance a marked step's value is above an unmarked one's (0.5 none, 1 higher on the marks, "
              "0 lower); d: difference of means / pooled standard deviation\n")
        print(f"{'rank':>4}  {'unit':<12}{'AUC':>7}{'d':>9}{'marked':>10}{'elsewhere':>11}")
        for row in r["units"]:
            d = "inf" if row["d"] is None else f"{row['d']:+.2f}"
            print(f"{row['rank']:>4}  {row['unit']:<12}{row['auc']:>7.3f}{d:>9}{row['mean_marked']:>+10.3f}"
                  f"{row['mean_rest']:>+11.3f}")
    if args.saturation:
        _print_saturation(saturation, p, out["steps"], WIRE_NAMES, blank=ranked)


def _units_ranking_json(ranking, units: list[str], args, layer: int) -> dict:
    def number(v: float):
        return float(v) if np.isfinite(v) else None          # d of two constant groups: ±inf
    rows = [{"rank": k + 1, "unit": units[u], "index": u, "auc": float(ranking.auc[u]), "d": number(ranking.d[u]),
             "d_sign": int(np.sign(ranking.d[u])), "mean_marked": float(ranking.mean_marked[u]),
             "mean_rest": float(ranking.mean_rest[u])} for k, u in enumerate(ranking.top(args.top))]
    return {"layer": layer + 1, "state": args.state, "match": args.match, "score": ranking.score,
            "marked": ranking.n_marked, "rest": ranking.n_rest, "units": rows}


def _print_saturation(sat: list, p, steps: int, names, blank: bool) -> None:
    if blank:
        print()
    print(f"gate saturation over {steps:,} steps: the fraction of steps each unit's gate is left-saturated "
          "(< 0.1) and right-saturated (> 0.9)")
    for k, layer in enumerate(sat):
        print(f"\nlayer {k + 1} of {len(sat)}")
        if not layer:
            print("  a plain RNN has no gates: nothing saturates")
            continue
        gates = list(layer)
        print(f"  {'unit':<12}" + "".join(f"{names[g]:>16}" for g in gates))
        print(f"  {'':<12}" + "".join(f"{'left':>8}{'right':>8}" for _ in gates))
        for u, name in enumerate(p.layer_units(k)):        # each layer its own units
            print(f"  {name:<12}" + "".join(f"{layer[g][0][u]:>8.2f}{layer[g][1][u]:>8.2f}" for g in gates))
        print(f"  {'mean':<12}" + "".join(f"{layer[g][0].mean():>8.2f}{layer[g][1].mean():>8.2f}" for g in gates))
