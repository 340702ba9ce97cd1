"""The session: which network, which text, which step; the one place that calls the model.

Views call the intent methods (``set_text``, ``set_step``, ``open_preset`` …) and
listen to the signals. Nothing here draws; tests drive it without a window.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from ..model import Network, Trace, forward
from ..scenarios import Preset, Token, UnknownWordError, load_preset


class Session(QObject):
    #: A different network (preset or file) is loaded: views rebuild their layout.
    networkChanged = Signal()
    #: A new trace is available (text or weights changed).
    traceChanged = Signal()
    #: The current step moved (0-based).
    stepChanged = Signal(int)
    #: The text could not be traced: message, start and end of the bad word. The last good trace stays.
    textRejected = Signal(str, int, int)
    #: The text was traced fine (clears any earlier error).
    textAccepted = Signal()
    playingChanged = Signal(bool)

    #: Milliseconds per step at speed 1×.
    BASE_INTERVAL = 900

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.preset: Preset | None = None
        self.text = ""
        self.tokens: list[Token] = []
        self.trace: Trace | None = None
        self.step = 0
        self.error: str | None = None
        self.speed = 1.0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._advance)

    # -- what the views read ------------------------------------------------
    @property
    def net(self) -> Network:
        return self.preset.net

    @property
    def kind(self) -> str:
        return self.preset.net.kind

    @property
    def units(self) -> list[str]:
        return self.preset.units

    @property
    def words(self) -> list[str]:
        return list(self.preset.vocab.words)

    @property
    def token_texts(self) -> list[str]:
        return [t.text for t in self.tokens]

    def step_values(self, t: int | None = None) -> dict[str, np.ndarray]:
        return self.trace.step(self.step if t is None else t)

    def path_blocks(self, path: str) -> list[tuple[str, str, np.ndarray]]:
        """The weight blocks feeding one path ('g', 'i', 'f', 'o', or 'rnn'):
        (parameter, note, a copy of the values) for W (new information), U (previous
        prediction) and b (bias)."""
        gate = None if path == "rnn" else path
        return [(param, self.preset.notes.get((param, gate), ""), self.net.block(param, gate).copy())
                for param in ("W", "U", "b")]

    # -- intents ------------------------------------------------------------
    def open_preset(self, name: str) -> None:
        self.open(load_preset(name))

    def open(self, preset: Preset, text: str | None = None, step: int | None = None) -> None:
        """Start a session on ``preset``; its own text and key step unless given.

        If that text cannot be traced with this vocabulary, the session opens on the
        vocabulary's first word instead, so there is always a trace to show.
        """
        text = preset.text if text is None else text
        try:
            usable = bool(preset.vocab.tokens(text))
        except UnknownWordError:
            usable = False
        self.pause()
        self.preset = preset
        self.tokens, self.trace, self.error = [], None, None
        self.step = preset.start_step if step is None else step
        self.networkChanged.emit()
        self.set_text(text if usable else preset.vocab.words[0])

    def set_text(self, text: str) -> bool:
        """Re-trace for new text. On an unknown word, keep the last good trace and say why."""
        self.text = text
        try:
            tokens = self.preset.vocab.tokens(text)
        except UnknownWordError as exc:
            self.error = str(exc)
            self.textRejected.emit(self.error, exc.start, exc.end)
            return False
        if not tokens:
            self.error = "type at least one word; the vocabulary is: " + ", ".join(self.words)
            self.textRejected.emit(self.error, 0, len(text))
            return False
        self.error = None
        self.tokens = tokens
        self.retrace()
        self.textAccepted.emit()
        return True

    def retrace(self) -> None:
        """Recompute every value (after the text or the weights changed)."""
        names = self.token_texts
        self.trace = forward(self.net, self.preset.vocab.one_hot(names), tokens=names)
        self.step = max(0, min(self.step, len(names) - 1))
        self.traceChanged.emit()
        self.stepChanged.emit(self.step)

    def set_step(self, t: int) -> None:
        if not self.tokens:
            return
        t = int(np.clip(t, 0, len(self.tokens) - 1))
        if t != self.step:
            self.step = t
            self.stepChanged.emit(t)

    def step_by(self, delta: int) -> None:
        self.set_step(self.step + delta)

    def first(self) -> None:
        self.set_step(0)

    def last(self) -> None:
        self.set_step(len(self.tokens) - 1)

    # -- playback -------------------------------------------------------------
    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def set_speed(self, speed: float) -> None:
        self.speed = max(float(speed), 0.1)
        self._timer.setInterval(int(self.BASE_INTERVAL / self.speed))

    def play(self) -> None:
        if self.playing or not self.tokens:
            return
        if self.step >= len(self.tokens) - 1:
            self.set_step(0)           # playing from the end starts over
        self._timer.start(int(self.BASE_INTERVAL / self.speed))
        self.playingChanged.emit(True)

    def pause(self) -> None:
        if self.playing:
            self._timer.stop()
            self.playingChanged.emit(False)

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def _advance(self) -> None:
        if self.step >= len(self.tokens) - 1:
            self.pause()
        else:
            self.set_step(self.step + 1)
