"""Exports without a window: the whole cell, vector files with real text, the replay,
the handout and the tidy trace table, built offscreen from a snapshot of a session."""
import csv
import io
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image, ImageChops

from lstm_sim.controller import Session, documents
from lstm_sim.ui.export import exports
from lstm_sim.model import Network, forward
from lstm_sim.scenarios import Preset, load_preset
from lstm_sim.scenarios.vocabulary import Vocabulary
from lstm_sim.ui.app import configure

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def state(qapp):
    configure()
    s = Session()
    s.open_preset("walkthrough")
    yield exports.state_of(s)
    s.deleteLater()


def svg_texts(data: bytes) -> list[str]:
    root = ET.fromstring(data)
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def test_the_diagram_png_is_the_whole_scene_at_the_scale_asked(state, tmp_path):
    path = tmp_path / "cell.png"
    exports.export("diagram", state, str(path), scale=3)
    with exports.Stage(state) as stage:
        rect = stage.cell_rect()
        items = stage.scene.itemsBoundingRect()
    image = Image.open(path)
    assert image.size == (int(np.ceil(rect.width() * 3 - 1e-6)), int(np.ceil(rect.height() * 3 - 1e-6)))
    # Nothing cut: what is drawn stops one margin (and an item's few units of padding)
    # short of every edge.
    paper = Image.new("RGB", image.size, image.convert("RGB").getpixel((0, 0)))
    left, top, right, bottom = ImageChops.difference(image.convert("RGB"), paper).getbbox()
    for gap in (left, top, image.width - right, image.height - bottom):
        assert exports.MARGIN * 3 - 2 <= gap <= (exports.MARGIN + 7) * 3
    assert items.width() > 1000          # the whole cell, wider than a docked window's viewport


def test_the_diagram_svg_is_vector_with_real_text(state, tmp_path):
    path = tmp_path / "cell.svg"
    exports.export("diagram", state, str(path))
    data = path.read_bytes()
    texts = svg_texts(data)
    assert "forgetting · f" in texts and "selection · o" in texts and "memory · cₜ" in texts
    assert texts.count("Doug") >= 10                       # every strip's unit labels
    assert ".99" in texts or "-.99" in texts               # the numbers in the cells
    assert data.count(b"<image") == 0                      # no embedded bitmaps
    assert len(re.findall(rb"<rect|<path", data)) > 100    # shapes
    assert b'font-family="Sans Serif"' not in data         # a face a slide program knows


def test_a_big_model_s_heat_bands_are_rects_not_bitmaps(qapp, tmp_path):
    """Strips of ≥ 33 units paint a scaled image on screen; in a vector file, one rect per unit."""
    configure()
    words = [f"w{k}" for k in range(40)]
    net = Network.random("lstm", len(words), 40, len(words), seed=1)
    preset = Preset("big", "Big", "", net, Vocabulary(words), [f"u{k}" for k in range(40)], "w1 w2 w3", 1)
    state = exports.ExportState(preset, net, "w1 w2 w3", 1)
    path = tmp_path / "big.svg"
    exports.export("diagram", state, str(path))
    data = path.read_bytes()
    assert data.count(b"<image") == 0
    assert "40 units" in svg_texts(data)


def test_the_diagram_pdf_is_one_page_the_size_of_the_cell(state, tmp_path):
    path = tmp_path / "cell.pdf"
    exports.export("diagram", state, str(path))
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and pdf_pages(data) == 1


def test_the_replay_has_a_frame_per_step_or_per_substep(state, tmp_path):
    from lstm_sim.ui.diagram.kinds import DRAWINGS
    path = tmp_path / "replay.gif"
    exports.export("replay", state, str(path))
    gif = Image.open(path)
    assert gif.n_frames == 6 and gif.info["loop"] == 0
    assert gif.info["duration"] == exports.STEP_MS
    exports.export("replay", state, str(path), substeps=True)
    assert Image.open(path).n_frames == 6 * len(DRAWINGS["lstm"].stages)


def test_frames_carry_the_word_and_the_formula(state):
    with exports.Stage(state) as stage:
        stage.show(4)
        head, sentence, formula, nxt = (text for text, _, _ in stage.caption(4))
        assert "step 5 of 6" in head and "“Doug”" in head
        assert sentence == "Jane saw Spot. [Doug] saw"
        assert formula.startswith("cₜ = f ⊙ cₜ₋₁ + i ⊙ g")
        assert nxt.startswith("next word: saw")
        stage.show(4, 4)
        assert stage.caption(4, 4)[2][0].startswith("5 · Merging: cₜ = f ⊙ cₜ₋₁ + i ⊙ g")


def test_a_long_export_can_be_cancelled(state, tmp_path):
    seen = []
    with pytest.raises(exports.Cancelled):
        exports.export("replay", state, str(tmp_path / "r.gif"), progress=lambda done, total: seen.append(done) or False)
    assert seen == [1] and not (tmp_path / "r.gif").exists()


def test_the_handout_has_a_page_per_step_with_the_lessons_words(state, tmp_path):
    path = tmp_path / "handout.pdf"
    exports.export("handout", state, str(path))
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and pdf_pages(data) == 6
    tokens = ["Jane", "saw", "Spot", ".", "Doug", "saw"]
    at_doug = exports.lesson_texts(state.preset, tokens, 4)
    heads = [head for head, _ in at_doug]
    assert "Lesson 7 · “Jane saw Spot. Doug…”" in heads
    lesson7 = dict(at_doug)["Lesson 7 · “Jane saw Spot. Doug…”"]
    assert [title for title, _ in lesson7] == ["After a full sentence", "Votes at “Doug”", "Selection at “Doug”"]
    assert any("not Doug" in p for _, paragraphs in lesson7 for p in paragraphs)
    assert exports.lesson_texts(state.preset, tokens, 1) == []              # no lesson stops there
    assert exports.lesson_texts(state.preset, ["Doug", "saw", "Jane", "."], 4) == []   # another text


def test_the_live_scene_keeps_its_caches_after_a_vector_export(state, qtbot):
    from PySide6.QtWidgets import QGraphicsItem
    from lstm_sim.ui.diagram import CellDiagram
    d = CellDiagram()
    qtbot.addWidget(d)
    s = Session()
    s.open_preset("walkthrough")
    d.set_cell(s.kind, s.units, s.words)
    modes = [item.cacheMode() for item in d.scene().items()]
    assert QGraphicsItem.DeviceCoordinateCache in modes
    data = exports.scene_svg(d.scene(), d.scene().sceneRect(), "t")
    assert data.count(b"<image") == 0 and b"forgetting" in data
    assert [item.cacheMode() for item in d.scene().items()] == modes and not d.scene().vector_output


def test_wrong_suffixes_are_refused_before_anything_is_drawn(state, tmp_path):
    with pytest.raises(exports.ExportError, match=r"cell\.jpg: give a \.png, \.svg or \.pdf file"):
        exports.export("diagram", state, str(tmp_path / "cell.jpg"))
    with pytest.raises(exports.ExportError):
        exports.export("replay", state, str(tmp_path / "r.png"))
    assert list(tmp_path.iterdir()) == []


# -- the tidy CSV ---------------------------------------------------------------------------------
def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def test_trace_csv_has_one_header_row_of_named_columns_and_the_exact_numbers(qapp, tmp_path):
    s = Session()
    s.open_preset("walkthrough")
    s.set_clamp("f", 0, 1.0)
    path = tmp_path / "t.csv"
    documents.export_csv(s, str(path))
    rows = read_csv(path.read_bytes())
    header, body = rows[0], rows[1:]
    assert header == ["step", "token", "value", "Doug", "Jane", "Spot", "saw", "."]
    assert all(r[0].isdigit() for r in body) and not any(r[0].startswith("#") for r in rows)
    assert {len(r) for r in rows} == {len(header)}
    p = load_preset("walkthrough")
    trace = forward(p.net, p.vocab.inputs(s.token_texts), clamps=s.all_clamps())
    for r in body:
        t, key = int(r[0]) - 1, r[2]
        assert r[1] == s.token_texts[t]
        assert [float(v) for v in r[3:]] == trace[key][t].tolist()
    values = {r[2] for r in body}
    assert {"x", "h_prev", "c_prev", "i", "f", "g", "o", "c", "tanh_c", "h", "logits", "probs"} <= values
    assert [float(v) for v in next(r for r in body if r[2] == "f")[3:4]] == [1.0]      # the clamp held


def test_stacked_and_mismatched_axes_get_a_layer_column_and_distinct_names(qapp):
    words = ["<eos>", "Doug", "value", "saw", "."]
    net = Network.random("lstm", 3, 2, len(words), seed=5, layers=2, n_tokens=len(words))
    tokens = ["Doug", "saw", "."]
    trace = forward(net, np.array([words.index(t) for t in tokens]), tokens=tokens)
    header, rows = documents.trace_table(trace, tokens, ["u0", "u1"], words, ["e0", "e1", "e2"])
    assert header == ["step", "token", "layer", "value", "e0", "e1", "e2", "u0", "u1",
                      "<eos>", "Doug", "value (word)", "saw", "."]
    data = documents.csv_bytes(header, rows)
    rows = read_csv(data)
    assert rows[0] == header and len(rows) == 1 + 3 * (2 * (len(trace.layers[0].keys) - 2) + 2)
    col = {name: k for k, name in enumerate(header)}
    l2h = next(r for r in rows[1:] if r[0] == "2" and r[2] == "2" and r[3] == "h")
    assert [float(l2h[col[u]]) for u in ("u0", "u1")] == trace.layers[1]["h"][1].tolist()
    assert l2h[col["Doug"]] == "" and l2h[col["e0"]] == ""
    x2 = next(r for r in rows[1:] if r[0] == "1" and r[2] == "2" and r[3] == "x")     # layer 2 reads layer 1's h
    assert [float(x2[col[u]]) for u in ("u0", "u1")] == trace.layers[0]["h"][0].tolist()
    probs = next(r for r in rows[1:] if r[0] == "3" and r[3] == "probs")
    assert probs[2] == "2" and [float(probs[col[w]]) for w in ("<eos>", "Doug", "value (word)", "saw", ".")] \
        == trace["probs"][2].tolist()
