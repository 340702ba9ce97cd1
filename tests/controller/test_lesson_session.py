"""The lesson session, without a window: a lesson shows its own network on the one
session and gives the learner's back exactly — state, undo history, clean point."""
import numpy as np
import pytest

from lstm_sim.controller import Session
from lstm_sim.controller.lesson_session import leave_lesson, lesson_session_of
from lstm_sim.scenarios import load_preset


@pytest.fixture
def session(qtbot):
    s = Session()
    s.open_preset("walkthrough")
    return s


def snapshot(s):
    stack = s.undo_stack
    return (s.original.name, s.text, s.step, s.layer, s.file_path, s.dirty, stack.count(), stack.index(),
            stack.cleanIndex(), [stack.command(k).text() for k in range(stack.count())],
            {k: v.copy() for k, v in s.network().params.items()}, {g: v.copy() for g, v in s.clamps().items()})


def assert_same(a, b):
    assert a[:10] == b[:10]
    assert all(np.array_equal(a[10][k], b[10][k]) for k in a[10])
    assert all(np.array_equal(a[11][g], b[11][g], equal_nan=True) for g in a[11])


@pytest.mark.parametrize("clean", ["at the start", "in the middle", "gone"])
def test_leaving_puts_back_the_state_and_the_history_with_its_clean_point(session, clean):
    s = session
    s.set_text("Jane saw Spot. Doug saw Jane.")
    if clean == "in the middle":
        s.undo_stack.setClean()
    s.set_clamp("f", 1, 1.0)
    s.edit_weight("W", "g", 0, 0, 2.5, merge_id=7)
    s.edit_weight("W", "g", 0, 0, 2.0, merge_id=7)            # one drag: one step
    s.undo_stack.undo()
    if clean == "gone":
        s.undo_stack.setClean()
        s.undo_stack.undo()
        s.set_clamp("o", None, 0.3)                            # the clean point is discarded
        assert s.undo_stack.cleanIndex() == -1
    s.set_file_path("/tmp/mine.npz")
    before = snapshot(s)
    lessons = lesson_session_of(s)
    lessons.open("dinner", load_preset("dinner"), "pizza sushi", 1)
    assert lessons.active and lessons.lesson == "dinner" and s.original.name == "dinner"
    assert s.undo_stack.count() == 0 and not s.dirty and s.file_path == ""
    assert lessons.show("pizza sushi waffles", 2) and s.undo_stack.count() == 0   # a lesson's move: no undo step
    s.edit_weight("U", None, 0, 2, 0.0)                         # the learner's what-if in the lesson
    lessons.leave()
    assert not lessons.active
    assert_same(before, snapshot(s))
    # The copies behave as the originals: redo, undo, and a merge with the next drag.
    stack = s.undo_stack
    there, back = (stack.redo, stack.undo) if stack.canRedo() else (stack.undo, stack.redo)
    there()
    moved = snapshot(s)
    assert moved[7] != before[7]                                # it did something …
    assert any(not np.array_equal(moved[10][k], before[10][k]) for k in before[10]) or any(
        not np.array_equal(moved[11][g], before[11][g], equal_nan=True) for g in before[11])
    back()                                                      # … and back again
    assert_same(before, snapshot(s))


def test_typing_after_leaving_still_merges_into_the_last_typing_step(session):
    s = session
    s.set_text("Jane saw")
    s.set_text("Jane saw Spot")
    assert s.undo_stack.count() == 1
    lessons = lesson_session_of(s)
    lessons.open("book", load_preset("book-rnn"), "Doug saw", 1)
    lessons.leave()
    s.set_text("Jane saw Spot.")
    assert s.undo_stack.count() == 1                            # one burst of typing, as before
    s.undo_stack.undo()
    assert s.text == "Jane saw Spot. Doug saw"


def test_one_lesson_controller_per_session_and_leave_lesson_outside_a_lesson_is_harmless(session):
    assert lesson_session_of(session) is lesson_session_of(session)
    leave_lesson(session)
    assert session.original.name == "walkthrough"
    lessons = lesson_session_of(session)
    lessons.open("book", load_preset("book-rnn"))
    leave_lesson(session)
    assert session.original.name == "walkthrough" and not lessons.active


def test_leaving_announces_the_learners_network_to_every_view(session, qtbot):
    lessons = lesson_session_of(session)
    lessons.open("dinner", load_preset("dinner"))
    with qtbot.waitSignals([session.networkChanged, session.traceChanged, session.stepChanged,
                            session.clampsChanged, session.weightsChanged, session.fileChanged]):
        lessons.leave()
    assert session.kind == "lstm"
