"""``lstm-sim train``: train a network on a corpus (named, or a text file) and save it."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from ..scenarios.training_setup import TRAINING_DEFAULTS as DEFAULTS
from .usage import UsageError

#: The cells ``train --cell`` builds (the model's kinds; lesson-rnn: the lesson's own RNN).
CELL_CHOICES = ("lstm", "gru", "rnn", "lesson-rnn")


def add_parser(sub) -> None:
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


def corpus(name: str):
    """Vocabulary, token stream and metadata for a named corpus or a text file."""
    from ..scenarios.training_setup import CorpusError, corpus_from_text, named_corpus
    try:
        if name in ("book", "dinner"):
            found = named_corpus(name)
        else:
            try:
                text = Path(name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
                raise UsageError(f"cannot read corpus {name}: {reason}") from None
            found = corpus_from_text(text, f"corpus {name}")
    except CorpusError as exc:
        raise UsageError(str(exc)) from None
    return found.vocab, found.tokens, dict(found.metadata)


def _check(args) -> Path:
    """The settings checked (each mistake a usage error); where the model is saved."""
    from ..scenarios.training_setup import CorpusError, check_settings
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
    return out


def cmd_train(args) -> None:
    from ..model import Network, save_model
    from ..scenarios import training_pairs
    out = _check(args)
    vocab, tokens, meta = corpus(args.corpus)
    X, y = training_pairs(vocab, tokens)
    net = Network.random(args.cell, len(vocab), args.hidden, len(vocab), seed=args.seed)
    last, stopped = _run(args, net, X, y, len(tokens))
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


def _run(args, net, X, y, n_tokens: int):
    """Train ``net`` in place, a progress bar on a terminal's stderr; Ctrl+C stops early.
    The last progress report (None before the first) and what stopped it ("" or a note)."""
    from ..model import TrainingDiverged, train
    bar = sys.stderr.isatty()
    last = None
    stopped = ""
    try:
        print(f"training a {args.hidden}-unit {args.cell.upper()} on {args.corpus} ({n_tokens} tokens, "
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
    return last, stopped
