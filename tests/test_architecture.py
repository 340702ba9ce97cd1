"""The architecture checks itself: import-linter's contracts (pyproject.toml) hold for
every module, imports inside functions included: views → controller → scenarios →
model and never upwards; views never import the model; the model and the scenarios
import no Qt and no torch; no two sibling modules import each other."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_import_contract_holds():
    done = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports_command; "
                           "lint_imports_command()"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "4 kept, 0 broken" in done.stdout


def test_a_contract_breaks_when_a_view_imports_the_model(tmp_path):
    """The contracts can fail: a copy of the package whose view imports the model is caught."""
    import shutil
    copy = tmp_path / "lstm_sim"
    shutil.copytree(ROOT / "lstm_sim", copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "ui" / "leak.py").write_text("from ..model import Network  # noqa\n")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    done = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports_command; "
                           "lint_imports_command()"], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(tmp_path), "PATH": ""})
    assert done.returncode != 0 and "lstm_sim.ui.leak -> lstm_sim.model" in done.stdout
