"""Playing a text: a timer steps through it at a speed, stopping at its last step. A
small collaborator of the session, which owns the step it moves."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal


class Playback(QObject):
    """Steps ``step()`` on by ``set_step`` every interval while playing, up to ``steps() - 1``."""

    playingChanged = Signal(bool)

    #: Milliseconds per step at speed 1×.
    BASE_INTERVAL = 900

    def __init__(self, step: Callable[[], int], steps: Callable[[], int], set_step: Callable[[int], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._step, self._steps, self._set_step = step, steps, set_step
        self.speed = 1.0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._advance)

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def set_speed(self, speed: float) -> None:
        self.speed = max(float(speed), 0.1)
        self._timer.setInterval(int(self.BASE_INTERVAL / self.speed))

    def play(self) -> None:
        if self.playing or not self._steps():
            return
        if self._step() >= self._steps() - 1:
            self._set_step(0)           # playing from the end starts over
        self._timer.start(int(self.BASE_INTERVAL / self.speed))
        self.playingChanged.emit(True)

    def pause(self) -> None:
        if self.playing:
            self._timer.stop()
            self.playingChanged.emit(False)

    def _advance(self) -> None:
        if self._step() >= self._steps() - 1:
            self.pause()
        else:
            self._set_step(self._step() + 1)
