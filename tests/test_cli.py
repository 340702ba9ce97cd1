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
    code, out, _ = run(capsys, "trace", "--preset", "walkthrough", "--text", "Jane saw Spot. Doug", "--json",
                       "--memory-sources")
    assert code == 0
    data = json.loads(out)
    assert data["vocab"] == ["Doug", "Jane", "Spot", "saw", "."]
    assert [s["token"] for s in data["steps"]] == ["Jane", "saw", "Spot", ".", "Doug"]
    step = data["steps"][4]
    assert set(step) == {"token", "x", "h_prev", "c_prev", "z_i", "z_f", "z_g", "z_o",
                         "i", "f", "g", "o", "c", "h", "logits", "probs", "memory_from", "memory_from_start"}
    assert data["clamps"] == {"i": [None] * 5, "f": [None] * 5, "o": [None] * 5}
    np.testing.assert_allclose(step["f"], 1 / (1 + np.exp(-np.array(step["z_f"]))), rtol=1e-12)
    assert int(np.argmax(step["logits"])) == 3
    assert step["g"][3] > 0.9 and step["g"][0] < -0.9          # +saw, −Doug
    assert int(np.argmax(step["probs"])) == 3                  # saw


def test_trace_json_grows_with_the_text_unless_memory_sources_are_asked_for(capsys):
    """By default each step writes the same keys, so the output is linear in the text;
    --fields keeps only some, --top names the likeliest next words."""
    def size(text, *more):
        code, out, _ = run(capsys, "trace", "--preset", "walkthrough", "--text", text, "--json", *more)
        assert code == 0
        return len(out), json.loads(out)
    text = "Jane saw Spot . Doug saw Jane . " * 4
    short, data = size(text)
    assert "memory_from" not in data["steps"][0]
    long, _ = size(text * 4)
    assert 3.5 < long / short < 4.5                          # four times the text: four times the output
    squared, _ = size(text * 4, "--memory-sources")
    assert squared > 4 * long
    _, data = size("Jane saw Spot . Doug", "--fields", "h,c", "--top", "2")
    step = data["steps"][4]
    assert set(step) == {"token", "h", "c", "top"}
    _, data = size("Jane saw Spot . Doug", "--top", "3")          # top words instead of all of them
    assert "probs" not in data["steps"][4] and "h" in data["steps"][4] and len(data["steps"][4]["top"]) == 3
    assert run(capsys, "trace", "--preset", "walkthrough", "--text", "Doug", "--json", "--top", "0")[0] == 2
    assert step["top"][0][0] == "saw" and step["top"][0][1] > step["top"][1][1]
    code, _, err = run(capsys, "trace", "--preset", "walkthrough", "--text", "Doug", "--json", "--fields", "h,zz")
    assert code == 2 and "zz" in err and "memory_from" in err


def test_trace_json_for_the_plain_rnn(capsys):
    code, out, _ = run(capsys, "trace", "--preset", "dinner", "--text", "pizza ? ?", "--json")
    data = json.loads(out)
    assert set(data["steps"][0]) == {"token", "x", "h_prev", "z", "h", "logits", "probs"}
    assert data["clamps"] == {}
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
    (["trace", "--clamp"], "--clamp"),
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
    assert code == 2 and "at least two different words" in err
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
    proc = subprocess.Popen([sys.executable, "-m", "lstm_sim", "train", "--epochs", "100000",
                             "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert "Ctrl+C" in proc.stderr.readline()          # training has started
    proc.send_signal(signal.SIGINT)
    stdout, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert "stopped by Ctrl+C" in stdout
    assert load_model(out).net.all_finite()


# -- clamps and session files -------------------------------------------------------

WALK_TEXT = "Jane saw Spot. Doug saw"


def trace_json(capsys, *argv):
    code, out, err = run(capsys, "trace", "--json", *argv)
    assert code == 0, err
    return json.loads(out)


def test_clamping_forgetting_open_changes_memory_and_is_exact(capsys):
    free = trace_json(capsys, "--preset", "walkthrough", "--text", WALK_TEXT)
    held = trace_json(capsys, "--preset", "walkthrough", "--text", WALK_TEXT, "--clamp", "f=1")
    doug = held["units"].index("Doug")
    assert held["clamps"]["f"] == [1.0] * 5 and held["clamps"]["i"] == [None] * 5
    assert all(s["f"] == [1.0] * 5 for s in held["steps"])          # exactly the clamp, every step
    assert abs(free["steps"][-1]["c"][doug]) < 0.05                  # +Doug and −Doug cancel ...
    # ... unless nothing is forgotten
    assert abs(held["steps"][-1]["c"][doug] - free["steps"][-1]["c"][doug]) > 0.5
    assert held["steps"][0]["z_f"] == free["steps"][0]["z_f"]        # z is recorded as computed


def test_clamping_one_unit_by_name_or_index(capsys):
    by_name = trace_json(capsys, "--text", WALK_TEXT, "--clamp", "forgetting:doug=1", "--clamp", "o:3=0")
    by_index = trace_json(capsys, "--text", WALK_TEXT, "--clamp", "F:0=1", "--clamp", "selection:saw=0")
    assert by_name == by_index
    assert by_name["clamps"]["f"] == [1.0, None, None, None, None]
    assert by_name["clamps"]["o"] == [None, None, None, 0.0, None]
    assert all(s["f"][0] == 1.0 and s["o"][3] == 0.0 for s in by_name["steps"])
    assert by_name["steps"][1]["f"][1] != 1.0


@pytest.mark.parametrize("spec, says", [
    ("x=1", "'x'"), ("f=2", "outside [0, 1]"), ("f:Nobody=1", "'Nobody'"), ("f=abc", "'abc'"),
    ("g=1", "'g'"), ("f", "GATE[:UNIT]=VALUE")])
def test_a_bad_clamp_exits_2_with_one_line_naming_it(capsys, spec, says):
    code, out, err = run(capsys, "trace", "--text", "Doug", "--clamp", spec)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and says in err and spec in err and "Traceback" not in err


@pytest.mark.parametrize("preset", ["book-rnn", "dinner"])
def test_clamps_on_a_plain_rnn_exit_2(capsys, preset):
    code, _, err = run(capsys, "trace", "--preset", preset, "--clamp", "f=1")
    assert code == 2 and err.count("\n") == 1 and "RNNs have no gates" in err


def test_a_preset_without_text_traces_its_own(capsys):
    from lstm_sim.scenarios import load_preset
    for name in ("walkthrough", "dinner"):
        data = trace_json(capsys, "--preset", name)
        preset = load_preset(name)
        assert [s["token"] for s in data["steps"]] == preset.vocab.tokenize(preset.text)


def save_session(tmp_path, text, clamps):
    from lstm_sim.model import save_model
    from lstm_sim.scenarios import load_preset
    from lstm_sim.scenarios.presets import preset_metadata
    preset = load_preset("walkthrough")
    path = tmp_path / "session.npz"
    save_model(path, preset.net, list(preset.vocab.words), preset_metadata(preset, text, 1, clamps))
    return path


def test_a_session_file_brings_its_own_text_and_clamps(capsys, tmp_path):
    path = save_session(tmp_path, "Spot saw Jane.", {"f": [1.0, None, None, None, None]})
    data = trace_json(capsys, "--model", str(path))
    assert [s["token"] for s in data["steps"]] == ["Spot", "saw", "Jane", "."]
    assert data["clamps"]["f"] == [1.0, None, None, None, None]
    assert all(s["f"][0] == 1.0 for s in data["steps"])
    more = trace_json(capsys, "--model", str(path), "--text", "Doug", "--clamp", "o:Jane=0")
    assert [s["token"] for s in more["steps"]] == ["Doug"]
    assert more["clamps"]["f"][0] == 1.0 and more["clamps"]["o"][1] == 0.0     # on top of the file's
    code, out, _ = run(capsys, "trace", "--model", str(path))
    assert code == 0 and out.startswith("clamped: forgetting · f: Doug = 1")


def test_a_model_file_without_text_still_needs_text(capsys, tmp_path):
    from lstm_sim.model import Network, save_model
    path = tmp_path / "plain.npz"
    save_model(path, Network.random("lstm", 3, 2, 3), ["a", "b", "c"])
    code, _, err = run(capsys, "trace", "--model", str(path))
    assert code == 2 and err.count("\n") == 1 and "--text" in err and "plain.npz" in err
    assert run(capsys, "trace", "--model", str(path), "--text", "a b")[0] == 0


def test_a_session_file_with_a_bad_clamp_exits_2(capsys, tmp_path):
    from lstm_sim.model import load_model, save_model
    path = save_session(tmp_path, "Doug", {})
    saved = load_model(path)
    saved.metadata["clamps"] = {"f": [7, None, None, None, None]}
    save_model(path, saved.net, saved.vocab, saved.metadata)
    code, _, err = run(capsys, "trace", "--model", str(path))
    assert code == 2 and err.count("\n") == 1 and "metadata.clamps" in err


def test_generate_writes_with_the_session_files_clamps_and_with_clamp(capsys, tmp_path):
    """A clamp changes what the net writes, from a saved session as from --clamp."""
    from lstm_sim.model import generate
    from lstm_sim.scenarios import load_preset
    from lstm_sim.scenarios.presets import preset_metadata
    from lstm_sim.model import save_model
    p = load_preset("walkthrough")
    held = {"f": [1.0] * 5}
    clamps = {g: np.array(v, dtype=float) for g, v in held.items()}
    expected = generate(p.net, p.vocab.one_hot(["Doug"]), 20, seed=3, clamps=clamps)
    free = generate(p.net, p.vocab.one_hot(["Doug"]), 20, seed=3)
    assert expected != free
    text = p.vocab.detokenize(["Doug"] + [p.vocab.words[k] for k in expected])
    code, out, _ = run(capsys, "generate", "--preset", "walkthrough", "--prompt", "Doug", "--words", "20",
                       "--seed", "3", "--clamp", "f=1")
    assert code == 0 and out.strip() == text
    path = tmp_path / "held.npz"
    save_model(path, p.net, list(p.vocab.words), preset_metadata(p, "Doug", 0, held))
    code, out, _ = run(capsys, "generate", "--model", str(path), "--prompt", "Doug", "--words", "20", "--seed", "3")
    assert code == 0 and out.strip() == text


def test_train_a_gru_then_trace_it_with_its_update_gate_held(capsys, tmp_path):
    """train --cell gru: the GRU trains like the others, and --clamp z=1 (the update valve
    fully on the old prediction) keeps h where it was: the prediction never moves."""
    out = tmp_path / "gru.npz"
    code, _, _ = run(capsys, "train", "--corpus", "book", "--cell", "gru", "--epochs", "60", "--out", str(out))
    assert code == 0
    code, text, _ = run(capsys, "generate", "--model", str(out), "--prompt", "Doug", "--words", "12", "--seed", "1")
    assert code == 0 and text.startswith("Doug saw")
    code, text, _ = run(capsys, "trace", "--model", str(out), "--text", "Doug saw Jane", "--clamp", "update=1",
                        "--json")
    steps = json.loads(text)["steps"]
    assert all(step["z"] == [1.0] * len(step["z"]) for step in steps)
    assert all(step["h"] == step["h_prev"] for step in steps)
    code, _, err = run(capsys, "trace", "--model", str(out), "--text", "Doug", "--clamp", "f=1")
    assert code == 2 and "'r', 'z'" in err


def test_a_stack_whose_layers_differ_in_size_traces_each_layer_with_its_units(capsys, tmp_path):
    """Layers of 4 → 7 → 2 units: `--layer 2` prints seven units, a clamp on u6 of that
    layer holds, and the JSON names each layer's units."""
    from lstm_sim.model import Network, forward, save_model
    words = ["a", "b", "c", "."]
    net = Network.random("lstm", 3, (4, 7, 2), len(words), seed=1, layers=3, n_tokens=len(words))
    path = tmp_path / "awd.npz"
    save_model(path, net, words, {"text": "a b c . a"})
    code, out, _ = run(capsys, "trace", "--model", str(path), "--layer", "2", "--clamp", "f:u6=0")
    assert code == 0
    units_rows = [line for line in out.splitlines() if line.strip().startswith("units")]
    assert units_rows and units_rows[0].split()[1:] == [f"u{k}" for k in range(7)]
    f_rows = [line for line in out.splitlines() if line.strip().startswith("forgetting")]
    assert f_rows and all(line.split()[-1] == "0.0000" for line in f_rows)
    code, out, _ = run(capsys, "trace", "--model", str(path), "--json")
    data = json.loads(out)
    assert [len(u) for u in data["units"]] == [4, 7, 2]
    expected = forward(net, np.array([0, 1, 2, 3, 0]))
    assert data["steps"][2]["layers"][1]["h"] == expected.layers[1]["h"][2].tolist()
