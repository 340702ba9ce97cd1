"""The input text, its tokens as chips, and the transport controls."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QScrollArea, QSlider, QStyle, QToolButton, QVBoxLayout, QWidget)

from .theme import CHIP_STYLE

SPEEDS = (0.5, 1.0, 2.0, 4.0)


class MarkedLineEdit(QLineEdit):
    """A line edit that can underline one span with a red wave (an unknown word).

    QLineEdit has no API for formatting part of its text, so the wave is painted over
    it, placed relative to the cursor (which stays correct when the text scrolls).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mark: tuple[int, int] | None = None

    def set_mark(self, start: int, end: int) -> None:
        self.mark = (start, end) if end > start else None
        self.update()

    def mark_rect(self) -> QRectF:
        """Where the marked span is drawn, in widget coordinates."""
        start, end = self.mark
        fm = self.fontMetrics()
        text = self.text()
        cursor_x = self.cursorRect().center().x()
        here = fm.horizontalAdvance(text[:self.cursorPosition()])
        x0 = cursor_x + fm.horizontalAdvance(text[:start]) - here
        x1 = cursor_x + fm.horizontalAdvance(text[:end]) - here
        rect = self.cursorRect()
        return QRectF(x0, rect.top(), x1 - x0, rect.height())

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.mark is None or self.mark[1] > len(self.text()):
            return
        r = self.mark_rect()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(r, QColor(215, 48, 31, 40))
        path = QPainterPath(QPointF(r.left(), r.bottom()))
        x, up = r.left(), True
        while x < r.right():
            x = min(x + 2.5, r.right())
            path.lineTo(x, r.bottom() - (2.5 if up else 0))
            up = not up
        painter.setPen(QPen(QColor("#d7301f"), 1.3))
        painter.drawPath(path)
        painter.end()


class TokenChips(QScrollArea):
    """One small button per token, in a row that scrolls sideways when the text is long;
    the current step's chip is highlighted (exclusively)."""

    stepClicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        inner = QWidget(self)
        self._layout = QHBoxLayout(inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addStretch(1)
        self.setWidget(inner)
        inner.setStyleSheet(CHIP_STYLE)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.chips: list[QToolButton] = []

    def sizeHint(self):
        return QSize(400, self.widget().sizeHint().height() + self.horizontalScrollBar().sizeHint().height())

    def minimumSizeHint(self):
        return QSize(100, self.widget().sizeHint().height() + 4)

    def set_tokens(self, tokens: list[str]) -> None:
        for chip in self.chips:
            self.group.removeButton(chip)
            chip.deleteLater()
        self.chips = []
        for k, text in enumerate(tokens):
            chip = QToolButton(self.widget())
            chip.setText(text.replace("&", "&&"))
            chip.setCheckable(True)
            chip.setAutoRaise(False)
            chip.setObjectName("tokenChip")
            chip.setToolTip(f"step {k + 1}: \"{text}\" — click to go here")
            chip.setFocusPolicy(Qt.NoFocus)
            chip.clicked.connect(lambda _=False, k=k: self.stepClicked.emit(k))
            self._layout.insertWidget(k, chip)
            self.group.addButton(chip)
            self.chips.append(chip)

    def set_current(self, step: int) -> None:
        if 0 <= step < len(self.chips):
            self.chips[step].setChecked(True)
            self.ensureWidgetVisible(self.chips[step], 40, 0)


class Timeline(QWidget):
    """Emits what the user wants; the main window forwards it to the session."""

    textEdited = Signal(str)
    stepRequested = Signal(int)
    playToggled = Signal()
    speedChanged = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = MarkedLineEdit(self)
        self.edit.setPlaceholderText("Type a sentence using the vocabulary…")
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self.textEdited)
        self.error = QLabel(self)
        self.error.setObjectName("textError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #d7301f;")
        self.error.hide()
        self.chips = TokenChips(self)
        self.chips.stepClicked.connect(self.stepRequested)

        style = self.style()

        def button(icon, tip, handler):
            b = QToolButton(self)
            b.setIcon(style.standardIcon(icon))
            b.setToolTip(tip)
            b.setFocusPolicy(Qt.NoFocus)
            b.clicked.connect(handler)
            return b

        self.first_button = button(QStyle.SP_MediaSkipBackward, "First step (Home)",
                                   lambda: self.stepRequested.emit(0))
        self.back_button = button(QStyle.SP_MediaSeekBackward, "Step back (←)",
                                  lambda: self.stepRequested.emit(self.slider.value() - 1))
        self.play_button = button(QStyle.SP_MediaPlay, "Play / pause (Space)", self.playToggled.emit)
        self.forward_button = button(QStyle.SP_MediaSeekForward, "Step forward (→)",
                                     lambda: self.stepRequested.emit(self.slider.value() + 1))
        self.last_button = button(QStyle.SP_MediaSkipForward, "Last step (End)",
                                  lambda: self.stepRequested.emit(self.slider.maximum()))
        self.slider = QSlider(Qt.Horizontal, self)
        self.slider.setFocusPolicy(Qt.NoFocus)
        self.slider.setToolTip("Scrub through the steps")
        self.slider.valueChanged.connect(self._slider_moved)
        self.step_label = QLabel(self)
        # A fixed width: a label that resizes with its text relayouts the row on every step.
        self.step_label.setFixedWidth(self.fontMetrics().horizontalAdvance("step 8888/8888  “waffles…”") + 12)
        self.speed = QComboBox(self)
        self.speed.setFocusPolicy(Qt.NoFocus)
        self.speed.setToolTip("Playback speed")
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(lambda i: self.speedChanged.emit(SPEEDS[i]))

        transport = QHBoxLayout()
        for w in (self.first_button, self.back_button, self.play_button, self.forward_button,
                  self.last_button):
            transport.addWidget(w)
        transport.addWidget(self.slider, 1)
        transport.addWidget(self.step_label)
        transport.addWidget(QLabel("speed", self))
        transport.addWidget(self.speed)

        text_row = QHBoxLayout()
        label = QLabel("Input text:", self)
        label.setBuddy(self.edit)
        text_row.addWidget(label)
        text_row.addWidget(self.edit, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(text_row)
        layout.addWidget(self.error)
        layout.addWidget(self.chips)
        layout.addLayout(transport)
        self._tokens: list[str] = []
        self._updating = False

    # -- what the window tells it ---------------------------------------------
    def set_text(self, text: str) -> None:
        if self.edit.text() != text:
            self.edit.setText(text)

    def set_tokens(self, tokens: list[str]) -> None:
        self._tokens = tokens
        self.chips.set_tokens(tokens)
        self._updating = True
        self.slider.setRange(0, max(len(tokens) - 1, 0))
        self._updating = False

    def set_step(self, step: int) -> None:
        self._updating = True
        self.slider.setValue(step)
        self._updating = False
        self.chips.set_current(step)
        token = self._tokens[step] if step < len(self._tokens) else ""
        if len(token) > 8:
            token = token[:7] + "…"
        self.step_label.setText(f"step {step + 1}/{len(self._tokens)}  “{token}”")

    def show_error(self, message: str, start: int, end: int) -> None:
        self.error.setText(message + " — the diagram still shows the last good text.")
        self.error.show()
        self.edit.setStyleSheet("QLineEdit { border: 1px solid #d7301f; }")
        self.edit.set_mark(start, end)

    def clear_error(self) -> None:
        self.error.hide()
        self.edit.setStyleSheet("")
        self.edit.set_mark(0, 0)

    def set_playing(self, playing: bool) -> None:
        icon = QStyle.SP_MediaPause if playing else QStyle.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))

    def _slider_moved(self, value: int) -> None:
        if not self._updating:
            self.stepRequested.emit(value)
