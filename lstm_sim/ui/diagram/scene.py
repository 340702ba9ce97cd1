"""The diagram's scene and what a layout hands back to the view.

A layout (``layout_lstm.py``, ``layout_rnn.py``) places strips, boxes, nodes, wires and
labels into a :class:`DiagramScene` and returns a :class:`Layout`: the items the view
updates per step, and the items to light up, stage by stage, in computation order.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QToolTip

from .parts import DiagramItem, Label, OpNode, PathBox, Wire, Words, text_width
from .strip import VectorStrip
from .names import DESCRIPTIONS, WIRE_NAMES, wordings
from .style import CAPTION_PT, LABEL_PT, LIGHT, Theme


class DiagramScene(QGraphicsScene):
    """A scene that knows its theme and explains whatever is under the mouse."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme: Theme = LIGHT
        #: Painting for a vector file (SVG, PDF; see ``ui.export``): the strips
        #: paint every cell as a rect with its number, never a scaled image.
        self.vector_output = False

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip text for scene position ``pos`` ('' when nothing is there)."""
        return self._tooltip(pos)[0]

    def _tooltip(self, pos: QPointF) -> tuple[str, QRectF]:
        """Text and the scene area it holds for: one strip cell, or the whole item."""
        for item in self.items(pos, Qt.IntersectsItemShape, Qt.DescendingOrder):
            while item is not None:
                if isinstance(item, VectorStrip):
                    local = item.mapFromScene(pos)
                    k = item.cell_at(local)
                    area = item.hit_rect(k) if k is not None else item.boundingRect()
                    return item.tooltip_at(local), item.mapRectToScene(area)
                if item.toolTip():
                    return item.toolTip(), item.sceneBoundingRect()
                item = item.parentItem()
        return "", QRectF()

    def helpEvent(self, event) -> None:
        text, area = self._tooltip(event.scenePos())
        if not text:
            QToolTip.hideText()
            event.setAccepted(False)
            return
        widget = event.widget()
        view = widget.parent() if widget is not None else None
        rect = QRect()
        if hasattr(view, "mapFromScene"):
            rect = view.mapFromScene(area).boundingRect()   # moving off the cell hides the tip
        QToolTip.showText(event.screenPos(), text, widget, rect)
        event.setAccepted(True)


@dataclass
class Layout:
    kind: str
    strips: dict[str, VectorStrip] = field(default_factory=dict)
    boxes: dict[str, PathBox] = field(default_factory=dict)
    nodes: dict[str, OpNode] = field(default_factory=dict)
    #: The wire captions by key (the views may name what a wire carries right now).
    captions: dict[str, Label] = field(default_factory=dict)
    #: Items to light up together, in computation order (each item in one stage).
    stages: list[list[DiagramItem]] = field(default_factory=list)

    def glowing_items(self):
        for stage in self.stages:
            yield from stage


class Builder:
    """Small helper the layouts use: add an item to the scene and to a stage at once."""

    def __init__(self, scene: DiagramScene, kind: str, n_stages: int):
        self.scene = scene
        self.layout = Layout(kind, stages=[[] for _ in range(n_stages)])

    def add(self, item: QGraphicsItem, stage: int | None = None):
        if not isinstance(item, VectorStrip):
            # Everything but the strips looks the same from step to step: paint it once
            # into a pixmap and blit it (a step then repaints only what changed).
            item.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.scene.addItem(item)
        if stage is not None:
            self.layout.stages[stage].append(item)
        return item

    def strip(self, key: str, labels: list[str], stage: int, noun: str = "unit") -> VectorStrip:
        strip = VectorStrip(key, labels, noun)
        self.layout.strips[key] = strip
        return self.add(strip, stage)

    def box(self, box: PathBox, x: float, y: float, stage: int) -> PathBox:
        box.setPos(x, y)
        self.layout.boxes[box.key] = box
        return self.add(box, stage)

    def node(self, node: OpNode, x: float, y: float, stage: int) -> OpNode:
        node.setPos(x, y)
        self.layout.nodes[node.name] = node
        return self.add(node, stage)

    def wire(self, points, stage: int | None = None, **kwargs) -> Wire:
        return self.add(Wire(points, **kwargs), stage)

    def label(self, text: Words, x: float, y: float, point_size: float, **kwargs) -> Label:
        label = Label(text, point_size, **kwargs)
        label.setPos(x, y)
        return self.add(label)

    def recycle(self, x_from: float, y_from: float, y_below: float, y_input: float,
                left_run: float, stage: int, fed_back: str = "h") -> None:
        """The dashed loop that carries hₜ (the lesson RNN: pₜ) back round to the
        previous-prediction input."""
        tip = DESCRIPTIONS.later("recycle" if fed_back == "h" else "lesson_recycle")
        self.wire([(x_from, y_from), (x_from, y_below), (-left_run, y_below), (-left_run, y_input),
                   (0, y_input)], stage, dashed=True, start_dot=True, tooltip=tip)

        def caption() -> str:
            return (QCoreApplication.translate("diagram", "next step · hₜ becomes hₜ₋₁") if fed_back == "h" else
                    QCoreApplication.translate("diagram", "next step · pₜ becomes pₜ₋₁"))
        self.label(caption, (x_from - left_run) / 2, y_below + 4, CAPTION_PT,
                   italic=True, muted=True, align=Qt.AlignHCenter | Qt.AlignTop, tooltip=tip)



def left_column_width(wires, *widths: float) -> float:
    """How wide a layout's left column is: its wires' labels in every wording (so a
    language switch never changes the layout), or the widest of ``widths`` (its strips)."""
    return max(max(text_width(t, LABEL_PT) for k in wires for t in wordings(WIRE_NAMES, k)), *widths)
