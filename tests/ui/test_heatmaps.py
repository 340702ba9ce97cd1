"""Heatmaps and the prediction bars with long texts, many units and both themes.

Label tests read what the axes actually draw (pyqtgraph's draw specs: the rectangle of
every label that is painted) and check that no two of them overlap."""
import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from lstm_sim.ui.heatmaps import HeatmapPane, column_span, label_stride, thinned_ticks
from lstm_sim.ui.predictions import PredictionsPane
from lstm_sim.ui.theme import dark_palette

KEYS = ("g", "c", "h", "i", "f", "o")
WORDS = ["Jane", "saw", "Spot", ".", "Doug", "saw", "waffles", "pizza"]


def make_trace(steps, units, seed=0, fill=None):
    rng = np.random.default_rng(seed)
    return {k: (np.full((steps, units), fill) if fill is not None else rng.uniform(-1, 1, (steps, units)))
            for k in KEYS}


@pytest.fixture
def pane(qtbot):
    p = HeatmapPane()
    qtbot.addWidget(p)
    p.resize(1280, 380)
    p.show()
    qtbot.waitExposed(p)
    return p


def drawn_labels(axis) -> list[tuple[QRectF, str]]:
    """The label rectangles an axis paints, in its own coordinates."""
    image = QImage(10, 10, QImage.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [] if specs is None else [(rect, text) for rect, _flags, text in specs[2]]


def assert_no_overlap(labels, vertical=False):
    key = (lambda r: r[0].top()) if vertical else (lambda r: r[0].left())
    ordered = sorted(labels, key=key)
    for (a, ta), (b, tb) in zip(ordered, ordered[1:]):
        assert not a.intersects(b), f"labels {ta!r} and {tb!r} overlap: {a} {b}"


def settle(qtbot):
    """Let the queued resizes, layouts and label passes run (twice: a pass may queue one)."""
    for _ in range(2):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def test_word_labels_are_thinned_at_300_steps_and_never_overlap(pane, qtbot):
    tokens = [WORDS[k % len(WORDS)] for k in range(300)]
    pane.set_cell("lstm", ["Doug", "Jane", "Spot", "saw", "."])
    pane.set_trace(make_trace(300, 5), tokens)
    settle(qtbot)
    for key in KEYS:
        labels = drawn_labels(pane.plots[key].getAxis("bottom"))
        assert 3 <= len(labels) < 100, key
        assert_no_overlap(labels)
    # Labels sit under their own columns.
    ticks = pane.plots["f"].ticks["bottom"]
    assert all(tokens[int(pos)] == word for pos, word in ticks)
    # Narrower: fewer labels, still apart.
    before = len(drawn_labels(pane.plots["f"].getAxis("bottom")))
    pane.resize(700, 380)
    settle(qtbot)
    labels = drawn_labels(pane.plots["f"].getAxis("bottom"))
    assert 1 <= len(labels) < before
    assert_no_overlap(labels)


def test_words_are_measured_again_in_a_new_font(qtbot):
    """The labels' room (``WordWidths``) is each word's width in the font the labels are
    drawn in: after View ▸ Zoom it is the new font's, not the widths remembered."""
    from PySide6.QtGui import QFont, QFontMetrics
    from lstm_sim.ui.plot_parts import WordWidths
    widths, words = WordWidths(), ["Jane", "waffles", "Doug"]
    for size in (9.0, 20.0, 9.0):
        font = QFont()
        font.setPointSizeF(size)
        fm = QFontMetrics(font)
        assert widths.extent(font, words) == max(fm.horizontalAdvance(w) for w in words) + fm.horizontalAdvance("  ")
        assert widths.extent(font, words + ["pizza"]) >= widths.extent(font, words)


def test_a_short_text_keeps_every_word(pane, qtbot):
    pane.set_cell("lstm", ["Doug", "Jane", "Spot", "saw", "."])
    pane.set_trace(make_trace(6, 5), WORDS[:6])
    settle(qtbot)
    assert [t for _, t in drawn_labels(pane.plots["g"].getAxis("bottom"))] == WORDS[:6]


def test_unit_labels_are_thinned_at_64_units(pane, qtbot):
    units = [f"unit{k}" for k in range(64)]
    pane.set_cell("lstm", units)
    pane.set_trace(make_trace(20, 64), [WORDS[k % 8] for k in range(20)])
    settle(qtbot)
    labels = drawn_labels(pane.plots["g"].getAxis("left"))
    assert 2 <= len(labels) < 64
    assert_no_overlap(labels, vertical=True)
    assert all(text in units for _, text in labels)


def test_hover_names_the_word_and_step_of_an_unlabelled_column(pane, qtbot):
    tokens = [f"w{k}" for k in range(300)]
    pane.set_cell("lstm", ["Doug", "Jane", "Spot", "saw", "."])
    trace = make_trace(300, 5)
    pane.set_trace(trace, tokens)
    settle(qtbot)
    shown = {t for _, t in pane.plots["f"].ticks["bottom"]}
    step = next(k for k in range(150, 300) if tokens[k] not in shown)
    view_pos = pane.graphics.mapFromScene(pane.column_center("f", step, unit=2))
    qtbot.mouseMove(pane.graphics.viewport(), pos=view_pos)
    qtbot.waitUntil(lambda: f"step {step + 1}" in pane.readout.text())
    text = pane.readout.text()
    assert f"“{tokens[step]}”" in text and "Spot" in text and f"{trace['f'][step][2]:.4f}" in text


def test_a_new_trace_swaps_the_data_and_keeps_items_and_labels(pane, qtbot):
    tokens = [WORDS[k % 8] for k in range(200)]
    pane.set_cell("lstm", ["Doug", "Jane", "Spot", "saw", "."])
    pane.set_trace(make_trace(200, 5, seed=1), tokens)
    settle(qtbot)
    images, axes = dict(pane.images), {k: p.getAxis("bottom") for k, p in pane.plots.items()}
    pictures = {k: a.picture for k, a in axes.items()}
    assert all(p is not None for p in pictures.values())      # drawn and cached
    new = make_trace(200, 5, seed=2)
    pane.set_trace(new, tokens)
    settle(qtbot)
    assert pane.images == images
    assert pane.value_at("o", 3, 150) == pytest.approx(new["o"][150][3])
    assert all(axes[k].picture is pictures[k] for k in axes)  # labels not redrawn


def test_typing_at_the_end_of_a_long_text_rarely_rescales(pane, qtbot):
    pane.set_cell("lstm", ["Doug", "Jane", "Spot", "saw", "."])
    spans = {column_span(n) for n in range(500, 520)}
    assert len(spans) <= 5 and all(n <= column_span(n) <= n * 1.02 for n in range(1, 600))
    assert [column_span(n) for n in range(1, 64)] == list(range(1, 64))
    pane.set_trace(make_trace(501, 5), [WORDS[k % 8] for k in range(501)])
    settle(qtbot)
    x0, x1 = pane.plots["g"].vb.viewRange()[0]
    assert (x0, x1) == (0, column_span(501))
    assert pane.images["g"].image.shape == (5, 501)


def test_label_stride():
    assert label_stride(20, 15) == 1
    assert label_stride(5, 15) == 3
    assert label_stride(0, 15) > 10**6
    ticks = thinned_ticks(list("abcdefghij"), 5, 15)
    assert [t for _, t in ticks] == ["a", "d", "g", "j"]


def pixel_lightness(pane, key, step, unit):
    view_pos = pane.graphics.mapFromScene(pane.column_center(key, step, unit))
    image = pane.graphics.grab().toImage()
    return image.pixelColor(view_pos).lightness()


def title_ink(pane, key):
    """The colour of a heatmap's title as drawn: the pixel of its text most unlike the paper."""
    rect = pane.graphics.mapFromScene(pane.plots[key].titleLabel.sceneBoundingRect()).boundingRect()
    image = pane.graphics.grab().toImage()
    paper = image.pixelColor(rect.left() + 1, rect.top() + 1)
    return max((image.pixelColor(x, y) for x in range(rect.left(), rect.right())
                for y in range(rect.top(), rect.bottom())),
               key=lambda c: abs(c.lightness() - paper.lightness()))


def test_zero_cells_are_dark_in_the_dark_theme_and_light_again_after(pane, qtbot):
    pane.set_cell("lstm", ["Doug", "Jane", "Spot", "saw", "."])
    pane.set_trace(make_trace(6, 5, fill=0.0), WORDS[:6])
    settle(qtbot)
    light = pane.palette()
    assert pixel_lightness(pane, "c", 2, 2) > 220 and pixel_lightness(pane, "f", 2, 2) > 220
    pane.setPalette(dark_palette())                        # the theme arrives as a palette change
    settle(qtbot)
    assert pixel_lightness(pane, "c", 2, 2) < 80 and pixel_lightness(pane, "f", 2, 2) < 80
    assert title_ink(pane, "f").lightness() > 200
    pane.setPalette(light)
    settle(qtbot)
    assert pixel_lightness(pane, "c", 2, 2) > 220
    assert title_ink(pane, "f").lightness() < 80


def test_dark_values_still_read_as_bigger_is_more_colourful(pane, qtbot):
    pane.set_cell("lstm", ["a", "b", "c"])
    trace = make_trace(3, 3, fill=0.0)
    trace["c"] = np.array([[-1.0, 0.0, 1.0]] * 3)
    pane.set_trace(trace, ["x", "y", "z"])
    pane.set_dark(True)
    settle(qtbot)
    image = pane.graphics.grab().toImage()

    def colour(unit):
        return image.pixelColor(pane.graphics.mapFromScene(pane.column_center("c", 1, unit)))
    negative, zero, positive = colour(0), colour(1), colour(2)
    assert negative.blue() > negative.red() and positive.red() > positive.blue()   # blue −, orange +
    assert zero.lightness() < negative.lightness() and zero.lightness() < positive.lightness()


def test_prediction_labels_are_thinned_for_a_large_vocabulary(qtbot):
    pane = PredictionsPane()
    qtbot.addWidget(pane)
    pane.resize(330, 280)
    pane.show()
    qtbot.waitExposed(pane)
    words = [f"word{k}" for k in range(534)]
    pane.set_words(words)
    probs = np.full(534, 0.5 / 533)
    probs[300] = 0.5
    pane.set_probs(probs)
    settle(qtbot)
    labels = drawn_labels(pane.plot.getAxis("bottom"))
    assert 1 <= len(labels) < 20
    assert_no_overlap(labels)
    assert pane.top_word == "word300"
    pane.set_words(["pizza", "sushi", "waffles"])
    settle(qtbot)
    assert [t for _, t in drawn_labels(pane.plot.getAxis("bottom"))] == ["pizza", "sushi", "waffles"]

    def paper():
        return pane.plot.grab().toImage().pixelColor(4, 4).lightness()
    pane.setPalette(dark_palette())
    settle(qtbot)
    assert paper() < 80
    assert pane.plot.getAxis("bottom").textPen().color().lightness() > 200
    pane.setPalette(QApplication.style().standardPalette())
    settle(qtbot)
    assert paper() > 200
    assert pane.plot.getAxis("bottom").textPen().color().lightness() < 80


def test_a_large_vocabulary_shows_its_most_likely_words_most_likely_first(qtbot):
    pane = PredictionsPane()
    qtbot.addWidget(pane)
    pane.resize(420, 280)
    pane.show()
    qtbot.waitExposed(pane)
    words = [f"w{k}" for k in range(5000)]
    pane.set_words(words)
    probs = np.random.default_rng(0).dirichlet(np.ones(5000))
    pane.set_probs(probs)
    settle(qtbot)
    expected = [f"w{k}" for k in np.argsort(-probs)[:20]]
    assert [words[k] for k in pane.order] == expected
    np.testing.assert_array_equal(pane.bars.opts["height"], np.sort(probs)[::-1][:20])
    assert "20 most likely of 5,000" in pane.plot.plotItem.titleLabel.text
    labels = [t for _, t in drawn_labels(pane.plot.getAxis("bottom"))]
    assert labels and labels == [w for w in expected if w in labels]        # in the bars' order
    assert_no_overlap(drawn_labels(pane.plot.getAxis("bottom")))
    probs = np.roll(probs, 7)                      # another step: other words, relabelled
    pane.set_probs(probs)
    settle(qtbot)
    assert [words[k] for k in pane.order] == [f"w{k}" for k in np.argsort(-probs)[:20]]


def test_colour_bar_titles_never_print_over_each_other(qtbot):
    """Short heatmaps (a small window) go in one row, the colour bars side by side, each
    title shown where it fits its own bar; tall ones stack the bars, both titles apart.
    Either way no title runs into another."""
    pane = HeatmapPane()
    qtbot.addWidget(pane)
    pane.set_cell("lstm", ["Doug", "Jane", "Spot", "saw", "."])
    pane.show()
    qtbot.waitExposed(pane)
    titles = [bar.getAxis("left") for bar in pane.bars]
    for height, single in ((180, True), (520, False)):
        pane.resize(900, height)
        settle(qtbot)
        assert pane.single_row == single
        shown = [t.label.sceneBoundingRect() for t in titles if t.label.isVisible()]
        assert len(shown) == 2
        assert not shown[0].intersects(shown[1])
