"""The cell diagram, driven as a learner would: step, click, hover, zoom, switch theme."""
import itertools

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from lstm_sim.model import forward
from lstm_sim.scenarios import load_preset
from lstm_sim.ui.diagram import CellDiagram
from lstm_sim.ui.diagram.names import format_value
from lstm_sim.ui.diagram.parts import Label, PathBox
from lstm_sim.ui.diagram.strip import VectorStrip
from lstm_sim.ui.diagram.style import DARK, LIGHT

LSTM_STRIPS = ("x", "h_prev", "c_prev", "g", "i", "f", "o", "c", "tanh_c", "h")


def preset_and_trace(name):
    p = load_preset(name)
    return p, forward(p.net, p.vocab.one_hot(p.vocab.tokenize(p.text)))


def make_diagram(qtbot, preset, step):
    p, trace = preset_and_trace(preset)
    d = CellDiagram()
    qtbot.addWidget(d)
    d.resize(1100, 520)
    d.show()
    qtbot.waitExposed(d)
    d.set_cell(p.net.kind, p.units, list(p.vocab.words))
    d.show_step(trace.step(step))
    return d, p, trace


@pytest.fixture
def lstm(qtbot):
    return make_diagram(qtbot, "walkthrough", 4)


@pytest.fixture
def rnn(qtbot):
    return make_diagram(qtbot, "dinner", 2)


def cell_center(d, key, unit):
    strip = d.strip(key)
    return strip.mapToScene(strip.cell_rect(strip.labels.index(unit)).center())


def view_point(d, scene_pos):
    return d.mapFromScene(scene_pos)


# -- values ------------------------------------------------------------------------
def test_every_strip_shows_the_step_it_was_given(lstm):
    d, p, trace = lstm
    assert set(d.strip_keys()) == set(LSTM_STRIPS)
    for key in LSTM_STRIPS:
        np.testing.assert_array_equal(d.strip_values(key), trace[key][4], err_msg=key)
    d.show_step(trace.step(5))
    assert not np.allclose(trace["g"][4], trace["g"][5])        # the steps do differ
    for key in LSTM_STRIPS:
        np.testing.assert_array_equal(d.strip_values(key), trace[key][5], err_msg=key)


def test_input_strip_has_one_cell_per_word_and_hidden_strips_one_per_unit(lstm):
    d, p, _ = lstm
    assert d.strip("x").labels == list(p.vocab.words)
    assert d.strip("h").labels == p.units


def test_strip_values_is_a_copy(lstm):
    d, _, trace = lstm
    d.strip_values("f")[:] = 42
    np.testing.assert_array_equal(d.strip_values("f"), trace["f"][4])


def test_wrong_length_is_refused(lstm):
    d, _, trace = lstm
    with pytest.raises(ValueError):
        d.show_step({"f": np.zeros(3)})


def test_plain_rnn_has_no_memory_line(rnn):
    d, p, trace = rnn
    assert set(d.strip_keys()) == {"x", "h_prev", "h"}
    with pytest.raises(KeyError):
        d.strip_values("c")
    for key in ("x", "h_prev", "h"):
        np.testing.assert_array_equal(d.strip_values(key), trace[key][2], err_msg=key)
    assert d.kind == "rnn"


def test_many_units_wrap_and_still_show_every_value(qtbot):
    from lstm_sim.model import Network
    units, words = [f"u{k}" for k in range(32)], [chr(97 + k) for k in range(20)]
    net = Network.random("lstm", 20, 32, 20, seed=3)
    trace = forward(net, np.eye(20)[[1, 4, 7]])
    d = CellDiagram()
    qtbot.addWidget(d)
    d.set_cell("lstm", units, words)
    d.show_step(trace.step(2))
    for key in LSTM_STRIPS:
        np.testing.assert_array_equal(d.strip_values(key), trace[key][2], err_msg=key)
    assert d.strip("c").height > 2 * d.strip("c").cell_rect(0).height()     # wrapped


def test_hundreds_of_units_are_a_compact_band_read_by_hovering(qtbot):
    """A real model's 512 units: one band per strip (not a grid of unreadable cells),
    as wide as a small strip, its ends labelled; hovering names the unit and value."""
    from lstm_sim.model import Network
    units = [f"u{k}" for k in range(512)]
    net = Network.random("lstm", 64, 512, 300, seed=3, n_tokens=300)
    trace = forward(net, np.eye(300)[[1, 4, 7]])
    d = CellDiagram()
    qtbot.addWidget(d)
    d.resize(1100, 520)
    d.show()
    qtbot.waitExposed(d)
    d.set_cell("lstm", units, [f"e{k}" for k in range(64)])
    d.show_step(trace.step(2))
    c = d.strip("c")
    assert c.compact and d.strip("x").compact
    assert c.height < 3 * c.cell_rect(0).height() and c.width < 400
    np.testing.assert_array_equal(d.strip_values("c"), trace["c"][2])
    image = c._image
    assert image.width() == 512
    assert len({image.pixelColor(k, 0).name() for k in range(512)}) > 20      # one colour per unit
    assert d.tooltip_at(cell_center(d, "c", "u300")) == (
        f"memory · cₜ — unit 'u300': {format_value(trace['c'][2, 300])}")
    assert d.tooltip_at(cell_center(d, "f", "u0")).startswith("forgetting · f — unit 'u0'")


# -- layout ------------------------------------------------------------------------
@pytest.mark.parametrize("kind, n_units", [("lstm", 5), ("lstm", 32), ("rnn", 3), ("lstm", 512)])
def test_labels_strips_and_boxes_never_overlap(qtbot, kind, n_units):
    d = CellDiagram()
    qtbot.addWidget(d)
    d.set_cell(kind, [f"unit{k}" for k in range(n_units)], ["Doug", "Jane", "Spot", "saw", "."])
    solid = [it for it in d.scene().items() if isinstance(it, (Label, VectorStrip, PathBox))]
    for a, b in itertools.combinations(solid, 2):
        assert not a.sceneBoundingRect().intersects(b.sceneBoundingRect()), (a, b)


def test_lesson_words_and_symbols_are_on_the_diagram(lstm):
    d, _, _ = lstm
    texts = {it.text for it in d.scene().items() if isinstance(it, Label)}
    for caption in ("new information · xₜ", "previous prediction · hₜ₋₁", "memory · cₜ₋₁",
                    "memory · cₜ", "prediction · hₜ"):
        assert caption in texts
    assert any("next step" in t for t in texts)
    titles = {p: d.path_box(p).title for p in "gifo"}
    assert titles == {"g": "prediction · g", "i": "ignoring · i", "f": "forgetting · f",
                      "o": "selection · o"}
    assert d.path_box("g").squash == "tanh"
    assert {d.path_box(p).squash for p in "ifo"} == {"sigma"}


def test_fit_shows_the_whole_cell(lstm):
    d, _, _ = lstm
    visible = d.mapToScene(d.viewport().rect()).boundingRect()
    assert visible.contains(d.scene().itemsBoundingRect())


# -- selecting a path ----------------------------------------------------------------
def click_box(d, qtbot, path):
    """Click a path box as a user would; returns what ``pathSelected`` carried."""
    box = d.path_box(path)
    with qtbot.waitSignal(d.pathSelected, timeout=1000) as blocker:
        qtbot.mouseClick(d.viewport(), Qt.LeftButton, pos=view_point(d, box.sceneBoundingRect().center()))
    return blocker.args


def test_clicking_the_forgetting_box_selects_it(lstm, qtbot):
    d, _, _ = lstm
    assert click_box(d, qtbot, "f") == ["f"]
    assert d.path_box("f").selected and d.selected_path() == "f"
    assert not any(d.path_box(p).selected for p in "gio")


def test_select_path_marks_without_emitting(lstm, qtbot):
    d, _, _ = lstm
    with qtbot.assertNotEmitted(d.pathSelected):
        d.select_path("o")
    assert d.path_box("o").selected
    d.select_path(None)
    assert not any(d.path_box(p).selected for p in "gifo")


def test_rnn_box_emits_rnn(rnn, qtbot):
    d, _, _ = rnn
    assert click_box(d, qtbot, "rnn") == ["rnn"]


def test_clicking_empty_paper_selects_nothing(lstm, qtbot):
    d, _, _ = lstm
    with qtbot.assertNotEmitted(d.pathSelected):
        qtbot.mouseClick(d.viewport(), Qt.LeftButton, pos=QPoint(3, 3))
    assert d.selected_path() is None


# -- tooltips --------------------------------------------------------------------------
def test_strip_cell_tooltip_gives_wire_unit_and_exact_number(lstm):
    d, p, trace = lstm
    saw = p.units.index("saw")
    text = d.tooltip_at(cell_center(d, "f", "saw"))
    assert text == f"forgetting · f — unit 'saw': {format_value(trace['f'][4][saw])}"
    assert d.tooltip_at(cell_center(d, "f", "Doug")) == "forgetting · f — unit 'Doug': 0.0025"
    assert d.tooltip_at(cell_center(d, "x", "Doug")) == "new information · xₜ — word 'Doug': 1.0000"


def test_tooltip_appears_on_a_help_event(lstm, qtbot):
    d, _, trace = lstm
    pos = view_point(d, cell_center(d, "c", "saw"))
    event = QHelpEvent(QEvent.ToolTip, pos, d.viewport().mapToGlobal(pos))
    QApplication.sendEvent(d.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=1000)
    assert QToolTip.text() == f"memory · cₜ — unit 'saw': {format_value(trace['c'][4][3])}"
    QToolTip.hideText()


def test_boxes_and_nodes_explain_themselves(lstm):
    d, _, _ = lstm
    forgetting = d.tooltip_at(d.path_box("f").sceneBoundingRect().center())
    assert "how much of the old memory to keep" in forgetting
    nodes = d._layout.nodes
    assert set(nodes) == {"forget_mul", "ignore_mul", "merge_add", "squash", "select_mul"}
    for node in nodes.values():
        text = d.tooltip_at(node.scenePos())
        assert text and text.endswith(".")
    assert "adds" in d.tooltip_at(nodes["merge_add"].scenePos())
    labels = {it.text: it for it in d.scene().items() if isinstance(it, Label)}
    assert "one-hot" in d.tooltip_at(labels["new information · xₜ"].sceneBoundingRect().center())
    recycle = next(t for t in labels if t.startswith("next step"))
    assert "fed back" in d.tooltip_at(labels[recycle].sceneBoundingRect().center())


def test_format_value():
    assert format_value(0.0024726) == "0.0025"
    assert format_value(-0.99) == "-0.9900"
    assert format_value(0.0) == "0.0000"
    assert format_value(3e-6) == "3.00e-06"


# -- animation ---------------------------------------------------------------------------
def glowing(d):
    return [it for it in d._layout.glowing_items() if it.glow > 0]


def test_animation_sweeps_then_finishes(lstm, qtbot):
    d, _, trace = lstm
    d.show_step(trace.step(5), animate=True)
    assert d.is_animating()
    np.testing.assert_array_equal(d.strip_values("c"), trace["c"][5])   # values at once
    assert d.flow_stage() == 0 and glowing(d)                           # inputs light first
    qtbot.waitUntil(lambda: not d.is_animating(), timeout=2000)
    assert d.flow_stage() == -1 and not glowing(d)


def test_animation_lights_stages_in_computation_order(lstm):
    d, _, trace = lstm
    d.show_step(trace.step(5), animate=True)
    anim = d._anim
    seen = []
    for ms in range(0, anim.duration() + 1, 10):
        anim.setCurrentTime(ms)
        if d.flow_stage() >= 0 and (not seen or seen[-1] != d.flow_stage()):
            seen.append(d.flow_stage())
    assert seen == list(range(len(d._layout.stages)))
    nodes = d._layout.nodes
    order = [next(k for k, s in enumerate(d._layout.stages) if nodes[n] in s)
             for n in ("forget_mul", "ignore_mul", "merge_add", "squash", "select_mul")]
    assert order == sorted(order)


def test_skip_animation_ends_it_at_once(lstm):
    d, _, trace = lstm
    d.show_step(trace.step(5), animate=True)
    assert d.is_animating()
    d.skip_animation()
    assert not d.is_animating() and not glowing(d)
    np.testing.assert_array_equal(d.strip_values("h"), trace["h"][5])


def test_no_animation_unless_asked(lstm):
    d, _, trace = lstm
    d.show_step(trace.step(3))
    assert not d.is_animating()
    d.show_step(trace.step(4), animate=True)
    d.show_step(trace.step(5))                  # a plain step stops a running sweep
    assert not d.is_animating() and not glowing(d)


# -- zoom, pan, theme ----------------------------------------------------------------------
def wheel(d, delta):
    pos = QPointF(d.viewport().rect().center())
    event = QWheelEvent(pos, QPointF(d.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0),
                        QPoint(0, delta), Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(d.viewport(), event)


def test_wheel_zooms_and_fit_restores(lstm):
    d, _, _ = lstm
    fitted = d.zoom()
    wheel(d, 120)
    assert d.zoom() == pytest.approx(fitted * 1.0015 ** 120)
    for _ in range(40):
        wheel(d, 120)
    assert d.zoom() == pytest.approx(6.0)                 # clamped
    d.fit()
    assert d.zoom() == pytest.approx(fitted)
    wheel(d, -120)
    assert d.zoom() < fitted


def test_set_dark_switches_the_background(lstm):
    d, _, _ = lstm
    corner = QPoint(2, 2)
    assert d.grab().toImage().pixelColor(corner) == LIGHT.background
    d.set_dark(True)
    assert d.backgroundBrush().color() == DARK.background
    assert d.grab().toImage().pixelColor(corner) == DARK.background
    d.set_dark(False)
    assert d.backgroundBrush().color() == LIGHT.background


def test_rebuilding_keeps_a_valid_selection_and_drops_a_stale_one(lstm, qtbot):
    d, p, _ = lstm
    d.select_path("g")
    d.set_cell("lstm", p.units, list(p.vocab.words))
    assert d.selected_path() == "g" and d.path_box("g").selected
    d.set_cell("rnn", p.units, list(p.vocab.words))
    assert d.selected_path() is None


@pytest.mark.parametrize("kind,squash", [("lstm", "tanh"), ("gru", "tanh"), ("rnn", "tanh"), ("rnn", "relu"),
                                         ("lesson-rnn", "tanh")])
def test_every_kind_is_drawn_and_stepped_through_as_its_drawing_says(qtbot, kind, squash):
    """Each kind's drawing (``kinds.DRAWINGS``): its layout is built, and stepping inside
    it shows each stage's formula in turn (the relu RNN's says relu), one per stage the
    layout lights."""
    from PySide6.QtCore import QCoreApplication
    from lstm_sim.controller.session import spec_of
    from lstm_sim.ui.diagram.kinds import drawing_of
    d = CellDiagram()
    qtbot.addWidget(d)
    d.resize(900, 600)
    words = ["Doug", "Jane", "Spot"]
    d.set_cell(kind, words, words, squash=squash)
    drawing = drawing_of(spec_of(kind), squash)
    assert d.kind == kind
    assert d.substep_count() == len(drawing.stages) == len(d._layout.stages)
    shown = []
    for k in range(d.substep_count()):
        d.set_substep(k)
        shown.append(d.formula.text())
    assert shown == [QCoreApplication.translate("diagram", text) for text in drawing.stages]
    assert ("relu" in shown[1]) == (squash == "relu")
