"""Sessions on disk: save and open round-trip exactly, saves are atomic, unsaved work is
never dropped silently, and no file can break or change the open session."""
import json
import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lstm_sim.controller import documents
from lstm_sim.model.clamps import clamps_to_json


def arrays(session):
    return {k: v.tobytes() for k, v in session.network().params.items()}


def edit_something(window):
    s = window.session
    s.edit_weight("W", "f", 2, 1, 1.234567890123)
    s.set_clamp("o", 0, 0.0)
    s.set_text("Jane saw Spot. Doug saw Jane.")
    s.set_step(3)


def test_save_then_open_round_trips_bit_identical(window, tmp_path, monkeypatch):
    edit_something(window)
    s = window.session
    saved = (arrays(s), s.text, s.step, clamps_to_json(s.clamps()), s.title, s.units)
    path = tmp_path / "my session.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    assert window.isWindowModified()
    window.files.save_as_action.trigger()
    assert path.is_file() and not window.isWindowModified()
    assert str(path) in window.windowTitle()
    window.session.open_preset("dinner")
    assert window.files.open_path(str(path))
    s = window.session
    assert (arrays(s), s.text, s.step, clamps_to_json(s.clamps()), s.title, s.units) == saved
    np.testing.assert_array_equal(window.diagram.strip_values("o"), s.step_values()["o"])
    assert window.diagram.strip("o").locked().tolist() == [True, False, False, False, False]
    # The file's notes came along: the editor shows them.
    assert s.note("W", "f") == s.original.notes[("W", "f")] != ""


def test_trace_cli_reproduces_a_saved_session(window, tmp_path, capsys):
    edit_something(window)
    path = tmp_path / "s.npz"
    documents.save_file(window.session, str(path))
    from lstm_sim.cli import main
    assert main(["trace", "--model", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [step["token"] for step in out["steps"]] == window.session.token_texts
    np.testing.assert_allclose([step["o"] for step in out["steps"]], window.session.trace["o"], atol=0)


def test_a_failed_save_keeps_the_old_file_and_the_unsaved_work(window, tmp_path, monkeypatch):
    """The disk fills up halfway through writing: the old file stays whole."""
    from PySide6.QtCore import QSaveFile
    path = tmp_path / "s.npz"
    documents.save_file(window.session, str(path))
    old = path.read_bytes()
    edit_something(window)

    class FullDisk(QSaveFile):
        def write(self, data):
            super().write(data[:100])
            return 100
    monkeypatch.setattr(documents, "QSaveFile", FullDisk)
    shown = []
    monkeypatch.setattr("lstm_sim.ui.file_actions.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))
    window.files.save_action.trigger()
    assert shown and "Cannot save" in shown[0] and "still open and unsaved" in shown[0]
    assert path.read_bytes() == old
    assert sorted(os.listdir(tmp_path)) == ["s.npz"]        # no half-written file left behind
    assert window.isWindowModified() and window.session.dirty


def test_a_save_into_a_missing_folder_says_why(window, tmp_path, monkeypatch):
    edit_something(window)
    target = tmp_path / "no such folder" / "s.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    shown = []
    monkeypatch.setattr("lstm_sim.ui.file_actions.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))
    window.files.save_as_action.trigger()
    assert shown and str(target) in shown[0]
    assert not target.exists() and window.session.dirty


@pytest.mark.parametrize("answer, saved, replaced", [(QMessageBox.Save, True, True),
                                                      (QMessageBox.Discard, False, True),
                                                      (QMessageBox.Cancel, False, False)])
def test_unsaved_changes_are_asked_about(window, tmp_path, monkeypatch, answer, saved, replaced):
    path = tmp_path / "s.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or answer)
    edit_something(window)
    edited = arrays(window.session)
    window.findChild(type(window.files.open_action), "preset:dinner").trigger()
    assert asked and "not saved" in asked[0]
    assert path.is_file() == saved
    assert (window.session.original.name == "dinner") == replaced
    if not replaced:
        assert arrays(window.session) == edited and window.session.dirty


def test_closing_with_unsaved_changes_can_be_cancelled(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.Cancel)
    edit_something(window)
    window.close()
    assert window.isVisible()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.Discard)
    window.close()
    assert not window.isVisible()


def test_exports_write_what_the_session_shows(window, tmp_path):
    from lstm_sim.ui.file_actions import png_bytes
    documents.export_json(window.session, str(tmp_path / "t.json"))
    data = json.loads((tmp_path / "t.json").read_text())
    assert [s["token"] for s in data["steps"]] == window.session.token_texts
    documents.export_csv(window.session, str(tmp_path / "t.csv"))
    assert "Doug" in (tmp_path / "t.csv").read_text()
    svg = window.diagram_svg()
    assert svg.startswith(b"<?xml") and b"<svg" in svg and len(svg) > 2000
    assert png_bytes(window.heatmaps)[:8] == b"\x89PNG\r\n\x1a\n"


def good_file(tmp_path_factory):
    from lstm_sim.model import save_model
    from lstm_sim.scenarios import load_preset
    p = load_preset("book-rnn")
    path = tmp_path_factory.mktemp("good") / "good.npz"
    save_model(path, p.net, list(p.vocab.words), {"text": "Doug saw"})
    return path.read_bytes()


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_malformed_files_never_crash_or_change_the_session(window, tmp_path_factory, monkeypatch, data):
    raw = good_file(tmp_path_factory)
    how = data.draw(st.sampled_from(["truncate", "flip", "random", "pickle", "nan", "shape"]))
    if how == "truncate":
        blob = raw[: data.draw(st.integers(0, len(raw) - 1))]
    elif how == "flip":
        k = data.draw(st.integers(0, len(raw) - 1))
        blob = raw[:k] + bytes([raw[k] ^ data.draw(st.integers(1, 255))]) + raw[k + 1:]
    elif how == "random":
        blob = data.draw(st.binary(max_size=600))
    else:
        import io
        buf = io.BytesIO()
        if how == "pickle":
            np.savez(buf, vocab=np.array([{"x": 1}], dtype=object))
        elif how == "nan":
            np.savez(buf, **{"rnn.weight_ih_l0": np.full((2, 2), np.nan)})
        else:
            np.savez(buf, **{"lstm.weight_ih_l0": np.zeros((3, 2)), "readout.weight": np.zeros((2, 3))})
        blob = buf.getvalue()
    path = tmp_path_factory.mktemp("bad") / "bad.npz"
    path.write_bytes(blob)
    shown = []
    monkeypatch.setattr("lstm_sim.ui.file_actions.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))
    window.session.open_preset("walkthrough")
    before = arrays(window.session)
    if window.files.open_path(str(path)):
        assert how == "flip"                # a flipped byte in unused padding can leave a valid file
        return
    assert shown and "bad.npz" in shown[0]
    assert window.session.original.name == "walkthrough" and arrays(window.session) == before


def test_save_never_overwrites_a_model_from_elsewhere(window, tmp_path, monkeypatch):
    """A state dict saved by someone else (here a plain np.savez) is opened, edited and
    saved: Save asks where, and the original file is untouched."""
    import numpy as np
    from lstm_sim.model import to_torch_state_dict
    from lstm_sim.scenarios import load_preset
    p = load_preset("walkthrough")
    theirs = tmp_path / "theirs.npz"
    np.savez(theirs, vocab=np.array(p.vocab.words), **to_torch_state_dict(p.net))
    before = theirs.read_bytes()
    assert window.files.open_path(str(theirs))
    window.session.edit_weight("b", "g", 0, 0, 0.123)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: asked.append(a) or (str(tmp_path / "mine.npz"), "")))
    window.files.save_action.trigger()
    assert asked and theirs.read_bytes() == before and (tmp_path / "mine.npz").is_file()


def test_training_mid_run_is_unsaved_work(window, qtbot, monkeypatch):
    """Opening another network during a run stops it, keeps its result as an undo
    step, and asks about it like any unsaved change."""
    from PySide6.QtCore import Qt
    d = window.training
    window.docks["training"].show()
    d.epochs.setValue(100000)
    qtbot.mouseClick(d.start_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(window.trainer.history[-1]) > 2, timeout=10000)
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.Cancel)
    window.findChild(type(window.files.open_action), "preset:dinner").trigger()
    assert asked and window.trainer.runner.state == "idle"
    assert window.session.original.name == "trained" and window.session.undo_stack.undoText().startswith("Training")


def type_text(widget, text: str) -> None:
    """Type ``text`` (Chinese included) as keystrokes into ``widget``."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    for ch in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.NoModifier, ch))


def test_a_saved_session_keeps_the_books_chinese_words(window, qtbot, tmp_path, monkeypatch):
    """Typed in Chinese, saved, reopened with File ▸ Open: the Chinese words still read,
    more can be typed, and the view can show them."""
    from PySide6.QtCore import Qt
    edit, s = window.timeline.edit, window.session
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key_A, Qt.ControlModifier)
    type_text(edit, "珍看見小點。道格看見")
    qtbot.waitUntil(lambda: s.text == "珍看見小點。道格看見")
    words = ["Jane", "saw", "Spot", ".", "Doug", "saw"]
    assert s.token_texts == words
    path = tmp_path / "中文.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.files.save_as_action.trigger()
    assert path.is_file() and not window.isWindowModified()

    window.findChild(type(window.files.open_action), "preset:dinner").trigger()
    names = window.other_names_action
    assert s.original.name == "dinner" and not names.isChecked()        # (the dishes have 披薩 … too)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.files.open_action.trigger()

    assert s.file_path == str(path) and edit.text() == "珍看見小點。道格看見"
    assert s.token_texts == words and edit.styleSheet() == ""               # no word marked unknown
    edit.setFocus()
    edit.end(False)
    type_text(edit, "小點。")
    qtbot.waitUntil(lambda: s.text.endswith("小點。"))
    assert s.token_texts == words + ["Spot", "."]
    assert names.isEnabled()                                                # View ▸ Show … in Chinese
    names.trigger()
    assert window.diagram.strip("h").labels == ["道格", "珍", "小點", "看見", "。"]
    assert [c.text() for c in window.timeline.chips.chips if c.isVisible()][-2:] == ["小點", "。"]
