"""``lstm-sim compare``: the lesson's RNN, a plain RNN and the LSTM trained alike on the
book, and what each then writes."""
from __future__ import annotations

import json

from ..scenarios.training_setup import TRAINING_DEFAULTS as DEFAULTS
from .usage import UsageError


def add_parser(sub) -> None:
    p = sub.add_parser("compare", help="the lesson's RNN, a plain RNN and the LSTM: what each writes")
    p.add_argument("--corpus", default="book", help="book (the grammar counted is the book's)")
    p.add_argument("--hidden", type=int, default=DEFAULTS["hidden"], help="units of the plain RNN and the LSTM")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--samples", type=int, default=100, help="sentences sampled from each net")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_compare)


def cmd_compare(args) -> None:
    """The lesson's RNN, a plain RNN and the LSTM trained alike on the book, and what
    each then writes: counts, one sentence per net on why, or JSON."""
    from ..model.compare import CATEGORIES, NETS, explain, to_json
    from ..scenarios.training_setup import MAX_HIDDEN, compare_on_book
    if args.corpus != "book":
        raise UsageError(f"compare counts the children's book's grammar; --corpus must be book, not {args.corpus!r}")
    if not 1 <= args.hidden <= MAX_HIDDEN:
        raise UsageError(f"--hidden must be between 1 and {MAX_HIDDEN}")
    if not 1 <= args.samples <= 10_000:
        raise UsageError("--samples must be between 1 and 10,000")
    results, settings = compare_on_book(args.hidden, args.seed, args.samples)
    if args.json:
        print(json.dumps(to_json(results, settings)))
        return
    cols = ("sentences",) + CATEGORIES
    print(f"{'net':<16}{'hidden':>7}" + "".join(f"{c:>13}" for c in cols))
    for key, r in results.items():
        print(f"{NETS[key][1]:<16}{r.hidden:>7}" + "".join(f"{r.counts[c]:>13}" for c in cols))
    print()
    for key, r in results.items():
        print(explain(key, r))
    print("\n(same corpus, seed %d and %d epochs for each; sampled at temperature 1 after \".\")"
          % (args.seed, settings["epochs"]))
