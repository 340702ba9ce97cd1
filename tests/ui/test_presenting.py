"""Keys a desktop program has, and presentation mode, driven by the keys a teacher presses."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lstm_sim.ui.window_layout import TABBED


def layout_of(w) -> dict:
    """What a user sees of the panes: where each is, whether it shows, and its tab group."""
    return {k: (w.dockWidgetArea(d), d.isFloating(), not d.isHidden(),
                sorted(t.objectName() for t in w.tabifiedDockWidgets(d))) for k, d in w.docks.items()}


def app_font_px() -> float:
    return QFontInfo(QApplication.font()).pixelSize()


def unit_label_px(d) -> float:
    """How tall the unit labels under the strip cells are on screen: their font's size
    in the scene times the view's scale."""
    font = d.strip("c")._unit_font
    return font.pointSizeF() * d.logicalDpiY() / 72.0 * d.transform().m22()


def key(window, k, modifiers=Qt.NoModifier):
    QTest.keyClick(window.diagram, k, modifiers)


def test_f11_toggles_full_screen(window, qtbot):
    assert not window.isFullScreen()
    key(window, Qt.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert window.full_screen_action.isChecked()
    key(window, Qt.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.full_screen_action.isChecked()


def test_ctrl_plus_grows_the_whole_ui_and_ctrl_0_restores_it(window, qtbot, settings):
    base, labels = app_font_px(), window.diagram.unit_text_px(1.0)
    key(window, Qt.Key_Equal, Qt.ControlModifier)
    key(window, Qt.Key_Equal, Qt.ControlModifier)
    assert app_font_px() > base
    qtbot.waitUntil(lambda: window.timeline.edit.fontInfo().pixelSize() > base)   # the widgets follow
    assert window.diagram.unit_text_px(1.0) > labels                    # and the diagram's type
    assert settings.value("uiZoom", type=float) > 1.0                   # remembered
    qtbot.waitUntil(lambda: window.diagram.viewport().rect().contains(
        window.diagram.mapFromScene(window.diagram.scene().itemsBoundingRect()).boundingRect()))
    key(window, Qt.Key_Minus, Qt.ControlModifier)
    key(window, Qt.Key_0, Qt.ControlModifier)
    assert app_font_px() == base and window.diagram.unit_text_px(1.0) == pytest.approx(labels)
    assert settings.value("uiZoom", type=float) == 1.0


def test_the_zoom_is_remembered_for_the_next_start(qtbot, settings, window):
    window.zoom_ui(+1)
    zoomed = app_font_px()
    window.close()
    from lstm_sim.ui.main_window import MainWindow
    again = MainWindow(settings)
    qtbot.addWidget(again)
    try:
        assert again.ui_zoom > 1.0 and app_font_px() == zoomed
    finally:
        again.zoom_ui(0)


def test_reset_layout_puts_every_pane_back(window, qtbot):
    default = layout_of(window)
    w, docks = window, window.docks
    docks["predictions"].hide()
    docks["editor"].setFloating(True)
    w.addDockWidget(Qt.TopDockWidgetArea, docks["heatmaps"])
    docks["history"].show()
    assert layout_of(w) != default
    w.findChild(type(w.reset_layout_action), "resetLayout").trigger()
    assert layout_of(w) == default
    assert docks[TABBED[0]].isVisible()                      # the first tab raised


# -- presentation -----------------------------------------------------------------------------
def present(window, qtbot, size=(1024, 768)):
    """F5, on a screen of ``size`` (offscreen, full screen is the virtual screen's size)."""
    key(window, Qt.Key_F5)
    screen = window.screen().geometry().size()
    qtbot.waitUntil(lambda: window.presentation.active and window.isFullScreen()
                    and window.centralWidget().width() == screen.width())
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    d, prediction = window.diagram, window.docks["predictions"]
    # laid out: the prediction below the cell (a 4:3 screen), the cell whole above it
    qtbot.waitUntil(lambda: prediction.geometry().top() >= window.centralWidget().geometry().bottom()
                    and window.centralWidget().width() == size[0] and prediction.geometry().bottom() < size[1]
                    and prediction.width() > 0.3 * size[0])
    qtbot.waitUntil(lambda: d.viewport().rect().contains(d.mapFromScene(d.scene().itemsBoundingRect()).boundingRect()))


def test_presentation_shows_the_cell_and_the_prediction_in_large_type(window, qtbot):
    window.resize(1024, 768)
    before_font = app_font_px()
    present(window, qtbot)
    shown = {k for k, d in window.docks.items() if d.isVisible()}
    assert shown == {"predictions"}
    assert not window.menuBar().isVisible() and not window.timeline.isVisible()
    assert unit_label_px(window.diagram) >= 14
    assert app_font_px() >= 1.4 * before_font
    assert "Jane saw Spot. Doug" in window.predictions.plot.getPlotItem().titleLabel.text
    step = window.session.step
    key(window, Qt.Key_PageDown)
    assert window.session.step == step + 1
    key(window, Qt.Key_PageUp)
    assert window.session.step == step


def test_paging_through_a_presentation_keeps_the_bars_where_they_are(window, qtbot):
    """The title says what the prediction follows, one line or two as the text grows; the
    bars under it never jump from one step to the next (nor does anything re-lay out)."""
    window.resize(1024, 768)
    window.session.set_text("Jane saw Spot. Doug saw Jane. Spot saw Doug. Jane saw Doug. Doug saw Spot.")
    present(window, qtbot)
    key(window, Qt.Key_Home)
    title = window.predictions.plot.getPlotItem().titleLabel
    box = window.predictions.plot.getViewBox()
    places, lines = set(), set()
    for _ in range(len(window.session.token_texts)):
        QApplication.processEvents()
        places.add(box.sceneBoundingRect().getRect())
        lines.add(title.text.count("<br>") + 1)
        key(window, Qt.Key_PageDown)
    assert lines == {1, 2}                  # the context needed one line, then two
    assert len(places) == 1, places


def test_presentation_with_a_lesson_pages_through_the_lesson(window, qtbot):
    window.resize(1024, 768)
    window.start_lessons()
    window.lessons.show_lesson(7, 1)
    present(window, qtbot)
    shown = {k for k, d in window.docks.items() if d.isVisible()}
    assert shown == {"predictions", "lessons"}
    assert window.lessons.text.isVisible() and not window.lessons.list.isVisible()
    assert unit_label_px(window.diagram) >= 14
    key(window, Qt.Key_PageDown)
    assert (window.lessons.lesson.number, window.lessons.step_index) == (7, 2)
    window.lessons.text.setFocus()                 # the lesson's own keys stand aside meanwhile
    QTest.keyClick(window.lessons.text, Qt.Key_PageUp)
    assert (window.lessons.lesson.number, window.lessons.step_index) == (7, 1)


@pytest.mark.parametrize("leave", ["Esc", "F5", "menu"])
def test_leaving_the_presentation_restores_the_layout_exactly(window, qtbot, leave):
    window.resize(1100, 740)
    window.docks["editor"].raise_()
    qtbot.waitUntil(lambda: window.docks["editor"].isVisible())
    before = (layout_of(window), window.size(), window.diagram.zoom(), app_font_px(),
              {k: d.size() for k, d in window.docks.items() if not d.visibleRegion().isEmpty()})
    present(window, qtbot)
    if leave == "Esc":
        key(window, Qt.Key_Escape)
    elif leave == "F5":
        key(window, Qt.Key_F5)
    else:
        window.present_action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen() and window.size() == before[1])
    assert not window.presentation.active and window.menuBar().isVisible() and window.timeline.isVisible()
    qtbot.waitUntil(lambda: window.diagram.zoom() == pytest.approx(before[2]))
    after = (layout_of(window), window.size(), window.diagram.zoom(), app_font_px(),
             {k: d.size() for k, d in window.docks.items() if not d.visibleRegion().isEmpty()})
    assert after[0] == before[0] and after[3] == before[3] and after[4] == before[4]


def test_present_flag_opens_in_presentation_mode(monkeypatch):
    from lstm_sim import cli
    called = {}
    monkeypatch.setattr("lstm_sim.ui.app.run", lambda present=False: called.setdefault("present", present) and 0)
    cli.main(["--present"])
    assert called == {"present": True}


def test_the_window_has_the_apps_icon(window):
    icon = window.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert len({image.pixel(x, y) for x in range(0, 64, 4) for y in range(0, 64, 4)}) > 4   # drawn, not blank
