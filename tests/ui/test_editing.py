"""Hand-editing in the real window: weights through the editor's tables, gate clamps
from the diagram's menu, undo and redo, and the cause and effect in every view."""
import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from lstm_sim.model import forward


def network_arrays(window):
    return {k: v.tobytes() for k, v in window.session.network().params.items()}


def expected(window):
    s = window.session
    net = s.network()
    clamps = s.clamps() if s.kind == "lstm" else None
    return forward(net, s.vocab.one_hot(s.token_texts), clamps=clamps)


def assert_views_follow(window):
    trace = expected(window)
    t = window.session.step
    for key in ("i", "f", "g", "o", "c", "h"):
        np.testing.assert_array_equal(window.diagram.strip_values(key), trace[key][t], err_msg=key)
    np.testing.assert_array_equal(window.predictions.probs, trace["probs"][t])
    np.testing.assert_array_equal(window.heatmaps.images["c"].image, trace["c"].T)


def open_path(window, qtbot, path):
    box = window.diagram.path_box(path)
    qtbot.mouseClick(window.diagram.viewport(), Qt.LeftButton,
                     pos=window.diagram.mapFromScene(box.sceneBoundingRect().center()))
    assert window.editor.current_path == path
    return window.editor


def test_typing_a_weight_changes_the_model_and_every_view(window, qtbot):
    editor = open_path(window, qtbot, "g")
    view = editor.block("W").view
    before = network_arrays(window)
    probs_before = window.predictions.probs.copy()
    # The prediction path's vote for "saw" (row 3) from the input "Doug" (column 0).
    view.setFocus()
    view.setCurrentIndex(view.model().index(3, 0))
    QTest.keyClick(view, Qt.Key_Return)
    field = view.findChild(QLineEdit)
    assert field is not None and field.isVisible()
    field.selectAll()
    QTest.keyClicks(field, "-2.5")
    QTest.keyClick(field, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.session.block("W", "g")[3, 0] == -2.5)     # committed when the field closes
    assert view.model().data(view.model().index(3, 0)) == "−2.50"
    assert not np.array_equal(window.predictions.probs, probs_before)
    assert_views_follow(window)
    assert window.isWindowModified()
    # Ctrl+Z in the window undoes it to the identical arrays; Ctrl+Shift+Z redoes.
    window.diagram.setFocus()
    QTest.keyClick(window.diagram, Qt.Key_Z, Qt.ControlModifier)
    assert network_arrays(window) == before
    assert_views_follow(window)
    assert not window.isWindowModified()
    QTest.keyClick(window.diagram, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.session.block("W", "g")[3, 0] == -2.5


def test_drag_scrub_is_one_undo_step_and_keys_nudge(window, qtbot):
    editor = open_path(window, qtbot, "o")
    view = editor.block("b").view
    start = window.session.block("b", "o")[0]
    center = view.cell_center(0, 0)
    QTest.mousePress(view.viewport(), Qt.LeftButton, Qt.NoModifier, center)
    for dy in range(4, 44, 4):
        QTest.mouseMove(view.viewport(), center - QPoint(0, dy))
    QTest.mouseRelease(view.viewport(), Qt.LeftButton, Qt.NoModifier, center - QPoint(0, 40))
    after_drag = window.session.block("b", "o")[0]
    assert after_drag > start                           # dragged up: larger
    assert window.session.undo_stack.count() == 1       # the whole drag is one step
    assert_views_follow(window)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, Qt.Key_Plus)
    assert np.isclose(window.session.block("b", "o")[0], after_drag + 0.1)
    QTest.keyClick(view, Qt.Key_Minus, Qt.ShiftModifier)
    assert np.isclose(window.session.block("b", "o")[0], after_drag + 0.09)
    assert window.session.undo_stack.count() == 3
    for _ in range(3):
        window.session.undo_stack.undo()
    assert window.session.block("b", "o")[0] == start


def test_rejected_input_changes_nothing(window, qtbot):
    editor = open_path(window, qtbot, "f")
    view = editor.block("U").view
    before = network_arrays(window)
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 1))
    for bad in ("nan", "inf", "abc", "5000"):
        QTest.keyClick(view, Qt.Key_Return)
        field = view.findChild(QLineEdit)
        field.selectAll()
        QTest.keyClicks(field, bad)
        QTest.keyClick(field, Qt.Key_Return)
        message = editor.block("U").message
        qtbot.waitUntil(lambda: message.isVisibleTo(editor) and bool(message.text()))   # says what is wrong
        QTest.keyClick(field, Qt.Key_Escape)
    assert network_arrays(window) == before
    assert window.session.undo_stack.count() == 0


def right_click_and_pick(diagram, pos, text):
    QApplication.sendEvent(diagram.viewport(), _context_event(diagram, pos))
    menu = diagram.context_menu
    assert isinstance(menu, QMenu) and menu.isVisible()
    action = next(a for a in menu.actions() if a.text() == text)
    action.trigger()
    menu.close()


def test_clamp_from_the_diagrams_menu_and_undo(window, qtbot):
    """The README's what-if: clamp the forgetting gate open; at the second "saw",
    memory no longer drops "saw", and "not Doug" no longer stands alone."""
    window.session.last()
    c_before = window.diagram.strip_values("c").copy()
    box = window.diagram.path_box("f")
    right_click_and_pick(window.diagram, window.diagram.mapFromScene(box.sceneBoundingRect().center()),
                         "Clamp open (1)")
    assert np.all(window.diagram.strip_values("f") == 1.0)
    assert window.diagram.strip("f").locked().all()
    assert not np.allclose(window.diagram.strip_values("c"), c_before)
    assert_views_follow(window)
    # One unit freed again from its strip cell.
    strip = window.diagram.strip("f")
    cell = strip.mapRectToScene(strip.cell_rect(3)).center()
    right_click_and_pick(window.diagram, window.diagram.mapFromScene(cell), "Free (computed)")
    assert strip.locked().tolist() == [True, True, True, False, True]
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert not strip.locked().any()
    np.testing.assert_array_equal(window.diagram.strip_values("c"), c_before)


def _context_event(view, pos):
    from PySide6.QtGui import QContextMenuEvent
    return QContextMenuEvent(QContextMenuEvent.Mouse, pos, view.viewport().mapToGlobal(pos))


def test_memory_flow_pane_shows_not_doug_cancelled_by_saw(window, qtbot):
    window.docks["memory"].show()
    window.docks["memory"].raise_()
    window.session.last()                                # the second "saw"
    pane = window.provenance
    doug = window.session.units.index("Doug")
    assert pane.columns[0] == "start" and pane.columns[-2:] == ["5 Doug", "6 saw"]
    assert pane.value(doug, 5) < -0.9 and pane.value(doug, 6) > 0.9     # "not Doug", then saw's vote
    assert abs(sum(pane.value(doug, k) - 0 for k in range(7)) - window.diagram.strip_values("c")[doug]) < 1e-12
    strip = window.diagram.strip("c")
    tip = strip.tooltip_at(strip.cell_rect(doug).center())
    assert "+0.99 from step 6 “saw” cancels −0.99 from step 5 “Doug”" in tip     # as the lesson tells it
    window.session.open_preset("dinner")
    assert not pane.isEnabled()                           # a plain RNN has no memory line


def test_stepping_inside_the_cell_shows_each_part_when_it_is_computed(window, qtbot):
    d = window.diagram
    window.diagram.setFocus()
    qtbot.keyClick(d, Qt.Key_Right, Qt.ShiftModifier)            # turns the mode on, at the start
    assert window.inside_action.isChecked() and d.substep() == 0
    assert d.strip("x").is_pending() is False and d.strip("c").is_pending() and d.strip("h").is_pending()
    assert "new information" in d.formula.text()
    for _ in range(4):
        qtbot.keyClick(d, Qt.Key_Right, Qt.ShiftModifier)
    assert d.substep() == 4 and "cₜ = f ⊙ cₜ₋₁ + i ⊙ g" in d.formula.text()
    assert not d.strip("c").is_pending() and d.strip("h").is_pending()
    step = window.session.step
    for _ in range(4):
        qtbot.keyClick(d, Qt.Key_Right, Qt.ShiftModifier)
    assert window.session.step == step + 1 and d.substep() == 0        # on to the next word
    qtbot.keyClick(d, Qt.Key_Left, Qt.ShiftModifier)
    assert window.session.step == step and d.substep() == d.substep_count() - 1
    window.inside_action.setChecked(False)
    assert d.substep() is None and not d.strip("h").is_pending() and not d.formula.isVisible()


def framed_rows(window, key: str) -> list[int]:
    """The rows round which the ``key`` heatmap draws a dashed clamp frame spanning every
    column, read from what its view box holds (not from the pane's own list)."""
    from PySide6.QtWidgets import QGraphicsRectItem
    vb = window.heatmaps.plots[key].vb
    columns = len(window.session.token_texts)
    return sorted(int(item.rect().y()) for item in vb.childGroup.childItems()
                  if isinstance(item, QGraphicsRectItem) and item.isVisible()
                  and item.pen().style() == Qt.DashLine and item.rect().width() >= columns)


def test_clamped_units_are_framed_in_the_heatmaps(window):
    window.session.set_clamp("f", 2, 0.0)
    window.session.set_clamp("o", None, 1.0)
    assert framed_rows(window, "f") == [2]
    assert framed_rows(window, "o") == [0, 1, 2, 3, 4]
    assert framed_rows(window, "i") == []
    window.session.undo_stack.undo()
    assert framed_rows(window, "o") == [] and framed_rows(window, "f") == [2]


def test_a_tie_is_drawn_as_a_tie(window):
    """At the second "saw" Jane and Spot are 50 % each: both bars are the winner's
    colour, and no bar is blue (blue means negative everywhere else)."""
    from lstm_sim.ui.predictions import BAR, TOP
    window.session.last()
    pane = window.predictions
    words = window.session.words
    assert [words[k] for k in pane.top_indices()] == ["Jane", "Spot"]
    brushes = pane.bars.opts["brushes"]
    assert [b == TOP for b in brushes] == [w in ("Jane", "Spot") for w in words]
    assert all(b in (TOP, BAR) for b in brushes) and BAR.blue() == BAR.red()
    assert pane.top_label.toPlainText() == "Jane · Spot 50%"


def test_the_bars_and_their_label_follow_every_step_and_edit(window, qtbot):
    """Step by step (keys) and after an edit that changes the winner, the bars drawn are
    the probabilities of the step on show, the winners in the winner's colour, and the
    label over them names the winner; in the dark theme the label turns light."""
    from PySide6.QtCore import Qt
    from lstm_sim.ui.predictions import BAR, TOP
    pane, s = window.predictions, window.session

    def check():
        probs = s.trace.step(s.step)["probs"].ravel()
        assert np.array_equal(pane.bars.opts["height"], probs[pane.order])
        best = probs.max()
        winners = [s.words[k] for k in pane.order if probs[k] >= best - 1e-3]
        assert [b == TOP for b in pane.bars.opts["brushes"]] == [s.words[k] in winners for k in pane.order]
        assert all(b in (TOP, BAR) for b in pane.bars.opts["brushes"])
        assert all(w in pane.top_label.toPlainText() for w in winners[:3])

    window.diagram.setFocus()
    qtbot.keyClick(window.diagram, Qt.Key_Home)
    labels = set()
    for _ in range(len(s.token_texts)):
        check()
        labels.add(pane.top_label.toPlainText())
        qtbot.keyClick(window.diagram, Qt.Key_Right)
    assert len(labels) >= 3                                 # the winner changes along the text
    before = pane.top_label.toPlainText()
    s.edit_weight("b_out", None, s.words.index("Doug"), 0, 30.0)      # Doug wins everywhere
    check()
    assert pane.top_label.toPlainText() != before and "Doug" in pane.top_label.toPlainText()
    light = pane.top_label.textItem.defaultTextColor().lightness()
    window.findChild(type(window.undo_action), "darkTheme").setChecked(True)
    check()
    assert pane.top_label.textItem.defaultTextColor().lightness() > light
