"""Clamping from the diagram: which gate (and unit) is under a point, and the
right-click menu that asks what it should be held at."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QMenu

from .parts import PathBox
from .strip import VectorStrip

#: Parts a right-click can clamp: the LSTM's valves and the GRU's (each layout has its own).
CLAMPABLE = ("i", "f", "o", "r", "z")


def gate_at(scene, scene_pos: QPointF) -> tuple[str, int | None] | None:
    """The gate (i, f, o) and unit under a scene position: a gate strip's cell, or
    a gate's path box (unit None)."""
    for item in scene.items(scene_pos):
        while item is not None:
            if isinstance(item, VectorStrip) and item.key in CLAMPABLE:
                return item.key, item.cell_at(item.mapFromScene(scene_pos))
            if isinstance(item, PathBox) and item.key in CLAMPABLE:
                return item.key, None
            item = item.parentItem()
    return None


def clamp_menu(parent, strip: VectorStrip, unit: int | None, chosen: Callable[[object], None]) -> QMenu:
    """The menu for one gate strip (or one of its units): ``chosen(value)`` on a pick."""
    who = strip.name if unit is None else f"{strip.name} [{strip.labels[unit]}]"
    menu = QMenu(parent)
    menu.setObjectName("clampMenu")
    menu.addSection(QCoreApplication.translate("CellDiagram", "What if {0} were…").format(who))
    for text, value in ((QCoreApplication.translate("CellDiagram", "Clamp open (1)"), 1.0),
                        (QCoreApplication.translate("CellDiagram", "Clamp closed (0)"), 0.0),
                        (QCoreApplication.translate("CellDiagram", "Clamp half open (0.5)"), 0.5),
                        (QCoreApplication.translate("CellDiagram", "Free (computed)"), None)):
        action = menu.addAction(text)
        action.triggered.connect(lambda _=False, v=value: chosen(v))
    return menu
