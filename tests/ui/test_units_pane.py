"""The Units pane as a user drives it: a text coloured by a unit (read back from the
painted pixels), a span dragged over with the mouse ranks the units, a click on the list
colours by another, a click on a token steps the window, "what if it were off?" clamps
it; a long loaded text is traced off the GUI thread; the window links a unit to its
heatmap row, diagram cell and weights. No worker thread outlives a test."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from lstm_sim.controller import Session
from lstm_sim.controller import units as units_controller
from lstm_sim.model import Network, forward, load_model, save_model
from lstm_sim.model.units import rank_units, regex_mask, saturation
from lstm_sim.scenarios.presets import from_saved
from lstm_sim.ui.colors import rgb_for
from lstm_sim.ui.units_pane import UnitsPane
from lstm_sim.ui.units_text import FIRE_PEN

CHARS = list(" ()ab")
TEXT = "ab (ab ba) b (aa) bab (b a b) a"


def paren_net(kind="lstm"):
    """Unit u1's memory is set by "(" and wiped by ")" (h = tanh 1 inside, 0 outside);
    u0 answers "a"; u2 stays at 0."""
    V, k = len(CHARS), {c: i for i, c in enumerate(CHARS)}
    if kind != "lstm":
        net = Network.zeros("rnn", V, 3, V)
        net.params["W"][1, k["("]], net.params["W"][0, k["a"]] = 1.0, 1.0
        return net
    net = Network.zeros("lstm", V, 3, V)
    W, b = (lambda g: net.block("W", g)), (lambda g: net.block("b", g))
    W("i")[1, k["("]], b("i")[1] = 80.0, -40.0
    W("f")[1, k[")"]], b("f")[1] = -80.0, 40.0
    W("g")[1, k["("]], b("o")[1] = 40.0, 40.0
    W("i")[0, k["a"]], b("i")[0], b("f")[0], W("g")[0, k["a"]], b("o")[0] = 20.0, -10.0, -10.0, 10.0, 10.0
    return net


def open_model(session, tmp_path, kind="lstm", text=TEXT):
    path = tmp_path / f"parens-{kind}.npz"
    save_model(path, paren_net(kind), CHARS, {"tokenizer": "chars", "text": text})
    session.open(from_saved(load_model(path), str(path)))


@pytest.fixture
def pane(qtbot, tmp_path):
    session = Session()
    open_model(session, tmp_path)
    p = UnitsPane(session)
    qtbot.addWidget(p)
    p.resize(900, 700)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()
    assert p.units._workers.running == 0 and not p.units.busy          # no worker outlives the test


def pixel(p, step) -> QColor:
    """The paper colour painted under a token (its top-left corner, clear of the glyph)."""
    rect = p.text.token_rect(step)
    image = p.text.viewport().grab().toImage()
    return image.pixelColor(rect.left() + 1, rect.top() + 1)


def expected(state, value) -> QColor:
    return QColor(*rgb_for(state, np.array([value]))[0])


def drag(qtbot, p, first, last):
    view = p.text.viewport()
    a, b = p.text.token_rect(first), p.text.token_rect(last)
    start, end = QPoint(a.left() + 1, a.center().y()), QPoint(b.right() - 1, b.center().y())
    qtbot.mousePress(view, Qt.LeftButton, pos=start)
    qtbot.mouseMove(view, QPoint(start.x() + 10, start.y()))
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.LeftButton, pos=end)


def list_rows(p):
    t = p.ranking
    return [[t.topLevelItem(k).text(c) for c in range(5)] for k in range(t.topLevelItemCount())]


def test_the_text_is_coloured_character_by_character_by_the_unit_on_show(pane, qtbot):
    h = pane.session.full_trace["h"]
    pane.units.choose_unit(1)
    qtbot.waitUntil(lambda: pixel(pane, 0) == expected("h", h[0, 1]))
    for step in (0, 3, 5, 9, 10):                   # "a", "(", "b" inside, ")", " " after it
        assert pixel(pane, step) == expected("h", h[step, 1]), step
    assert pixel(pane, 3) != pixel(pane, 0)         # inside is orange, outside near-white
    pane.units.set_state("f")
    qtbot.waitUntil(lambda: pixel(pane, 9) == expected("f", pane.session.full_trace["f"][9, 1]))    # ")" shuts the forgetting gate
    assert pane.state_combo.currentData() == "f"


def test_hovering_a_token_reads_its_value(pane, qtbot):
    pane.units.choose_unit(1)
    rect = pane.text.token_rect(4)
    qtbot.mouseMove(pane.text.viewport(), rect.center())
    assert pane.readout.text() == f"step 5 “a”: prediction · hₜ of unit u1 = {np.tanh(1.0):+.3f}"


def test_dragging_over_a_span_ranks_the_unit_that_tracks_it_first(pane, qtbot):
    drag(qtbot, pane, 3, 8)                         # "(ab ba"
    assert list(np.flatnonzero(pane.units.marked)) == [3, 4, 5, 6, 7, 8]
    rows = list_rows(pane)
    # Tied with the 9 unmarked steps inside the other parentheses, above the 16 outside:
    # AUC = (16 + 9/2) / 25.
    assert rows[0][:3] == ["1", "u1", "0.820"] and float(rows[0][3]) > 1
    assert "AUC" in pane.ranking_note.text() and "6 marked steps against 25 others" in pane.ranking_note.text()
    assert pane.unit_combo.currentText() == "u1"
    # The other places it fires are outlined in magenta; the marked ones are not.
    others = np.flatnonzero(pane.units.fired() & ~pane.units.marked)
    assert list(others) == [13, 14, 15, 22, 23, 24, 25, 26, 27]        # "(aa" and "(b a b"
    image = pane.text.viewport().grab().toImage()
    rect = pane.text.token_rect(13)
    assert image.pixelColor(rect.left() + 1, rect.center().y()) == FIRE_PEN
    rect = pane.text.token_rect(4)
    assert image.pixelColor(rect.left() + 1, rect.center().y()) != FIRE_PEN
    assert "at 2 other places" in pane.unit_note.text()


def test_clicking_a_unit_in_the_list_colours_the_text_by_it(pane, qtbot):
    pane.regex.setText("a")
    qtbot.mouseClick(pane.find_button, Qt.LeftButton)
    rows = list_rows(pane)
    assert rows[0][1] == "u0" and [r[1] for r in rows] == ["u0", "u1", "u2"]
    item = pane.ranking.topLevelItem(1)
    qtbot.mouseClick(pane.ranking.viewport(), Qt.LeftButton, pos=pane.ranking.visualItemRect(item).center())
    assert pane.units.unit == 1 and pane.unit_combo.currentText() == "u1"
    qtbot.waitUntil(lambda: pixel(pane, 4) == expected("h", np.tanh(1.0)))


def test_a_bad_regex_says_why_and_keeps_the_marks(pane, qtbot):
    pane.regex.setText("(")
    qtbot.keyClick(pane.regex, Qt.Key_Return)
    assert "is not a regular expression" in pane.status.text()
    assert pane.units.marked is None and list_rows(pane) == []


def test_clicking_a_token_makes_it_the_current_step(pane, qtbot):
    pane.stepRequested.connect(pane.session.set_step)
    rect = pane.text.token_rect(13)
    qtbot.mouseClick(pane.text.viewport(), Qt.LeftButton, pos=rect.center())
    assert pane.session.step == 13
    pane.session.set_step(4)                        # and the window's step shows in the text
    assert pane.text._current == 4


def test_what_if_the_unit_were_off_clamps_its_selection_gate_shut(pane, qtbot):
    s = pane.session
    pane.clampRequested.connect(lambda layer, gate, unit, value: s.set_clamp(gate, unit, value))
    pane.units.choose_unit(1)
    assert pane.off_button.text() == "What if it were off?"
    loss = pane.units.loss
    qtbot.mouseClick(pane.off_button, Qt.LeftButton)
    assert s.all_clamps()["o"][1] == 0.0 and np.isnan(s.all_clamps()["o"][[0, 2]]).all()
    assert pane.off_button.text() == "Free it again"
    qtbot.waitUntil(lambda: pixel(pane, 4) == expected("h", 0.0))     # off: no longer orange inside
    assert pane.units.loss == pytest.approx(loss)   # this hand-set readout is all zeros: it predicts alike
    qtbot.mouseClick(pane.off_button, Qt.LeftButton)
    assert np.isnan(s.all_clamps()["o"]).all()
    assert s.undo_stack.count() == 2


def test_a_plain_rnn_has_no_valve_to_shut(qtbot, tmp_path):
    session = Session()
    open_model(session, tmp_path, kind="rnn")
    p = UnitsPane(session)
    qtbot.addWidget(p)
    assert not p.off_button.isEnabled()
    assert "plain RNN has no gates" in p.off_button.toolTip()
    assert [p.state_combo.itemData(k) for k in range(p.state_combo.count())] == ["h"]
    assert "No gates in a plain RNN" in p.saturation.plots[0].titleLabel.text
    p.shutdown()


def test_the_saturation_plot_has_one_point_per_unit_and_gate(pane):
    (want,) = saturation(pane.session.full_trace)
    for gate in "ifo":
        for unit in range(3):
            assert pane.saturation.point(0, gate, unit) == pytest.approx((want[gate][0][unit], want[gate][1][unit]))
    assert pane.saturation.point(0, "o", 1) == (0.0, 1.0)       # u1's selection gate: always open


def test_a_long_loaded_text_is_traced_and_ranked_off_the_gui_thread(pane, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(units_controller, "SYNC_LIMIT", 0)        # rank on the worker too
    monkeypatch.setattr(units_controller, "SCAN_CHUNK", 97)
    rng = np.random.default_rng(0)
    text = "".join(f"({''.join(rng.choice(list('ab '), 5))})" if rng.random() < 0.3 else
                   "".join(rng.choice(list("ab "), 4)) for _ in range(900)) + "xyz"
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    progress = []
    pane.units.progressed.connect(lambda done, total: progress.append(done))
    assert pane.open_text_file(str(path))
    assert pane.units.values is None and pane.units.busy          # the window goes on meanwhile
    assert pane.units.wait_idle()
    n = len(text) - 3
    assert pane.units.values.shape == (n, 3) and progress[-1] == n and len(progress) > 10
    assert "long.txt: {0:,} tokens; 3 unknown words left out".format(n) in pane.source_label.text()
    assert pane.session.text == TEXT                              # the window keeps its own text
    want = forward(pane.session.network(), np.array([CHARS.index(c) for c in text[:n]]))
    np.testing.assert_allclose(pane.units.values, want["h"], atol=1e-6)
    assert pane.units.mark_regex(r"\([^()]*")
    assert pane.units.busy and pane.units.ranking is None
    assert pane.units.wait_idle()
    assert list_rows(pane)[0][1] == "u1"
    expected_rank = rank_units(want["h"], regex_mask(list(text[:n]), None, r"\([^()]*"))
    assert pane.units.ranking.auc[1] == pytest.approx(expected_rank.auc[1])
    rect = pane.text.token_rect(0)
    qtbot.mouseClick(pane.text.viewport(), Qt.LeftButton, pos=rect.center())
    assert pane.session.step == 0 and "a loaded text" in pane.readout.text()
    # A weight edit traces the loaded text again; going back shows the window's text.
    pane.session.edit_weight("b", "o", 1, 0, -40.0)
    assert pane.units.wait_idle()
    assert np.abs(pane.units.values[:, 1]).max() < 1e-6
    qtbot.mouseClick(pane.session_button, Qt.LeftButton)
    assert pane.units.is_session_text and len(pane.units.tokens) == len(TEXT)


def test_a_file_that_cannot_be_read_says_so(pane, tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    assert not pane.open_text_file(str(bad))
    assert "Cannot read" in pane.status.text() and "not UTF-8 text" in pane.status.text()
    assert not pane.open_text_file(str(tmp_path / "missing.txt"))
    assert pane.units.is_session_text


def test_a_newer_request_makes_the_running_trace_give_up(pane, tmp_path, monkeypatch):
    monkeypatch.setattr(units_controller, "SCAN_CHUNK", 16)
    pane.units.load_text("ab (ab) " * 400, "a.txt")
    pane.units.set_state("c")                                     # while the first pass runs
    assert pane.units.wait_idle()
    assert pane.units.state == "c" and pane.units.values.shape == (3200, 3)
    np.testing.assert_allclose(pane.units.values[:3, 1], [0.0, 0.0, 0.0])
    assert pane.units.values[4, 1] == pytest.approx(1.0)


# -- in the window ------------------------------------------------------------------------------------
@pytest.fixture
def units_window(window, qtbot):
    # At 1600×1000 the diagram keeps its room (at 1280×800 a left dock of ~400 px sends
    # the diagram's fit() and resizeEvent() into endless recursion: a bug of its own).
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.width() == 1600)
    window.docks["units"].show()
    qtbot.waitUntil(lambda: window._units is not None)
    yield window
    window._units.shutdown()


def test_view_units_opens_the_pane_and_its_links_reach_the_window(units_window, qtbot):
    w = units_window
    pane = w.units_pane
    assert w.docks["units"].widget() is pane and w.docks["units"].windowTitle() == "Units"
    assert w.docks["units"].toggleViewAction() in w.view_menu.actions()
    pane.regex.setText("Doug")
    qtbot.mouseClick(pane.find_button, Qt.LeftButton)
    unit = pane.units.unit
    name = w.session.units[unit]
    assert list_rows(pane)[0][1] == name
    qtbot.mouseClick(pane.heatmap_button, Qt.LeftButton)
    assert w.heatmaps.highlighted() == ("h", unit)
    qtbot.mouseClick(pane.diagram_button, Qt.LeftButton)
    assert any(item.data(0) == f"unit:h:{unit}" for item in w.diagram.scene().items())
    qtbot.mouseClick(pane.weights_button, Qt.LeftButton)
    assert w.editor.current_path == "o"
    view = w.editor.block("W").view
    assert view.currentIndex().row() == unit
    qtbot.mouseClick(pane.off_button, Qt.LeftButton)
    assert w.session.clamps()["o"][unit] == 0.0
    assert w.diagram.strip("o").locked()[unit]                    # the diagram shows the lock
    assert pane.units.unit == unit and pane.off_button.text() == "Free it again"     # still the one on show
    assert "it was" in pane.status.text() and "does not tell the marks" in pane.unit_note.text()
    rect = pane.text.token_rect(2)
    qtbot.mouseClick(pane.text.viewport(), Qt.LeftButton, pos=rect.center())
    assert w.session.step == 2 and w.timeline is not None


def test_the_diagram_cell_outline_survives_a_rebuilt_diagram(units_window, qtbot):
    w = units_window
    pane = w.units_pane
    qtbot.mouseClick(pane.diagram_button, Qt.LeftButton)
    w._show_layer()                               # the diagram is drawn anew: the outline goes with it
    qtbot.mouseClick(pane.diagram_button, Qt.LeftButton)
    marks = [item for item in w.diagram.scene().items() if str(item.data(0)).startswith("unit:")]
    assert len(marks) == 1


def test_a_language_change_rewords_the_pane(units_window):
    pane = units_window.units_pane
    pane.find_button.setText("x")
    pane.retranslate()
    assert pane.find_button.text() == "Find units"


def test_on_dark_paper_the_text_takes_the_dark_scale(pane, qtbot):
    from lstm_sim.ui.theme import dark_palette
    pane.units.choose_unit(1)
    pane.setPalette(dark_palette())
    h = pane.session.full_trace["h"]
    qtbot.waitUntil(lambda: pixel(pane, 0) == QColor(*rgb_for("h", np.array([h[0, 1]]), dark=True)[0]))
    for step in (0, 4):
        assert pixel(pane, step) == QColor(*rgb_for("h", np.array([h[step, 1]]), dark=True)[0])
