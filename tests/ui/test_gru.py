"""A GRU opened as an engineer opens their own model: drawn in the lesson's notation (the
update gate as the valve between the old and the new prediction), its values on the
strips and heatmaps, its weights (b_hn with the new prediction) in the editor, its
valves r and z clampable from the diagram, its sub-steps with their formulas."""
import numpy as np
import pytest

from lstm_sim.model import Network, forward, save_model

from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

WORDS = ["Doug", "Jane", "Spot", "saw", "."]
H = 4


@pytest.fixture
def gru(window, tmp_path):
    net = Network.random("gru", len(WORDS), H, len(WORDS), seed=3)
    for p in net.params.values():
        p *= 2.5
    path = tmp_path / "gru.npz"
    save_model(path, net, WORDS, {"text": "Jane saw Spot . Doug saw"})
    assert window.files.open_path(str(path), ask=False)
    return window, net


def right_click_and_pick(diagram, pos, text):
    event = QContextMenuEvent(QContextMenuEvent.Mouse, pos, diagram.viewport().mapToGlobal(pos))
    QApplication.sendEvent(diagram.viewport(), event)
    menu = diagram.context_menu
    next(a for a in menu.actions() if a.text() == text).trigger()
    menu.close()


def shown(strip):
    """The values a strip's cells report on hover, as the user reads them."""
    return np.array([float(strip.tooltip_at(strip.cell_rect(k).center()).rsplit(":", 1)[1])
                     for k in range(len(strip.labels))])


def test_a_gru_is_drawn_with_its_valves_and_shows_its_values(gru):
    window, net = gru
    d = window.diagram
    titles = {key: d.path_box(key).title for key in ("n", "r", "z")}
    assert titles == {"n": "new prediction · n", "r": "reset · r", "z": "update · z"}
    assert {"keep_mul", "new_mul", "mix_add", "reset_mul"} <= set(d._layout.nodes)
    window.session.set_step(4)
    trace = forward(net, np.array([1, 3, 2, 4, 0, 3]))
    for key in ("h_prev", "r", "z", "n", "h"):
        np.testing.assert_allclose(shown(d.strip(key)), trace[key][4], atol=5e-5, err_msg=key)
    z, n, h_prev = trace["z"][4], trace["n"][4], trace["h_prev"][4]
    np.testing.assert_allclose(shown(d.strip("h")), z * h_prev + (1 - z) * n, atol=5e-5)
    titles = [p.titleLabel.text for p in window.heatmaps.plots.values()]
    assert {"new prediction · n", "prediction · hₜ", "reset · r", "update · z"} <= set(titles)


def test_the_update_gate_clamped_open_from_the_diagram_keeps_the_old_prediction(gru, qtbot):
    window, _ = gru
    d = window.diagram
    window.session.set_step(3)
    box = d.path_box("z")
    right_click_and_pick(d, d.mapFromScene(box.sceneBoundingRect().center()), "Clamp open (1)")
    np.testing.assert_array_equal(window.session.clamps()["z"], np.ones(H))
    assert d.strip("z").locked().all()
    np.testing.assert_allclose(shown(d.strip("h")), shown(d.strip("h_prev")), atol=1e-12)
    window.session.undo_stack.undo()
    assert not d.strip("z").locked().any()


def test_the_editor_lists_the_grus_paths_and_its_b_hn_with_the_new_prediction(gru):
    window, net = gru
    ed = window.editor
    items = [ed.path_combo.itemText(k) for k in range(ed.path_combo.count())]
    assert items[:3] == ["new prediction · n", "reset · r", "update · z"]
    window.diagram.pathSelected.emit("n")
    assert ed.current_path == "n" and ed.params()[-1] == "b_hn"
    window.session.edit_weight("b_hn", "n", 1, 0, 1.5)
    assert window.session.network().params["b_hn"][1] == 1.5


def test_stepping_inside_a_gru_names_each_stage(gru):
    window, _ = gru
    d = window.diagram
    d.set_substep(1)
    assert "update z" in d.formula.text() and "reset r" in d.formula.text()
    d.set_substep(5)
    assert "hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ n" in d.formula.text()
