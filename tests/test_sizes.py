"""Issue 15: files of at most 400 lines, functions (and methods) of at most 60, so each
module holds one concept. ``KNOWN`` lists what is still over, each with the size it may
not grow past and why it is left; anything else over the limits fails."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "lstm_sim"
MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60

#: "path" (a file) or "path:function" (a function, by qualified name) → (at most this
#: many lines, why it is still over).
KNOWN: dict[str, tuple[int, str]] = {}


def _functions(tree: ast.AST, prefix: str = ""):
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield prefix + node.name, node
            yield from _functions(node, prefix + node.name + ".")
        elif isinstance(node, ast.ClassDef):
            yield from _functions(node, prefix + node.name + ".")
        else:
            yield from _functions(node, prefix)


def sizes() -> dict[str, int]:
    """Every file and function over its limit, by the name ``KNOWN`` uses, and its lines."""
    over = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        source = path.read_text(encoding="utf-8")
        lines = len(source.splitlines())
        if lines > MAX_FILE_LINES:
            over[name] = lines
        for qualname, node in _functions(ast.parse(source)):
            length = node.end_lineno - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                over[f"{name}:{qualname}"] = length
    return over


def test_files_and_functions_are_short():
    def limit(name: str) -> int:
        if name in KNOWN:
            return KNOWN[name][0]
        return MAX_FUNCTION_LINES if ":" in name else MAX_FILE_LINES
    offenders = [f"{name}: {lines} lines (limit {limit(name)})" for name, lines in sizes().items() if lines > limit(name)]
    assert not offenders, "too long:\n" + "\n".join(offenders)


def test_every_known_offender_still_is_one():
    """An allow-listed file or function that is now short enough leaves the list."""
    gone = sorted(set(KNOWN) - set(sizes()))
    assert not gone, f"no longer over the limit, take them out of KNOWN: {gone}"
