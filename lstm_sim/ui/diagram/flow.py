"""The flow highlight: one step's stages lit in computation order, the stage just
passed keeping a faint glow. A small collaborator of the diagram view."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractAnimation, QObject, QVariantAnimation

ANIMATION_MS = 500
TRAIL_GLOW = 0.35            # the stage just passed keeps a faint glow


class FlowSweep:
    """Sweeps the glow through the stages of ``layout()`` (None: nothing drawn)."""

    def __init__(self, parent: QObject, layout: Callable):
        self._layout = layout
        self.lit = -1                          # the stage lit now, −1 when not running
        self.anim = QVariantAnimation(parent)
        self.anim.setStartValue(0.0)
        self.anim.setEndValue(1.0)
        self.anim.setDuration(ANIMATION_MS)
        self.anim.valueChanged.connect(self._on_value)
        self.anim.finished.connect(self._clear)

    def running(self) -> bool:
        return self.anim.state() == QAbstractAnimation.Running

    def start(self) -> None:
        self.anim.start()
        self._on_value(0.0)   # the inputs light at once, not one timer tick later

    def stop(self) -> None:
        if self.anim.state() != QAbstractAnimation.Stopped:
            self.anim.stop()          # stop() does not emit finished
        self._clear()

    def _on_value(self, value) -> None:
        layout = self._layout()
        if layout is None:
            return
        stages = layout.stages
        stage = min(int(float(value) * len(stages)), len(stages) - 1)
        if stage == self.lit:
            return
        for k, items in enumerate(stages):
            level = 1.0 if k == stage else TRAIL_GLOW if k == stage - 1 else 0.0
            for item in items:
                item.set_glow(level)
        self.lit = stage

    def _clear(self) -> None:
        layout = self._layout()
        if self.lit < 0 or layout is None:
            self.lit = -1
            return
        for item in layout.glowing_items():
            item.set_glow(0.0)
        self.lit = -1
