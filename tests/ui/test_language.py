"""English and Traditional Chinese, switchable at run time and remembered."""
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidget

from lstm_sim.ui import i18n


@pytest.fixture
def english():
    yield
    i18n.install_language("en")


def cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def menu_titles(window):
    return [a.text() for a in window.menuBar().actions()]


def test_switching_to_chinese_rebuilds_the_window_around_the_same_session(qtbot, settings, english):
    from lstm_sim.ui.app import configure, create_window, switch_language
    configure()
    if not i18n.qm_path("zh-TW").is_file():
        pytest.fail("resources/i18n/lstm_sim_zh_TW.qm is missing: run `make translations`")
    window = create_window(settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.session.edit_weight("b", "g", 0, 0, 0.5)          # unsaved work must survive
    session, english_menus = window.session, menu_titles(window)
    assert english_menus[0] == "&File"
    chinese = switch_language(window, "zh-TW")
    qtbot.addWidget(chinese)
    assert chinese.session is session and session.dirty
    titles = menu_titles(chinese)
    assert titles != english_menus and cjk(titles[0])
    assert QCoreApplication.translate("MainWindow", "&File") == titles[0]
    assert settings.value("language") == "zh-TW"
    lessons = chinese.lessons.findChild(QListWidget)
    assert any(cjk(lessons.item(k).text()) for k in range(lessons.count()))   # the lessons too
    assert list(chinese.diagram.strip_values("c")) == list(session.step_values()["c"])
    back = switch_language(chinese, "en")
    qtbot.addWidget(back)
    assert menu_titles(back) == english_menus and back.session is session


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
    assert not action.isEnabled()                           # the dinner log has no other spelling


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


def test_switching_back_to_english_gives_the_presets_english_texts(chinese, qtbot):
    from lstm_sim.scenarios import load_preset
    from lstm_sim.ui.app import switch_language
    english = load_preset("walkthrough")
    back = switch_language(chinese, "en")
    qtbot.addWidget(back)
    about = back.about.toPlainText()
    assert not cjk(about) and all(line in about for line in english.about)
    assert back.windowTitle().startswith(english.title)
    back.show_path("f")
    assert english.notes[("W", "f")] in shown_notes(back)


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
        qtbot, settings, english):
    from lstm_sim.ui.app import configure, create_window, switch_language
    configure()
    window = create_window(settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.inside_action.setChecked(False)            # the learner's own choice
    window.docks["lessons"].show()
    window.lessons.show_lesson(7, 3)
    assert window.inside_action.isChecked()           # lesson 7 steps inside the cell
    chinese = switch_language(window, "zh-TW")
    qtbot.addWidget(chinese)
    assert (chinese.lessons.lesson.number, chinese.lessons.step_index) == (7, 3)
    assert chinese.lessons.findChild(QListWidget).currentRow() == 6
    assert cjk(chinese.lessons.findChild(QListWidget).item(0).text())
    assert chinese.inside_action.isChecked()
    chinese.lessons.show_lesson(5)                    # leaving the lesson gives the choice back
    assert not chinese.inside_action.isChecked()


def test_switching_language_keeps_sub_steps_as_the_learner_left_them(qtbot, settings, english):
    from lstm_sim.ui.app import configure, create_window, switch_language
    configure()
    window = create_window(settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.docks["lessons"].show()
    window.lessons.show_lesson(7, 2)
    window.inside_action.setChecked(False)            # switched off during the lesson
    chinese = switch_language(window, "zh-TW")
    qtbot.addWidget(chinese)
    assert not chinese.inside_action.isChecked() and chinese.diagram.substep() is None
    chinese.lessons.show_lesson(5)
    chinese.inside_action.setChecked(True)
    chinese.diagram.set_substep(3)                    # outside lessons, at stage 4
    back = switch_language(chinese, "en")
    qtbot.addWidget(back)
    assert back.inside_action.isChecked() and back.diagram.substep() == 3


def test_a_trained_nets_title_follows_a_language_switch(qtbot, settings, english):
    from PySide6.QtCore import Qt
    from lstm_sim.ui.app import configure, create_window, switch_language
    configure()
    window = switch_language(create_window(settings=settings), "zh-TW")
    qtbot.addWidget(window)
    window.show()
    window.docks["training"].show()
    d = window.training
    d.epochs.setValue(3)
    d.hidden.setValue(5)
    with qtbot.waitSignal(window.trainer.runner.finished, timeout=30000):
        qtbot.mouseClick(d.start_button, Qt.LeftButton)
    assert cjk(window.windowTitle()) and cjk(window.about.toPlainText())
    back = switch_language(window, "en")
    qtbot.addWidget(back)
    assert back.windowTitle().startswith("LSTM (5 units) trained on book")
    assert "Trained in the app on book, seed 0." in back.about.toPlainText()
