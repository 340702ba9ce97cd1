"""English and Traditional Chinese, switched in place at run time and remembered.

View ▸ Language swaps the translator; every widget re-words itself on the
``QEvent.LanguageChange`` Qt sends it. The tests drive the menu action as a user would and
read what the user sees; the texts are compared as strings (a machine without a CJK font
draws boxes, but the strings are the same).
"""
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QListWidget

from lstm_sim.ui import i18n
from lstm_sim.ui.main_window import MainWindow


@pytest.fixture
def english():
    yield
    i18n.install_language("en")


@pytest.fixture
def strict():
    """Fails the test on any exception that reaches Qt's event loop (the app would show
    "Unexpected error"), on any Qt critical message, and on any message saying a C++
    object was "already deleted"; every message still reaches the handler before."""
    problems: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda t, e, tb: problems.append(f"{t.__name__}: {e}")

    def handler(mode, context, message):
        if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) or "already deleted" in message:
            problems.append(f"Qt {mode.name}: {message}")
        if previous is not None:
            previous(mode, context, message)

    previous = qInstallMessageHandler(handler)
    try:
        yield problems
    finally:
        qInstallMessageHandler(previous)
        sys.excepthook = previous_hook
    assert not problems, problems


def cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def menu_titles(window):
    return [a.text() for a in window.menuBar().actions()]


def choose(window, code: str) -> None:
    """View ▸ Language ▸ <code>, as the user picks it."""
    action = window.findChild(QAction, f"language:{code}")
    assert action is not None and action.isEnabled()
    action.trigger()
    QApplication.processEvents()


def main_windows() -> list:
    """The main windows on screen (closed ones of earlier tests may await deletion)."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def lesson_items(window) -> list[str]:
    items = window.lessons.findChild(QListWidget)
    return [items.item(k).text() for k in range(items.count())]


def seen(window) -> dict:
    """What the user reads in every pane."""
    w = window
    return {
        "menus": menu_titles(w),
        "file menu": [a.text() for a in w.menuBar().actions()[0].menu().actions() if not a.isSeparator()],
        "dock": w.docks["heatmaps"].windowTitle(),
        "dock action": w.docks["heatmaps"].toggleViewAction().text(),
        "box": w.diagram.path_box("f").title,
        "box tip": w.diagram.path_box("f").toolTip(),
        "caption": w.diagram._layout.captions["x"].text,
        "formula": w.diagram.formula.text(),
        "lessons": lesson_items(w),
        "lesson heading": w.lessons.heading.text(),
        "predictions axis": w.predictions.plot.getAxis("left").labelText,
        "predictions title": w.predictions.plot.getPlotItem().titleLabel.text,
        "heatmap axis": w.heatmaps.bars[0].getAxis("left").labelText,
        "heatmap title": w.heatmaps.plots["f"].titleLabel.text,
        "timeline": w.timeline.text_label.text(),
        "editor": w.editor.path_label.text(),
        "training": w.training.start_button.text(),
        "memory flow": w.provenance.plot.titleLabel.text,
        "about": w.about.toPlainText(),
        "title": w.windowTitle(),
        "compare": w.compare.windowTitle(),
    }


def where(window) -> dict:
    """What a language switch must leave alone."""
    w, s = window, window.session
    # The text's words, not its spelling: in Chinese it is written 珍看見小點。, not Jane saw Spot.
    return {"session": s, "dirty": s.dirty, "step": s.step, "tokens": s.token_texts,
            "lesson": (w.lessons.lesson.id, w.lessons.step_index), "substep": w.diagram.substep(),
            "inside": w.inside_action.isChecked(), "lessons open": w.docks["lessons"].isVisible(),
            "highlights": (w.diagram.highlighted(), w.heatmaps.highlighted()),
            "docks": {k: d.isVisible() for k, d in w.docks.items()},
            "diagram": w.diagram, "panel": w.lessons, "c": list(w.diagram.strip_values("c")),
            "size": w.size(), "dark": w.dark_action.isChecked(),
            # Where each dock is and which share its tabs (sizes may follow the new words).
            "layout": {k: (w.dockWidgetArea(d), d.isFloating(),
                           sorted(t.objectName() for t in w.tabifiedDockWidgets(d))) for k, d in w.docks.items()}}


@pytest.fixture
def app_window(qtbot, settings, english, strict):
    """The window as the app opens it, every pane shown (the compare dialog too)."""
    from lstm_sim.ui.app import configure, create_window
    configure()
    if not i18n.qm_path("zh-TW").is_file():
        pytest.fail("resources/i18n/lstm_sim_zh_TW.qm is missing: run `make translations`")
    window = create_window(settings=settings)
    qtbot.addWidget(window)
    window.animate_action.setChecked(False)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    for dock in window.docks.values():
        dock.show()
    window.show_compare()
    QApplication.processEvents()
    yield window
    window.compare.close()


def test_switching_to_chinese_rewords_the_same_window_in_place(app_window, settings, monkeypatch,
                                                               no_modal_dialogs):
    """Lesson 4 step 2 (its plot demo), the lessons pane closed, sub-steps on, unsaved
    work: 繁體中文 and back re-word every pane of this one window and change nothing else."""
    import lstm_sim.ui.main_window
    monkeypatch.setattr(lstm_sim.ui.main_window, "can_draw_chinese", lambda: False)     # as on a bare machine
    w = app_window
    w.lessons.show_lesson(4, 1)
    w.docks["lessons"].close()                             # the learner closes the lessons pane
    w.session.edit_weight("b", "g", 0, 0, 0.5)             # unsaved work must survive
    w.session.set_step(2)
    w.inside_action.setChecked(True)
    w.diagram.set_substep(3)
    QApplication.processEvents()
    before, english = where(w), seen(w)
    assert english["menus"][0] == "&File" and english["dock"] == "Heatmaps over time"
    assert not any(cjk(text) for text in english.values() if isinstance(text, str))

    choose(w, "zh-TW")
    assert main_windows() == [w] and w.isVisible()         # the same window, not a new one
    chinese = seen(w)
    assert where(w) == before
    assert settings.value("language") == "zh-TW"
    assert chinese["menus"][0] == QCoreApplication.translate("MainWindow", "&File") != "&File"
    for key, text in chinese.items():
        if isinstance(text, list):                       # menus, lesson titles: each one re-worded
            assert all(a != b for a, b in zip(text, english[key])) and sum(map(cjk, text)) >= len(text) - 1, text
        else:
            assert cjk(text), (key, text)
    assert chinese["box"] == QCoreApplication.translate("glossary", "forgetting · f")
    assert chinese["caption"] == QCoreApplication.translate("glossary", "new information · xₜ")
    assert w.diagram.highlighted() == [] and w.heatmaps.highlighted() is None
    # No font for Chinese: said in the status bar, in Chinese, without a dialog.
    assert w.statusBar().currentMessage() == QCoreApplication.translate("App", i18n.CJK_FONT_HINT)
    assert cjk(w.statusBar().currentMessage()) and no_modal_dialogs == []

    choose(w, "en")
    assert main_windows() == [w]
    assert w.statusBar().currentMessage() == ""             # the Chinese hint is not left behind
    assert seen(w) == english
    assert where(w) == before
    assert settings.value("language") == "en"


def test_switching_inside_a_lesson_keeps_it_and_leaving_it_takes_its_outlines_away(app_window):
    """A lesson on screen stays at its step with its outlines and sub-step; after the
    learner leaves it, no outline comes back with a switch."""
    w = app_window
    w.docks["lessons"].raise_()
    w.lessons.show_lesson(7, 4)                            # the forgetting gate: a box and a heatmap row
    QApplication.processEvents()
    before = where(w)
    assert before["highlights"] == (["box:f"], ("f", w.session.units.index("Doug")))
    assert before["inside"] and before["substep"] is not None
    choose(w, "zh-TW")
    assert where(w) == before
    assert cjk(w.lessons.heading.text()) and cjk(w.lessons.text.text())
    assert w.lessons.findChild(QListWidget).currentRow() == 6
    assert cjk(w.diagram.formula.text())

    w.docks["lessons"].close()                             # leaving the lesson
    assert w.diagram.highlighted() == [] and w.heatmaps.highlighted() is None
    choose(w, "en")
    assert w.diagram.highlighted() == [] and w.heatmaps.highlighted() is None
    choose(w, "zh-TW")
    assert w.diagram.highlighted() == [] and w.heatmaps.highlighted() is None
    assert (w.lessons.lesson.number, w.lessons.step_index) == (7, 4)


def test_the_language_menu_lists_both(window):
    names = {a.objectName() for a in window.findChildren(type(window.files.open_action))}
    assert {"language:en", "language:zh-TW"} <= names


def test_the_books_words_can_be_shown_in_chinese(window):
    action = window.findChild(type(window.files.open_action), "otherNames")
    assert action.isEnabled()
    action.setChecked(True)
    assert window.diagram.strip("c").labels == ["道格", "珍", "小點", "看見", "。"]
    assert [c.text() for c in window.timeline.chips.chips] == ["珍", "看見", "小點", "。", "道格", "看見"]
    assert window.predictions.shown_words() == ["道格", "珍", "小點", "看見", "。"]
    assert window.session.token_texts[0] == "Jane"          # the network's words are unchanged
    action.setChecked(False)
    assert window.diagram.strip("c").labels[0] == "Doug"
    window.session.open_preset("dinner")
    assert action.isEnabled()                               # the dishes have theirs: 披薩, 壽司, 鬆餅
    action.setChecked(True)
    assert window.diagram.strip("h").labels == ["披薩", "壽司", "鬆餅"]
    action.setChecked(False)


@pytest.fixture
def chinese(qtbot, settings, english):
    """The window as it opens when the remembered language is 繁體中文."""
    from lstm_sim.ui.app import configure, create_window
    configure()
    settings.setValue("language", "zh-TW")
    window = create_window(settings=settings)
    qtbot.addWidget(window)
    window.animate_action.setChecked(False)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_notes(window) -> str:
    """The notes over the weight tables of the path the editor shows."""
    return " ".join(window.editor.block(param).note.text() for param in ("W", "U", "b"))


def test_the_input_text_is_written_in_chinese_in_chinese(chinese, qtbot):
    """In Chinese the text field reads 珍看見小點。道格看見 like the chips; Chinese typed in
    it is read; the spelling follows View ▸ 'the book's words in Chinese' and is never an
    edit (nothing to undo, nothing unsaved)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QInputMethodEvent
    w, s = chinese, chinese.session
    field = w.timeline.edit
    assert field.text() == "珍看見小點。道格看見"
    assert s.token_texts == ["Jane", "saw", "Spot", ".", "Doug", "saw"]
    assert s.undo_stack.count() == 0 and not s.dirty
    field.setFocus()
    field.selectAll()
    typed = QInputMethodEvent()                              # Chinese arrives from the input method
    typed.setCommitString("道格看見珍。")
    QApplication.sendEvent(field, typed)
    w.timeline.flush()
    assert [c.text() for c in w.timeline.chips.chips] == ["道格", "看見", "珍", "。"]
    assert s.token_texts == ["Doug", "saw", "Jane", "."]
    edits = s.undo_stack.count()
    w.findChild(QAction, "otherNames").setChecked(False)      # the book's words in English
    assert field.text() == "Doug saw Jane."
    assert [c.text() for c in w.timeline.chips.chips] == ["Doug", "saw", "Jane", "."]
    assert s.undo_stack.count() == edits and s.token_texts == ["Doug", "saw", "Jane", "."]
    w.undo_action.trigger()                  # undo and redo give texts back in today's spelling
    assert field.text() == "Jane saw Spot. Doug saw"
    w.redo_action.trigger()
    assert field.text() == "Doug saw Jane."
    w.findChild(QAction, "otherNames").setChecked(True)
    assert field.text() == "道格看見珍。"
    w.undo_action.trigger()
    assert field.text() == "珍看見小點。道格看見"
    w.redo_action.trigger()
    assert field.text() == "道格看見珍。"
    w.session.open_preset("walkthrough")                    # a preset's own text, in Chinese too
    assert field.text() == "珍看見小點。道格看見"
    qtbot.keyClick(field, Qt.Key_End)
    qtbot.keyClicks(field, " Jane")                         # typed English stays as typed
    w.timeline.flush()
    assert field.text() == "珍看見小點。道格看見 Jane" and s.token_texts[-1] == "Jane"


def test_a_lessons_text_is_written_in_chinese_in_chinese(chinese, qtbot):
    w = chinese
    w.start_lessons()
    for step in range(len(w.lessons.lessons[6].steps)):          # lesson 7, "Jane saw Spot. Doug…"
        w.lessons.show_lesson(7, step)
        assert cjk(w.timeline.edit.text()) and "Jane" not in w.timeline.edit.text(), step
    assert w.session.token_texts[0] == "Jane"


def test_the_presets_own_texts_are_chinese_in_chinese(chinese, qtbot):
    """About pane, window title, block notes and the New-from-preset menu all speak the
    UI's language; the file's English is used nowhere."""
    from PySide6.QtCore import Qt
    from lstm_sim.scenarios import load_preset
    w = chinese
    for name in ("walkthrough", "dinner", "book-rnn"):
        english = load_preset(name)
        if name != "walkthrough":
            w.findChild(type(w.files.open_action), f"preset:{name}").trigger()
        about = w.about.toPlainText()
        assert cjk(about) and cjk(w.windowTitle())
        for line in [english.title, english.summary] + english.about:
            assert line not in about and line not in w.windowTitle()
        # The weight editor's notes, for the path the learner clicks.
        path = "f" if name == "walkthrough" else "rnn"
        box = w.diagram.path_box(path)
        qtbot.mouseClick(w.diagram.viewport(), Qt.LeftButton,
                         pos=w.diagram.mapFromScene(box.sceneBoundingRect().center()))
        notes = shown_notes(w)
        assert cjk(notes)
        gate = None if path == "rnn" else path
        for param in ("W", "U", "b"):
            assert english.notes[(param, gate)] not in notes
    menu = [w.findChild(type(w.files.open_action), f"preset:{n}").text() for n in ("walkthrough", "dinner")]
    assert all(cjk(t) for t in menu) and menu[1].endswith("(dinner)")


def test_switching_back_to_english_gives_the_presets_english_texts(chinese, qtbot, strict):
    from lstm_sim.scenarios import load_preset
    english = load_preset("walkthrough")
    chinese.show_path("f")
    assert cjk(shown_notes(chinese))
    choose(chinese, "en")
    about = chinese.about.toPlainText()
    assert not cjk(about) and all(line in about for line in english.about)
    assert chinese.windowTitle().startswith(english.title)
    assert english.notes[("W", "f")] in shown_notes(chinese)     # the notes on show re-worded
    assert [chinese.findChild(QAction, f"preset:{n}").text() for n in ("walkthrough", "dinner")] == \
        [f"{load_preset(n).title}  ({n})" for n in ("walkthrough", "dinner")]


@pytest.mark.parametrize("preset", ["walkthrough", "dinner"])
def test_every_caption_on_the_diagram_is_chinese(chinese, preset):
    """Including the dashed loop's "next step" caption, on the LSTM and the plain RNN."""
    import re
    from lstm_sim.ui.diagram.names import DESCRIPTIONS
    from lstm_sim.ui.diagram.parts import Label
    chinese.session.open_preset(preset)
    labels = [item for item in chinese.diagram.scene().items() if isinstance(item, Label)]
    assert labels
    for label in labels:
        words = set(re.findall(r"[A-Za-z]{3,}", label.text)) - {"tanh"}
        assert cjk(label.text) and not words, label.text
    loop = [label for label in labels if label.toolTip() == DESCRIPTIONS["recycle"]]
    assert len(loop) == 1 and "hₜ₋₁" in loop[0].text and cjk(DESCRIPTIONS["recycle"])


def test_switching_language_in_a_lesson_keeps_the_lesson_step_and_the_learners_sub_step_choice(
        qtbot, settings, english, strict):
    from lstm_sim.ui.app import configure, create_window
    configure()
    window = create_window(settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.inside_action.setChecked(False)            # the learner's own choice
    window.docks["lessons"].show()
    window.lessons.show_lesson(7, 3)
    assert window.inside_action.isChecked()           # lesson 7 steps inside the cell
    choose(window, "zh-TW")
    chinese = window
    assert (chinese.lessons.lesson.number, chinese.lessons.step_index) == (7, 3)
    assert chinese.lessons.findChild(QListWidget).currentRow() == 6
    assert cjk(chinese.lessons.findChild(QListWidget).item(0).text())
    assert chinese.inside_action.isChecked()
    chinese.lessons.show_lesson(5)                    # leaving the lesson gives the choice back
    assert not chinese.inside_action.isChecked()


def test_switching_language_keeps_sub_steps_as_the_learner_left_them(qtbot, settings, english, strict):
    from lstm_sim.ui.app import configure, create_window
    configure()
    window = create_window(settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.docks["lessons"].show()
    window.lessons.show_lesson(7, 2)
    window.inside_action.setChecked(False)            # switched off during the lesson
    choose(window, "zh-TW")
    assert not window.inside_action.isChecked() and window.diagram.substep() is None
    window.lessons.show_lesson(5)
    window.inside_action.setChecked(True)
    window.diagram.set_substep(3)                    # outside lessons, at stage 4
    choose(window, "en")
    assert window.inside_action.isChecked() and window.diagram.substep() == 3


def test_a_trained_nets_title_follows_a_language_switch(qtbot, settings, english, strict):
    from PySide6.QtCore import Qt
    from lstm_sim.ui.app import configure, create_window
    configure()
    window = create_window(settings=settings)
    qtbot.addWidget(window)
    window.show()
    choose(window, "zh-TW")
    window.docks["training"].show()
    d = window.training
    d.epochs.setValue(3)
    d.hidden.setValue(5)
    with qtbot.waitSignal(window.trainer.runner.finished, timeout=30000):
        qtbot.mouseClick(d.start_button, Qt.LeftButton)
    assert cjk(window.windowTitle()) and cjk(window.about.toPlainText()) and cjk(d.progress.format())
    choose(window, "en")
    assert window.windowTitle().startswith("LSTM (5 units) trained on book")
    assert "Trained in the app on book, seed 0." in window.about.toPlainText()
    assert d.progress.format() == "epoch 3/3" and d.start_button.text() == "Start"


def english_left(text: str) -> list[str]:
    """The sentences of the model's and the scenarios' catalog (``model.messages``) still
    in English in ``text``: each template's words between its parameters."""
    import re
    from lstm_sim.model.messages import MESSAGES
    fragments = {part.strip() for template in MESSAGES.values()
                 for part in re.split(r"\{[^{}]*\}", template.replace("{{", "{").replace("}}", "}"))}
    return sorted(f for f in fragments if re.search(r"[A-Za-z]{3,}", f) and f in text)


def test_errors_from_the_model_and_the_trainer_are_chinese_in_chinese(window, qtbot, tmp_path, monkeypatch,
                                                                      english):
    """In the Chinese UI, File ▸ Open of a file that is not a model, or of a model with a
    part this program does not model, and a text too poor to train on, are refused in
    Chinese: the whole sentence, the parts it is made of too, not a word of its English."""
    import numpy as np
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QMessageBox
    choose(window, "zh-TW")
    H, V = 2, 3
    not_a_model = tmp_path / "notes.npz"
    not_a_model.write_text("hello, this is text", encoding="utf-8")
    normed = tmp_path / "normed.npz"                 # an nn.LayerNorm between the cell and the readout
    np.savez(normed, **{"lstm.weight_ih_l0": np.zeros((4 * H, V)), "lstm.weight_hh_l0": np.zeros((4 * H, H)),
                        "readout.weight": np.zeros((V, H)), "norm.weight": np.ones(H), "norm.bias": np.zeros(H),
                        "vocab": np.array(["a", "b", "c"])})
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append((title, text))))
    for path in (not_a_model, normed):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, p=path, **k: (str(p), "")))
        shown.clear()
        window.files.open_action.trigger()
        assert len(shown) == 1 and window.session.original.name == "walkthrough"
        title, text = shown[0]
        assert cjk(title) and str(path) in text
        words = text.replace(str(path), "")
        assert cjk(words) and english_left(words) == [], text
    assert "norm" in text and "LSTM" in text                 # the names in the file are kept as they are

    window.docks["training"].show()
    d = window.training
    d.corpus.setCurrentIndex(d.corpus.findData("text"))
    for typed in ("hello", "word word word"):
        d.text.setPlainText(typed)
        qtbot.mouseClick(d.start_button, Qt.LeftButton)
        said = d.message.text()
        assert d.message.isVisible() and window.session.original.name == "walkthrough"
        assert "你的文字" in said and english_left(said) == [], said
