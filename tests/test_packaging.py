"""The wheel carries the presets, so an installed lstm-sim works outside the repository."""
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_resources_and_entry_point(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path),
                           str(ROOT)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    wheel = next(tmp_path.glob("lstm_sim-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        entry_points = next(zf.read(n).decode() for n in names if n.endswith("entry_points.txt"))
    for preset in ("walkthrough", "book-rnn", "dinner"):
        assert f"lstm_sim/resources/presets/{preset}.json" in names
    assert "lstm_sim/resources/i18n/lstm_sim_zh_TW.qm" in names         # the second language ships
    assert "lstm_sim/resources/icons/lstm-sim.svg" in names             # the window's icon
    assert "lstm-sim = lstm_sim.cli:main" in entry_points
    assert not any(n.startswith(("tests/", ".venv")) for n in names)
    assert not any(n.endswith(".png") for n in names)        # README images stay in the repo
