"""The cell kinds are declared once (issue 15): lstm_sim/model/cells.py holds a spec per
kind and everything else asks it, so no code outside cells.py compares with a kind's name.

The scan reads the token stream (comments and docstrings never count): a cell kind's
name (or a layout key such as "rnn-relu") may not be an operand of ==, !=, in, not in or
a ``case`` pattern, and a name ending in ``kind`` may be compared only with the few
strings listed below, which name other kinds of things (export kinds, claim kinds …)."""
from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

import pytest

from lstm_sim.model.cells import CELL_KINDS, SPECS

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "lstm_sim"
#: The one file that may name the kinds.
CELLS = PACKAGE / "model" / "cells.py"
#: Every kind's name and every layout key a nonlinearity makes ("rnn-relu").
CELL_NAMES = frozenset(CELL_KINDS) | {spec.layout_key(n) for spec in SPECS.values() for n in spec.nonlinearities}

#: Comparisons of a ``…kind`` with a string that is not a cell kind, file by file.
OTHER_KINDS = {
    "model/torch_unpickle.py": {"module", "storage"},                    # a pickle's persistent ids
    "scenarios/claim_checks.py": {"example"},                            # claim kinds
    "ui/lessons/claims_view.py": {"example"},
    "ui/diagram/parts.py": {"tanh", "relu"},                             # the shape of a drawn curve
    "ui/export/exports.py": {"trace", "handout", "diagram", "heatmaps", "replay"},   # export kinds
    "ui/file_actions.py": {"diagram", "replay-substeps"},
    "cli/export.py": {"trace"},
    "controller/training_presenter.py": {"text"},                        # a corpus kind
    "controller/presenter.py": {"", "box", "node", "strip", "heatmap", "dock"},      # what a lesson outlines
}
COMPARE = {"==", "!=", "in", "case"}
#: Tokens that end an operand when reading back from a comparison.
_SKIP = {tokenize.COMMENT, tokenize.NL, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING}


def _string(tok) -> str | None:
    if tok.type != tokenize.STRING:
        return None
    try:
        value = ast.literal_eval(tok.string)
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


def comparisons(source: str):
    """(line, literal, the other operand's last name, whether it is ``dtype.kind``) for each
    string literal compared with ==, !=, in, not in or matched by ``case``."""
    toks = [t for t in tokenize.generate_tokens(io.StringIO(source).readline) if t.type not in _SKIP]
    for j, tok in enumerate(toks):
        literal = _string(tok)
        if literal is None:
            continue
        # The literal on the right: skip the literals (and names) before it in a tuple, and the bracket.
        k = j - 1
        while k >= 2 and toks[k].string == "," and toks[k - 1].type in (tokenize.STRING, tokenize.NAME):
            k -= 2
        if k >= 0 and toks[k].string in ("(", "[", "{"):
            k -= 1
        if k >= 1 and toks[k].string in COMPARE:
            left = k - 1
            if toks[k].string == "in":
                m = left
                while m >= 0 and (toks[m].type == tokenize.NAME or toks[m].string in (",", "(", ")")) \
                        and toks[m].string not in ("for", "if", "and", "or", "not"):
                    m -= 1
                if m >= 0 and toks[m].string == "for":           # a loop over the literals, not a test
                    continue
                if toks[left].string == "not":
                    left -= 1
            name = toks[left].string if toks[left].type == tokenize.NAME else ""
            dtype = left >= 2 and toks[left - 1].string == "." and toks[left - 2].string == "dtype"
            yield tok.start[0], literal, name, dtype
            continue
        # The literal on the left: the other operand is the dotted name after the operator.
        n = j + 1
        if n < len(toks) and toks[n].string == "not" and n + 1 < len(toks) and toks[n + 1].string == "in":
            n += 1
        if n < len(toks) and toks[n].string in ("==", "!=", "in"):
            chain, m = [], n + 1
            while m < len(toks) and (toks[m].type == tokenize.NAME or toks[m].string == "."):
                chain.append(toks[m].string)
                m += 1
            names = [c for c in chain if c != "."]
            yield tok.start[0], literal, names[-1] if names else "", chain[-3:-2] == ["dtype"]


def violations(source: str, allowed: set[str] = frozenset()) -> list[tuple[int, str]]:
    out = []
    for line, literal, name, dtype in comparisons(source):
        if literal in CELL_NAMES:
            out.append((line, f"compares with the cell kind {literal!r}"))
        elif name.endswith("kind") and not dtype and literal not in allowed:
            out.append((line, f"compares {name} with {literal!r}: a cell kind? ask the spec"))
    return out


def test_no_code_outside_cells_py_compares_with_a_cell_kind():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == CELLS:
            continue
        rel = path.relative_to(PACKAGE).as_posix()
        for line, why in violations(path.read_text(encoding="utf-8"), OTHER_KINDS.get(rel, set())):
            found.append(f"lstm_sim/{rel}:{line}: {why}")
    assert not found, "ask the cell's spec (lstm_sim/model/cells.py) instead:\n" + "\n".join(found)


def test_every_listed_exception_is_still_needed():
    """The exceptions stay narrow: each listed string is compared with a kind in its file."""
    for rel, allowed in OTHER_KINDS.items():
        used = {literal for _, literal, name, _ in comparisons((PACKAGE / rel).read_text(encoding="utf-8"))
                if name.endswith("kind")}
        assert allowed <= used, f"{rel}: {sorted(allowed - used)} no longer compared; drop them"


@pytest.mark.parametrize("code", [
    'if net.kind == "lstm": pass\n',
    'ok = "gru" != trace.kind\n',
    'ok = s.kind in ("rnn", "lesson-rnn")\n',
    'ok = s.kind not in ("rnn", "lesson-rnn")\n',
    'ok = key == "rnn-relu"\n',
    'ok = self.session.kind == "mgu"\n',              # a new kind compared by name
    'match kind:\n    case "lstm":\n        pass\n',
])
def test_the_scan_catches_a_comparison_with_a_kind(code):
    assert violations(code)


@pytest.mark.parametrize("code", [
    'for key in ("lstm", "gru", "rnn", "lesson-rnn"):\n    pass\n',
    'ok = cell.dtype.kind != "U"\n',
    'NETS = {"lstm": ("lstm", "LSTM")}\n',
    '# kind == "lstm" in a comment\n',
    'def f():\n    """kind == "lstm" in a docstring"""\n',
    'ok = spec.memory and path == "g"\n',
])
def test_the_scan_leaves_other_code_alone(code):
    assert not violations(code)
