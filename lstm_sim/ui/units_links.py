"""The Units pane in the window: its requests wired to the session (steps, clamps) and
to the window's views (the heatmap row, the diagram cell, the weight editor), each for
the pane's layer, which the window then shows."""
from __future__ import annotations

import shiboken6
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

#: The app's highlight magenta (the lessons' outlines, the heatmap cursor).
OUTLINE = QColor("#d01c8b")


def connect_units_pane(window, pane) -> None:
    """Wire the pane's requests to the window: steps and clamps to the session, the links
    to the heatmaps, the diagram and the weight editor (each for the pane's layer)."""
    s = window.session
    pane.stepRequested.connect(s.set_step)
    link = _WindowLinks(window)
    pane.heatmapRequested.connect(link.heatmap_row)
    pane.diagramRequested.connect(link.diagram_cell)
    pane.weightsRequested.connect(link.weights)
    pane.clampRequested.connect(link.clamp)
    pane._links = link                       # lives as long as the pane


class _WindowLinks:
    """What the window does for each of the pane's links."""

    def __init__(self, window):
        self.window = window
        self.mark = None                     # the diagram outline we drew

    def _layer(self, layer: int) -> None:
        if self.window.session.layer != layer:
            self.window.session.set_layer(layer)

    def heatmap_row(self, layer: int, key: str, unit: int) -> None:
        w = self.window
        self._layer(layer)
        w.heatmaps.highlight(key if key in w.heatmaps.plots else "h", unit)
        w.docks["heatmaps"].show()
        w.docks["heatmaps"].raise_()

    def diagram_cell(self, layer: int, key: str, unit: int) -> None:
        w = self.window
        self._layer(layer)
        d = w.diagram
        key = key if key in d.strip_keys() else "h"
        strip = d.strip(key)
        # A rebuilt diagram (another layer, a language switch) took the old outline with it.
        if self.mark is not None and shiboken6.isValid(self.mark) and self.mark.scene() is not None:
            self.mark.scene().removeItem(self.mark)
        rect = strip.mapRectToScene(strip.cell_rect(unit)).adjusted(-3, -3, 3, 3)
        self.mark = QGraphicsRectItem(rect)
        self.mark.setPen(QPen(OUTLINE, 3))
        self.mark.setZValue(50)
        self.mark.setData(0, f"unit:{key}:{unit}")
        d.scene().addItem(self.mark)
        d.ensureVisible(rect, 40, 40)

    def weights(self, layer: int, key: str, unit: int) -> None:
        w = self.window
        self._layer(layer)
        paths = w.session.paths()
        path = key if key in paths else ("o" if key == "h" and "o" in paths else "g" if "g" in paths else paths[0])
        w.show_path(path)
        for param in w.editor.params():
            view = w.editor.block(param).view
            if view.model().rowCount() > unit:           # the unit's row (blocks read by unit)
                index = view.model().index(unit, 0)
                view.setCurrentIndex(index)
                view.scrollTo(index)

    def clamp(self, layer: int, gate: str, unit: int, value) -> None:
        w = self.window
        self._layer(layer)
        w.presenter.clamp(gate, unit, value)          # a refusal is said in the status bar
