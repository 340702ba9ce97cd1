"""The lessons panel, driven like a learner: walk every step, drag, slide, toggle, and
watch the claims follow the live model; a lesson shows its own network and text, and
leaving it gives the learner's session back exactly as it was."""
import html
import re

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from lstm_sim.controller import Session
from lstm_sim.scenarios.lessons import LESSONS
from lstm_sim.ui.app import configure


@pytest.fixture
def session():
    configure()
    s = Session()
    s.open_preset("walkthrough")
    return s


@pytest.fixture
def panel(qtbot, session):
    from lstm_sim.ui.lessons import LessonsPanel
    p = LessonsPanel(session)
    qtbot.addWidget(p)
    p.resize(420, 800)
    p.show()
    qtbot.waitExposed(p)
    return p


def plain(label) -> str:
    """What a rich-text label shows, without tags."""
    return html.unescape(re.sub(r"<[^>]+>", "", label.text().replace("<br>", " · ")))


def claim_label(panel, cid):
    return panel.claims.labels[cid]


def click_lesson(qtbot, panel, number):
    rect = panel.list.visualItemRect(panel.list.item(number - 1))
    qtbot.mouseClick(panel.list.viewport(), Qt.LeftButton, pos=rect.center())
    assert panel.lesson.number == number


def learners_session(s):
    """Everything of the learner's session that leaving a lesson must give back."""
    stack = s.undo_stack
    return {"preset": s.original.name, "text": s.text, "step": s.step, "layer": s.layer,
            "weights": {k: v.copy() for k, v in s.network().params.items()},
            "clamps": {g: v.copy() for g, v in s.clamps().items()}, "file": s.file_path,
            "count": stack.count(), "index": stack.index(), "clean": stack.cleanIndex(), "dirty": s.dirty,
            "history": [stack.command(k).text() for k in range(stack.count())]}


def same_session(before, after):
    assert {k: v for k, v in after.items() if k not in ("weights", "clamps")} == \
        {k: v for k, v in before.items() if k not in ("weights", "clamps")}
    assert all(np.array_equal(before["weights"][k], after["weights"][k]) for k in before["weights"])
    assert all(np.array_equal(before["clamps"][g], after["clamps"][g], equal_nan=True) for g in before["clamps"])


def some_work(s):
    """A learner's session with history: typed text, a clamp, an edit, one step undone, a step moved."""
    s.set_text("Jane saw Spot. Doug saw Jane.")
    s.undo_stack.setClean()                       # "saved" here
    s.set_clamp("f", 1, 1.0)
    s.edit_weight("W", "g", 0, 0, 2.5)
    s.set_clamp("o", None, 0.25)
    s.undo_stack.undo()                           # redo is available
    s.set_step(3)


def test_walk_every_step_of_every_lesson_with_next_and_back(qtbot, panel, session):
    highlights = []
    panel.highlightRequested.connect(lambda kind, key: highlights.append((kind, key)))
    for number, lesson in enumerate(LESSONS):
        click_lesson(qtbot, panel, number + 1)
        for k, step in enumerate(lesson.steps):
            if k:
                highlights.clear()
                qtbot.mouseClick(panel.next_button, Qt.LeftButton)
            assert (panel.lesson.id, panel.step_index) == (lesson.id, k)
            assert step.title in plain(panel.heading)
            assert f"step {k + 1} of {len(lesson.steps)}" == panel.position.text()
            assert step.paragraphs[0] in plain(panel.text)
            assert session.original.name == lesson.preset
            if step.text:
                assert session.text == step.text
            if step.step is not None:
                assert session.step == step.step
            assert session.undo_stack.count() == 0 and not session.dirty     # moving is not an edit
            if k:
                assert highlights[0] == ("", "")
                assert highlights[1:1 + len(step.highlights)] == [(h.kind, h.key) for h in step.highlights]
            if step.demo:
                assert panel.demo(step.demo).isVisible()
            assert [r.id for r in panel.results()] == list(step.claims)
            assert all(r.status in ("holds", "example") for r in panel.results()), \
                [(r.id, r.reason_text) for r in panel.results() if r.status not in ("holds", "example")]
            for r in panel.results():
                label = claim_label(panel, r.id)
                assert label.isVisible()
                box = panel.claims.examples_box if r.kind == "example" else panel.claims.checks_box
                assert label.parentWidget() is box and box.isVisible()
                assert ("✓" in label.text()) == (r.kind == "check")
        for k in range(len(lesson.steps) - 1, 0, -1):
            qtbot.mouseClick(panel.back_button, Qt.LeftButton)
            assert panel.step_index == k - 1
            assert lesson.steps[k - 1].title in plain(panel.heading)
    assert (panel.lesson.number, panel.step_index) == (7, 0) and panel.next_button.isEnabled()


def test_checks_and_worked_examples_sit_in_their_own_boxes(qtbot, panel):
    panel.show_lesson(1, 1)
    assert panel.claims.checks_box.title() == "Checked on the live model"
    assert panel.claims.examples_box.title() == "Worked examples (arithmetic, not checks)"
    example = claim_label(panel, "weekday-useless")
    assert example.parentWidget() is panel.claims.examples_box and example.property("status") == "example"
    assert "Worked example" in plain(example) and "✓" not in plain(example)
    check = claim_label(panel, "dinner-from-yesterday")
    assert check.parentWidget() is panel.claims.checks_box and "✓ holds" in plain(check)
    panel.show_lesson(1, 0)                       # an example alone: no checks box
    assert not panel.claims.checks_box.isVisible() and panel.claims.examples_box.isVisible()


def test_next_and_back_cross_lessons_and_stop_at_the_ends(qtbot, panel, session):
    panel.show_lesson(1, len(LESSONS[0].steps) - 1)
    qtbot.mouseClick(panel.next_button, Qt.LeftButton)
    assert (panel.lesson.number, panel.step_index) == (2, 0) and panel.list.currentRow() == 1
    qtbot.mouseClick(panel.back_button, Qt.LeftButton)
    assert (panel.lesson.number, panel.step_index) == (1, len(LESSONS[0].steps) - 1)
    panel.show_lesson(1, 0)
    assert not panel.back_button.isEnabled()
    panel.show_lesson(7, len(LESSONS[-1].steps) - 1)
    assert not panel.next_button.isEnabled()
    # Back from lesson 6's first step into lesson 5's last: lesson 5's own network, at that step.
    panel.show_lesson(6, 0)
    qtbot.mouseClick(panel.back_button, Qt.LeftButton)
    assert session.original.name == "book-rnn" and session.step == LESSONS[4].steps[-1].step


def test_page_keys_and_alt_arrows_move_through_the_steps(qtbot, panel):
    panel.show_lesson(6, 0)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key_PageDown)
    assert panel.step_index == 1
    qtbot.keyClick(panel.list, Qt.Key_Right, Qt.AltModifier)
    assert panel.step_index == 2
    qtbot.keyClick(panel.list, Qt.Key_PageUp)
    qtbot.keyClick(panel.list, Qt.Key_Left, Qt.AltModifier)
    assert (panel.lesson.number, panel.step_index) == (6, 0)


# -- a lesson takes over the screen, never the learner's work ----------------------------------
def test_each_lesson_opens_its_own_network_at_its_first_step(qtbot, panel, session):
    for number, lesson in enumerate(LESSONS, start=1):
        click_lesson(qtbot, panel, number)
        first = lesson.steps[0]
        assert session.original.name == lesson.preset
        assert session.text == first.text and session.step == first.step
        assert session.undo_stack.count() == 0 and not session.dirty
    click_lesson(qtbot, panel, 1)
    assert session.original.name == "dinner" and session.kind == "rnn"       # lesson 1: the dinner RNN


def test_leaving_lesson_3_gives_back_exactly_what_the_learner_had(qtbot, panel, session):
    some_work(session)
    before = learners_session(session)
    assert before["count"] == 4 and before["index"] == 3 and before["clean"] == 1 and before["dirty"]
    click_lesson(qtbot, panel, 3)
    assert session.original.name == "book-rnn" and session.undo_stack.count() == 0
    for _ in LESSONS[2].steps[1:]:
        qtbot.mouseClick(panel.next_button, Qt.LeftButton)
    session.edit_weight("U", None, 0, 3, 0.0)                    # a what-if inside the lesson
    session.set_text("Doug saw Jane. Jane saw")
    assert session.undo_stack.count() == 2
    panel.leave()
    same_session(before, learners_session(session))
    # The history works as before: redo the undone clamp, undo back past the edit.
    assert session.undo_stack.redoText().startswith("Clamp")
    session.undo_stack.redo()
    assert session.clamps()["o"].tolist() == [0.25] * 5
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.block("W", "g")[0, 0] == -3.0
    session.undo_stack.undo()
    assert np.isnan(session.clamps()["f"]).all()
    assert not session.dirty                                      # back at the "saved" point
    # Showing a step again puts the lesson back on screen, from a fresh lesson network.
    panel.resume()
    assert session.original.name == "book-rnn" and session.block("U", None)[0, 3] == 1.0


def test_a_lesson_never_marks_the_learners_session_modified(qtbot, panel, session):
    assert not session.dirty
    before = learners_session(session)
    for number, lesson in enumerate(LESSONS, start=1):
        click_lesson(qtbot, panel, number)
        for _ in lesson.steps[1:]:
            qtbot.mouseClick(panel.next_button, Qt.LeftButton)
            assert not session.dirty
    panel.leave()
    same_session(before, learners_session(session))
    assert not session.dirty and session.undo_stack.count() == 0


def test_leaving_keeps_a_stacked_layer_and_a_file_path(qtbot, panel, session, tmp_path):
    session.set_file_path(str(tmp_path / "mine.npz"))
    session.set_clamp("i", 2, 0.0)
    before = learners_session(session)
    panel.show_lesson(2, 3)
    assert session.file_path == ""
    panel.leave()
    same_session(before, learners_session(session))


def test_before_lesson_runs_once_when_a_lesson_first_takes_over(qtbot, session):
    from lstm_sim.ui.lessons import LessonsPanel
    asked = []
    p = LessonsPanel(session, before_lesson=lambda: asked.append(session.original.name))
    qtbot.addWidget(p)
    p.show_lesson(1, 0)
    p.show_lesson(7, 1)
    assert asked == ["walkthrough"]               # before the learner's session was stashed, and only then
    p.leave()
    p.show_lesson(7, 1)
    assert len(asked) == 2


def test_a_foreign_open_mid_lesson_ends_the_lesson_and_keeps_what_was_opened(qtbot, panel, session):
    panel.show_lesson(3, 0)
    session.open_preset("dinner")                  # e.g. File ▸ New from preset
    assert not panel.lesson_session.active
    panel.leave()                                  # nothing to give back any more
    assert session.original.name == "dinner"


# -- demos on the live network ------------------------------------------------------------------
def test_dragging_x_on_the_squashing_plot_changes_the_readout(qtbot, panel):
    panel.show_lesson(4, 0)
    demo = panel.demo("squashing")
    assert "tanh(x) = +0.762" in plain(demo.readout) and "σ" not in plain(demo.readout)   # tanh first
    vb, view = demo.plot.plotItem.vb, demo.plot.viewport()

    def at(x):
        return demo.plot.mapFromScene(vb.mapViewToScene(QPointF(x, 0.0)))

    def send(kind, pos, buttons):
        QApplication.sendEvent(view, QMouseEvent(kind, QPointF(pos), QPointF(view.mapToGlobal(pos)),
                                                 Qt.LeftButton, buttons, Qt.NoModifier))
    start, end = at(1.0), at(-2.0)
    send(QEvent.MouseButtonPress, start, Qt.LeftButton)
    for k in range(1, 11):
        send(QEvent.MouseMove, start + (end - start) * (k / 10), Qt.LeftButton)
    send(QEvent.MouseButtonRelease, end, Qt.NoButton)
    x, t, s = demo.values()
    assert x == pytest.approx(-2.0, abs=0.1)
    assert f"tanh(x) = −{abs(t):.3f}" in plain(demo.readout) and t < -0.95
    demo.set_x(6.0)
    assert "tanh(x) = +1.000" in plain(demo.readout)
    # The logistic function comes with the gates, in lesson 6, beside tanh.
    panel.show_lesson(6, 2)
    sigma = panel.demo("logistic")
    assert sigma.isVisible() and not demo.isVisible()
    assert "σ(x) = 0.731" in plain(sigma.readout) and "tanh(x) = +0.762" in plain(sigma.readout)


def test_a_vote_round_the_loop_doubles_without_squashing_and_the_example_follows(qtbot, panel):
    panel.show_lesson(4, 1)
    demo = panel.demo("repeated-votes")
    assert "after 10 loops +512.0" in plain(demo.readout)
    example = claim_label(panel, "looped-votes")
    assert "is +512 after 10 loops" in plain(example)
    demo.count.setValue(20)
    plain_total, squashed = demo.totals()
    assert plain_total[-1] == pytest.approx(0.5 * 2 ** 20) and abs(squashed).max() < 1.0
    assert "is +524,288 after 20 loops" in plain(example)        # the worked example reads the demo
    demo.gain.setValue(0.5)
    assert "+0.000 without squashing" in plain(demo.readout) or "+0.0 without" in plain(demo.readout)
    assert claim_label(panel, "rnn-loop-bounded").property("status") == "holds"   # the live net still doubles


def test_valves_start_at_1_half_0_and_the_worked_example_reads_the_sliders(qtbot, panel):
    panel.show_lesson(6, 1)
    demo = panel.demo("valves")
    assert [c.text() for c in demo.output_cells] == ["0.80", "0.40", "0.00"]
    assert "gives 0.8, 0.4, 0." in demo.summary.text()
    example = claim_label(panel, "valves")
    assert "(1.00, 0.50, 0.00) comes out 0.80, 0.40 and 0.00" in plain(example)
    demo.sliders[2].setValue(75)
    demo.sliders[0].setValue(0)
    assert [c.text() for c in demo.output_cells] == ["0.00", "0.40", "0.60"]
    assert [c.text() for c in demo.sum_cells] == ["0.10", "0.00", "1.10"]     # ⊕ (0.1, −0.4, 0.5)
    assert "(0.00, 0.50, 0.75) comes out 0.00, 0.40 and 0.60" in plain(example)
    assert example.property("status") == "example"


def test_marking_a_dinner_day_away_changes_the_predictions_of_the_network_on_screen(qtbot, panel, session):
    panel.show_lesson(2, 5)
    demo = panel.demo("dinner-days")
    assert session.original.name == "dinner"
    before = demo.guess_texts()
    assert "no idea" not in " ".join(before)
    qtbot.mouseClick(demo.buttons[0], Qt.LeftButton)            # away on day 1: nothing to go on
    after = demo.guess_texts()
    assert after != before
    assert "no idea" in after[1] and demo.days()[1].predicted is None
    assert demo.buttons[0].text() == "away · ?"
    assert session.text.startswith("? sushi ?")                 # the app shows the same days
    qtbot.mouseClick(demo.buttons[7], Qt.LeftButton)           # away on day 8: day 9 rolls forward
    assert demo.days()[8].from_own_guess and demo.days()[8].predicted == "waffles"
    assert "↻" in demo.guess_texts()[8]
    # The network on screen, edits and all: without the previous prediction's votes, no rolling forward.
    session.zero_block("U", None)
    assert demo.days()[8].predicted is None and "no idea" in demo.guess_texts()[8]
    assert claim_label(panel, "dinner-rolls-forward").property("status") == "broken"


def test_book_sampler_runs_the_rnn_on_screen(qtbot, panel, session):
    panel.show_lesson(5, 0)
    demo = panel.demo("book-sampler")
    qtbot.mouseClick(demo.button, Qt.LeftButton)
    assert int(demo.cells["book-rnn"][1].text()) > 0                 # same name twice
    assert int(demo.cells["walkthrough"][0].text()) == 100           # the LSTM: all proper
    assert "“" in demo.examples.text()
    # Edit the RNN on screen so that saw never votes for Doug: no more "Doug saw Doug."
    session.edit_weight("W", None, session.units.index("Doug"), session.words.index("saw"), -3.0)
    demo.seed = 0
    qtbot.mouseClick(demo.button, Qt.LeftButton)
    assert int(demo.cells["book-rnn"][1].text()) < 20
    assert claim_label(panel, "rnn-doug-saw-doug").property("status") == "broken"


def test_holding_forgetting_open_shows_memory_leaving_minus_one_to_one(qtbot, panel, session):
    panel.show_lesson(6, 5)
    demo = panel.demo("unsquashed-memory")
    c, t = demo.sizes()
    assert c.max() < 1.0 and not demo.button.isChecked()
    qtbot.mouseClick(demo.button, Qt.LeftButton)
    c, t = demo.sizes()
    assert demo.button.isChecked() and c.max() > 4.0 and t.max() < 1.0
    assert session.clamps()["f"].tolist() == [1.0] * 5
    example = claim_label(panel, "memory-unsquashed")
    assert "reaches 4.963 in size" in plain(example) and "0.9999" in plain(example) and "inside −1…1" in plain(example)
    assert "Largest memory |c| 4.96" in demo.readout.text()
    session.undo_stack.undo()                                    # the clamp off: the button follows
    assert not demo.button.isChecked()


def test_the_distance_step_asks_for_tools_compare(qtbot, panel):
    panel.show_lesson(6, 4)
    asked = []
    panel.toolRequested.connect(asked.append)
    qtbot.mouseClick(panel.demo("distance").button, Qt.LeftButton)
    assert asked == ["compare-distance"]


# -- claims on the live model ---------------------------------------------------------------------
def test_lesson7_claims_flip_to_broken_side_by_side_when_the_forgetting_gate_is_clamped(qtbot, panel, session):
    panel.show_lesson(7, 6)
    ids = ["saw-forgets-saw", "saw-doug-cancels", "saw-plants-period", "saw-predicts-not-doug"]
    assert [r.id for r in panel.results()] == ids
    for cid in ids:
        assert claim_label(panel, cid).property("status") == "holds"
        assert "✓ holds" in plain(claim_label(panel, cid))
    assert "forgets saw (0.002) and keeps “not Doug” (0.998)" in plain(claim_label(panel, "saw-forgets-saw"))

    session.set_clamp("f", None, 1.0)
    label = claim_label(panel, "saw-forgets-saw")
    assert label.property("status") == "broken"
    shown = plain(label)
    assert "✗ broken" in shown
    assert "The lesson: the last word was “saw”, so the forgetting gate forgets saw and keeps “not Doug”" in shown
    assert "This model: the forgetting gate on saw is 1.000, so the old saw stays in memory" in shown
    assert "forgets saw (1.000)" not in shown                  # never its own template re-filled
    assert "Doug's memory is +1.985: the votes do not cancel" in plain(claim_label(panel, "saw-doug-cancels"))

    session.undo_stack.undo()                                   # free the gate again
    assert all(claim_label(panel, cid).property("status") == "holds" for cid in ids)


def test_a_selection_gate_held_open_turns_the_last_step_red_and_half_open_ignoring_does_not(qtbot, panel, session):
    panel.show_lesson(7, 6)
    session.set_clamp("o", None, 1.0)
    assert claim_label(panel, "saw-predicts-not-doug").property("status") == "broken"
    assert "the period gets 33%" in plain(claim_label(panel, "saw-predicts-not-doug"))
    assert claim_label(panel, "saw-plants-period").property("status") == "broken"
    session.undo_stack.undo()
    session.set_clamp("i", None, 0.5)
    for k, step in enumerate(LESSONS[6].steps):
        panel.show_lesson(7, k)
        assert all(r.status == "holds" for r in panel.results()), [(r.id, r.reason_text) for r in panel.results()]


def test_a_weight_edit_breaks_a_claim_live(qtbot, panel, session):
    panel.show_lesson(7, 4)
    doug, saw = session.units.index("Doug"), session.words.index("saw")
    session.edit_weight("W", "f", doug, saw, -6.0)
    label = claim_label(panel, "saw-forgets-saw")
    assert label.property("status") == "broken"
    assert "the forgetting gate on Doug is 0.002, so “not Doug” is gone" in plain(label)
    # Showing another step of the lesson keeps the edit: the lesson's network is not reopened.
    qtbot.mouseClick(panel.next_button, Qt.LeftButton)
    assert session.block("W", "f")[doug, saw] == -6.0
    assert claim_label(panel, "saw-doug-cancels").property("status") == "broken"


def test_claims_of_another_network_say_not_applicable(qtbot, panel, session):
    panel.show_lesson(7, 1)
    session.open_preset("dinner")
    label = claim_label(panel, "doug-votes")
    assert label.property("status") == "not applicable"
    assert "this claim is about an LSTM" in plain(label)


def test_retranslating_keeps_the_panel_whole(qtbot, panel):
    panel.show_lesson(4, 0)
    before = plain(panel.heading)
    QApplication.sendEvent(panel, QEvent(QEvent.LanguageChange))
    QApplication.sendEvent(panel.demo("squashing"), QEvent(QEvent.LanguageChange))
    assert plain(panel.heading) == before and panel.list.item(3).text() == "4. Squashing"
    assert np.isfinite(panel.demo("squashing").values()).all()


# -- in the real window ------------------------------------------------------------------------------
def test_lessons_in_the_window_highlight_and_break_claims(window, qtbot):
    """Help ▸ Start the lessons, walk lesson 7 to the step about the forgetting gate at
    "saw"; the part it talks about is outlined, and clamping the forgetting gate open
    breaks that claim, with its numbers."""
    window.findChild(type(window.files.open_action), "startLessons").trigger()
    assert window.docks["lessons"].isVisible()
    panel = window.lessons
    seven = LESSONS[6]
    k = next(i for i, st in enumerate(seven.steps) if "saw-forgets-saw" in st.claims)
    panel.show_lesson(seven.id)
    for _ in range(k):
        panel.next()
    assert window.diagram.highlighted()
    assert next(r for r in panel.results() if r.id == "saw-forgets-saw").holds
    window.session.set_clamp("f", None, 1.0)
    claim = next(r for r in panel.results() if r.id == "saw-forgets-saw")
    assert not claim.holds and "1.000" in claim.reason_text
    window.session.undo_stack.undo()
    assert next(r for r in panel.results() if r.id == "saw-forgets-saw").holds


def test_the_lessons_pane_takes_over_the_screen_and_closing_it_gives_the_session_back(window, qtbot):
    s = window.session
    some_work(s)
    before = learners_session(s)
    title = window.windowTitle()
    window.findChild(type(window.files.open_action), "startLessons").trigger()
    panel = window.lessons
    assert s.original.name == "dinner" and (panel.lesson.number, panel.step_index) == (1, 0)
    assert window.diagram.kind == "rnn" and not window.isWindowModified()
    assert window.undo_view.stack() is s.undo_stack and s.undo_stack.count() == 0
    click_lesson(qtbot, panel, 3)
    for _ in LESSONS[2].steps[1:]:
        qtbot.mouseClick(panel.next_button, Qt.LeftButton)
    assert not window.isWindowModified()                        # a lesson's moves are not edits
    window.docks["lessons"].toggleViewAction().trigger()        # closing the pane: leaving
    same_session(before, learners_session(s))
    assert window.windowTitle() == title and window.isWindowModified()
    assert window.diagram.kind == "lstm" and window.timeline.edit.text() == "Jane saw Spot. Doug saw Jane."
    assert window.undo_action.isEnabled() and window.redo_action.isEnabled()
    window.undo_action.trigger()                                # Edit ▸ Undo: the learner's own last edit
    assert s.block("W", "g")[0, 0] == -3.0
    # Opening the pane again: the lesson on the panel is back on screen.
    window.docks["lessons"].toggleViewAction().trigger()
    assert s.original.name == "book-rnn" and panel.lesson.number == 3


def test_anything_that_replaces_the_session_gives_the_learners_back_first(window, qtbot, no_modal_dialogs):
    s = window.session
    s.set_clamp("f", None, 1.0)                                # unsaved work
    window.start_lessons()
    assert s.original.name == "dinner" and not s.dirty
    assert window.files.maybe_save()                           # File ▸ Open, training, closing ask this
    assert s.original.name == "walkthrough" and no_modal_dialogs == [
        "“Children's book LSTM (hand-set)” has changes that are not saved."]


def test_the_distance_step_opens_tools_compare_in_the_window(window, qtbot, monkeypatch):
    from lstm_sim.ui.compare_dialog import CompareDialog
    started = []
    monkeypatch.setattr(CompareDialog, "start_distances", lambda self: started.append(self))
    window.start_lessons()
    window.lessons.show_lesson(6, 4)
    qtbot.mouseClick(window.lessons.demo("distance").button, Qt.LeftButton)
    assert window.compare is not None and window.compare.isVisible() and started == [window.compare]
    window.compare.close()


def test_a_lesson_step_outlines_the_heatmap_row_it_talks_about(window, qtbot):
    window.findChild(type(window.files.open_action), "startLessons").trigger()
    panel = window.lessons
    seven = LESSONS[6]
    k = next(i for i, st in enumerate(seven.steps) if any(h.kind == "heatmap" for h in st.highlights))
    panel.show_lesson(seven.id, k)
    units = window.session.units
    assert window.heatmaps.highlighted() == ("f", units.index("Doug"))
    assert window.docks["heatmaps"].isVisible()
    window.session.set_text("Jane saw Spot. Doug saw Jane.")  # more columns: the outline follows
    assert window.heatmaps.highlighted() == ("f", units.index("Doug"))
    item = window.heatmaps._lesson_item
    assert item.rect().width() >= len(window.session.token_texts) and item.rect().top() == units.index("Doug")
    panel.show_lesson(1)
    assert window.heatmaps.highlighted() is None


def test_chinese_shows_the_books_words_in_chinese_by_default(window, qtbot):
    from lstm_sim.ui.i18n import install_language
    try:
        window.choose_language("zh-TW")
        assert window.other_names_action.isChecked()
        window.start_lessons()
        panel = window.lessons
        panel.show_lesson(7, 1)
        text = plain(panel.text) + plain(panel.heading)
        assert "道格" in text and "看見" in text and "Doug" not in text and "saw" not in text
        claims = " ".join(plain(label) for label in panel.claims.labels.values())
        assert "道格" in claims and "看見" in claims and "Doug" not in claims
        assert [c.token() for c in window.timeline.chips.chips][:4] == ["珍", "看見", "小點", "。"]
        assert "道格" in window.diagram.strip("c").labels and "小點" in window.diagram.strip("c").labels
        assert "道格" in window.heatmaps.describe("f", 0, 4)          # heatmap rows and columns too
        panel.show_lesson(1, 1)
        assert "披薩" in plain(panel.text) and "pizza" not in plain(panel.text)
        assert [c.token() for c in window.timeline.chips.chips][:3] == ["披薩", "壽司", "鬆餅"]
        panel.show_lesson(2, 3)                      # the dinner network's votes, in Chinese words
        votes = plain(claim_label(panel, "dinner-votes"))
        assert "昨天的披薩投給壽司 +4.0" in votes and "pizza" not in votes
        panel.show_lesson(5, 0)
        demo = panel.demo("book-sampler")
        qtbot.mouseClick(demo.button, Qt.LeftButton)
        assert "道格" in demo.examples.text() and "Doug" not in demo.examples.text()
        window.choose_language("en")
        assert not window.other_names_action.isChecked()
        assert window.timeline.chips.chips[0].token() == window.session.token_texts[0] == "Spot"
    finally:
        install_language("en")


def test_chinese_prefers_a_traditional_chinese_face_and_english_gives_it_back(qtbot, monkeypatch):
    from PySide6.QtGui import QGuiApplication
    from lstm_sim.ui import i18n
    from lstm_sim.ui.i18n import TRADITIONAL_FACES, install_language, traditional_faces
    configure()
    assert traditional_faces(["Noto Sans CJK JP", "Noto Sans TC", "Noto Sans CJK TC", "DejaVu Sans"]) == \
        ["Noto Sans CJK TC", "Noto Sans TC"]                   # Taiwan's faces, best first; never the JP one
    # A machine with Japanese and Taiwanese faces (whatever this one has installed).
    monkeypatch.setattr(i18n.QFontDatabase, "families",
                        staticmethod(lambda *a: ["DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK TC"]))
    size = QGuiApplication.font().pointSizeF()
    try:
        assert install_language("zh-TW")
        families = QGuiApplication.font().families()
        assert families[-1:] == ["Noto Sans CJK TC"] and "Noto Sans CJK JP" not in families  # after the UI's own face
        assert families[0] not in TRADITIONAL_FACES and QGuiApplication.font().pointSizeF() == size
    finally:
        install_language("en")
    assert not set(QGuiApplication.font().families()) & set(TRADITIONAL_FACES)
