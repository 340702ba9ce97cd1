"""The numbers painted in the weight tables are the weights in use, at every moment.

Driven as a learner would (keys, mouse drags, buttons, the Edit menu) in the real
window, and checked on what is on screen: the text the cell's delegate actually painted
last (or, when a field is open over the cell, the field's text) and the cell's tooltip,
against the weight the session holds and the weight a saved file would hold.

Reported: after typing 5 into W·g[Jane, Jane] and Ctrl+Z, the cell kept showing 5.00
(tooltip −3.0) until focus left the table; after a drag the cell read −2.70 while the
network and the saved file held −2.0.
"""
import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QStyleOptionViewItem, QToolTip

from lstm_sim.controller import documents
from lstm_sim.ui.editor.block_view import WeightDelegate

JANE = 1                                   # the walkthrough's units and words: Doug, Jane, Spot, saw, .


def as_shown(w: float) -> str:
    """How a weight reads in a cell: two decimals, the typographic minus, no −0.00."""
    text = f"{w:.2f}"
    return ("0.00" if text == "-0.00" else text).replace("-", "\u2212")


def read_number(text: str) -> float:
    return float(text.replace("\u2212", "-"))


class Screen:
    """What the user sees in a weight cell: the open field over it, if any, else the text
    the weight delegate last painted there (nothing repainted = the old text stays)."""

    def __init__(self):
        self.painted: dict[tuple, str] = {}

    def record(self, delegate_paint):
        screen = self

        def paint(self, painter, option, index):
            shown = QStyleOptionViewItem(option)
            self.initStyleOption(shown, index)
            screen.painted[(id(index.model()), index.row(), index.column())] = shown.text
            delegate_paint(self, painter, option, index)
        return paint

    @staticmethod
    def visible(view, row, col) -> bool:
        rect = view.visualRect(view.model().index(row, col))
        return view.viewport().visibleRegion().boundingRect().contains(rect)

    def text(self, view, row, col) -> str | None:
        assert self.visible(view, row, col), f"cell ({row}, {col}) is out of sight"
        field = view.indexWidget(view.model().index(row, col))
        if isinstance(field, QLineEdit) and field.isVisible():
            return field.text()
        return self.painted.get((id(view.model()), row, col))

    def settled(self, qtbot, view, row, col, expected: str) -> str | None:
        """The cell's text once pending repaints are done (a stale cell stays stale)."""
        try:
            qtbot.waitUntil(lambda: self.text(view, row, col) == expected, timeout=500)
        except Exception:
            pass
        return self.text(view, row, col)


@pytest.fixture
def screen(monkeypatch):
    s = Screen()
    monkeypatch.setattr(WeightDelegate, "paint", s.record(WeightDelegate.paint))
    return s


@pytest.fixture
def table(screen, window, qtbot):
    """The prediction path's W table, opened by clicking the path box, in a dock tall
    enough to show it whole."""
    box = window.diagram.path_box("g")
    qtbot.mouseClick(window.diagram.viewport(), Qt.LeftButton,
                     pos=window.diagram.mapFromScene(box.sceneBoundingRect().center()))
    assert window.editor.current_path == "g"
    window.resizeDocks([window.docks["editor"]], [720], Qt.Vertical)
    window.resizeDocks([window.docks["editor"]], [460], Qt.Horizontal)
    view = window.editor.block("W").view
    window.editor.scroll.ensureWidgetVisible(view)
    qtbot.waitUntil(lambda: all(screen.visible(view, r, c) for r in range(5) for c in range(5)))
    return view


def weight(window, row=JANE, col=JANE, param="W") -> float:
    """The weight in use: the session's network (what every other view is computed from)."""
    return float(window.session.network().block(param, "g")[row, col])


def saved_weight(window, tmp_path, row=JANE, col=JANE) -> float:
    """The weight a saved file holds, read back from the file."""
    path = tmp_path / "saved.npz"
    path.write_bytes(documents.session_bytes(window.session))
    return float(documents.read_session(str(path)).net.block("W", "g")[row, col])


def tooltip(view, row, col) -> str:
    """The tooltip a user gets hovering over the cell."""
    pos = view.cell_center(row, col)
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    text = QToolTip.text()
    QToolTip.hideText()
    QTest.qWait(50)          # let whatever repaint the tooltip caused happen now, not mask a later one
    return text


def assert_cell(qtbot, screen, window, view, row=JANE, col=JANE):
    """The cell shows the weight in use (as two decimals), and its tooltip names that very
    weight in full."""
    w = weight(window, row, col)
    text = screen.settled(qtbot, view, row, col, as_shown(w))
    assert text == as_shown(w), f"the cell shows {text} but the weight is {w!r}"
    assert view.model().data(view.model().index(row, col)) == text
    tip = tooltip(view, row, col)
    assert read_number(tip.rsplit(": ", 1)[1]) == w, tip
    assert as_shown(read_number(tip.rsplit(": ", 1)[1])) == text


def type_into(qtbot, view, row, col, text):
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, col))
    if text[0] in "+-":                                # + and − nudge a cell: Enter opens its field
        QTest.keyClick(view, Qt.Key_Return)
        field = view.indexWidget(view.model().index(row, col))
        field.selectAll()
        QTest.keyClicks(field, text)
    else:
        QTest.keyClicks(view, text)                    # typing a digit over a cell opens its field
    field = view.indexWidget(view.model().index(row, col))
    assert isinstance(field, QLineEdit) and field.isVisible() and field.text() == text
    QTest.keyClick(field, Qt.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(view.model().index(row, col)) is None)


def test_typed_weight_then_ctrl_z_in_the_table_shows_the_undone_weight(screen, table, window, qtbot, tmp_path):
    view = table
    assert weight(window) == -3.0
    assert_cell(qtbot, screen, window, view)
    type_into(qtbot, view, JANE, JANE, "5")
    assert weight(window) == 5.0 and saved_weight(window, tmp_path) == 5.0
    assert screen.text(view, JANE, JANE) == "5.00"
    assert_cell(qtbot, screen, window, view)
    assert view.hasFocus()                              # the table keeps the focus
    QTest.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert weight(window) == -3.0 and view.hasFocus()
    assert_cell(qtbot, screen, window, view)            # −3.00 at once, not 5.00 until focus leaves
    QTest.keyClick(view, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert weight(window) == 5.0
    assert_cell(qtbot, screen, window, view)


def shift_move(widget, pos: QPoint):
    event = QMouseEvent(QEvent.MouseMove, QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                        Qt.NoButton, Qt.LeftButton, Qt.ShiftModifier)
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("fine", [False, True], ids=["drag", "shift-drag"])
def test_a_drag_shows_the_weight_in_use_throughout_and_commits_what_it_shows(
        screen, table, window, qtbot, tmp_path, fine):
    view, vp = table, table.viewport()
    start = weight(window)
    centre = view.cell_center(JANE, JANE)
    modifier = Qt.ShiftModifier if fine else Qt.NoModifier
    QTest.mousePress(vp, Qt.LeftButton, modifier, centre)
    seen = []
    for dy in (1, 2, 5, 9, 16, 23, 31, 44, 58, 70, 64):  # up in uneven steps, then a little back
        pos = centre - QPoint(0, dy)
        shift_move(vp, pos) if fine else QTest.mouseMove(vp, pos)
        assert_cell(qtbot, screen, window, view)        # during the drag
        seen.append(screen.text(view, JANE, JANE))
    QTest.mouseRelease(vp, Qt.LeftButton, modifier, centre - QPoint(0, 64))
    after = weight(window)
    assert after > start and len(set(seen)) > 3         # it moved, and the cell moved with it
    assert_cell(qtbot, screen, window, view)            # after the drag
    shown = screen.text(view, JANE, JANE)
    assert abs(read_number(shown) - after) <= 0.005 + 1e-12
    if not fine:
        assert read_number(shown) == after              # a plain drag lands on what it shows
    assert saved_weight(window, tmp_path) == after      # and the file holds it too
    assert window.session.undo_stack.count() == 1       # one undo step for the drag

    view.setFocus()
    QTest.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert weight(window) == start
    assert_cell(qtbot, screen, window, view)
    QTest.keyClick(view, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert weight(window) == after
    assert_cell(qtbot, screen, window, view)


def test_a_drag_from_a_weight_off_the_grid_commits_the_number_it_shows(screen, table, window, qtbot, tmp_path):
    """From −2.996 a drag by 0.01 a pixel lands on numbers the cell can show (−2.95, not a
    hidden −2.946 painted as −2.95)."""
    view, vp = table, table.viewport()
    type_into(qtbot, view, JANE, JANE, "-2.996")
    assert_cell(qtbot, screen, window, view)
    centre = view.cell_center(JANE, JANE)
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, centre)
    for dy in (5, 12, 20):
        QTest.mouseMove(vp, centre - QPoint(0, dy))
        assert_cell(qtbot, screen, window, view)
        assert read_number(screen.text(view, JANE, JANE)) == weight(window)
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, centre - QPoint(0, 20))
    assert weight(window) == pytest.approx(-2.8) and screen.text(view, JANE, JANE) == "−2.80"
    assert read_number(screen.text(view, JANE, JANE)) == weight(window) == saved_weight(window, tmp_path)


def test_a_drag_steps_from_the_weight_in_use_even_after_an_undo_mid_drag(screen, table, window, qtbot):
    """Ctrl+Z while dragging puts the weight back; the drag then goes on from what the cell
    shows (−3.00 → −2.99), not from a running total of its own (−2.69)."""
    view, vp = table, table.viewport()
    centre = view.cell_center(JANE, JANE)
    view.setFocus()
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, centre)
    QTest.mouseMove(vp, centre - QPoint(0, 30))
    assert weight(window) == pytest.approx(-2.7)
    QTest.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert weight(window) == -3.0
    assert_cell(qtbot, screen, window, view)
    QTest.mouseMove(vp, centre - QPoint(0, 31))
    assert weight(window) == pytest.approx(-2.99)
    assert_cell(qtbot, screen, window, view)
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, centre - QPoint(0, 31))
    assert_cell(qtbot, screen, window, view)


def all_cells_show_the_weights(qtbot, screen, window, view):
    cells = [(r, c) for r in range(view.model().rowCount()) for c in range(view.model().columnCount())]
    assert len(cells) == 25                            # every cell is on screen (text() checks it)
    want = {(r, c): as_shown(weight(window, r, c)) for r, c in cells}
    try:
        qtbot.waitUntil(lambda: all(screen.text(view, r, c) == want[r, c] for r, c in cells), timeout=500)
    except Exception:
        pass
    shown = {(r, c): screen.text(view, r, c) for r, c in cells}
    assert shown == want


def test_reset_randomize_and_their_undo_repaint_every_cell(screen, table, window, qtbot):
    view, editor = table, window.editor
    type_into(qtbot, view, JANE, JANE, "5")
    type_into(qtbot, view, 0, 3, "-1.25")
    all_cells_show_the_weights(qtbot, screen, window, view)
    qtbot.mouseClick(editor.reset_path_button, Qt.LeftButton)
    assert weight(window) == -3.0
    all_cells_show_the_weights(qtbot, screen, window, view)
    qtbot.mouseClick(editor.randomize_button, Qt.LeftButton)
    assert weight(window) != -3.0
    all_cells_show_the_weights(qtbot, screen, window, view)
    assert_cell(qtbot, screen, window, view)
    view.setFocus()
    QTest.keyClick(view, Qt.Key_Z, Qt.ControlModifier)     # undo the randomize
    assert weight(window) == -3.0
    all_cells_show_the_weights(qtbot, screen, window, view)
    QTest.keyClick(view, Qt.Key_Z, Qt.ControlModifier)     # undo the reset
    assert weight(window) == 5.0
    all_cells_show_the_weights(qtbot, screen, window, view)
    window.reset_all_action.trigger()                       # Edit ▸ Reset all weights
    all_cells_show_the_weights(qtbot, screen, window, view)
    np.testing.assert_array_equal(window.session.network().block("W", "g"),
                                  window.session.original.net.block("W", "g"))


def test_an_open_field_shows_the_weight_in_use_when_the_menu_changes_it(screen, table, window, qtbot):
    """A field left open over a cell while the Edit menu (which does not take the focus)
    changes the weights shows the new weight, not the number it was opened with."""
    view = table
    type_into(qtbot, view, JANE, JANE, "5")
    type_into(qtbot, view, 0, 0, "7")
    view.setCurrentIndex(view.model().index(JANE, JANE))
    QTest.keyClick(view, Qt.Key_Return)                     # open the field on Jane ← Jane
    field = view.indexWidget(view.model().index(JANE, JANE))
    assert isinstance(field, QLineEdit) and read_number(field.text()) == 5.0
    bar = window.menuBar()
    edit = next(a for a in bar.actions() if a.menu() and window.reset_all_action in a.menu().actions())
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.actionGeometry(edit).center())
    menu = edit.menu()
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.LeftButton, pos=menu.actionGeometry(window.reset_all_action).center())
    assert weight(window) == -3.0 and weight(window, 0, 0) == -3.0
    assert view.indexWidget(view.model().index(JANE, JANE)) is field and field.isVisible()
    assert read_number(screen.text(view, JANE, JANE)) == weight(window)   # the field, not 5.0
    count = window.session.undo_stack.count()
    QTest.keyClick(field, Qt.Key_Return)                    # committing it changes nothing
    assert weight(window) == -3.0 and window.session.undo_stack.count() == count
    assert_cell(qtbot, screen, window, view)
