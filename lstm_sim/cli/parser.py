"""The command line's grammar: the top-level options and one subcommand per module."""
from __future__ import annotations

import argparse

from . import claims, compare, export, generate, trace, train, units, window
from .sources import cmd_presets
from .usage import Parser


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="lstm-sim", description="LSTM Sim: see and touch an LSTM cell. "
                    "With no command, opens the window.")
    parser.add_argument("--present", action="store_true", help="open the window in presentation mode (Esc leaves)")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    sub.add_parser("presets", help="list the hand-set networks").set_defaults(func=cmd_presets)
    for command in (trace, claims, generate, train, compare, window, units, export):
        command.add_parser(sub)
    return parser
