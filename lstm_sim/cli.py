"""Command line: no arguments opens the window; subcommands do headless work.

Every failure the user can cause exits with status 2 and one line on stderr.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from .scenarios.training_setup import TRAINING_DEFAULTS as DEFAULTS

#: The cells ``train --cell`` builds (the model's kinds; lesson-rnn: the lesson's own RNN).
CELL_CHOICES = ("lstm", "gru", "rnn", "lesson-rnn")
#: Longest generation: beyond this the output is a flood, not a sample.
MAX_WORDS = 1_000_000
#: A trace table lists every next word up to this many; beyond, the likeliest TOP_WORDS.
MAX_TABLE_WORDS, TOP_WORDS = 60, 20


class UsageError(Exception):
    """Bad input from the user: reported as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):           # one line, not argparse's usage dump
        raise UsageError(f"{message} (see 'lstm-sim {self.prog.split()[-1]} --help')"
                         if " " in self.prog else f"{message} (see 'lstm-sim --help')")


def _source(args):
    """The network a command works on: a preset or a model (or session) file."""
    return _source_and_text(args)[0]


def _source_and_text(args):
    """The preset, and the text it brings along (None for a model file without one)."""
    from .model import ModelFileError, load_model
    from .scenarios import load_preset
    from .scenarios.presets import from_saved
    if args.model:
        from .scenarios.vocabulary import read_vocab_file
        try:
            vocab = read_vocab_file(args.vocab) if getattr(args, "vocab", None) else None
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        parts = {k: v for k, v in (("cell", getattr(args, "cell_name", None)),
                                   ("readout", getattr(args, "readout", None)),
                                   ("embedding", getattr(args, "embedding", None))) if v}
        try:
            saved = load_model(args.model, vocab=vocab, parts=parts or None, tokenizer=getattr(args, "tokens", None),
                               nonlinearity=getattr(args, "nonlinearity", None))
            preset = from_saved(saved, args.model, sample_text=False)
        except (ModelFileError, ValueError) as exc:      # ValueError: a --cell-name/--readout that fits nothing
            raise UsageError(str(exc)) from None
        for note in saved.notes:                         # how a file from elsewhere was read
            print(f"lstm-sim: note: {note}", file=sys.stderr)
        return preset, (preset.text if isinstance(saved.metadata.get("text"), str) else None)
    try:
        preset = load_preset(args.preset or "walkthrough")
    except KeyError as exc:
        raise UsageError(exc.args[0]) from None
    return preset, preset.text


def _layer(p, layer: int | None) -> int:
    """``--layer K`` (1 = the layer that reads the input) as a 0-based index; default the top."""
    L = p.net.num_layers
    if layer is None:
        return L - 1
    if not 1 <= layer <= L:
        raise UsageError(f"--layer {layer}: this model has {L} layer{'s' if L > 1 else ''} (1..{L})")
    return layer - 1


def _clamps(p, specs: list[str] | None, layer: int | None = None):
    """The model's own clamps with each ``--clamp GATE[:UNIT]=VALUE`` applied on top; for
    a stacked model, a list with one set per layer, the specs applying to ``layer``."""
    from .model import no_clamps, parse_clamp_spec, validate_clamps, with_clamp
    gates = p.net.spec.gates
    if not gates:
        if specs:
            raise UsageError(f"--clamp {specs[0]}: this is a plain RNN; RNNs have no gates to clamp")
        return {}
    H = p.net.hidden_size
    L = p.net.num_layers
    k = _layer(p, layer)
    given = p.clamps if L > 1 and isinstance(p.clamps, list) else [p.clamps] if L == 1 else [None] * L
    layers = [validate_clamps(c, H, gates) if c else no_clamps(H, gates) for c in given]
    for spec in specs or []:
        try:
            gate, unit, value = parse_clamp_spec(spec, p.units)
        except ValueError as exc:
            raise UsageError(f"--clamp: {exc}") from None
        try:
            layers[k] = with_clamp(layers[k], gate, unit, value, H, gates)
        except ValueError as exc:
            raise UsageError(f"--clamp {spec}: {exc}") from None
    return layers[0] if L == 1 else layers


def _tokens(vocab, text: str) -> list[str]:
    from .scenarios import UnknownWordError
    try:
        return vocab.tokenize(text)
    except UnknownWordError as exc:
        raise UsageError(str(exc)) from None


def cmd_presets(args) -> None:
    from .scenarios import PRESET_NAMES, load_preset
    for name in PRESET_NAMES:
        p = load_preset(name)
        print(f"{name:12s} {p.summary}")


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


def cmd_trace(args) -> None:
    from .glossary import WIRE_NAMES
    from .model import any_clamped, forward
    from .model.export import trace_to_json
    p, own_text = _source_and_text(args)
    text = args.text if args.text is not None else own_text
    if text is None:
        raise UsageError(f"--text is required: {args.model} has no text of its own")
    tokens = _tokens(p.vocab, text)
    if not tokens:
        raise UsageError("--text needs at least one word; the vocabulary is: " + ", ".join(p.vocab.words))
    _layer(p, args.layer)                               # an impossible --layer is an error even with --json
    clamps = _clamps(p, args.clamp, args.layer)
    trace = forward(p.net, p.vocab.inputs(tokens), tokens=tokens, clamps=clamps or None)
    if args.json:
        fields = _json_fields(p.net.kind, args.fields)
        if args.top is not None and args.top < 1:
            raise UsageError(f"--top {args.top}: give at least 1")
        if args.top and fields is None:          # the top words instead of every word's logit and p
            from .model.export import MEMORY_KEYS, json_fields
            fields = [k for k in json_fields(p.net.kind) if k not in ("logits", "probs")
                      and (args.memory_sources or k not in MEMORY_KEYS)]
        sys.stdout.write(json.dumps(trace_to_json(trace, list(p.vocab.words), p.units, fields=fields, top=args.top,
                                       memory=args.memory_sources or (fields is not None))) + "\n")
        return
    layer = 0
    if len(trace.layers) > 1:
        layer = _layer(p, args.layer)
        print(f"layer {layer + 1} of {len(trace.layers)} (--layer K shows another)\n")
        clamps, trace = (clamps[layer] if clamps else {}), trace.layers[layer]
    spec = p.net.spec                 # the table: inputs, paths, states and next words (no pre-activations)
    keys = [k for k in spec.trace_keys if not k.startswith("z_") and k not in ("tanh_c", "logits", "hn")
            and not (k == "z" and "z" not in spec.paths)]
    if clamps and any_clamped(clamps):
        print(_clamp_summary(clamps, p.units, WIRE_NAMES) + "\n")
    # The cell's input: the layer below's h, an embedding's values, or one-hot words.
    x_names = (p.units if layer > 0 else [f"e{k}" for k in range(trace["x"].shape[1])] if p.net.has_embedding
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
                ("units", p.units, [k for k in keys if k not in ("x", "p_prev", "probs")], None),
                (word_label, [words[k] for k in shown], [k for k in keys if k in ("p_prev", "probs")], shown)):
            print(f"  {axis_label:28s}" + "".join(f"{n[:8]:>9s}" for n in names))
            for k in rows:
                print(_fmt_row(WIRE_NAMES[k], trace[k][t] if cols is None else trace[k][t][cols]))
        top = int(np.argmax(trace["probs"][t]))
        print(f"  next word: {p.vocab.words[top]} ({trace['probs'][t][top]:.1%})\n")


def _json_fields(kind: str, given: str | None):
    """``--fields a,b`` checked against what a ``kind`` cell writes (None: the default)."""
    from .model.export import json_fields
    if given is None:
        return None
    known = json_fields(kind)
    fields = [f.strip() for f in given.split(",") if f.strip()]
    wrong = [f for f in fields if f not in known]
    if wrong or not fields:
        raise UsageError(f"--fields {given}: {'unknown field ' + repr(wrong[0]) if wrong else 'no field named'}; "
                         f"this {kind.upper()} writes: {', '.join(known)}")
    return fields


def cmd_claims(args) -> None:
    """Every lesson claim checked on the network, with the numbers it read (exit 0 either way)."""
    from .model import forward
    from .scenarios.claims import evaluate, to_json
    p, own_text = _source_and_text(args)
    text = args.text if args.text is not None else (own_text or p.text)
    tokens = _tokens(p.vocab, text)
    if not tokens:
        raise UsageError("--text needs at least one word")
    clamps = _clamps(p, args.clamp)
    trace = forward(p.net, p.vocab.inputs(tokens), tokens=tokens, clamps=clamps or None)
    results = evaluate(args.lesson, trace, list(p.vocab.words), p.units)
    if args.json:
        print(json.dumps(to_json(results), ensure_ascii=False))
        return
    for r in results:
        mark = {"holds": "✓", "broken": "✗"}.get(r.status, "·")
        where = f" (step {r.step + 1})" if r.step is not None else ""
        print(f"{mark} [{r.lesson}{where}] {r.text}")
        if r.status != "holds" and r.reason_text:
            print(f"    {r.status}: {r.reason_text}")


def cmd_generate(args) -> None:
    from .model import generate
    p = _source(args)
    if not 0 <= args.words <= MAX_WORDS:
        raise UsageError(f"--words must be between 0 and {MAX_WORDS:,}")
    tokens = _tokens(p.vocab, args.prompt)
    if not (np.isfinite(args.temperature) and args.temperature >= 0):
        raise UsageError("temperature must be a finite number ≥ 0")
    # Words stream out as they are sampled, a chunk at a time; Ctrl+C ends cleanly.
    vocab = p.vocab
    sys.stdout.write(vocab.detokenize(tokens))
    first = not tokens
    state = None
    try:
        # A session file's own clamps (and any --clamp) hold while it writes.
        clamps = _clamps(p, args.clamp) or None
        for chunk in _generate_chunks(p.net, vocab, tokens, args.words, args.seed, args.temperature, clamps):
            for k in chunk:
                word = vocab.words[k]
                sys.stdout.write(vocab.detokenize([word]) if first else vocab.detokenize(["x", word])[1:])
                first = False
            sys.stdout.flush()
    except KeyboardInterrupt:
        state = " (stopped by Ctrl+C)"
    sys.stdout.write("\n")
    if state:
        print(f"lstm-sim: generation{state}", file=sys.stderr)


def _generate_chunks(net, vocab, tokens, n, seed, temperature, clamps=None, chunk=256):
    """Sampled word ids in chunks, continuing the same random stream and state."""
    from .model import generate_stream
    yield from generate_stream(net, vocab.inputs(tokens), n, seed=seed, temperature=temperature, chunk=chunk,
                               clamps=clamps)


def _corpus(name: str):
    """Vocabulary, token stream and metadata for a named corpus or a text file."""
    from .scenarios.training_setup import CorpusError, corpus_from_text, named_corpus
    try:
        if name in ("book", "dinner"):
            corpus = named_corpus(name)
        else:
            try:
                text = Path(name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
                raise UsageError(f"cannot read corpus {name}: {reason}") from None
            corpus = corpus_from_text(text, f"corpus {name}")
    except CorpusError as exc:
        raise UsageError(str(exc)) from None
    return corpus.vocab, corpus.tokens, dict(corpus.metadata)


def cmd_train(args) -> None:
    from .model import Network, TrainingDiverged, save_model, train
    from .scenarios import training_pairs
    from .scenarios.training_setup import CorpusError, check_settings
    for flag, value in (("--hidden", args.hidden), ("--epochs", args.epochs), ("--seq-len", args.seq_len)):
        if value < 1:
            raise UsageError(f"{flag} must be at least 1")
    try:
        check_settings(args.hidden, args.epochs, args.lr if np.isfinite(args.lr) else 1.0, args.seq_len)
    except CorpusError as exc:
        raise UsageError(str(exc)) from None
    if not (np.isfinite(args.lr) and args.lr > 0):
        raise UsageError("--lr must be a positive number")
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError(f"cannot save to {out}: folder {out.parent} does not exist")
    vocab, tokens, meta = _corpus(args.corpus)
    X, y = training_pairs(vocab, tokens)
    net = Network.random(args.cell, len(vocab), args.hidden, len(vocab), seed=args.seed)
    bar = sys.stderr.isatty()
    last = None
    stopped = ""
    try:
        print(f"training a {args.hidden}-unit {args.cell.upper()} on {args.corpus} ({len(tokens)} tokens, "
              f"{args.epochs} epochs); Ctrl+C stops and saves", file=sys.stderr, flush=True)
        for last in train(net, X, y, epochs=args.epochs, lr=args.lr, seq_len=args.seq_len,
                          optimizer=args.optimizer, seed=args.seed, schedule=DEFAULTS["schedule"],
                          clip=DEFAULTS["clip"], betas=DEFAULTS["betas"]):
            if bar:
                done = int(30 * last.fraction)
                sys.stderr.write(f"\r[{'#' * done}{'.' * (30 - done)}] epoch {last.epoch}/{last.epochs}"
                                 f"  loss {last.loss:.4f}  accuracy {last.accuracy:.1%}")
    except KeyboardInterrupt:
        stopped = " (stopped by Ctrl+C)"
    except TrainingDiverged as exc:
        raise UsageError(f"training diverged: {exc}") from None
    if bar:
        sys.stderr.write("\n")
    meta.update(units=[f"u{k}" for k in range(args.hidden)], corpus=args.corpus,
                title=f"{args.cell.upper()} trained on {Path(args.corpus).name}",
                text=vocab.detokenize(tokens[:8]),
                trained={"epochs": last.epoch if last else 0, "lr": args.lr, "seed": args.seed,
                         "loss": last.loss if last else None})
    try:
        save_model(out, net, list(vocab.words), meta)
    except OSError as exc:
        raise UsageError(f"cannot save to {out}: {exc.strerror}") from None
    if last is None:
        print(f"saved untrained weights to {out}{stopped}")
    else:
        print(f"epoch {last.epoch}/{last.epochs}  loss {last.loss:.4f}  accuracy {last.accuracy:.1%}"
              f"  saved to {out}{stopped}")


def cmd_compare(args) -> None:
    """The lesson's RNN, a plain RNN and the LSTM trained alike on the book, and what
    each then writes: counts, one sentence per net on why, or JSON."""
    from .model.compare import CATEGORIES, NETS, explain, to_json
    from .scenarios.training_setup import MAX_HIDDEN, compare_on_book
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


def cmd_screenshot(args) -> None:
    from .ui.screenshots import render_all
    try:
        for path in render_all(Path(args.out), lang=args.lang, only=args.only):
            print(path)
    except OSError as exc:
        raise UsageError(f"cannot write screenshots to {args.out}: {exc.strerror or exc}") from None


def cmd_gui(args) -> int:
    from .ui.app import run
    return run()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="lstm-sim", description="LSTM Sim: see and touch an LSTM cell. "
                     "With no command, opens the window.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    sub.add_parser("presets", help="list the hand-set networks").set_defaults(func=cmd_presets)

    def source(p):
        g = p.add_mutually_exclusive_group()
        g.add_argument("--preset", help="walkthrough, book-rnn or dinner (default walkthrough)")
        g.add_argument("--model", help="a model or session file: .npz, .safetensors, or a torch.save "
                       "state dict (.pt/.pth)")
        p.add_argument("--vocab", metavar="FILE",
                       help="the model's tokens, one per line or a JSON list (when the file has none)")
        p.add_argument("--tokens", choices=["words", "chars"], help="how text is split (default: the file's, else words)")
        p.add_argument("--nonlinearity", choices=["tanh", "relu"],
                       help="a plain RNN's squashing (nn.RNN's nonlinearity), when the file does not say")
        p.add_argument("--cell-name", metavar="NAME", help="the recurrent module's name, when two fit")
        p.add_argument("--readout", metavar="NAME", help="the readout module's name, when two fit")
        p.add_argument("--embedding", metavar="NAME",
                       help="the embedding module's name when two fit ('none': the inputs are one-hot)")

    p = sub.add_parser("trace", help="every value of every step, as a table or JSON")
    source(p)
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

    p = sub.add_parser("claims", help="check the lessons' claims on a network, with numbers")
    source(p)
    p.add_argument("--text", help="input text (default: the network's own)")
    p.add_argument("--lesson", default="all", help="a lesson number 1-7 or id (default: all)")
    p.add_argument("--clamp", action="append", metavar="GATE[:UNIT]=VALUE", help="clamp a gate (repeatable)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_claims)

    p = sub.add_parser("generate", help="continue a prompt by sampling")
    source(p)
    p.add_argument("--prompt", default="", help="text to start from")
    p.add_argument("--words", type=int, default=12)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--temperature", type=float, default=1.0)
    p.add_argument("--clamp", action="append", metavar="GATE[:UNIT]=VALUE",
                   help="hold a gate while writing, as in trace; on top of a session file's own clamps")
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("train", help="train a network and save it")
    p.add_argument("--corpus", default=DEFAULTS["corpus"], help="book, dinner, or a text file")
    p.add_argument("--cell", choices=CELL_CHOICES, default=DEFAULTS["cell"],
                   help="lesson-rnn: the lesson's RNN, which feeds back its previous prediction")
    p.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    p.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    p.add_argument("--lr", type=float, default=DEFAULTS["lr"])
    p.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    p.add_argument("--seq-len", type=int, default=DEFAULTS["seq_len"])
    p.add_argument("--optimizer", choices=("adam", "sgd"), default="adam")
    p.add_argument("--out", required=True, help="where to save the .npz model")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("compare", help="the lesson's RNN, a plain RNN and the LSTM: what each writes")
    p.add_argument("--corpus", default="book", help="book (the grammar counted is the book's)")
    p.add_argument("--hidden", type=int, default=DEFAULTS["hidden"], help="units of the plain RNN and the LSTM")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--samples", type=int, default=100, help="sentences sampled from each net")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("screenshot", help="render the window and each pane to PNG")
    p.add_argument("--out", required=True, help="folder for the PNGs")
    p.add_argument("--lang", choices=("en", "zh-TW"), default="en", help="the app's language")
    p.add_argument("--only", choices=("lessons",), help="just the lesson screenshots")
    p.set_defaults(func=cmd_screenshot)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            return cmd_gui(args)
        args.func(args)
        return 0
    except UsageError as exc:
        print(f"lstm-sim: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
