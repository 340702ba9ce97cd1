"""The window on a classroom's screens: the whole cell shows at every size, with and
without the lessons, and the panes that yield to it still show what they are for.

Everything is read from what is on screen: the cell's scene rectangle mapped into the
diagram's viewport, the labels an axis actually paints, the rectangles of the colour
bars' labels, the part of a plot its scroll area leaves visible.
"""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, QSettings
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from lstm_sim.ui.diagram.view import MIN_TEXT_PX
from lstm_sim.ui.window_layout import fitted_geometry, first_geometry

SIZES = [(1024, 768), (1280, 720), (1366, 768), (1600, 1000)]


def cell_on_screen(d) -> tuple[QRect, QRect]:
    """Where the whole cell is drawn in the diagram, and the diagram's viewport."""
    return d.mapFromScene(d.scene().itemsBoundingRect()).boundingRect(), d.viewport().rect()


def whole_cell_shown(d) -> bool:
    shown, viewport = cell_on_screen(d)
    return viewport.contains(shown) and d.unit_text_px() >= MIN_TEXT_PX - 1e-6


def drawn_labels(axis) -> list[tuple[QRectF, str]]:
    """The label rectangles an axis paints, in its own coordinates."""
    image = QImage(10, 10, QImage.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [] if specs is None else [(rect, text) for rect, _flags, text in specs[2]]


def resize(window, qtbot, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_whole_cell_shows_at_every_size_as_the_window_opens(qtbot, settings, size):
    from lstm_sim.ui.main_window import MainWindow
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.session.open_preset("walkthrough")
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: whole_cell_shown(w.diagram))
    assert w.docks["heatmaps"].isVisible() and w.docks["predictions"].isVisible()
    assert not w.diagram.horizontalScrollBar().isVisible() and not w.diagram.verticalScrollBar().isVisible()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_whole_cell_shows_at_every_size_with_the_lessons_open(window, qtbot, size):
    """Lesson 7 at its sixth step talks about ⊕ and cₜ: the whole cell, those included."""
    resize(window, qtbot, size)
    window.start_lessons()
    window.lessons.show_lesson(7, 5)
    assert window.docks["lessons"].isVisible()
    qtbot.waitUntil(lambda: whole_cell_shown(window.diagram))
    node = window.diagram.mapFromScene(window.diagram._layout.nodes["merge_add"].sceneBoundingRect())
    assert window.diagram.viewport().rect().contains(node.boundingRect())
    assert window.docks["predictions"].isVisible()          # what the lesson's sentence ends in


def test_closing_the_lessons_puts_the_panes_back(window, qtbot):
    areas = {k: window.dockWidgetArea(d) for k, d in window.docks.items()}
    window.start_lessons()
    qtbot.waitUntil(lambda: window.docks["lessons"].isVisible())
    assert window.dockWidgetArea(window.docks["predictions"]) != areas["predictions"]   # out of the cell's way
    window.docks["lessons"].close()
    qtbot.waitUntil(lambda: not window.docks["lessons"].isVisible())
    assert {k: window.dockWidgetArea(d) for k, d in window.docks.items()} == areas
    qtbot.waitUntil(lambda: whole_cell_shown(window.diagram))


def test_the_first_window_fits_the_screen_and_a_remembered_one_is_clamped(qtbot, tmp_path):
    from lstm_sim.ui.main_window import MainWindow
    small = QRect(0, 0, 1024, 700)
    first = first_geometry(small)
    assert small.contains(first) and first.width() <= 1024 and first.height() < 700
    assert fitted_geometry(QRect(300, 200, 1400, 900), small).size().toTuple() == (1024 - 16, 700 - 48)
    assert small.contains(fitted_geometry(QRect(300, 200, 1400, 900), small))

    settings = QSettings(str(tmp_path / "big.ini"), QSettings.IniFormat)
    big = MainWindow(settings)
    qtbot.addWidget(big)
    big.resize(2400, 1600)                         # remembered from a larger screen
    big.show()
    qtbot.waitUntil(lambda: big.width() == 2400)
    big.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    available = again.screen().availableGeometry()
    assert available.contains(again.geometry())
    fresh = MainWindow(QSettings(str(tmp_path / "new.ini"), QSettings.IniFormat))
    qtbot.addWidget(fresh)
    assert available.contains(fresh.geometry())


# -- the panes that yield ------------------------------------------------------------------
def open_units(window, tmp_path, n):
    from lstm_sim.model import Network, save_model
    path = tmp_path / f"net{n}.npz"
    save_model(path, Network.random("lstm", 5, n, 5, seed=1), ["Doug", "Jane", "Spot", "saw", "."],
               {"text": "Jane saw Spot. Doug saw", "units": [f"unit{k}" for k in range(n)]})
    assert window.open_model(str(path))


@pytest.mark.parametrize("n, size", [(5, (1024, 768)), (5, (1280, 800)), (16, (1600, 1000))],
                         ids=["5-1024x768", "5-1280x800", "16-1600x1000"])
def test_every_heatmap_row_is_named(window, qtbot, tmp_path, size, n):
    """Five units (the book's: Jane and saw too, not every other one) and sixteen: each
    row of every heatmap has its unit's name beside it, at the pane's default size. (On
    a smaller screen sixteen units' names are thinned: the cell keeps the room first.)"""
    if n == 5:
        units = window.session.units
    else:
        open_units(window, tmp_path, n)
        units = [f"unit{k}" for k in range(n)]
    window.reset_layout()
    resize(window, qtbot, size)
    window.reset_layout()
    assert window.heatmaps.named()                       # in one row: the first of each group
    for key in window.heatmaps.named():
        plot = window.heatmaps.plots[key]
        qtbot.waitUntil(lambda: [t for _, t in drawn_labels(plot.getAxis("left"))] == units)
        rects = sorted((r for r, _ in drawn_labels(plot.getAxis("left"))), key=lambda r: r.top())
        assert all(not a.intersects(b) for a, b in zip(rects, rects[1:])), key


@pytest.mark.parametrize("height", [140, 200, 320, 520])
def test_the_colour_bars_labels_never_collide(qtbot, height):
    """"−1.0" at the foot of the value bar never prints over the gate bar's "1.0", nor
    any bar's title over another's."""
    from lstm_sim.ui.heatmaps import HeatmapPane
    pane = HeatmapPane()
    qtbot.addWidget(pane)
    pane.set_cell("lstm", ["Doug", "Jane", "Spot", "saw", "."])
    pane.resize(1000, height)
    pane.show()
    qtbot.waitExposed(pane)
    QApplication.processEvents()
    drawn = []
    for bar in pane.bars:
        values, title = bar.axis, bar.getAxis("left")          # the numbers right, the title left
        drawn += [values.mapRectToScene(rect) for rect, _ in drawn_labels(values)]
        if title.label.isVisible():
            drawn.append(title.label.sceneBoundingRect())
    assert len(drawn) >= 6
    for k, a in enumerate(drawn):
        for b in drawn[k + 1:]:
            assert not a.intersects(b), (a, b)


def test_the_training_curves_show_when_docked(window, qtbot):
    for size in ((1024, 768), (1600, 1000)):
        resize(window, qtbot, size)
        window.reset_layout()
        window.docks["training"].show()
        window.docks["training"].raise_()
        plots, area = window.training.plots, window.docks["training"].widget()

        def curves_on_screen():
            seen = area.viewport().rect()               # what the dock's scroll area shows
            boxes = [plots.mapFromScene(p.vb.sceneBoundingRect()).boundingRect()
                     for p in (window.training.loss_plot, window.training.acc_plot)]
            return all(b.height() >= 30 and seen.contains(b.translated(plots.mapTo(area.viewport(), QPoint(0, 0))))
                       for b in boxes) and window.docks["training"].isVisible()
        qtbot.waitUntil(curves_on_screen)


def test_memory_flow_shows_this_steps_column_and_its_colour_bar(window, qtbot):
    window.docks["memory"].show()
    window.docks["memory"].raise_()
    window.session.last()
    pane = window.provenance
    t = window.session.step
    graphics = pane.graphics

    def shown():
        (x0, x1), _ = pane.plot.vb.viewRange()
        column = pane.plot.vb.mapViewToScene(QRectF(t + 1, 0, 1, len(pane.units))).boundingRect()
        on_screen = graphics.viewport().rect()
        return (x0 <= t + 1 and x1 >= t + 2
                and on_screen.contains(graphics.mapFromScene(column).boundingRect())
                and on_screen.contains(graphics.mapFromScene(pane.bar.sceneBoundingRect()).boundingRect()))
    qtbot.waitUntil(shown)
    labels = [t for _, t in sorted(drawn_labels(pane.plot.getAxis("bottom")), key=lambda r: r[0].left())]
    assert labels and labels[-1].startswith(str(t + 1))        # this step's column is named


def test_memory_flow_follows_the_dark_theme(window, qtbot):
    window.docks["memory"].show()
    window.docks["memory"].raise_()
    pane = window.provenance
    window.dark_action.setChecked(True)
    try:
        qtbot.waitUntil(lambda: pane.graphics.backgroundBrush().color().lightness() < 80)
        zero = pane.image.lut if hasattr(pane.image, "lut") else None
        image = pane.graphics.grab().toImage()
        light = sum(image.pixelColor(x, y).lightness() > 200
                    for x in range(0, image.width(), 9) for y in range(0, image.height(), 9))
        assert light < 0.25 * (image.width() // 9) * (image.height() // 9), zero   # not a white block
    finally:
        window.dark_action.setChecked(False)


def test_the_memory_tooltip_tells_of_the_cancelling_votes(window, qtbot):
    window.session.last()                                # the second "saw"
    strip = window.diagram.strip("c")
    doug = window.session.units.index("Doug")
    tip = strip.tooltip_at(strip.cell_rect(doug).center())
    assert "+0.99 from step 6 “saw” cancels −0.99 from step 5 “Doug”" in tip
    window.session.set_step(4)                           # "Doug": one vote, nothing cancels it
    tip = strip.tooltip_at(strip.cell_rect(doug).center())
    assert "mostly from step 5 “Doug” (-0.99)" in tip


def test_after_stop_no_time_left_is_promised(window, qtbot):
    d = window.training
    d.set_state("running")
    d.show_progress([(1, 1.0, 0.5), (2, 0.9, 0.6)], 3, 10, 9.0)
    assert "left" in d.progress.format()
    d.set_state("paused")
    assert "left" not in d.progress.format() and "3/10" in d.progress.format()
    d.set_state("idle")
    assert "left" not in d.progress.format() and "3/10" in d.progress.format()


def test_the_undo_history_leaves_the_weights_room(window, qtbot):
    window.docks["editor"].show()
    window.docks["editor"].raise_()
    action = window.docks["history"].toggleViewAction()
    action.trigger()
    qtbot.waitUntil(lambda: window.docks["history"].isVisible())
    qtbot.waitUntil(lambda: window.docks["editor"].height() > 2 * window.docks["history"].height())
    action.trigger()
