"""Lessons 6 and 7 in the real window: lesson 6 draws the cell part by part in the
lesson's order (memory and forgetting, selection, ignoring), lessons 6 and 7 step inside
the cell at the stage they talk about, and leaving them gives the learner's diagram and
sub-step choice back."""
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from lstm_sim.scenarios.lessons import CELL_PARTS, CELL_STAGES, LESSONS
from lstm_sim.ui.diagram.layout_lstm import STAGES
from lstm_sim.ui.diagram.reveal import PARTS, shown_parts

BUILDING, JANE = LESSONS[5], LESSONS[6]
#: Lesson 6's step that adds memory and forgetting.
MEMORY = next(k for k, step in enumerate(BUILDING.steps) if step.parts == ("memory",))
#: Path boxes (and their strips) of each part; the prediction path 'g' is always there.
PART_BOXES = {"memory": "f", "selection": "o", "ignoring": "i"}
#: Strips on the memory line and after the squashing, which come with their parts.
PART_STRIPS = {"memory": ("c_prev", "c"), "selection": ("tanh_c",)}


def ink(diagram, item) -> float:
    """The share of pixels inside ``item``'s place on screen that differ from the paper:
    about 0 where nothing is drawn."""
    rect = diagram.mapFromScene(item.sceneBoundingRect()).boundingRect().adjusted(3, 3, -3, -3)
    diagram.viewport().repaint()
    image = diagram.viewport().grab(rect).toImage()
    paper = diagram.backgroundBrush().color()
    differ = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            total += 1
            c = QColor(image.pixel(x, y))
            differ += max(abs(c.red() - paper.red()), abs(c.green() - paper.green()),
                          abs(c.blue() - paper.blue())) > 24
    return differ / max(total, 1)


def click_lesson(qtbot, panel, number):
    rect = panel.list.visualItemRect(panel.list.item(number - 1))
    qtbot.mouseClick(panel.list.viewport(), Qt.LeftButton, pos=rect.center())
    assert panel.lesson.number == number


def start_lessons(window):
    window.findChild(type(window.files.open_action), "startLessons").trigger()
    assert window.docks["lessons"].isVisible()
    return window.lessons


def test_the_lessons_and_the_diagram_name_the_same_parts_and_stages():
    assert CELL_PARTS == PARTS
    assert len(CELL_STAGES) == len(STAGES)


def test_lesson_6_builds_the_cell_in_the_lessons_order_and_leaving_restores_it(window, qtbot):
    d = window.diagram
    panel = start_lessons(window)
    click_lesson(qtbot, panel, 6)
    # The prediction path alone while the symbols come in (⊕ ⊗ and gates, the logistic
    # function), then memory and forgetting (and how long it keeps), selection, ignoring.
    everything = ("memory", "selection", "ignoring")
    expected = [(), (), (), ("memory",), ("memory",), ("memory", "selection"), everything, everything]
    assert len(BUILDING.steps) == len(expected)
    for k, parts in enumerate(expected):
        if k:
            qtbot.mouseClick(panel.next_button, Qt.LeftButton)
        assert panel.step_index == k
        assert shown_parts(d.scene()) == list(parts)
        assert d.path_box("g").isVisible() and ink(d, d.path_box("g")) > 0.05
        for part, path in PART_BOXES.items():
            box = d.path_box(path)
            shown = part in parts
            assert box.isVisible() == shown and d.strip(path).isVisible() == shown, (k, part)
            if shown:
                assert ink(d, box) > 0.05, (k, part)
            else:
                # Hidden, not outlined: nothing is drawn there, and it cannot be hovered,
                # clicked or clamped.
                assert ink(d, box) < 0.01, (k, part)
                centre = box.sceneBoundingRect().center()
                assert d.tooltip_at(centre) == "" and d.gate_at(centre) is None
                assert f"box:{path}" not in d.highlighted()
        for part, keys in PART_STRIPS.items():
            for key in keys:
                assert d.strip(key).isVisible() == (part in parts), (k, key)
        # Whatever is outlined is on show.
        for mark in d.highlighted():
            kind, key = mark.split(":")
            if kind == "box":
                assert d.path_box(key).isVisible()
            elif kind == "strip":
                assert d.strip(key).isVisible()
    # The first step draws only the prediction path; clicking where the forgetting box
    # will appear selects nothing.
    panel.show_lesson(6, 0)
    where = d.mapFromScene(d.path_box("f").sceneBoundingRect().center())
    qtbot.mouseClick(d.viewport(), Qt.LeftButton, pos=where)
    assert d.selected_path() is None and window.editor.current_path != "f"
    # Next to lesson 7: the whole cell again.
    panel.show_lesson(6, len(BUILDING.steps) - 1)
    qtbot.mouseClick(panel.next_button, Qt.LeftButton)
    assert panel.lesson.number == 7 and shown_parts(d.scene()) == list(CELL_PARTS)
    # Back into lesson 6's first step, then the lessons pane is closed: the whole cell.
    click_lesson(qtbot, panel, 6)
    assert shown_parts(d.scene()) == []
    assert d.highlighted() == ["box:g"]
    window.docks["lessons"].toggleViewAction().trigger()
    assert not window.docks["lessons"].isVisible()
    assert shown_parts(d.scene()) == list(CELL_PARTS)
    assert all(d.path_box(p).isVisible() and ink(d, d.path_box(p)) > 0.05 for p in "gifo")
    assert d.highlighted() == []                             # the lesson's outlines went with it
    # Opened again, the lesson on screen draws its cell again.
    window.docks["lessons"].toggleViewAction().trigger()
    assert shown_parts(d.scene()) == [] and d.highlighted() == ["box:g"]


def test_a_partial_cell_survives_a_rebuild_of_the_diagram(window, qtbot):
    panel = start_lessons(window)
    panel.show_lesson(6, MEMORY)
    window.findChild(type(window.files.open_action), "otherNames").setChecked(True)   # relabels: a new scene
    d = window.diagram
    assert d.strip("c").labels[0] == "道格"
    assert shown_parts(d.scene()) == ["memory"]
    assert not d.path_box("o").isVisible() and not d.path_box("i").isVisible()


@pytest.mark.parametrize("had_it_on", [False, True])
def test_lessons_6_and_7_step_inside_the_cell_and_give_the_choice_back(window, qtbot, had_it_on):
    d, inside = window.diagram, window.inside_action
    inside.setChecked(had_it_on)
    panel = start_lessons(window)
    click_lesson(qtbot, panel, 5)
    assert inside.isChecked() == had_it_on                  # lessons 1–5 leave it alone
    click_lesson(qtbot, panel, 6)
    for lesson in (BUILDING, JANE):
        for k, step in enumerate(lesson.steps):
            if lesson is JANE or k:
                qtbot.mouseClick(panel.next_button, Qt.LeftButton)
            assert (panel.lesson.id, panel.step_index) == (lesson.id, k)
            assert inside.isChecked()
            stage = CELL_STAGES.index(step.stage)
            assert d.substep() == stage, (lesson.number, k)
            assert d.formula.isVisible() and d.formula.text().startswith(f"{stage + 1} ·")
            # What is not computed yet at this stage is empty; what is, shows its numbers.
            assert d.strip("h").is_pending() == (stage < CELL_STAGES.index("select"))
            assert not d.strip("x").is_pending()
    # Lesson 7, "Forget saw": the memory is not merged yet, the forgetting gate is.
    panel.show_lesson(7, 4)
    assert "Forgetting" in d.formula.text() and d.strip("c").is_pending() and not d.strip("f").is_pending()
    # Shift+→ still walks on from there.
    d.setFocus()
    qtbot.keyClick(d, Qt.Key_Right, Qt.ShiftModifier)
    assert d.substep() == CELL_STAGES.index("forget") + 1
    # Leaving for lesson 5 gives back the learner's own choice.
    click_lesson(qtbot, panel, 5)
    assert inside.isChecked() == had_it_on
    assert (d.substep() is not None) == had_it_on and d.formula.isVisible() == had_it_on
    assert not d.strip("h").is_pending() or had_it_on


def test_a_learner_who_switches_sub_steps_off_in_a_lesson_keeps_them_off(window, qtbot):
    d, inside = window.diagram, window.inside_action
    panel = start_lessons(window)
    panel.show_lesson(7, 0)
    assert inside.isChecked() and d.substep() == 0
    inside.trigger()                                     # View ▸ Step inside the cell, off
    assert not inside.isChecked() and d.substep() is None
    qtbot.mouseClick(panel.next_button, Qt.LeftButton)
    assert not inside.isChecked() and d.substep() is None and not d.strip("h").is_pending()
    window.docks["lessons"].close()                      # leaving: the choice from before the lessons
    assert not inside.isChecked() and d.substep() is None


def test_a_partly_built_cells_formulas_name_only_the_parts_drawn(window, qtbot):
    d = window.diagram
    panel = start_lessons(window)
    click_lesson(qtbot, panel, 6)
    panel.show_lesson(6, 0)                       # only the prediction path so far
    assert d.formula.text().startswith("2 · The prediction path votes: g = tanh(")
    assert "σ" not in d.formula.text()
    panel.show_lesson(6, MEMORY)                  # memory and forgetting, no ignoring gate yet
    assert d.formula.text() == "5 · Merging: cₜ = f ⊙ cₜ₋₁ + g"
    d.set_substep(1)
    assert d.formula.text().endswith(";  f = σ(W·x + U·h₋₁ + b)")
    panel.show_lesson(6, len(panel.lesson.steps) - 1)   # the whole cell: the full formulas
    d.set_substep(4)
    assert d.formula.text() == "5 · Merging: cₜ = f ⊙ cₜ₋₁ + i ⊙ g"


def test_a_partly_built_cell_shows_no_prediction_it_could_not_make_and_skips_undrawn_stages(window, qtbot):
    d = window.diagram
    panel = start_lessons(window)
    click_lesson(qtbot, panel, 6)
    panel.show_lesson(6, 0)                       # the prediction path alone: no selection gate drawn
    assert d.strip("h").is_pending()              # the whole cell's h would contradict the drawing
    d.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(d, Qt.Key_Right, Qt.ShiftModifier)
        seen.append(d.substep())
    assert all(d.stage_drawn(k) for k in seen)     # Shift+→ only stops where something is drawn
    assert CELL_STAGES.index("forget") not in seen and CELL_STAGES.index("select") not in seen
    panel.show_lesson(6, 2)                       # memory and selection drawn: h is made
    assert not d.strip("h").is_pending() or d.substep() < CELL_STAGES.index("select")
    panel.show_lesson(5)                          # leaving: the whole cell, h shown
    window.inside_action.setChecked(False)
    assert not d.strip("h").is_pending()
