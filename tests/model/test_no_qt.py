"""The model layer must stay usable without Qt (notebooks, the CLI, other threads)."""
import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_model_and_scenarios_loads_no_qt():
    code = ("import lstm_sim.model, lstm_sim.scenarios, sys; "
            "print([m for m in sys.modules if m.startswith(('PySide6','pyqtgraph','shiboken'))])")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert ast.literal_eval(result.stdout.strip()) == []

# Imports hidden inside functions, in any subpackage, are checked by the import-linter
# contracts (tests/test_architecture.py), which replace the AST scan that lived here.
