"""Lesson outlines on the diagram: a magenta frame round the box, node or strip a lesson
talks about."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem


def outline(layout, kind: str, key: str) -> QGraphicsRectItem | None:
    """A frame round ``layout``'s 'box' / 'node' / 'strip' ``key`` (not yet in a scene),
    or None if it has no such part."""
    parts = {"box": layout.boxes, "node": layout.nodes, "strip": layout.strips}.get(kind, {})
    item = parts.get(key)
    if item is None:
        return None
    mark = QGraphicsRectItem(item.sceneBoundingRect().adjusted(-6, -6, 6, 6))
    mark.setPen(QPen(QColor("#d01c8b"), 3, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
    mark.setBrush(Qt.NoBrush)
    mark.setZValue(50)
    mark.setData(0, f"{kind}:{key}")
    return mark
