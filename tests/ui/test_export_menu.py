"""File ▸ Export in the window: the same exports as ``lstm-sim export``, made from what
the window shows (text, step, clamps, language), never a grab of the screen."""
import csv
import re
import xml.etree.ElementTree as ET

import pytest
from PIL import Image
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog


def svg_texts(path) -> list[str]:
    root = ET.parse(path).getroot()
    return ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The save dialog answers with a path in tmp_path: ``save_as("x.svg")`` before a click."""
    asked = []

    def choose(name):
        def dialog(parent, title, suggested, filters, *a, **k):
            asked.append((suggested, filters))
            return str(tmp_path / name), filters
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
        return tmp_path / name
    choose.asked = asked
    return choose


def click_export(window, name: str) -> None:
    """File ▸ Export ▸ …, as the menu's action."""
    action = window.findChild(QAction, f"export:{name}")
    assert action is not None and action in window.files.export_menu.actions()
    assert action.isEnabled() and action.text()
    action.trigger()


def test_diagram_as_svg_is_the_whole_cell_in_vector_with_text(window, save_as):
    path = save_as("cell.svg")
    click_export(window, "diagram-svg")
    assert path.is_file()
    assert save_as.asked[0][0].endswith("walkthrough-diagram.svg")
    data = path.read_bytes()
    texts = svg_texts(path)
    assert {"forgetting · f", "prediction · g", "ignoring · i", "selection · o"} <= set(texts)
    assert data.count(b"<image") == 0
    # The whole cell, not the viewport: wider than the diagram widget on screen.
    width = float(ET.parse(path).getroot().get("viewBox").split()[2])
    assert width > window.diagram.viewport().width()
    assert width >= window.diagram.scene().itemsBoundingRect().width()
    assert "Exported" in window.statusBar().currentMessage()


def test_exports_follow_the_session_step_clamps_and_language(window, save_as):
    s = window.session
    s.set_step(5)
    s.set_clamp("f", None, 1.0)
    window.choose_language("zh-TW")
    try:
        path = save_as("zh.svg")
        click_export(window, "diagram-svg")
        texts = svg_texts(path)
        assert any("遺忘" in t for t in texts)
        csv_path = save_as("t.csv")
        click_export(window, "trace-csv")
        with open(csv_path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        assert rows[0][:3] == ["step", "token", "value"] and rows[0][3:] == s.units
        assert all(float(v) == 1.0 for r in rows[1:] if r[2] == "f" for v in r[3:])
    finally:
        window.choose_language("en")


def test_replay_handout_and_png_from_the_menu(window, save_as):
    steps = len(window.session.token_texts)
    gif = save_as("replay.gif")
    click_export(window, "replay-gif")
    assert Image.open(gif).n_frames == steps
    gif = save_as("inside.gif")
    click_export(window, "replay-substeps-gif")
    assert Image.open(gif).n_frames == steps * window.diagram.substep_count()
    pdf = save_as("handout.pdf")
    click_export(window, "handout-pdf")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes())) == steps
    png = save_as("cell.png")
    click_export(window, "diagram-png")
    image = Image.open(png)
    assert image.width > 2 * window.diagram.viewport().width() * 0.9      # scale 2 of the whole cell
    heat = save_as("heat.png")
    click_export(window, "heatmaps-png")
    assert Image.open(heat).size[0] > 1000
    pdf = save_as("cell.pdf")
    click_export(window, "diagram-pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_suffix_is_added_and_a_failed_export_says_why(window, save_as, monkeypatch, tmp_path):
    save_as("named")
    click_export(window, "diagram-svg")
    assert (tmp_path / "named.svg").is_file()
    shown = []
    monkeypatch.setattr("lstm_sim.ui.file_actions.QMessageBox.warning",
                        lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "missing" / "x.svg"), "")))
    click_export(window, "diagram-svg")
    assert shown and shown[0][0] == "Cannot export"


def test_the_windows_own_svg_is_vector_too(window):
    data = window.diagram_svg()
    assert data.count(b"<image") == 0 and b"forgetting" in data
