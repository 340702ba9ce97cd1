"""The timeline: text field, token chips, the unknown-word row and its word list.

Driven with real keys and clicks; assertions are on what the user sees (chips on show,
rendered colours, the height of the error row)."""
import random

import pytest
from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication

from lstm_sim.model import Network
from lstm_sim.scenarios import Preset, Vocabulary
from lstm_sim.ui.theme import dark_palette
from lstm_sim.ui.timeline import Timeline



def made_up_words(n: int, seed: int = 534) -> list[str]:
    """``n`` distinct made-up words (a user's own corpus), 2 to 10 letters long."""
    rng, words = random.Random(seed), set()
    while len(words) < n:
        words.add("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 10))).capitalize())
    return sorted(words)


LONG_VOCABULARY = made_up_words(534)


@pytest.fixture
def timeline(qtbot):
    tl = Timeline()
    qtbot.addWidget(tl)
    tl.resize(900, 140)
    tl.show()
    qtbot.waitExposed(tl)
    return tl


def shown_chips(tl):
    return [c for c in tl.chips._pool if c.isVisibleTo(tl)]


# -- chips -------------------------------------------------------------------------------
def test_a_one_character_edit_reuses_every_chip(timeline):
    words = ["Jane", "saw", "Spot", ".", "Doug", "saw"] * 50
    timeline.set_tokens(words)
    before = list(timeline.chips.chips)
    assert len(shown_chips(timeline)) == 300
    timeline.set_tokens(words[:-1] + ["Spot"])             # the last word retyped
    after = timeline.chips.chips
    assert all(a is b for a, b in zip(before, after)) and len(after) == 300
    assert after[-1].text() == "Spot" and after[0].text() == "Jane"
    assert len(shown_chips(timeline)) == 300


def test_chips_hide_and_come_back_without_new_buttons(timeline):
    timeline.set_tokens(["Jane", "saw", "Spot", "."])
    pool = list(timeline.chips._pool)
    timeline.set_tokens(["Jane", "saw"])
    assert [c.text() for c in shown_chips(timeline)] == ["Jane", "saw"]
    assert len(timeline.chips.chips) == 2
    timeline.set_tokens(["Doug", "saw", "Jane", "."])
    assert timeline.chips._pool == pool                     # the hidden ones came back
    assert [c.text() for c in shown_chips(timeline)] == ["Doug", "saw", "Jane", "."]
    assert "step 3" in timeline.chips.chips[2].toolTip() and "Jane" in timeline.chips.chips[2].toolTip()


def test_clicking_a_reused_chip_asks_for_its_step(timeline, qtbot):
    timeline.set_tokens(["a", "b", "c"])
    timeline.set_tokens(["a", "b"])
    timeline.set_tokens(["x", "y", "z"])
    with qtbot.waitSignal(timeline.stepRequested) as signal:
        qtbot.mouseClick(timeline.chips.chips[2], Qt.LeftButton)
    assert signal.args == [2]


def test_current_chip_keeps_its_size_so_stepping_does_not_relayout(timeline, qtbot):
    timeline.set_tokens(["Doug", "saw", "Jane"])
    timeline.set_step(0)
    QApplication.processEvents()                    # the layout pass a step could ask for
    sizes = [c.size() for c in timeline.chips.chips]
    timeline.set_step(2)
    QApplication.processEvents()
    assert [c.size() for c in timeline.chips.chips] == sizes
    assert timeline.chips.chips[2].isChecked() and not timeline.chips.chips[0].isChecked()


def chip_in_view(tl, k: int) -> bool:
    """Chip ``k`` is wholly inside the row's visible part (what the user sees)."""
    chip, view = tl.chips.chips[k], tl.chips.viewport()
    left = chip.mapTo(view, QPoint(0, 0)).x()
    return left >= 0 and left + chip.width() <= view.width()


def test_stepping_through_a_long_text_keeps_the_current_chip_in_view_scrolling_by_pages(timeline, qtbot):
    words = ["Jane", "saw", "Spot", ".", "Doug", "saw"] * 20
    timeline.set_tokens(words)
    qtbot.waitUntil(lambda: timeline.chips.widget().width() > 2000)
    bar, scrolls = timeline.chips.horizontalScrollBar(), []
    bar.valueChanged.connect(scrolls.append)
    for k in [*range(len(words)), *reversed(range(len(words)))]:     # forwards, as Play does, and back
        timeline.set_step(k)
        QApplication.processEvents()
        assert chip_in_view(timeline, k), k
    assert bar.value() == 0
    # a page at a time: the row (and its scroll bar) moves on a few steps, not on each one
    visible = sum(chip_in_view(timeline, k) for k in range(len(words)))
    assert 0 < len(scrolls) <= 2 * 3 * len(words) / visible + 2


def test_a_step_changes_no_layout(timeline, qtbot):
    """The step label keeps one size: a new step asks nothing of the window's layout."""
    timeline.set_tokens(["Doug", "saw", "Jane"] * 4)
    timeline.set_step(0)
    QApplication.processEvents()                    # the first layout, before the spy listens
    requests = []

    class Spy(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.LayoutRequest:
                requests.append(obj)
            return False
    spy = Spy()
    QApplication.instance().installEventFilter(spy)
    try:
        for k in (11, 3, 7):
            timeline.set_step(k)
            QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert "step 8/12" in timeline.step_label.text()
    assert requests == []


# -- typing ------------------------------------------------------------------------------
def test_typing_in_the_window_updates_chips_and_trace(window, qtbot):
    edit = window.timeline.edit
    chips_before = list(window.timeline.chips.chips)
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, " Jane")
    assert window.session.token_texts == ["Jane", "saw", "Spot", ".", "Doug", "saw", "Jane"]
    chips = window.timeline.chips.chips
    assert [c.text() for c in chips] == window.session.token_texts
    assert all(a is b for a, b in zip(chips_before, chips))
    assert window.heatmaps.images["f"].image.shape[1] == 7
    qtbot.keyClick(edit, Qt.Key_Backspace)                # "Jan" is not a word
    assert window.timeline.error.isVisible()
    for _ in range(4):
        qtbot.keyClick(edit, Qt.Key_Backspace)
    assert not window.timeline.error.isVisible()
    assert window.session.token_texts == ["Jane", "saw", "Spot", ".", "Doug", "saw"]
    assert len(shown_chips(window.timeline)) == 6


def post_keys(widget, text):
    for ch in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.postEvent(widget, QKeyEvent(kind, 0, Qt.NoModifier, ch))


def run_loop_until(condition, timeout_ms=3000):
    """Run a real event loop (as the application does) until ``condition()`` holds."""
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: condition() and loop.quit())
    poll.start(1)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    poll.stop()


def test_a_burst_of_queued_keys_is_forwarded_as_one_edit(timeline):
    seen = []
    timeline.textEdited.connect(seen.append)
    timeline.edit.setFocus()
    post_keys(timeline.edit, "Doug saw Jane.")
    run_loop_until(lambda: timeline.edit.text() == "Doug saw Jane." and not timeline.has_held_edit())
    assert seen and seen[-1] == "Doug saw Jane."
    assert len(seen) <= 3                                  # not one per key


def test_keys_sent_directly_are_each_forwarded_at_once(timeline, qtbot):
    seen = []
    timeline.textEdited.connect(seen.append)
    qtbot.keyClicks(timeline.edit, "Doug")
    assert seen == ["D", "Do", "Dou", "Doug"]
    timeline.flush()                                       # nothing held: nothing more
    assert seen[-1] == "Doug" and len(seen) == 4


def test_flush_forwards_a_held_edit(timeline):
    seen = []
    timeline.textEdited.connect(seen.append)
    timeline._burst.start()                                # as inside a burst
    timeline._held = "Doug saw"
    assert timeline.has_held_edit()
    timeline.flush()
    assert seen == ["Doug saw"] and not timeline.has_held_edit()


# -- theme -------------------------------------------------------------------------------
def chip_colours(chip):
    """(paper, ink) of a rendered chip: the colour just inside its left edge, and the
    pixel of its label that differs most from it."""
    image = chip.grab().toImage()
    y = image.height() // 2
    paper = image.pixelColor(4, y)
    ink = max((image.pixelColor(x, yy) for x in range(8, image.width() - 8)
               for yy in range(3, image.height() - 3)),
              key=lambda c: abs(c.lightness() - paper.lightness()))
    return paper, ink


def row_paper(tl):
    """The colour of the chip row right of the last chip."""
    image = tl.chips.grab().toImage()
    return image.pixelColor(image.width() - 5, tl.chips.chips[0].height() // 2)


def test_chips_follow_the_palette_dark_and_back(timeline):
    timeline.set_tokens(["Doug", "saw", "Jane"])
    timeline.set_step(1)
    light = timeline.palette()
    paper, ink = chip_colours(timeline.chips.chips[0])
    assert paper.lightness() > 180 and ink.lightness() < 90
    assert row_paper(timeline).lightness() > 180

    timeline.setPalette(dark_palette())
    paper, ink = chip_colours(timeline.chips.chips[0])
    assert paper.lightness() < 90 and ink.lightness() > 170      # light text on dark paper
    assert row_paper(timeline).lightness() < 90
    current_paper, current_ink = chip_colours(timeline.chips.chips[1])
    assert abs(current_paper.lightness() - current_ink.lightness()) > 100

    timeline.setPalette(light)
    paper, ink = chip_colours(timeline.chips.chips[0])
    assert paper.lightness() > 180 and ink.lightness() < 90
    assert row_paper(timeline).lightness() > 180


def test_the_window_theme_switch_reaches_chips_and_the_marked_text_field(window, qtbot):
    tl = window.timeline
    tl.edit.end(False)
    qtbot.keyClicks(tl.edit, " Dgu")                       # an error: the field gets its red frame
    assert tl.edit.styleSheet()
    try:
        window.dark_action.setChecked(True)
        # The application palette reaches the window's widgets through posted events.
        qtbot.waitUntil(lambda: tl.palette().color(QPalette.Window).lightness() < 128)
        paper, ink = chip_colours(tl.chips.chips[0])
        assert paper.lightness() < 90 and ink.lightness() > 170
        field = tl.edit.grab().toImage()
        assert field.pixelColor(field.width() // 2, 4).lightness() < 90
        window.dark_action.setChecked(False)
        qtbot.waitUntil(lambda: tl.palette().color(QPalette.Window).lightness() > 128)
        paper, ink = chip_colours(tl.chips.chips[0])
        assert paper.lightness() > 180 and ink.lightness() < 90
        field = tl.edit.grab().toImage()
        assert field.pixelColor(field.width() // 2, 4).lightness() > 180
    finally:
        window.dark_action.setChecked(False)


# -- the unknown-word row ----------------------------------------------------------------
def long_message(words):
    return 'Unknown word "Dgu"; nearest known words: ' + ", ".join(words)


def test_error_row_stays_one_line_with_a_long_message(timeline):
    timeline.set_vocabulary(LONG_VOCABULARY)
    timeline.edit.setText("Doug Dgu saw")
    height_before = timeline.sizeHint().height()
    message = long_message(LONG_VOCABULARY)               # the worst case: every word
    timeline.show_error(message, 5, 8)
    QApplication.processEvents()
    line = timeline.fontMetrics().height()
    assert timeline.error_row.isVisible()
    assert timeline.error_row.height() <= 2 * line
    assert timeline.sizeHint().height() - height_before <= 2 * line + 8
    assert message in timeline.error.text() and message in timeline.error.toolTip()
    shown = timeline.error.shown_text()
    assert shown.endswith("…") and len(shown) < len(message)
    assert "show all 534 words" in timeline.vocabulary_link.text()
    timeline.clear_error()
    assert not timeline.error_row.isVisible()


def click_link(qtbot, label):
    qtbot.mouseClick(label, Qt.LeftButton, pos=QPoint(6, label.height() // 2))


def test_show_all_lists_the_vocabulary_and_picking_a_word_fixes_the_text(timeline, qtbot):
    timeline.set_vocabulary(LONG_VOCABULARY)
    timeline.edit.setText("Doug Dgu saw")
    timeline.show_error('Unknown word "Dgu"; nearest known words: Doug, saw', 5, 8)
    QApplication.processEvents()
    click_link(qtbot, timeline.vocabulary_link)
    popup = timeline.vocabulary_popup
    assert popup is not None and popup.isVisible()
    assert popup.list.count() == 534 and "Dgu" in popup.hint.text()
    target = LONG_VOCABULARY[100]
    qtbot.keyClicks(popup.filter, target[:3].lower())
    shown = popup.shown_words()
    assert target in shown and all(target[:3].lower() in w.lower() for w in shown)
    item = popup.list.findItems(target, Qt.MatchExactly)[0]
    with qtbot.waitSignal(timeline.textEdited) as signal:
        qtbot.mouseClick(popup.list.viewport(), Qt.LeftButton, pos=popup.list.visualItemRect(item).center())
    assert signal.args == [f"Doug {target} saw"]
    assert timeline.edit.text() == f"Doug {target} saw"
    assert not popup.isVisible()


def test_picking_a_word_without_a_mark_inserts_it_at_the_cursor(timeline, qtbot):
    timeline.set_vocabulary(["Doug", "saw", "Jane"])
    timeline.edit.setText("Doug saw")
    timeline.edit.end(False)
    popup = timeline.show_vocabulary()
    qtbot.keyClicks(popup.filter, "jan")
    with qtbot.waitSignal(timeline.textEdited) as signal:
        qtbot.keyClick(popup.filter, Qt.Key_Return)
    assert signal.args == ["Doug saw Jane"]


def test_the_window_fixes_an_unknown_word_from_the_list(window, qtbot):
    tl = window.timeline
    tl.edit.end(False)
    qtbot.keyClicks(tl.edit, " Dgu")
    assert tl.error.isVisible() and "Dgu" in tl.error.text()
    assert "show all 5 words" in tl.vocabulary_link.text()
    assert tl.error_row.height() <= 2 * tl.fontMetrics().height()
    click_link(qtbot, tl.vocabulary_link)
    popup = tl.vocabulary_popup
    assert popup.isVisible() and sorted(popup.shown_words()) == sorted(window.session.words)
    item = popup.list.findItems("Jane", Qt.MatchExactly)[0]
    qtbot.mouseClick(popup.list.viewport(), Qt.LeftButton, pos=popup.list.visualItemRect(item).center())
    assert tl.edit.text() == "Jane saw Spot. Doug saw Jane"
    assert window.session.token_texts[-1] == "Jane"
    assert not tl.error.isVisible()


def test_a_534_word_vocabulary_does_not_squeeze_the_diagram(window, qtbot):
    words = LONG_VOCABULARY
    net = Network.random("lstm", len(words), 8, len(words), seed=0)
    preset = Preset("big", "big", "", net, Vocabulary(words), [f"u{k}" for k in range(8)],
                    " ".join(words[:20]), 0)
    window.session.open(preset)
    QApplication.processEvents()
    diagram_height = window.diagram.height()
    tl = window.timeline
    tl.edit.end(False)
    qtbot.keyClicks(tl.edit, " Qqqzx")
    QApplication.processEvents()
    assert tl.error.isVisible()
    assert "show all 534 words" in tl.vocabulary_link.text()
    line = tl.fontMetrics().height()
    assert tl.error_row.height() <= 2 * line
    assert diagram_height - window.diagram.height() <= 2 * line + 8
