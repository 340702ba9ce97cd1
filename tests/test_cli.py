"""The command line, run as a user runs it (in-process for speed, one real subprocess)."""
import json
import subprocess
import sys

import numpy as np
import pytest

from lstm_sim.cli import main
from lstm_sim.model import load_model
from lstm_sim.scenarios import BOOK_VOCAB, is_grammatical, sentences


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_presets_lists_each_with_a_line(capsys):
    code, out, _ = run(capsys, "presets")
    assert code == 0
    lines = out.strip().splitlines()
    assert [line.split()[0] for line in lines] == ["walkthrough", "book-rnn", "dinner"]


def test_trace_json_has_every_value(capsys):
    code, out, _ = run(capsys, "trace", "--preset", "walkthrough", "--text", "Jane saw Spot. Doug", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["vocab"] == ["Doug", "Jane", "Spot", "saw", "."]
    assert [s["token"] for s in data["steps"]] == ["Jane", "saw", "Spot", ".", "Doug"]
    step = data["steps"][4]
    assert set(step) == {"token", "x", "h_prev", "c_prev", "i", "f", "g", "o", "c", "h", "probs"}
    assert step["g"][3] > 0.9 and step["g"][0] < -0.9          # +saw, −Doug
    assert int(np.argmax(step["probs"])) == 3                  # saw


def test_trace_json_for_the_plain_rnn(capsys):
    code, out, _ = run(capsys, "trace", "--preset", "dinner", "--text", "pizza ? ?", "--json")
    data = json.loads(out)
    assert set(data["steps"][0]) == {"token", "x", "h_prev", "h", "probs"}
    assert data["steps"][1]["x"] == [0, 0, 0]
    tops = [data["vocab"][int(np.argmax(s["probs"]))] for s in data["steps"]]
    assert tops == ["sushi", "waffles", "pizza"]


def test_trace_table_is_readable(capsys):
    code, out, _ = run(capsys, "trace", "--text", "Doug")
    assert code == 0
    assert "forgetting · f" in out and "next word: saw" in out


def test_generate_from_book_rnn_makes_the_lessons_mistakes(capsys):
    texts = []
    for seed in range(6):
        code, out, _ = run(capsys, "generate", "--preset", "book-rnn", "--prompt", "Doug",
                           "--words", "40", "--seed", str(seed))
        assert code == 0
        texts.append(out)
    tokens = BOOK_VOCAB.tokenize(" ".join(texts))
    assert not all(is_grammatical(s) for s in sentences(tokens))


def test_generate_is_reproducible_and_greedy_at_zero_temperature(capsys):
    a = run(capsys, "generate", "--prompt", "Jane saw", "--words", "10", "--seed", "4")[1]
    b = run(capsys, "generate", "--prompt", "Jane saw", "--words", "10", "--seed", "4")[1]
    assert a == b
    code, out, _ = run(capsys, "generate", "--prompt", "Doug", "--words", "1", "--temperature", "0")
    assert out.strip() == "Doug saw"


def test_train_default_book_lstm_writes_grammatical_text(capsys, tmp_path):
    model = tmp_path / "book.npz"
    code, out, _ = run(capsys, "train", "--out", str(model))
    assert code == 0
    assert "loss" in out and "accuracy" in out
    saved = load_model(model)
    assert saved.net.kind == "lstm" and saved.net.hidden_size == 8
    code, out, _ = run(capsys, "generate", "--model", str(model), "--prompt", "Spot", "--words", "120",
                       "--seed", "9")
    found = sentences(BOOK_VOCAB.tokenize(out))[1:]
    assert len(found) > 20 and all(is_grammatical(s) for s in found)


def test_train_on_a_text_file(capsys, tmp_path):
    corpus = tmp_path / "c.txt"
    corpus.write_text("the cat sat . the dog sat . " * 10)
    code, out, _ = run(capsys, "train", "--corpus", str(corpus), "--cell", "rnn", "--hidden", "4",
                       "--epochs", "3", "--out", str(tmp_path / "m.npz"))
    assert code == 0
    assert load_model(tmp_path / "m.npz").vocab == ["the", "cat", "sat", ".", "dog"]


@pytest.mark.parametrize("argv, says", [
    (["trace", "--text", "Doug saw Dog"], 'unknown word "Dog"'),
    (["trace", "--preset", "nope", "--text", "Doug"], "unknown preset"),
    (["trace", "--model", "/nonexistent.npz", "--text", "Doug"], "no such file"),
    (["trace"], "--text"),
    (["generate", "--temperature", "-1"], "temperature"),
    (["generate", "--words", "ten"], "invalid int"),
    (["train", "--hidden", "0", "--out", "x.npz"], "--hidden"),
    (["train", "--lr", "nan", "--out", "x.npz"], "--lr"),
    (["train", "--corpus", "/nonexistent.txt", "--out", "x.npz"], "cannot read corpus"),
    (["train", "--out", "/nonexistent/dir/x.npz"], "does not exist"),
    (["frobnicate"], "invalid choice"),
])
def test_bad_input_exits_2_with_one_line(capsys, argv, says):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert err.count("\n") == 1 and says in err and "Traceback" not in err


def test_empty_corpus_and_broken_model_file(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   ")
    code, _, err = run(capsys, "train", "--corpus", str(empty), "--out", str(tmp_path / "m.npz"))
    assert code == 2 and "fewer than two words" in err
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"PK\x03\x04garbage")
    code, _, err = run(capsys, "trace", "--model", str(broken), "--text", "Doug")
    assert code == 2 and "broken.npz" in err


def test_module_entry_point_runs_as_a_process():
    proc = subprocess.run([sys.executable, "-m", "lstm_sim", "presets"], capture_output=True, text=True)
    assert proc.returncode == 0 and "walkthrough" in proc.stdout
    proc = subprocess.run([sys.executable, "-m", "lstm_sim", "trace", "--text", "Dog"],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1


def test_ctrl_c_stops_training_and_still_saves(tmp_path):
    import signal
    out = tmp_path / "stopped.npz"
    proc = subprocess.Popen([sys.executable, "-m", "lstm_sim", "train", "--epochs", "1000000",
                             "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert "Ctrl+C" in proc.stderr.readline()          # training has started
    proc.send_signal(signal.SIGINT)
    stdout, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert "stopped by Ctrl+C" in stdout
    assert load_model(out).net.all_finite()
