"""``lstm-sim units``: rank a model's units against the steps a regex marks, print gate
saturation; every user error exits 2 with one line. The README's example runs as written."""
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from lstm_sim.cli import main
from lstm_sim.model import Network, save_model

README = Path(__file__).resolve().parents[1] / "README.md"
CHARS = list(" ()ab")

#: The README's example (kept here too until the README carries it between the
#: ``<!-- units-recipe -->`` markers; then the README's own copy is run).
RECIPE = r"""
python - <<'PY'
import numpy as np
from lstm_sim.model import Network, save_model, train
from lstm_sim.scenarios.corpora import training_pairs
from lstm_sim.scenarios.vocabulary import Vocabulary

rng = np.random.default_rng(0)
words = "the cat sat on a mat dog ran".split()
phrase = lambda: " ".join(rng.choice(words, size=rng.integers(1, 5)))
text = " ".join(f"({phrase()})" if rng.random() < 0.4 else phrase() for _ in range(1500))
open("parens.txt", "w").write(text)
vocab = Vocabulary(sorted(set(text)), tokenizer="chars")
X, y = training_pairs(vocab, vocab.tokenize(text[:8000]))
net = Network.random("lstm", len(vocab), 16, len(vocab), seed=1)
for _ in train(net, X, y, epochs=30, lr=0.05, seq_len=32, schedule="cosine"):
    pass                                                   # ~4 s
save_model("parens.npz", net, list(vocab.words),
           {"tokenizer": "chars", "text": text[8000:9200], "title": "Parentheses, one character at a time"})
PY
lstm-sim units --model parens.npz --text-file parens.txt --match '\([^()]*' --top 3
lstm-sim units --model parens.npz --text-file parens.txt --match '\([^()]*' --top 1 --clamp o:u10=0 --saturation
"""


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def paren_model(tmp_path):
    """A hand-set char LSTM: unit u1's memory is set by "(" and wiped by ")"."""
    V, k = len(CHARS), {c: i for i, c in enumerate(CHARS)}
    net = Network.zeros("lstm", V, 3, V)
    W, b = (lambda g: net.block("W", g)), (lambda g: net.block("b", g))
    W("i")[1, k["("]], b("i")[1] = 80.0, -40.0
    W("f")[1, k[")"]], b("f")[1] = -80.0, 40.0
    W("g")[1, k["("]], b("o")[1] = 40.0, 40.0
    W("i")[0, k["a"]], b("i")[0], b("f")[0], W("g")[0, k["a"]], b("o")[0] = 20.0, -10.0, -10.0, 10.0, 10.0
    path = tmp_path / "parens.npz"
    save_model(path, net, CHARS, {"tokenizer": "chars", "text": "ab (ab ba) b (aa) bab (b a b) a"})
    return path


def test_the_unit_that_tracks_inside_ranks_first_with_both_scores(capsys, paren_model):
    code, out, err = run(capsys, "units", "--model", str(paren_model), "--match", r"\([^()]*", "--top", "3")
    assert code == 0, err
    rows = [line.split() for line in out.splitlines() if re.match(r"\s+\d+\s+u\d", line)]
    assert [r[1] for r in rows][:1] == ["u1"] and len(rows) == 3
    assert rows[0][2] == "1.000" and float(rows[0][3]) > 10          # AUC and d
    assert "ranked by AUC" in out and "15 of 31 steps marked" in out


def test_json_has_the_ranking_and_the_saturation(capsys, paren_model):
    code, out, _ = run(capsys, "units", "--model", str(paren_model), "--text", "a(ab)b(b)a", "--match", r"\([^()]*",
                       "--state", "c", "--score", "d", "--saturation", "--json")
    assert code == 0
    data = json.loads(out)
    r = data["ranking"]
    assert (r["state"], r["score"], r["marked"], r["rest"], r["layer"]) == ("c", "d", 5, 5, 1)
    top = r["units"][0]
    assert (top["unit"], top["index"], top["auc"], top["d"], top["d_sign"]) == ("u1", 1, 1.0, None, 1)   # constant groups: d = inf
    assert top["mean_marked"] == pytest.approx(1.0) and top["mean_rest"] == 0.0
    (layer,) = data["saturation"]
    assert sorted(layer["gates"]) == ["f", "i", "o"]
    assert layer["gates"]["o"]["right"][1] == 1.0 and layer["gates"]["i"]["left"][1] == 0.8


def test_saturation_table_and_a_plain_rnn(capsys, paren_model, tmp_path):
    code, out, _ = run(capsys, "units", "--model", str(paren_model), "--saturation")
    assert code == 0 and "ignoring · i" in out and re.search(r"u1\s+0\.\d\d\s+0\.\d\d", out)
    rnn = tmp_path / "rnn.npz"
    save_model(rnn, Network.random("rnn", 5, 4, 5), CHARS, {"tokenizer": "chars", "text": "ab (a)"})
    code, out, _ = run(capsys, "units", "--model", str(rnn), "--saturation", "--match", "a")
    assert code == 0 and "a plain RNN has no gates" in out


@pytest.mark.parametrize("argv, says", [
    ([], "give --match REGEX"),
    (["--match", "("], "not a regular expression"),
    (["--match", "z"], "marks no step"),
    (["--match", "."], "marks every step"),
    (["--match", "a", "--state", "q"], "--state q: a LSTM unit has h, c, i, f, o, g"),
    (["--match", "a", "--layer", "2"], "--layer 2: this model has 1 layer"),
    (["--match", "a", "--top", "0"], "--top 0"),
    (["--match", "a", "--text", "abc"], 'unknown word "c"'),
    (["--match", "a", "--text-file", "/nonexistent/x.txt"], "cannot read --text-file"),
    (["--match", "a", "--text", "a", "--text-file", "x"], "not allowed with argument"),
    (["--match", "a", "--clamp", "g=1"], "--clamp"),
])
def test_every_mistake_is_one_line_and_exit_2(capsys, paren_model, argv, says):
    code, out, err = run(capsys, "units", "--model", str(paren_model), *argv)
    assert code == 2 and out == ""
    assert says in err and len(err.strip().splitlines()) == 1, err


def test_unknown_words_can_be_left_out(capsys, paren_model):
    code, out, _ = run(capsys, "units", "--model", str(paren_model), "--text", "ab (cab) c (a)", "--match",
                       r"\([^()]*", "--skip-unknown", "--json")
    data = json.loads(out)
    assert code == 0 and data["skipped"] == 2 and data["steps"] == 12
    assert data["ranking"]["units"][0]["unit"] == "u1"


def _recipe() -> str:
    text = README.read_text(encoding="utf-8") if README.exists() else ""
    if "<!-- units-recipe -->" in text:
        return text.split("<!-- units-recipe -->")[1].split("<!-- /units-recipe -->")[0]
    return RECIPE


def test_the_readme_example_finds_clamps_and_reports_the_inside_unit(tmp_path, monkeypatch, capsys):
    """A char LSTM trained for a few seconds on text with parentheses has a unit that
    tells inside from outside (AUC 0.97 on the whole text: it was trained on its first
    8,000 characters); clamping that unit's selection gate shut makes its h 0."""
    block = _recipe()
    code = re.search(r"python - <<'PY'\n(.*?)\nPY\n", block, re.S).group(1)
    commands = [shlex.split(line)[1:] for line in block.splitlines() if line.startswith("lstm-sim ")]
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    monkeypatch.chdir(tmp_path)
    outputs = []
    for argv in commands:
        assert main(argv) == 0, argv
        outputs.append(capsys.readouterr().out)
    rows = [line.split() for line in outputs[0].splitlines() if re.match(r"\s+\d+\s+u\d", line)]
    assert rows[0][1] == "u10" and abs(float(rows[0][2]) - 0.5) > 0.45
    clamped = [line.split() for line in outputs[1].splitlines() if re.match(r"\s+1\s+u\d", line)][0]
    assert clamped[1] != "u10"                     # switched off, it tracks nothing any more
    assert re.search(r"\n  u10(\s+\S+){4}\s+1\.00\s+0\.00\n", outputs[1])   # its o: always shut, never open
