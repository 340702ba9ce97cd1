"""``lstm-sim generate``: continue a prompt by sampling, streamed as it is written."""
from __future__ import annotations

import sys

import numpy as np

from .sources import add_source_options, clamps_for, source, tokenize
from .usage import UsageError

#: Longest generation: beyond this the output is a flood, not a sample.
MAX_WORDS = 1_000_000


def add_parser(sub) -> None:
    p = sub.add_parser("generate", help="continue a prompt by sampling")
    add_source_options(p)
    p.add_argument("--prompt", default="", help="text to start from")
    p.add_argument("--words", type=int, default=12)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--temperature", type=float, default=1.0)
    p.add_argument("--clamp", action="append", metavar="GATE[:UNIT]=VALUE",
                   help="hold a gate while writing, as in trace; on top of a session file's own clamps")
    p.set_defaults(func=cmd_generate)


def cmd_generate(args) -> None:
    p = source(args)
    if not 0 <= args.words <= MAX_WORDS:
        raise UsageError(f"--words must be between 0 and {MAX_WORDS:,}")
    tokens = tokenize(p.vocab, args.prompt)
    if not (np.isfinite(args.temperature) and args.temperature >= 0):
        raise UsageError("temperature must be a finite number ≥ 0")
    # Words stream out as they are sampled, a chunk at a time; Ctrl+C ends cleanly.
    vocab = p.vocab
    sys.stdout.write(vocab.detokenize(tokens))
    first = not tokens
    state = None
    try:
        # A session file's own clamps (and any --clamp) hold while it writes.
        clamps = clamps_for(p, args.clamp) or None
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
    from ..model import generate_stream
    yield from generate_stream(net, vocab.inputs(tokens), n, seed=seed, temperature=temperature, chunk=chunk,
                               clamps=clamps)
