"""The model layer must stay usable without Qt (notebooks, the CLI, other threads)."""
import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT_PREFIXES = ("PySide6", "pyqtgraph", "shiboken")


def test_importing_model_and_scenarios_loads_no_qt():
    code = ("import lstm_sim.model, lstm_sim.scenarios, sys; "
            "print([m for m in sys.modules if m.startswith(('PySide6','pyqtgraph','shiboken'))])")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert ast.literal_eval(result.stdout.strip()) == []


def test_no_module_in_model_or_scenarios_names_qt():
    """Catches a Qt import hidden inside a function, which the subprocess test cannot see."""
    offenders = []
    for package in ("model", "scenarios"):
        for path in sorted((ROOT / "lstm_sim" / package).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{path.name}: {n}" for n in names if n.startswith(QT_PREFIXES)]
    assert offenders == []
