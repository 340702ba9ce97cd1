"""``lstm-sim export``, run as a user runs it, judged by the files it writes."""
import csv
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from lstm_sim.cli import main
from lstm_sim.model import forward, save_model
from lstm_sim.scenarios import load_preset

WALK = ["Jane", "saw", "Spot", ".", "Doug", "saw"]


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Whatever a test asks for, the next one starts in English."""
    yield
    from lstm_sim.ui.i18n import install_language
    install_language("en")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def svg_texts(path) -> list[str]:
    root = ET.parse(path).getroot()
    return ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]


def test_every_output_at_once(capsys, tmp_path):
    outs = {name: tmp_path / name for name in ("cell.png", "cell.svg", "cell.pdf", "heat.png", "replay.gif",
                                                 "handout.pdf", "trace.csv")}
    code, out, err = run(capsys, "export", "--preset", "walkthrough",
                         "--diagram", str(outs["cell.png"]), "--diagram", str(outs["cell.svg"]),
                         "--diagram", str(outs["cell.pdf"]), "--heatmaps", str(outs["heat.png"]),
                         "--replay", str(outs["replay.gif"]), "--handout", str(outs["handout.pdf"]),
                         "--trace", str(outs["trace.csv"]))
    assert code == 0, err
    assert err == ""
    assert out.split() == [str(p) for p in outs.values()]
    for path in outs.values():
        assert path.stat().st_size > 1000, path
    assert outs["cell.pdf"].read_bytes().startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", outs["handout.pdf"].read_bytes())) == len(WALK)
    assert Image.open(outs["replay.gif"]).n_frames == len(WALK)


def test_png_is_the_scene_rect_times_the_scale(capsys, tmp_path):
    from lstm_sim.ui.export import exports
    from lstm_sim.ui.app import configure
    configure()
    for scale, name in ((None, "default.png"), ("1.5", "big.png")):
        args = ["export", "--preset", "walkthrough", "--diagram", str(tmp_path / name)]
        assert run(capsys, *args, *(["--scale", scale] if scale else []))[0] == 0
    p = load_preset("walkthrough")
    with exports.Stage(exports.ExportState(p, p.net, p.text, p.start_step)) as stage:
        rect = stage.cell_rect()
    for scale, name in ((2.0, "default.png"), (1.5, "big.png")):
        size = Image.open(tmp_path / name).size
        assert size == (int(np.ceil(rect.width() * scale - 1e-6)), int(np.ceil(rect.height() * scale - 1e-6)))
    assert Image.open(tmp_path / "default.png").width > 2000      # not an 845-pixel viewport


def test_svg_has_the_cells_words_as_text_and_no_bitmaps(capsys, tmp_path):
    path = tmp_path / "cell.svg"
    assert run(capsys, "export", "--preset", "walkthrough", "--step", "6", "--diagram", str(path))[0] == 0
    texts = svg_texts(path)
    assert {"forgetting · f", "ignoring · i", "selection · o", "prediction · g", "memory · cₜ"} <= set(texts)
    assert path.read_bytes().count(b"<image") <= 3


def test_lang_zh_tw_puts_chinese_in_the_svg(capsys, tmp_path):
    path = tmp_path / "cell.svg"
    assert run(capsys, "export", "--preset", "walkthrough", "--lang", "zh-TW", "--diagram", str(path))[0] == 0
    texts = svg_texts(path)
    assert any("遺忘" in t for t in texts) and any("記憶" in t for t in texts)
    assert not any("forgetting" in t for t in texts)
    from lstm_sim.ui.i18n import current_language
    assert current_language() == "en"                   # the CLI puts the language back


def test_replay_has_a_frame_per_step_or_per_substep(capsys, tmp_path):
    path = tmp_path / "r.gif"
    assert run(capsys, "export", "--preset", "book-rnn", "--text", "Doug saw Jane.", "--replay", str(path))[0] == 0
    gif = Image.open(path)
    assert gif.n_frames == 4 and gif.info["loop"] == 0 and 500 <= gif.info["duration"] <= 3000
    assert run(capsys, "export", "--preset", "walkthrough", "--replay", str(path), "--substeps")[0] == 0
    assert Image.open(path).n_frames == len(WALK) * 8         # the LSTM's eight parts of a step


def test_trace_csv_reads_back_the_forward_pass(capsys, tmp_path):
    path = tmp_path / "t.csv"
    code, _, err = run(capsys, "export", "--preset", "walkthrough", "--text", "Jane saw Spot. Doug saw",
                       "--clamp", "f:Doug=1", "--trace", str(path))
    assert code == 0, err
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    assert header == ["step", "token", "value", "Doug", "Jane", "Spot", "saw", "."]
    assert sum(1 for r in rows if not r[0].isdigit()) == 1            # exactly one header row
    p = load_preset("walkthrough")
    clamps = {g: np.full(5, np.nan) for g in "ifo"}
    clamps["f"][0] = 1.0
    trace = forward(p.net, p.vocab.inputs(WALK), clamps=clamps)
    checked = 0
    for r in rows[1:]:
        t, key = int(r[0]) - 1, r[2]
        assert r[1] == WALK[t]
        np.testing.assert_array_equal([float(v) for v in r[3:]], trace[key][t])
        checked += 1
    assert checked == len(WALK) * (len(trace.keys))
    assert all(float(r[3]) == 1.0 for r in rows[1:] if r[2] == "f")


def test_handout_pages_follow_the_text(capsys, tmp_path):
    path = tmp_path / "h.pdf"
    assert run(capsys, "export", "--preset", "dinner", "--text", "pizza sushi waffles", "--handout", str(path))[0] == 0
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page(?!s)", data)) == 3


@pytest.mark.parametrize("argv, message", [
    (["--diagram", "cell.jpg"], "--diagram cell.jpg: give a .png, .svg or .pdf file"),
    (["--heatmaps", "h.svg"], "--heatmaps h.svg: give a .png file"),
    (["--replay", "r.mp4"], "give a .gif file"),
    (["--handout", "h.docx"], "give a .pdf file"),
    (["--step", "7", "--diagram", "cell.svg"], "--step 7: the text has 6 steps (1..6)"),
    (["--step", "0", "--diagram", "cell.svg"], "--step 0"),
    (["--text", "Doug saw Bob", "--diagram", "cell.svg"], "Bob"),
    (["--scale", "0", "--diagram", "cell.png"], "--scale 0"),
    (["--substeps", "--diagram", "cell.png"], "--substeps goes with --replay"),
    (["--clamp", "q=1", "--diagram", "cell.png"], "--clamp"),
    ([], "give at least one of --diagram"),
    (["--diagram", "no/such/folder/cell.svg"], "does not exist"),
    (["--preset", "nope", "--diagram", "cell.svg"], "unknown preset"),
])
def test_bad_inputs_exit_2_with_one_line(capsys, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    preset = [] if "--preset" in argv else ["--preset", "walkthrough"]
    code, out, err = run(capsys, "export", *preset, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err, err
    assert list(tmp_path.iterdir()) == []


def test_a_model_without_text_needs_text(capsys, tmp_path):
    p = load_preset("book-rnn")
    model = tmp_path / "m.npz"
    save_model(model, p.net, list(p.vocab.words), {})
    code, _, err = run(capsys, "export", "--model", str(model), "--diagram", str(tmp_path / "c.svg"))
    assert code == 2 and "--text is required" in err and not (tmp_path / "c.svg").exists()
    code, out, err = run(capsys, "export", "--model", str(model), "--text", "Doug saw", "--diagram",
                         str(tmp_path / "c.svg"))
    assert code == 0, err
    assert "prediction · tanh" in svg_texts(tmp_path / "c.svg")
