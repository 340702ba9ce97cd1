"""The catalog of messages (``model.messages``): every code in it is raised or said
somewhere, and every code the package raises is in it."""
import ast
import pickle
from pathlib import Path

import pytest

import lstm_sim
from lstm_sim.model.messages import MESSAGES, Joined, Message

PACKAGE = Path(lstm_sim.__file__).parent
#: What takes a code as its first argument (``fail`` of ``files.load_model``: its second).
TAKES_A_CODE = {"Message": 0, "FileProblem": 0, "InvalidValue": 0, "CorpusError": 0, "TorchFileError": 0,
                "UnsafePickle": 0, "TrainingDiverged": 0, "ModelFileError": 0, "fail": 1}


def _sources():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _strings(node) -> set[str]:
    return {c.value for c in ast.walk(node) if isinstance(c, ast.Constant) and isinstance(c.value, str)}


def _code_arguments(tree):
    """The string literals passed where a code is expected (both branches of an ``if``)."""
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
        k = TAKES_A_CODE.get(name)
        if k is None or len(call.args) <= k:
            continue
        arg = call.args[k]
        branches = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
        for b in branches:
            if isinstance(b, ast.Constant) and isinstance(b.value, str):
                yield call.lineno, b.value


def test_every_code_in_the_catalog_is_used_in_the_package():
    used = set()
    for path, tree in _sources():
        if path == PACKAGE / "model" / "messages.py":      # its own literals but the catalog's
            body = [n for n in tree.body if not (isinstance(n, ast.Assign)
                                                 and getattr(n.targets[0], "id", "") == "MESSAGES")]
            used |= set().union(*(_strings(n) for n in body))
        else:
            used |= _strings(tree)
    assert sorted(set(MESSAGES) - used) == []


def test_every_code_the_package_raises_is_in_the_catalog():
    unknown = [(path.relative_to(PACKAGE).as_posix(), line, code) for path, tree in _sources()
               for line, code in _code_arguments(tree)
               if " " not in code and code not in MESSAGES]        # prose (with a space) is no code
    assert unknown == []


def test_the_catalog_is_one_template_per_code_and_english_is_str():
    assert len(set(MESSAGES.values())) == len(MESSAGES)
    m = Message("in-file", file="x.npz", problem=Message("no-such-file"))
    assert m == "x.npz: no such file" and m.code == "in-file" and m.params["problem"].code == "no-such-file"
    again = pickle.loads(pickle.dumps(m))
    assert again == m and again.code == "in-file" and again.params["problem"].code == "no-such-file"
    j = Joined(["'a'", Message("no-prefix")])
    assert j == "'a', (no prefix)" and pickle.loads(pickle.dumps(j)).parts == j.parts
    with pytest.raises(KeyError):
        Message("no-such-code")
