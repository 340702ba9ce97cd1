"""What a user's mistake on the command line becomes: a :class:`UsageError`, reported as
one line on stderr with exit status 2 (argparse's own mistakes too, see :class:`Parser`)."""
from __future__ import annotations

import argparse


class UsageError(Exception):
    """Bad input from the user: reported as one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message):           # one line, not argparse's usage dump
        raise UsageError(f"{message} (see 'lstm-sim {self.prog.split()[-1]} --help')"
                         if " " in self.prog else f"{message} (see 'lstm-sim --help')")
