"""The README's PyTorch recipe runs as written: it trains a word LSTM (embedding, two
layers) and a character LSTM, saves them as torch.save and safetensors files, and every
``lstm-sim`` command it lists opens them and prints what the models say."""
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from lstm_sim.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def recipe():
    block = README.read_text(encoding="utf-8").split("<!-- recipe -->")[1].split("<!-- /recipe -->")[0]
    code = re.search(r"python - <<'PY'\n(.*?)\nPY\n", block, re.S).group(1)
    commands = [shlex.split(line)[1:] for line in block.splitlines() if line.startswith("lstm-sim ")]
    return code, commands


def test_the_readme_recipe_trains_saves_and_opens_both_models(tmp_path, monkeypatch, capsys):
    pytest.importorskip("torch")
    pytest.importorskip("safetensors.torch")
    code, commands = recipe()
    assert len(commands) == 4
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    monkeypatch.chdir(tmp_path)
    outputs = []
    for argv in commands:
        assert main(argv) == 0, argv
        outputs.append(capsys.readouterr().out)
    trace, word_sample, char_sample, char_json = outputs
    assert "layer 2 of 2" in trace and "next word: saw" in trace        # after "Doug": saw
    # Trained on the book's three sentences, both models write them back.
    assert re.fullmatch(r"Doug saw (Jane|Spot|Doug)\. .*\n", word_sample)
    assert char_sample.startswith("Jane saw Spot") or char_sample.startswith("Jane saw Doug")
    assert '"token": " "' in char_json and '"memory_from"' in char_json
