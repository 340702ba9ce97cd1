"""The heatmaps' images are coloured with NumPy (``HeatImage``): every pixel must be the
colour pyqtgraph's own ImageItem paints for the same values, table and levels — drawn
through a real scene and read back from the widget's pixels."""
import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage

from lstm_sim.ui.colors import heatmap_colormap
from lstm_sim.ui.heat_image import HeatImage


def painted(item_class, values, lut, levels, qtbot) -> np.ndarray:
    """The pixels a view paints of one image item showing ``values``: the centre of the
    4×4 pixels each value covers."""
    view = pg.GraphicsView()
    qtbot.addWidget(view)
    h, w = values.shape
    view.resize(4 * w, 4 * h)
    view.setFrameShape(view.Shape.NoFrame)
    view.setHorizontalScrollBarPolicy(pg.QtCore.Qt.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(pg.QtCore.Qt.ScrollBarAlwaysOff)
    view.setBackground("#123456")
    image = item_class(axisOrder="row-major")
    image.setLookupTable(lut)
    image.setImage(values, levels=levels, autoLevels=False)
    view.scene().addItem(image)
    view.setRange(pg.QtCore.QRectF(0, 0, w, h), padding=0)
    view.show()
    qtbot.waitExposed(view)
    grab = view.grab().toImage().convertToFormat(QImage.Format_ARGB32)
    pixels = np.frombuffer(grab.constBits(), np.uint32).reshape(grab.height(), -1)
    return pixels[2:4 * h:4, 2:4 * w:4].copy()


@pytest.mark.parametrize("key,dark,levels", [("c", False, (-1.0, 1.0)), ("f", True, (0.0, 1.0)),
                                             ("h", False, (-0.3, 0.7))])
def test_heat_images_paint_the_colours_pyqtgraph_paints(qtbot, key, dark, levels):
    rng = np.random.default_rng(3)
    values = rng.uniform(-1.5, 1.5, (24, 40))
    values[3, 5] = levels[0]                        # the ends of the scale, exactly
    values[4, 6] = levels[1]
    values[7, 8] = np.nan                           # transparent: the paper shows
    values[8, :] = np.linspace(levels[0], levels[1], 40)    # every row of the table's range
    lut = heatmap_colormap(key, dark).getLookupTable(nPts=256, alpha=True)
    ours = painted(HeatImage, values, lut, levels, qtbot)
    theirs = painted(pg.ImageItem, values, lut, levels, qtbot)
    assert (ours == theirs).all(), f"{np.count_nonzero(ours != theirs)} pixels differ"
    assert len(np.unique(ours)) > 100                # a real picture, not one flat colour
    assert ours[7, 8] == theirs[7, 8] and ours[7, 8] & 0xFFFFFF == 0x123456


def rendered(image) -> np.ndarray:
    image.render()
    q = image.qimage.convertToFormat(QImage.Format_ARGB32)
    return np.frombuffer(q.constBits(), np.uint32).reshape(q.height(), -1).copy()


def test_a_new_colour_table_recolours_the_image(qtbot):
    """A theme switch hands the image the dark table: the cached colours follow it."""
    values = np.random.default_rng(0).uniform(-1, 1, (8, 30))
    light, dark = (heatmap_colormap("c", d).getLookupTable(nPts=256, alpha=True) for d in (False, True))
    ours, theirs = HeatImage(axisOrder="row-major"), pg.ImageItem(axisOrder="row-major")
    for image in (ours, theirs):
        image.setLookupTable(light)
        image.setImage(values, levels=(-1, 1), autoLevels=False)
    before = rendered(ours)
    for image in (ours, theirs):
        image.setLookupTable(dark)
    assert (rendered(ours) == rendered(theirs)).all()
    assert (rendered(ours) != before).mean() > 0.9


def test_a_text_typed_on_recolours_what_changed_and_nothing_stale(qtbot):
    """Only the columns after the first changed one are coloured again (typing at the end
    of a long text): every picture in a run of such changes is still pyqtgraph's."""
    rng = np.random.default_rng(1)
    lut = heatmap_colormap("h", False).getLookupTable(nPts=256, alpha=True)
    ours, theirs = HeatImage(axisOrder="row-major"), pg.ImageItem(axisOrder="row-major")
    for image in (ours, theirs):
        image.setLookupTable(lut)
    values = rng.uniform(-1, 1, (6, 50))
    changes = [lambda v: v,                                                        # the first picture
               lambda v: np.concatenate([v[:, :-1], rng.uniform(-1, 1, (6, 1))], 1),   # the last word retyped
               lambda v: np.concatenate([v, rng.uniform(-1, 1, (6, 3))], 1),          # words added
               lambda v: v[:, :-5],                                                # words deleted
               lambda v: np.where(np.arange(v.shape[1]) == 2, -v, v),               # an early word changed
               lambda v: v.copy()]                                                 # nothing changed
    for change in changes:
        values = change(values)
        for image in (ours, theirs):
            image.setImage(values, levels=(-1, 1), autoLevels=False)
        assert (rendered(ours) == rendered(theirs)).all()


@pytest.mark.parametrize("case", ["translucent table", "float32 values", "1-D table"])
def test_tables_and_values_it_does_not_colour_itself_are_pyqtgraphs(qtbot, case):
    """A see-through table, float32 values or a table that is not n×3/n×4: left to
    pyqtgraph's own rendering, so the picture is pyqtgraph's exactly."""
    rng = np.random.default_rng(5)
    values = rng.uniform(-1, 1, (10, 30))
    lut = heatmap_colormap("c", False).getLookupTable(nPts=256, alpha=True)
    if case == "translucent table":
        lut = lut.copy()
        lut[:, 3] = 128
    elif case == "float32 values":           # just below row boundaries, where float32 scaling differs
        edges = np.float32(-1) + np.arange(300, dtype=np.float32) % 256 * np.float32(2 / 256)
        values = np.nextafter(edges, np.float32(0)).reshape(10, 30)
    else:
        lut = lut[:, 0].copy()
    ours, theirs = HeatImage(axisOrder="row-major"), pg.ImageItem(axisOrder="row-major")
    for image in (ours, theirs):
        image.setLookupTable(lut)
        image.setImage(values, levels=(-1, 1), autoLevels=False)
    assert (rendered(ours) == rendered(theirs)).all()
