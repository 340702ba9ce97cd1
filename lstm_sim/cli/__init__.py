"""Command line: no arguments opens the window; subcommands do headless work.

Every failure the user can cause exits with status 2 and one line on stderr.
One module per subcommand (its options and its work); ``sources`` reads the network and
the text they work on, ``usage`` turns the user's mistakes into that one line.
"""
from __future__ import annotations

import sys

from ..scenarios.training_setup import TRAINING_DEFAULTS as DEFAULTS
from .generate import MAX_WORDS
from .parser import build_parser
from .trace import MAX_TABLE_WORDS, TOP_WORDS
from .train import CELL_CHOICES
from .usage import UsageError
from .window import cmd_gui

__all__ = ["CELL_CHOICES", "DEFAULTS", "MAX_TABLE_WORDS", "MAX_WORDS", "TOP_WORDS", "UsageError",
           "build_parser", "main"]


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
