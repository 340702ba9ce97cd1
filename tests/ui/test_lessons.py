"""The lessons panel, driven like a learner: walk every step, drag, slide, toggle, and
watch the claims follow the live model."""
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


def test_walk_every_step_of_every_lesson_with_next_and_back(qtbot, panel, session):
    highlights = []
    panel.highlightRequested.connect(lambda kind, key: highlights.append((kind, key)))
    for number, lesson in enumerate(LESSONS):
        rect = panel.list.visualItemRect(panel.list.item(number))
        qtbot.mouseClick(panel.list.viewport(), Qt.LeftButton, pos=rect.center())
        assert panel.list.currentRow() == number
        for k, step in enumerate(lesson.steps):
            if k:
                highlights.clear()
                qtbot.mouseClick(panel.next_button, Qt.LeftButton)
            assert (panel.lesson.id, panel.step_index) == (lesson.id, k)
            assert step.title in plain(panel.heading)
            assert f"step {k + 1} of {len(lesson.steps)}" == panel.position.text()
            assert step.paragraphs[0] in plain(panel.text)
            if step.preset:
                assert session.original.name == step.preset
            if step.text:
                assert session.text == step.text
            if step.step is not None:
                assert session.step == step.step
            if k:
                assert highlights[0] == ("", "")
                assert highlights[1:1 + len(step.highlights)] == [(h.kind, h.key) for h in step.highlights]
            if step.demo:
                assert panel.demo(step.demo).isVisible()
            assert [r.id for r in panel.results()] == list(step.claims)
            assert all(r.status == "holds" for r in panel.results()), \
                [(r.id, r.reason_text) for r in panel.results() if r.status != "holds"]
            for cid in step.claims:
                assert claim_label(panel, cid).isVisible() and "✓" in claim_label(panel, cid).text()
        for k in range(len(lesson.steps) - 1, 0, -1):
            qtbot.mouseClick(panel.back_button, Qt.LeftButton)
            assert panel.step_index == k - 1
            assert lesson.steps[k - 1].title in plain(panel.heading)
    assert (panel.lesson.number, panel.step_index) == (7, 0) and panel.next_button.isEnabled()


def test_next_and_back_cross_lessons_and_stop_at_the_ends(qtbot, panel):
    panel.show_lesson(1, len(LESSONS[0].steps) - 1)
    qtbot.mouseClick(panel.next_button, Qt.LeftButton)
    assert (panel.lesson.number, panel.step_index) == (2, 0) and panel.list.currentRow() == 1
    qtbot.mouseClick(panel.back_button, Qt.LeftButton)
    assert (panel.lesson.number, panel.step_index) == (1, len(LESSONS[0].steps) - 1)
    panel.show_lesson(1, 0)
    assert not panel.back_button.isEnabled()
    panel.show_lesson(7, len(LESSONS[-1].steps) - 1)
    assert not panel.next_button.isEnabled()


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


def test_dragging_x_on_the_squashing_plot_changes_the_readout(qtbot, panel):
    panel.show_lesson(4, 0)
    demo = panel.demo("squashing")
    assert "tanh(x) = +0.762" in plain(demo.readout) and "σ(x) = 0.731" in plain(demo.readout)
    # A real drag of the marker, with the mouse, from x = 1 to x = −2.
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
    assert f"σ(x) = {s:.3f}" in plain(demo.readout) and s < 0.15
    # Far out, both stay bounded.
    demo.set_x(6.0)
    assert "tanh(x) = +1.000" in plain(demo.readout) and "σ(x) = 0.998" in plain(demo.readout)


def test_repeated_votes_grow_without_squashing_and_stay_bounded_with_it(qtbot, panel):
    panel.show_lesson(4, 1)
    demo = panel.demo("repeated-votes")
    assert "added up +8.00" in plain(demo.readout)
    demo.count.setValue(40)
    plain_total, squashed = demo.totals()
    assert plain_total[-1] == pytest.approx(32.0) and abs(squashed).max() < 1.0
    assert "After 40 votes" in demo.readout.text() and "added up +32.00" in demo.readout.text()
    demo.vote.setValue(-0.5)
    assert "added up −20.00" in demo.readout.text()


def test_valves_start_at_1_half_0_and_sliders_change_the_outputs(qtbot, panel):
    panel.show_lesson(5, 1)
    demo = panel.demo("valves")
    assert [c.text() for c in demo.output_cells] == ["0.80", "0.40", "0.00"]
    assert demo.outputs() == pytest.approx([0.8, 0.4, 0.0])
    assert "gives 0.8, 0.4, 0." in demo.summary.text()
    demo.sliders[2].setValue(75)
    demo.sliders[0].setValue(0)
    assert [c.text() for c in demo.output_cells] == ["0.00", "0.40", "0.60"]
    assert [c.text() for c in demo.sum_cells] == ["0.10", "0.00", "1.10"]     # ⊕ (0.1, −0.4, 0.5)


def test_marking_a_dinner_day_away_changes_the_predictions(qtbot, panel, session):
    panel.show_lesson(1, 3)
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


def test_book_sampler_counts_doug_saw_doug(qtbot, panel):
    panel.show_lesson(3, 2)
    demo = panel.demo("book-sampler")
    qtbot.mouseClick(demo.button, Qt.LeftButton)
    assert int(demo.cells["book-rnn"][1].text()) > 0                 # same name twice
    assert int(demo.cells["walkthrough"][0].text()) == 100           # the LSTM: all proper
    assert "“" in demo.examples.text()


def test_lesson7_claims_flip_to_broken_with_numbers_when_the_forgetting_gate_is_clamped(qtbot, panel, session):
    panel.show_lesson(7, 6)
    ids = ["saw-forgets-saw", "saw-doug-cancels", "saw-predicts-jane-spot"]
    assert [r.id for r in panel.results()] == ids
    for cid in ids:
        assert claim_label(panel, cid).property("status") == "holds"
        assert "✓ holds" in plain(claim_label(panel, cid))
    assert "forgets saw (0.002) and keeps “not Doug” (0.998)" in plain(claim_label(panel, "saw-forgets-saw"))

    session.set_clamp("f", None, 1.0)
    label = claim_label(panel, "saw-forgets-saw")
    assert label.property("status") == "broken"
    assert "✗ broken" in plain(label)
    assert "the forgetting gate on saw is 1.000, so the old saw stays in memory" in plain(label)
    assert "Doug's memory is +1.985: the votes do not cancel" in plain(claim_label(panel, "saw-doug-cancels"))

    session.undo_stack.undo()                                   # free the gate again
    assert all(claim_label(panel, cid).property("status") == "holds" for cid in ids)


def test_a_weight_edit_breaks_a_claim_live(qtbot, panel, session):
    panel.show_lesson(7, 4)
    doug, saw = session.units.index("Doug"), session.words.index("saw")
    session.edit_weight("W", "f", doug, saw, -6.0)
    label = claim_label(panel, "saw-forgets-saw")
    assert label.property("status") == "broken"
    assert "the forgetting gate on Doug is 0.002, so “not Doug” is gone" in plain(label)
    # Showing another step keeps the edit: the preset is not reopened.
    qtbot.mouseClick(panel.next_button, Qt.LeftButton)
    assert session.block("W", "f")[doug, saw] == -6.0
    assert claim_label(panel, "saw-doug-cancels").property("status") == "broken"


def test_claims_of_another_network_say_not_applicable(qtbot, panel, session):
    panel.show_lesson(7, 1)
    session.open_preset("dinner")
    label = claim_label(panel, "doug-votes")
    assert label.property("status") == "not applicable"
    assert "this claim is about an LSTM" in plain(label)


def test_open_guard_can_keep_the_app_where_it_is(qtbot, session):
    from lstm_sim.ui.lessons import LessonsPanel
    asked = []
    p = LessonsPanel(session, open_guard=lambda: asked.append(1) or False)
    qtbot.addWidget(p)
    p.show_lesson(1, 0)                  # wants the dinner preset
    assert asked and session.original.name == "walkthrough"
    p.show_lesson(7, 1)                  # already on the walkthrough: nothing to ask
    assert len(asked) == 1 and session.step == 4


def test_retranslating_keeps_the_panel_whole(qtbot, panel):
    panel.show_lesson(4, 0)
    before = plain(panel.heading)
    QApplication.sendEvent(panel, QEvent(QEvent.LanguageChange))
    QApplication.sendEvent(panel.demo("squashing"), QEvent(QEvent.LanguageChange))
    assert plain(panel.heading) == before and panel.list.item(3).text() == "4. Squashing"
    assert np.isfinite(panel.demo("squashing").values()).all()


def test_lessons_in_the_window_highlight_and_break_claims(window, qtbot):
    """In the real window: Help ▸ Start the lessons, walk lesson 7 to the step about the
    forgetting gate at "saw"; the part it talks about is outlined, and clamping the
    forgetting gate open breaks that claim, with its numbers."""
    from lstm_sim.scenarios.lessons import LESSONS
    window.findChild(type(window.files.open_action), "startLessons").trigger()
    assert window.docks["lessons"].isVisible()
    panel = window.lessons
    seven = LESSONS[6]
    k = next(i for i, st in enumerate(seven.steps) if "saw-forgets-saw" in st.claims)
    panel.show_lesson(seven.id)
    for _ in range(k):
        panel.next()
    assert window.diagram.highlighted()                  # the step's part of the cell is outlined
    claim = next(r for r in panel.results() if r.id == "saw-forgets-saw")
    assert claim.holds
    window.session.set_clamp("f", None, 1.0)
    claim = next(r for r in panel.results() if r.id == "saw-forgets-saw")
    assert not claim.holds and "1.000" in claim.reason_text
    window.session.undo_stack.undo()
    assert next(r for r in panel.results() if r.id == "saw-forgets-saw").holds


def test_a_lesson_step_outlines_the_heatmap_row_it_talks_about(window, qtbot):
    """Lesson 7's step on the forgetting gate points at its 'Doug' row in the heatmaps:
    that row is outlined, stays outlined as the text changes, and leaving clears it."""
    from lstm_sim.scenarios.lessons import LESSONS
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
