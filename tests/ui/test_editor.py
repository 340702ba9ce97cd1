"""The weight editor, driven as a learner would: type, double-click, drag, nudge, clamp."""
import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from lstm_sim.scenarios import load_preset
from lstm_sim.ui.editor import WeightBlockModel, WeightBlockView, WeightEditor, parse_weight
from lstm_sim.ui.editor.parts import error_color
from lstm_sim.ui.editor.validation import WeightInputError
from lstm_sim.ui.theme import dark_palette

ORANGE, BLUE, PAPER = QColor(179, 88, 6), QColor(33, 102, 172), QColor(247, 247, 247)


def path_blocks(preset, net, path):
    gate = None if path in ("rnn", "readout") else path
    params = ("W_out", "b_out") if path == "readout" else ("W", "U", "b")
    out = []
    for param in params:
        values = net.block(param, gate).copy()
        values.flags.writeable = False
        out.append((param, preset.notes.get((param, gate), ""), values))
    return out


class Owner:
    """What the session does with the editor's requests: apply each one, fold every request
    of one drag (same merge_id) into one undo step, and hand the new values back."""

    def __init__(self, editor, preset, path):
        self.editor, self.preset, self.path = editor, preset, path
        self.net = preset.net.copy()
        self.steps: list[list] = []          # [merge_id, how many requests]
        editor.editRequested.connect(self.apply)

    def apply(self, param, row, col, value, merge_id):
        block = self.net.block(param, None if self.path in ("rnn", "readout") else self.path)
        if block.ndim == 1:
            block[row] = value
        else:
            block[row, col] = value
        if merge_id and self.steps and self.steps[-1][0] == merge_id:
            self.steps[-1][1] += 1
        else:
            self.steps.append([merge_id, 1])
        self.editor.update_values(path_blocks(self.preset, self.net, self.path))


class Recorder(list):
    def __call__(self, *args):
        self.append(args)


@pytest.fixture
def preset():
    return load_preset("walkthrough")


@pytest.fixture
def editor(qtbot, preset):
    w = WeightEditor()
    qtbot.addWidget(w)
    words = list(preset.vocab.words)
    w.set_network(preset.net.kind, preset.units, words, words)
    w.show_path("f", path_blocks(preset, preset.net, "f"))
    w.resize(420, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def edits(editor):
    rec = Recorder()
    editor.editRequested.connect(rec)
    return rec


def cell(editor, param, row, col):
    view = editor.block(param).view
    return view, view.cell_center(row, col)


def select(qtbot, view, pos):
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=pos)
    view.setFocus()


def double_click(qtbot, view, pos):
    """Press, release, then the second press that Qt turns into a double-click."""
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.LeftButton, pos=pos)
    qtbot.mouseRelease(vp, Qt.LeftButton, pos=pos)
    qtbot.mouseDClick(vp, Qt.LeftButton, pos=pos)
    qtbot.mouseRelease(vp, Qt.LeftButton, pos=pos)


def press(field, key):
    """A key in the open field; Qt commits an entry on the next turn of the event loop."""
    QTest.keyClick(field, key)
    QApplication.processEvents()


def open_field(view) -> QLineEdit:
    field = view.findChild(QLineEdit, "weightField")
    assert field is not None and field.isVisible(), "no editor open"
    return field


# -- the model ------------------------------------------------------------------------
def test_model_shows_values_labels_colours_and_exact_tooltips():
    values = np.array([[0.5, -1.234567], [3.0, 0.0]])
    values.flags.writeable = False
    m = WeightBlockModel(values, ["Doug", "saw"], ["Jane", "."])
    assert (m.rowCount(), m.columnCount()) == (2, 2)
    assert [m.data(m.index(0, c)) for c in range(2)] == ["0.50", "−1.23"]
    assert m.headerData(1, Qt.Vertical) == "saw" and m.headerData(1, Qt.Horizontal) == "."
    tip = m.data(m.index(0, 1), Qt.ToolTipRole)
    assert "Doug" in tip and "." in tip and "-1.234567" in tip
    # Fixed levels −1..1 on the diverging scale: 3 saturates to the darkest orange, 0 is paper.
    assert m.data(m.index(1, 0), Qt.BackgroundRole) == ORANGE
    assert m.data(m.index(0, 1), Qt.BackgroundRole) == BLUE
    zero = m.data(m.index(1, 1), Qt.BackgroundRole)
    assert max(abs(a - b) for a, b in zip(zero.getRgb()[:3], PAPER.getRgb()[:3])) <= 3
    assert m.data(m.index(1, 0), Qt.ForegroundRole) == QColor("white")
    assert m.data(m.index(1, 1), Qt.ForegroundRole) == QColor("black")
    assert m.flags(m.index(0, 0)) & Qt.ItemIsEditable


def test_a_bias_is_one_column():
    m = WeightBlockModel(np.array([6.0, -6.0, 0.0]), ["a", "b", "c"], ["b"])
    assert (m.rowCount(), m.columnCount()) == (3, 1)
    assert m.data(m.index(1, 0)) == "−6.00"
    assert m.data(m.index(1, 0), Qt.EditRole) == "-6.0"


def test_setData_asks_and_leaves_the_array_alone(qtbot):
    values = np.zeros((2, 2))
    m = WeightBlockModel(values, ["a", "b"], ["x", "y"])
    rec, bad = Recorder(), Recorder()
    m.editRequested.connect(rec)
    m.invalidInput.connect(bad)
    assert m.setData(m.index(1, 0), "2.5")
    assert rec == [(1, 0, 2.5, 0)]
    assert not m.values.flags.writeable and m.value(1, 0) == 0.0 and values[1, 0] == 0.0
    assert not m.setData(m.index(0, 0), float("nan"))
    assert not m.setData(m.index(0, 0), 1e4)
    assert rec == [(1, 0, 2.5, 0)]
    assert bad == [("weights must be finite",), ("|w| must be ≤ 1000",)]


def test_set_values_same_shape_is_data_changed_not_reset(qtbot):
    m = WeightBlockModel(np.zeros((3, 4)), list("abc"), list("wxyz"))
    resets, changes = Recorder(), Recorder()
    m.modelReset.connect(resets)
    m.dataChanged.connect(
        lambda tl, br, roles: changes.append((tl.row(), tl.column(), br.row(), br.column())))
    new = np.zeros((3, 4))
    new[1, 2], new[2, 3] = 0.25, -0.5
    m.set_values(new)
    assert m.data(m.index(1, 2)) == "0.25" and m.data(m.index(2, 3)) == "−0.50"
    assert changes == [(1, 2, 2, 3)] and resets == []
    m.set_values(new.copy())                      # nothing changed: no signal at all
    assert changes == [(1, 2, 2, 3)]
    m.set_values(np.ones((2, 4)), rows=["a", "b"])
    assert len(resets) == 1 and m.rowCount() == 2


@pytest.mark.parametrize("text, message", [
    ("abc", "‘abc’ is not a number"), ("nan", "weights must be finite"),
    ("-inf", "weights must be finite"), ("1e4", "|w| must be ≤ 1000"), ("", "type a number")])
def test_parse_weight_rejects(text, message):
    with pytest.raises(WeightInputError, match=message.replace("|", r"\|")):
        parse_weight(text)


def test_parse_weight_accepts_the_apps_minus_and_a_decimal_comma():
    assert parse_weight(" −2.5 ") == -2.5
    assert parse_weight("0,75") == 0.75
    assert parse_weight("-1000") == -1000.0


# -- typing and double-clicking ----------------------------------------------------------------
def test_typing_a_number_into_a_cell_requests_it(editor, edits, qtbot):
    view, pos = cell(editor, "W", 1, 3)                 # Jane ← saw: 6.0
    select(qtbot, view, pos)
    qtbot.keyClick(view, "2")                           # any key starts editing with that key
    field = open_field(view)
    QTest.keyClicks(field, ".5")
    assert field.text() == "2.5"
    press(field, Qt.Key_Return)
    assert edits == [("W", 1, 3, 2.5, 0)]
    assert view.state() != QAbstractItemView.EditingState
    assert editor.block("W").model.value(1, 3) == 6.0      # only the owner changes values


def test_double_click_edits_with_the_exact_value(editor, edits, preset, qtbot):
    owner = Owner(editor, preset, "f")
    view, pos = cell(editor, "b", 2, 0)
    double_click(qtbot, view, pos)
    field = open_field(view)
    assert field.text() == "0.0"
    field.selectAll()
    QTest.keyClicks(field, "-0.75")
    press(field, Qt.Key_Enter)
    assert edits == [("b", 2, 0, -0.75, 0)]
    assert owner.net.block("b", "f")[2] == -0.75
    assert editor.block("b").model.data(editor.block("b").model.index(2, 0)) == "−0.75"


@pytest.mark.parametrize("typed, message", [
    ("abc", "‘abc’ is not a number"), ("nan", "weights must be finite"),
    ("inf", "weights must be finite"), ("1e4", "|w| must be ≤ 1000")])
def test_rejected_input_shows_why_and_requests_nothing(editor, edits, qtbot, typed, message):
    panel = editor.block("U")
    view, pos = cell(editor, "U", 0, 0)
    assert not panel.message.isVisible()
    select(qtbot, view, pos)
    qtbot.keyClick(view, typed[0])
    field = open_field(view)
    QTest.keyClicks(field, typed[1:])
    press(field, Qt.Key_Return)
    assert edits == []
    assert panel.message.isVisible() and panel.message.text() == message
    assert panel.message.palette().windowText().color() == error_color(panel.palette())
    assert view.state() == QAbstractItemView.EditingState      # still open: fix it or press Esc
    assert field.selectedText() == typed
    QTest.keyClicks(field, "0.5")                               # replaces the selected text
    press(field, Qt.Key_Return)
    assert edits == [("U", 0, 0, 0.5, 0)]
    assert not panel.message.isVisible()


def test_leaving_a_bad_entry_reverts_it_with_the_reason(editor, edits, qtbot):
    view, pos = cell(editor, "W", 0, 0)
    select(qtbot, view, pos)
    qtbot.keyClick(view, "x")
    press(open_field(view), Qt.Key_Tab)        # commit by leaving the field
    assert edits == []
    assert editor.block("W").message.text() == "‘x’ is not a number"
    assert editor.block("W").model.data(editor.block("W").model.index(0, 0)) == "−6.00"


# -- scrubbing ----------------------------------------------------------------------------
def shift_move(widget, pos: QPoint):
    event = QMouseEvent(QEvent.MouseMove, QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                        Qt.NoButton, Qt.LeftButton, Qt.ShiftModifier)
    QApplication.sendEvent(widget, event)


def test_dragging_up_scrubs_the_value_up_as_one_gesture(editor, edits, preset, qtbot):
    owner = Owner(editor, preset, "f")
    view, pos = cell(editor, "W", 0, 0)                 # Doug ← Doug: −6.0
    vp = view.viewport()
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, pos)
    QTest.mouseMove(vp, pos + QPoint(0, -1))            # under the threshold: still a click
    assert edits == []
    for dy in (3, 10, 30):
        QTest.mouseMove(vp, pos + QPoint(0, -dy))
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, pos + QPoint(0, -30))
    assert [e[3] for e in edits] == pytest.approx([-5.97, -5.9, -5.7])
    first_id = edits[0][4]
    assert first_id > 0 and {e[4] for e in edits} == {first_id}
    assert all(e[:3] == ("W", 0, 0) for e in edits)
    assert owner.steps == [[first_id, 3]]               # one undo step for the whole drag
    assert owner.net.block("W", "f")[0, 0] == pytest.approx(-5.7)
    assert view.state() != QAbstractItemView.EditingState

    edits.clear()                                       # a second drag, downwards, is a new gesture
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, pos)
    QTest.mouseMove(vp, pos + QPoint(0, 20))
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, pos + QPoint(0, 20))
    assert [e[3] for e in edits] == pytest.approx([-5.9])
    assert edits[0][4] > first_id
    assert len(owner.steps) == 2


def test_a_long_drag_goes_from_minus_6_to_plus_6_in_300_pixels(editor, edits, preset, qtbot):
    """Fine near where the drag started (0.01 a pixel), faster past 60 px (0.05)."""
    Owner(editor, preset, "f")
    view, pos = cell(editor, "W", 0, 0)                 # −6.0
    vp = view.viewport()
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, pos)
    for dy in range(10, 301, 10):
        QTest.mouseMove(vp, pos + QPoint(0, -dy))
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, pos + QPoint(0, -300))
    assert edits[2][3] == pytest.approx(-5.7)           # the first 60 px: the fine steps
    assert edits[-1][3] >= 6.0
    assert len({e[4] for e in edits}) == 1              # still one gesture


def test_shift_drag_is_ten_times_finer(editor, edits, qtbot):
    view, pos = cell(editor, "U", 2, 1)                  # 0.0
    vp = view.viewport()
    QTest.mousePress(vp, Qt.LeftButton, Qt.ShiftModifier, pos)
    for dy in (5, 20):
        shift_move(vp, pos + QPoint(0, -dy))
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.ShiftModifier, pos + QPoint(0, -20))
    assert [e[3] for e in edits] == pytest.approx([0.005, 0.02])
    assert len({e[4] for e in edits}) == 1


def test_a_plain_click_selects_without_editing(editor, edits, qtbot):
    view, pos = cell(editor, "W", 3, 2)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=pos)
    assert edits == []
    assert (view.currentIndex().row(), view.currentIndex().column()) == (3, 2)


def test_a_view_works_on_its_own_and_tall_blocks_scroll(qtbot):
    m = WeightBlockModel(np.linspace(-1, 1, 40), [f"u{k}" for k in range(40)], ["b"])
    view = WeightBlockView(m)
    qtbot.addWidget(view)
    rec = Recorder()
    m.editRequested.connect(rec)
    view.show()
    qtbot.waitExposed(view)
    row_h = view.rowHeight(0)
    assert 16 * row_h <= view.height() < 20 * row_h         # about 16 rows, then it scrolls
    assert view.verticalScrollBar().maximum() > 0
    pos = view.cell_center(0, 0)                             # −1.0
    vp = view.viewport()
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, pos)
    QTest.mouseMove(vp, pos + QPoint(0, -50))
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, pos + QPoint(0, -50))
    qtbot.keyClick(view, Qt.Key_Minus)
    assert rec[0][:3] == (0, 0, -0.5) and rec[0][3] > 0
    assert rec[1] == (0, 0, -1.1, 0)


# -- keys ----------------------------------------------------------------------------------
def test_plus_and_minus_nudge_the_current_cell(editor, edits, preset, qtbot):
    owner = Owner(editor, preset, "f")
    view, pos = cell(editor, "W", 1, 3)                  # 6.0
    select(qtbot, view, pos)
    qtbot.keyClick(view, Qt.Key_Plus)
    qtbot.keyClick(view, Qt.Key_Equal)
    qtbot.keyClick(view, Qt.Key_Minus)
    qtbot.keyClick(view, Qt.Key_Plus, Qt.ShiftModifier)
    qtbot.keyClick(view, Qt.Key_Minus, Qt.ShiftModifier)
    qtbot.keyClick(view, Qt.Key_Minus, Qt.ShiftModifier)
    assert [e[3] for e in edits] == [6.1, 6.2, 6.1, 6.11, 6.1, 6.09]
    assert {e[:3] for e in edits} == {("W", 1, 3)} and {e[4] for e in edits} == {0}
    assert view.state() != QAbstractItemView.EditingState
    assert editor.block("W").model.data(view.currentIndex()) == "6.09"
    assert owner.steps == [[0, 1]] * 6                   # each key press is its own undo step


def test_delete_sets_zero(editor, edits, qtbot):
    view, pos = cell(editor, "W", 4, 4)
    select(qtbot, view, pos)
    qtbot.keyClick(view, Qt.Key_Delete)
    assert edits == [("W", 4, 4, 0.0, 0)]


# -- the panel ------------------------------------------------------------------------------
def test_blocks_have_captions_notes_and_labels(editor, preset):
    assert editor.params() == ["W", "U", "b"]
    assert editor.block("W").caption.text() == "W — from new information · x"
    assert editor.block("U").caption.text() == "U — from the previous prediction · h"
    assert editor.block("b").caption.text() == "b — bias"
    assert editor.block("b").note.text() == preset.notes[("b", "f")]
    assert editor.block("W").note.font().italic()
    m = editor.block("W").model
    assert m.row_labels == preset.units and m.column_labels == list(preset.vocab.words)
    assert editor.block("b").model.columnCount() == 1
    assert editor.path_combo.currentText() == "forgetting · f"
    assert editor.clamp_bar.isVisible()


def test_cells_fit_their_values_and_small_blocks_do_not_scroll(editor):
    for param in editor.params():
        view = editor.block(param).view
        m = view.model()
        for c in range(m.columnCount()):
            widest = max(view.fontMetrics().horizontalAdvance(m.data(m.index(r, c)))
                         for r in range(m.rowCount()))
            assert view.columnWidth(c) >= widest + 6, (param, c)
        assert view.verticalScrollBar().maximum() == 0, param
        assert view.horizontalScrollBar().maximum() == 0, param


def test_combo_lists_the_paths_and_emits_the_users_choice(editor, qtbot):
    combo = editor.path_combo
    assert [combo.itemText(k) for k in range(combo.count())] == [
        "prediction · g", "ignoring · i", "forgetting · f", "selection · o", "readout → next word"]
    chosen = Recorder()
    editor.pathChosen.connect(chosen)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key_Down)
    assert chosen == [("o",)]
    combo.showPopup()
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    item = popup.visualRect(popup.model().index(4, 0))
    qtbot.mouseClick(popup.viewport(), Qt.LeftButton, pos=item.center())
    assert chosen == [("o",), ("readout",)]


def test_show_path_does_not_emit_and_readout_is_labelled(editor, preset, qtbot):
    chosen = Recorder()
    editor.pathChosen.connect(chosen)
    editor.show_path("readout", path_blocks(preset, preset.net, "readout"))
    assert chosen == []
    assert editor.params() == ["W_out", "b_out"]
    caption = editor.block("W_out").caption.text()
    assert caption == "W_out — from the prediction h to the next-word scores"
    assert editor.block("W_out").model.data(editor.block("W_out").model.index(0, 0)) == "20.00"
    assert editor.block("W_out").model.column_labels == preset.units
    assert not editor.clamp_bar.isVisible()


def test_rnn_lists_its_single_path_and_the_readout(qtbot):
    p = load_preset("dinner")
    w = WeightEditor()
    qtbot.addWidget(w)
    words = list(p.vocab.words)
    w.set_network("rnn", p.units, words, words)
    assert [w.path_combo.itemData(k) for k in range(w.path_combo.count())] == ["rnn", "readout"]
    assert w.path_combo.itemText(0) == "prediction · tanh"
    w.show_path("rnn", path_blocks(p, p.net, "rnn"))
    assert w.block("W").model.rowCount() == len(p.units)
    with pytest.raises(ValueError):
        w.show_path("f", [])


def test_update_values_refreshes_in_place_without_reset(editor, preset):
    panels = {p: editor.block(p) for p in editor.params()}
    resets = Recorder()
    for panel in panels.values():
        panel.model.modelReset.connect(resets)
    net = preset.net.copy()
    net.block("W", "f")[0, 0] = 0.25
    net.block("b", "f")[4] = -1.5
    editor.update_values(path_blocks(preset, net, "f"))
    assert editor.block("W").model.data(editor.block("W").model.index(0, 0)) == "0.25"
    assert editor.block("b").model.data(editor.block("b").model.index(4, 0)) == "−1.50"
    assert resets == []
    assert {p: editor.block(p) for p in editor.params()} == panels     # nothing rebuilt
    editor.show_path("f", path_blocks(preset, net, "f"))               # same path again: same panels
    assert editor.block("W") is panels["W"] and resets == []


def test_buttons_and_menus_emit_intents(editor, qtbot):
    rec = Recorder()
    for name in ("resetPathRequested", "resetAllRequested", "zeroBlockRequested", "randomizeRequested"):
        getattr(editor, name).connect(lambda *a, n=name: rec.append((n, *a)))
    qtbot.mouseClick(editor.reset_path_button, Qt.LeftButton)
    qtbot.mouseClick(editor.reset_all_button, Qt.LeftButton)
    editor.block("U").menu_button.menu().actions()[0].trigger()
    spin = editor.seed_spin
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin.lineEdit(), "42")
    qtbot.mouseClick(editor.randomize_button, Qt.LeftButton)
    assert rec == [("resetPathRequested",), ("resetAllRequested",), ("zeroBlockRequested", "U"),
                   ("randomizeRequested", 42)]


def right_click(header, pos):
    """What a right-click on a header delivers (QTest clicks make no context-menu event)."""
    vp = header.viewport()
    QApplication.sendEvent(vp, QContextMenuEvent(QContextMenuEvent.Mouse, pos, vp.mapToGlobal(pos)))


# -- clamps --------------------------------------------------------------------------------
def test_gate_clamp_switch_emits_for_the_whole_gate(editor, qtbot):
    rec = Recorder()
    editor.clampRequested.connect(rec)
    buttons = editor.clamp_bar.buttons
    assert editor.clamp_bar.state() == "free"
    qtbot.mouseClick(buttons["open"], Qt.LeftButton)
    qtbot.mouseClick(buttons["closed"], Qt.LeftButton)
    qtbot.mouseClick(buttons["free"], Qt.LeftButton)
    assert rec == [("f", None, 1.0), ("f", None, 0.0), ("f", None, None)]


def test_set_clamps_marks_rows_with_a_lock(editor):
    editor.set_clamps({"f": np.array([np.nan, 1.0, np.nan, np.nan, 0.0]), "o": np.full(5, np.nan)})
    for param in ("W", "U", "b"):
        m = editor.block(param).model
        assert m.headerData(0, Qt.Vertical) == "Doug"
        assert m.headerData(0, Qt.Vertical, Qt.DecorationRole) is None
        assert m.headerData(1, Qt.Vertical) == "Jane =1"
        assert not m.headerData(1, Qt.Vertical, Qt.DecorationRole).isNull()
        assert m.headerData(4, Qt.Vertical) == ". =0"
    assert editor.clamp_bar.state() is None              # a mix: no single choice
    editor.set_clamps({"f": np.ones(5)})
    assert editor.clamp_bar.state() == "open"
    editor.set_clamps({})
    assert editor.clamp_bar.state() == "free"
    assert editor.block("W").model.headerData(1, Qt.Vertical) == "Jane"


def test_right_click_on_a_unit_clamps_it(editor, qtbot):
    rec = Recorder()
    editor.clampRequested.connect(rec)
    header = editor.block("W").view.verticalHeader()
    pos = QPoint(header.width() // 2, header.sectionViewportPosition(1) + header.sectionSize(1) // 2)
    right_click(header, pos)
    menu = editor.row_menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Clamp ‘Jane’ open (1)", "Clamp ‘Jane’ closed (0)",
                     "Free ‘Jane’ (follow the weights)"]
    qtbot.mouseClick(menu, Qt.LeftButton, pos=menu.actionGeometry(menu.actions()[1]).center())
    assert rec == [("f", 1, 0.0)]


def test_no_clamp_menu_outside_gates(editor, preset):
    editor.show_path("g", path_blocks(preset, preset.net, "g"))
    assert not editor.clamp_bar.isVisible()
    header = editor.block("W").view.verticalHeader()
    pos = QPoint(5, header.sectionViewportPosition(0) + 3)
    right_click(header, pos)
    assert editor.row_menu is None


# -- looks ---------------------------------------------------------------------------------
def test_dark_palette_keeps_notes_and_errors_readable(editor):
    editor.setPalette(QApplication.style().standardPalette())
    light_note = editor.block("W").note.palette().windowText().color()
    assert light_note.lightness() < 128
    assert editor.block("W").message.palette().windowText().color() == QColor("#c62828")
    editor.setPalette(dark_palette())
    note = editor.block("W").note.palette().windowText().color()
    assert note != light_note and note.lightness() > 128
    assert editor.block("W").message.palette().windowText().color() == QColor("#ff8a80")
    assert editor.hint.palette().windowText().color().lightness() > 128


def test_cell_colours_match_the_apps_colour_scale():
    from lstm_sim.ui.colors import colors_for
    values = np.array([-7.0, -1.0, -0.61, -0.002, 0.0, 0.004, 0.33, 0.999, 1.0, 2.5, np.nan])
    m = WeightBlockModel(values, [str(v) for v in values], ["b"])
    expected = colors_for("W", values)
    assert [m.data(m.index(k, 0), Qt.BackgroundRole) for k in range(len(values))] == expected
