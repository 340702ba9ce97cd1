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
