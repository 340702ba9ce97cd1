"""The real window, driven with keys and clicks as a learner would."""
import numpy as np
from PySide6.QtWidgets import QLabel
from PySide6.QtCore import Qt

from lstm_sim.model import forward
from lstm_sim.scenarios import load_preset


def expected_trace(text="Jane saw Spot. Doug saw", preset="walkthrough"):
    p = load_preset(preset)
    tokens = p.vocab.tokenize(text)
    return forward(p.net, p.vocab.one_hot(tokens))


def assert_shows_step(window, t, trace):
    for key in ("x", "h_prev", "c_prev", "i", "f", "g", "o", "c", "h"):
        np.testing.assert_allclose(window.diagram.strip_values(key), trace[key][t], err_msg=key)
    assert window.heatmaps.cursor_step() == t
    np.testing.assert_allclose(window.predictions.probs, trace["probs"][t])
    assert window.timeline.chips.chips[t].isChecked()
    assert window.timeline.slider.value() == t


def test_opens_on_the_doug_step_with_saw_predicted(window):
    assert window.timeline.edit.text() == "Jane saw Spot. Doug saw"
    assert [c.text() for c in window.timeline.chips.chips] == ["Jane", "saw", "Spot", ".", "Doug", "saw"]
    assert_shows_step(window, 4, expected_trace())
    assert window.predictions.top_word == "saw"


def test_arrow_keys_and_home_end_move_every_view(window, qtbot):
    trace = expected_trace()
    window.diagram.setFocus()
    qtbot.keyClick(window.diagram, Qt.Key_Right)
    assert_shows_step(window, 5, trace)
    assert sorted(window.predictions.words[k] for k in np.argsort(window.predictions.probs)[-2:]) == ["Jane", "Spot"]
    qtbot.keyClick(window.diagram, Qt.Key_Home)
    assert_shows_step(window, 0, trace)
    qtbot.keyClick(window.diagram, Qt.Key_Left)       # already first: stays
    assert_shows_step(window, 0, trace)
    qtbot.keyClick(window.diagram, Qt.Key_End)
    assert_shows_step(window, 5, trace)


def test_transport_buttons_and_chips(window, qtbot):
    trace = expected_trace()
    qtbot.mouseClick(window.timeline.back_button, Qt.LeftButton)
    assert_shows_step(window, 3, trace)
    qtbot.mouseClick(window.timeline.first_button, Qt.LeftButton)
    assert_shows_step(window, 0, trace)
    qtbot.mouseClick(window.timeline.chips.chips[2], Qt.LeftButton)
    assert_shows_step(window, 2, trace)
    qtbot.mouseClick(window.timeline.last_button, Qt.LeftButton)
    assert_shows_step(window, 5, trace)
    qtbot.mouseClick(window.timeline.chips.chips[5], Qt.LeftButton)   # the current one again
    assert_shows_step(window, 5, trace)
    assert sum(c.isChecked() for c in window.timeline.chips.chips) == 1


def test_a_long_text_does_not_widen_the_window(window, qtbot):
    window.timeline.edit.setText(" ".join(["Doug saw Jane."] * 30))
    window.session.set_text(window.timeline.edit.text())
    assert len(window.timeline.chips.chips) == 120
    assert window.minimumSizeHint().width() < 1280


def test_space_plays_to_the_end(window, qtbot):
    window.session.set_speed(25)
    window.timeline.first_button.click()
    window.diagram.setFocus()
    qtbot.keyClick(window.diagram, Qt.Key_Space)
    assert window.session.playing
    qtbot.waitUntil(lambda: not window.session.playing, timeout=4000)
    assert_shows_step(window, 5, expected_trace())


def test_typing_new_text_retraces(window, qtbot):
    edit = window.timeline.edit
    edit.selectAll()
    qtbot.keyClicks(edit, "spot saw jane.")
    assert [c.text() for c in window.timeline.chips.chips] == ["Spot", "saw", "Jane", "."]
    trace = expected_trace("Spot saw Jane.")
    t = window.session.step
    np.testing.assert_allclose(window.diagram.strip_values("c"), trace["c"][t])
    assert window.heatmaps.images["f"].image.shape == (5, 4)


def test_unknown_word_is_marked_and_last_trace_stays(window, qtbot):
    before = window.diagram.strip_values("g").copy()
    edit = window.timeline.edit
    edit.end(False)
    qtbot.keyClicks(edit, " Dog")
    assert window.timeline.error.isVisible()
    message = window.timeline.error.text()
    # The word and its nearest known word, not the whole vocabulary.
    assert 'Unknown word "Dog"' in message and "nearest known words: Doug" in message
    assert "red" in edit.styleSheet() or "#d7301f" in edit.styleSheet()
    assert len(window.timeline.chips.chips) == 6
    np.testing.assert_array_equal(window.diagram.strip_values("g"), before)
    assert edit.mark is not None and edit.text()[slice(*edit.mark)] == "Dog"
    for _ in range(4):
        qtbot.keyClick(edit, Qt.Key_Backspace)         # back to the good text
    assert not window.timeline.error.isVisible() and edit.mark is None
    edit.selectAll()
    qtbot.keyClicks(edit, "Doug saw Spot.")
    assert not window.timeline.error.isVisible()
    assert len(window.timeline.chips.chips) == 4


def test_clicking_a_heatmap_column_moves_the_timeline(window, qtbot):
    heat = window.heatmaps
    scene_pos = heat.column_center("f", 1, unit=2)
    view_pos = heat.graphics.mapFromScene(scene_pos)
    qtbot.mouseClick(heat.graphics.viewport(), Qt.LeftButton, pos=view_pos)
    assert window.session.step == 1
    assert_shows_step(window, 1, expected_trace())


def test_heatmap_hover_reads_the_exact_value(window, qtbot):
    heat = window.heatmaps
    trace = expected_trace()
    view_pos = heat.graphics.mapFromScene(heat.column_center("f", 5, unit=3))
    qtbot.mouseMove(heat.graphics.viewport(), pos=view_pos)
    qtbot.waitUntil(lambda: "saw" in heat.readout.text())
    assert f"{trace['f'][5][3]:.4f}" in heat.readout.text()


def test_new_from_preset_shows_the_rnn(window, qtbot):
    action = window.findChild(type(window.dark_action), "preset:dinner")
    action.trigger()
    assert window.session.kind == "rnn"
    assert list(window.heatmaps.images) == ["h"]
    assert window.predictions.words == ["pizza", "sushi", "waffles"]
    assert window.predictions.top_word == "pizza"      # after an unknown day, still right


def test_bad_model_file_keeps_the_session(window, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "broken.npz"
    bad.write_bytes(b"not a zip")
    shown = []
    monkeypatch.setattr("lstm_sim.ui.file_actions.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))
    assert not window.open_model(str(bad))
    assert "broken.npz" in shown[0] and "unchanged" in shown[0]
    assert window.session.original.name == "walkthrough"


def test_layout_and_theme_persist(qtbot, settings, window):
    window.docks["about"].hide()
    window.dark_action.setChecked(True)
    window.resize(760, 560)          # within the offscreen screen (800×600): not clamped
    window.close()
    from lstm_sim.ui.main_window import MainWindow
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.session.open_preset("walkthrough")
    again.show()
    assert again.dark_action.isChecked()
    title = again.heatmaps.plots["f"].titleLabel.item.defaultTextColor()
    assert title.lightness() > 200                    # the heatmaps follow the theme
    assert not again.docks["about"].isVisible()
    assert (again.width(), again.height()) == (760, 560)
    again.dark_action.setChecked(False)


def test_screenshot_command_writes_pngs(tmp_path):
    from lstm_sim.cli import main
    assert main(["screenshot", "--out", str(tmp_path)]) == 0
    from PySide6.QtGui import QImage
    for name in ("main", "main-dark", "main-dinner", "main-1024x700", "diagram", "heatmaps", "predictions",
                 "timeline", "weight-editor", "clamped", "provenance", "training", "compare",
                 "lesson-1", "lesson-4", "lesson-7", "gru", "units"):
        image = QImage(str(tmp_path / f"{name}.png"))
        assert not image.isNull(), name
        assert image.width() > 200 and image.height() > 60
        # not a blank canvas: many distinct colours
        colors = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colors) > 20, name


def test_open_a_saved_model_file(window, qtbot, tmp_path):
    from lstm_sim.model import Network, save_model
    path = tmp_path / "tiny.npz"
    save_model(path, Network.random("rnn", 3, 4, 3, seed=2), ["red", "green", "blue"],
               {"text": "red green blue", "title": "<b>Colours</b>"})
    assert window.open_model(str(path))
    assert [c.text() for c in window.timeline.chips.chips] == ["red", "green", "blue"]
    assert window.session.kind == "rnn"
    assert window.predictions.words == ["red", "green", "blue"]
    assert "&lt;b&gt;Colours" in window.about.toHtml()          # shown as text, not markup


def test_a_model_with_untypable_words_is_refused(window, qtbot, tmp_path, monkeypatch):
    from lstm_sim.model import Network, save_model
    path = tmp_path / "spaced.npz"
    save_model(path, Network.random("rnn", 2, 2, 2), [" cat", "dog"])
    shown = []
    monkeypatch.setattr("lstm_sim.ui.file_actions.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))
    assert not window.open_model(str(path))
    assert "vocab" in shown[0] and "surrounding spaces" in shown[0]
    assert window.session.original.name == "walkthrough"


def test_clicking_a_path_box_shows_its_weights(window, qtbot):
    box = window.diagram.path_box("f")
    view_pos = window.diagram.mapFromScene(box.sceneBoundingRect().center())
    qtbot.mouseClick(window.diagram.viewport(), Qt.LeftButton, pos=view_pos)
    editor = window.editor
    assert window.docks["editor"].isVisible() and editor.current_path == "f"
    assert editor.path_combo.currentText().startswith("forgetting · f")
    notes = " ".join(label.text() for label in editor.findChildren(QLabel))
    assert "a period forgets everything" in notes          # the preset's note for this block
    W = editor.block("W").model
    shown = {W.data(W.index(r, c)) for r in range(W.rowCount()) for c in range(W.columnCount())}
    assert "−6.00" in shown and "6.00" in shown            # the block's values, readable (true minus)


def test_keys_step_at_startup_and_after_editing(window, qtbot):
    assert window.focusWidget() is window.diagram
    qtbot.keyClick(window.focusWidget(), Qt.Key_Right)
    assert window.session.step == 5
    window.timeline.edit.setFocus()
    qtbot.keyClick(window.timeline.edit, Qt.Key_Left)      # moves the text cursor, not the step
    assert window.session.step == 5
    qtbot.keyClick(window.timeline.edit, Qt.Key_Escape)
    assert window.focusWidget() is window.diagram
    qtbot.keyClick(window.diagram, Qt.Key_Left)
    assert window.session.step == 4


def test_steps_animate_unless_stepping_fast(window, qtbot):
    window.animate_action.setChecked(True)
    window._last_step_time = 0.0                    # long ago
    window.session.set_step(2)
    assert window.diagram.is_animating()
    qtbot.keyClick(window.diagram, Qt.Key_Escape)   # Esc skips it
    assert not window.diagram.is_animating()
    window._last_step_time = 0.0
    window.session.set_step(1)
    assert window.diagram.is_animating()
    window.session.set_step(3)                      # right after: stepping fast
    assert not window.diagram.is_animating()
    np.testing.assert_allclose(window.diagram.strip_values("c"), expected_trace()["c"][3])


def test_an_unexpected_error_shows_a_dialog(window, qtbot, monkeypatch):
    import sys
    from PySide6.QtWidgets import QMessageBox
    from lstm_sim.ui import app
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())))
    old = sys.excepthook
    try:
        app.install_exception_dialog()
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    text, details = shown[0]
    assert "boom" in text and "still open" in text
    assert "RuntimeError" in details


def test_a_window_made_anew_on_the_same_session_and_view_state_shows_what_the_old_one_did(qtbot, settings, window):
    """The view state outlives the window: a new one handed it (and the session) shows
    the same path, stepping inside at the same stage, the same step and names."""
    window.show_path("o")
    window.inside_action.setChecked(True)
    window.move_substep(1)
    window.move_substep(1)
    window.session.set_step(2)
    session, state = window.session, window.view_state
    window.close()
    from lstm_sim.ui.main_window import MainWindow
    again = MainWindow(settings, session=session, view_state=state)
    qtbot.addWidget(again)
    again.show()
    assert again.editor.current_path == "o" and again.diagram.selected_path() == "o"
    assert again.inside_action.isChecked() and again.diagram.substep() == 2
    assert again.timeline.chips.chips[2].isChecked()
    np.testing.assert_allclose(again.diagram.strip_values("f"), session.step_values(2)["f"])


def test_dragging_a_tab_of_the_tabbed_panes_keeps_their_order(window, qtbot):
    """Qt's tab bars of tabbed docks slide tabs when dragged, and that slide once crashed
    Qt (random-input test, in QTabBar::moveTab): the panes' tabs stay where they are."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QApplication, QTabBar
    for dock in window.docks.values():
        dock.show()
    QApplication.processEvents()
    bars = [b for b in window.findChildren(QTabBar) if b.isVisible() and b.count() > 1]
    assert bars
    for bar in bars:
        before = [bar.tabText(i) for i in range(bar.count())]
        a, b = bar.tabRect(0).center(), bar.tabRect(bar.count() - 1).center()
        qtbot.mousePress(bar, Qt.LeftButton, pos=a)
        for k in range(1, 6):
            qtbot.mouseMove(bar, a + (b - a) * k / 5)
        qtbot.mouseRelease(bar, Qt.LeftButton, pos=b)
        assert [bar.tabText(i) for i in range(bar.count())] == before
