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


def _source_text_tokens(args):
    """The network, the text a command works on (``--text``, else the file's own) and its
    tokens; a missing or empty text is a usage error naming the fix."""
    p, own_text = _source_and_text(args)
    text = args.text if args.text is not None else own_text
    if text is None:
        raise UsageError(f"--text is required: {args.model} has no text of its own")
    tokens = _tokens(p.vocab, text)
    if not tokens:
        raise UsageError("--text needs at least one word; the vocabulary is: " + ", ".join(p.vocab.words[:40]))
    return p, text, tokens


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
    p, text, tokens = _source_text_tokens(args)
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
    """Every lesson claim checked on the network, with the numbers it read (exit 0 either way).
    A check that holds prints its numbers; a broken one what the lesson expects and what the
    model does; a worked example its arithmetic. ``--lang zh-TW`` prints them in Chinese."""
    from .model import forward
    from .scenarios.claims import AT_STEP, LESSON_SAYS, MODEL_DOES, STATUS_WORDS, evaluate, to_json
    p, own_text = _source_and_text(args)
    text = args.text if args.text is not None else (own_text or p.text)
    tokens = _tokens(p.vocab, text)
    if not tokens:
        raise UsageError("--text needs at least one word")
    clamps = _clamps(p, args.clamp)
    tr = _claims_translator(args.lang)
    trace = forward(p.net, p.vocab.inputs(tokens), tokens=tokens, clamps=clamps or None)
    results = evaluate(args.lesson, trace, list(p.vocab.words), p.units, net=p.net)
    if args.json:
        print(json.dumps(to_json(results, tr), ensure_ascii=False))
        return
    for r in results:
        mark = {"holds": "✓", "broken": "✗", "example": "="}.get(r.status, "·")
        where = " (" + tr(AT_STEP).format(r.step + 1) + ")" if r.step is not None else ""
        if r.status == "broken":
            print(f"{mark} [{r.lesson}{where}] " + tr(LESSON_SAYS).format(r.expects_in(tr)))
            print("    " + tr(MODEL_DOES).format(r.reason_in(tr)))
            continue
        print(f"{mark} [{r.lesson}{where}] " + (r.text_in(tr) if r.status != "not applicable" else r.expects_in(tr)))
        if r.status == "not applicable" and r.reason:
            print(f"    {tr(STATUS_WORDS[r.status])}: {r.reason_in(tr)}")


def _claims_translator(lang: str):
    """The claims' words in ``lang``: Qt's translator read headlessly (QtCore only, no
    application object: nothing is installed, the "claims" context is asked directly)."""
    if lang in (None, "en"):
        return lambda text: text
    from PySide6.QtCore import QTranslator
    from .resources import qm_path
    translator = QTranslator()
    if not translator.load(str(qm_path(lang))):
        raise UsageError(f"--lang {lang}: the translation is missing from this installation")
    return lambda text: translator.translate("claims", text) or text


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


# -- units: which units track a pattern (issue 19) ------------------------------------------------
def cmd_units(args) -> None:
    """Rank a layer's units by how well they tell the steps ``--match`` marks from the
    rest (AUC and Cohen's d, see ``model.units``); ``--saturation``: each layer's gates."""
    import re

    from .glossary import WIRE_NAMES
    from .model.units import rank_units, regex_mask, scan, tolerant_tokens, unit_states
    if args.match is None and not args.saturation:
        raise UsageError("give --match REGEX (the steps to find units for), --saturation, or both")
    if args.top < 1:
        raise UsageError(f"--top {args.top}: give at least 1")
    p, own_text = _source_and_text(args)
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
    layer = _layer(p, args.layer)
    states = unit_states(p.net.kind)
    if args.state not in states:
        raise UsageError(f"--state {args.state}: a {p.net.kind.upper()} unit has {', '.join(states)}")
    try:
        pattern = re.compile(args.match) if args.match is not None else None
    except re.error as exc:
        raise UsageError(f"--match {args.match}: not a regular expression ({exc.msg})") from None
    if args.skip_unknown:
        tokens, skipped = tolerant_tokens(p.vocab.tokens, text)
    else:
        _tokens(p.vocab, text)                          # an unknown word is an error, as in trace
        tokens, skipped = p.vocab.tokens(text), []
    if len(tokens) < 2:
        raise UsageError("the text needs at least two known tokens")
    names = [t.text for t in tokens]
    spans = np.array([(t.start, t.end) for t in tokens])
    marked = None
    if pattern is not None:
        marked = regex_mask(names, spans, pattern, text=text)
        if not marked.any() or marked.all():
            raise UsageError(f"--match {args.match} marks {'no' if not marked.any() else 'every'} step of the "
                             "text; the units are ranked by how they tell marked steps from the others")
    clamps = _clamps(p, args.clamp, args.layer)
    keep = [(layer, args.state)] if marked is not None else []
    result = scan(p.net, p.vocab.inputs(names), clamps=clamps or None, keep=keep)
    out: dict = {"steps": len(tokens), "skipped": len(skipped), "layers": p.net.num_layers}
    if marked is not None:
        ranking = rank_units(result.values[(layer, args.state)], marked, score=args.score)
        out["ranking"] = _units_ranking_json(ranking, p.units, args, layer)
    if args.saturation:
        out["saturation"] = [{"layer": k + 1, "gates": {g: {"left": left.tolist(), "right": right.tolist()}
                                                       for g, (left, right) in sat.items()}}
                             for k, sat in enumerate(result.saturation)]
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
        return
    if skipped:
        print(f"left out {len(skipped):,} unknown words (--skip-unknown)\n")
    if marked is not None:
        r = out["ranking"]
        name = {"auc": "AUC (|AUC − ½|, then |d|)", "d": "d (|d|, then |AUC − ½|)"}[args.score]
        print(f"layer {layer + 1} of {p.net.num_layers}, {WIRE_NAMES[args.state]}: {r['marked']:,} of "
              f"{len(tokens):,} steps marked by /{args.match}/; units ranked by {name}")
        print("AUC: chance a marked step's value is above an unmarked one's (0.5 none, 1 higher on the marks, "
              "0 lower); d: difference of means / pooled standard deviation\n")
        print(f"{'rank':>4}  {'unit':<12}{'AUC':>7}{'d':>9}{'marked':>10}{'elsewhere':>11}")
        for row in r["units"]:
            d = "inf" if row["d"] is None else f"{row['d']:+.2f}"
            print(f"{row['rank']:>4}  {row['unit']:<12}{row['auc']:>7.3f}{d:>9}{row['mean_marked']:>+10.3f}"
                  f"{row['mean_rest']:>+11.3f}")
    if args.saturation:
        _print_saturation(result.saturation, p.units, len(tokens), WIRE_NAMES, blank=marked is not None)


def _units_ranking_json(ranking, units: list[str], args, layer: int) -> dict:
    def number(v: float):
        return float(v) if np.isfinite(v) else None          # d of two constant groups: ±inf
    rows = [{"rank": k + 1, "unit": units[u], "index": u, "auc": float(ranking.auc[u]), "d": number(ranking.d[u]),
             "d_sign": int(np.sign(ranking.d[u])), "mean_marked": float(ranking.mean_marked[u]),
             "mean_rest": float(ranking.mean_rest[u])} for k, u in enumerate(ranking.top(args.top))]
    return {"layer": layer + 1, "state": args.state, "match": args.match, "score": ranking.score,
            "marked": ranking.n_marked, "rest": ranking.n_rest, "units": rows}


def _print_saturation(sat: list, units: list[str], steps: int, names, blank: bool) -> None:
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
        for u, name in enumerate(units):
            print(f"  {name:<12}" + "".join(f"{layer[g][0][u]:>8.2f}{layer[g][1][u]:>8.2f}" for g in gates))
        print(f"  {'mean':<12}" + "".join(f"{layer[g][0].mean():>8.2f}{layer[g][1].mean():>8.2f}" for g in gates))


def _add_units_parser(sub, source) -> None:
    p = sub.add_parser("units", help="which units track a pattern: rank them against the steps a regex marks; "
                       "gate saturation")
    source(p)
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


# -- export: what a teacher pastes into slides (issue 16) --------------------------------------------
#: The export options, each an output file; the formats each takes are exports.FORMATS'.
EXPORT_OUTPUTS = ("diagram", "heatmaps", "replay", "handout", "trace")


def cmd_export(args) -> None:
    """The whole cell (PNG, vector SVG or PDF), the heatmaps, a replay GIF, a handout PDF
    and the trace CSV of one text, headless: the code of File ▸ Export."""
    import os
    wanted = [(kind, path) for kind in EXPORT_OUTPUTS for path in getattr(args, kind) or ()]
    if not wanted:
        raise UsageError("give at least one of --diagram, --heatmaps, --replay, --handout, --trace")
    if args.substeps and not args.replay:
        raise UsageError("--substeps goes with --replay")
    if args.scale is not None and not (np.isfinite(args.scale) and 0 < args.scale <= 8):
        raise UsageError(f"--scale {args.scale:g}: give a number above 0, at most 8")
    from .controller.documents import DocumentError
    from .ui.export import FORMATS, ExportError, ExportState, export
    for kind, path in wanted:
        if Path(path).suffix.lower() not in FORMATS[kind]:
            raise UsageError(f"--{kind} {path}: give a {_either(FORMATS[kind])} file")
        if not Path(path).parent.is_dir():
            raise UsageError(f"--{kind} {path}: folder {Path(path).parent} does not exist")
    p, text, tokens = _source_text_tokens(args)
    layer = _layer(p, args.layer)
    clamps = _clamps(p, args.clamp, args.layer)
    n = len(tokens)
    if args.step is None:               # the network's own key moment on its own text, else the last word
        step = min(max(p.start_step, 0), n - 1) if args.text is None else n - 1
    elif 1 <= args.step <= n:
        step = args.step - 1
    else:
        raise UsageError(f"--step {args.step}: the text has {n} step{'s' if n > 1 else ''} (1..{n})")
    state = ExportState(p, p.net, text, step, clamps or None, layer, dark=args.dark)
    pictures = any(kind != "trace" for kind, _ in wanted)
    before = None
    if pictures:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")      # drawn offscreen: no window, no display
        try:
            from .ui.app import configure
            from .ui.i18n import current_language, install_language
            configure()
        except ImportError as exc:
            from .ui.platform_check import install_hint, missing_in_error
            libs = missing_in_error(str(exc))
            raise UsageError(install_hint(libs) if libs else f"cannot load Qt: {exc}") from None
        before = current_language()
        if not install_language(args.lang):
            install_language(before)
            raise UsageError(f"--lang {args.lang}: the translation is missing from this installation")
        from .ui.i18n import can_draw_chinese
        if args.lang == "zh-TW" and not can_draw_chinese():
            print("lstm-sim: note: no installed font draws Chinese, so it comes out as boxes "
                  "(Debian/Ubuntu: sudo apt-get install fonts-noto-cjk)", file=sys.stderr)
    try:
        for kind, path in wanted:
            export(kind, state, path, scale=args.scale, substeps=args.substeps)
            print(path)
    except (ExportError, DocumentError) as exc:
        raise UsageError(str(exc)) from None
    finally:
        if before is not None:
            install_language(before)


def _either(options) -> str:
    """'.png, .svg or .pdf'."""
    return options[0] if len(options) == 1 else ", ".join(options[:-1]) + " or " + options[-1]


def _add_export_parser(sub, source) -> None:
    p = sub.add_parser("export", help="pictures for slides: the whole cell (PNG/SVG/PDF), heatmaps, a replay "
                       "GIF, a handout PDF, the trace as CSV")
    source(p)
    p.add_argument("--text", help="input text (default: the preset's or session file's own)")
    p.add_argument("--step", type=int, metavar="K", help="the step shown, 1 = the first word (default: the "
                   "network's own step on its own text, else the last word)")
    p.add_argument("--clamp", action="append", metavar="GATE[:UNIT]=VALUE",
                   help="hold a gate at a value in [0, 1], as in trace (repeatable)")
    p.add_argument("--layer", type=int, metavar="K", help="of a stacked model: the layer drawn and --clamp "
                   "holds (1 = bottom; default the top)")
    p.add_argument("--lang", choices=("en", "zh-TW"), default="en", help="the language of every word drawn")
    p.add_argument("--dark", action="store_true", help="dark paper (default light; a handout is always light)")
    out = p.add_argument_group("outputs (give at least one; each may be given more than once)")
    out.add_argument("--diagram", action="append", metavar="OUT",
                     help="the whole cell at --step: .png, or .svg / .pdf (vector, with real text)")
    out.add_argument("--scale", type=float, metavar="S",
                     help="pixels per diagram unit of PNG and GIF (default 2 for PNG, 1 for GIF)")
    out.add_argument("--heatmaps", action="append", metavar="OUT.png", help="every path over time, nothing else")
    out.add_argument("--replay", action="append", metavar="OUT.gif",
                     help="an animated GIF, a frame per step with its word, formula and next word")
    out.add_argument("--substeps", action="store_true",
                     help="with --replay: a frame per part of each step's computation, with its formula")
    out.add_argument("--handout", action="append", metavar="OUT.pdf",
                     help="a PDF with a page per step: the cell, the next word and what the lessons say about it")
    out.add_argument("--trace", action="append", metavar="OUT.csv",
                     help="every value of every step: one header row, a column per unit or word "
                          "(.json: as trace --json)")
    p.set_defaults(func=cmd_export)


def cmd_screenshot(args) -> None:
    from .ui.screenshots import render_all
    try:
        for path in render_all(Path(args.out), lang=args.lang, only=args.only):
            print(path)
    except OSError as exc:
        raise UsageError(f"cannot write screenshots to {args.out}: {exc.strerror or exc}") from None


def cmd_gui(args) -> int:
    from .ui.app import run
    return run(present=getattr(args, "present", False))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="lstm-sim", description="LSTM Sim: see and touch an LSTM cell. "
                     "With no command, opens the window.")
    parser.add_argument("--present", action="store_true", help="open the window in presentation mode (Esc leaves)")
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
    p.add_argument("--lang", choices=("en", "zh-TW"), default="en", help="the language the claims are printed in")
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
    p.add_argument("--only", choices=("lessons", "sizes"), help="just the lesson screenshots, or the main window at each screen size")
    p.set_defaults(func=cmd_screenshot)
    _add_units_parser(sub, source)
    _add_export_parser(sub, source)
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
