"""The input text, its tokens as chips, and the transport controls.

Typing must stay cheap however long the text is: the chips are a pool of buttons that
is reused (a one-character edit changes the text of one chip, see ``token_chips``), and
the edits of a queued burst of key presses are forwarded as one (see ``Timeline.flush``).
"""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QVBoxLayout, QWidget

from .elided_label import ElidedLabel
from .i18n import Retranslates
from .marked_line_edit import MarkedLineEdit
from .theme import ERROR_LIGHT
from .token_chips import TokenChip, TokenChips
from .vocabulary_popup import VocabularyPopup

__all__ = ["ERROR_EDIT_STYLE", "SPEEDS", "ElidedLabel", "MarkedLineEdit", "Timeline", "TokenChip", "TokenChips",
           "VocabularyPopup"]

SPEEDS = (0.5, 1.0, 2.0, 4.0)
ERROR_EDIT_STYLE = f"QLineEdit {{ border: 1px solid {ERROR_LIGHT.name()}; }}"


class Timeline(Retranslates, QWidget):
    """Emits what the user wants; the main window forwards it to the session.

    Typing is forwarded through ``textEdited`` at once, except inside a burst: when
    key presses were already queued behind an edit (a fast typist, a held Backspace,
    a slow re-trace), the edits that arrive before the event loop drains the queue are
    held and only the last one is forwarded, by a zero-timeout timer — one re-trace
    per burst instead of one per key. Only edits delivered by a running event loop are
    held; code that types synchronously (tests, QTest at the top level, scripts) sees
    every edit forwarded at once, and ``flush()`` forwards a held edit immediately.
    """

    textEdited = Signal(str)
    stepRequested = Signal(int)
    playToggled = Signal()
    speedChanged = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = MarkedLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self._edited)
        self._held: str | None = None
        self._burst = QTimer(self)          # running = an edit was forwarded in this pass
        self._burst.setSingleShot(True)
        self._burst.setInterval(0)
        self._burst.timeout.connect(self._burst_over)
        self._build_error_row()
        self.vocabulary: list[str] = []
        self.vocabulary_popup: VocabularyPopup | None = None

        self.chips = TokenChips(self)
        self.chips.stepClicked.connect(self.stepRequested)
        self._build_transport()
        self._build_layout()
        self._tokens: list[str] = []
        self._step = 0
        self._error = ""                    # the message of the error row, as the session said it
        self._updating = False
        self.retranslate()

    def _build_error_row(self) -> None:
        """The error row: one line, whatever the message or the vocabulary's size."""
        self.error_row = QWidget(self)
        self.error_row.setObjectName("textErrorRow")
        self.error = ElidedLabel(self.error_row)
        self.error.setObjectName("textError")
        self.vocabulary_link = QLabel(self.error_row)
        self.vocabulary_link.setObjectName("showVocabulary")
        self.vocabulary_link.setTextFormat(Qt.RichText)
        self.vocabulary_link.setTextInteractionFlags(Qt.LinksAccessibleByMouse | Qt.LinksAccessibleByKeyboard)
        self.vocabulary_link.linkActivated.connect(lambda _link: self.show_vocabulary())
        row = QHBoxLayout(self.error_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.error, 1)
        row.addWidget(self.vocabulary_link)
        self.error_row.setFixedHeight(max(self.fontMetrics().height(), self.vocabulary_link.sizeHint().height()) + 2)
        self.error_row.hide()

    def _build_transport(self) -> None:
        """The buttons first, back, play, forward and last, the slider, the step and the speed."""
        style = self.style()

        def button(icon, handler):
            b = QToolButton(self)
            b.setIcon(style.standardIcon(icon))
            b.setFocusPolicy(Qt.NoFocus)
            b.clicked.connect(handler)
            return b

        self.first_button = button(QStyle.SP_MediaSkipBackward, lambda: self.stepRequested.emit(0))
        self.back_button = button(QStyle.SP_MediaSeekBackward,
                                  lambda: self.stepRequested.emit(self.slider.value() - 1))
        self.play_button = button(QStyle.SP_MediaPlay, self.playToggled.emit)
        self.forward_button = button(QStyle.SP_MediaSeekForward,
                                     lambda: self.stepRequested.emit(self.slider.value() + 1))
        self.last_button = button(QStyle.SP_MediaSkipForward, lambda: self.stepRequested.emit(self.slider.maximum()))
        self.slider = QSlider(Qt.Horizontal, self)
        self.slider.setFocusPolicy(Qt.NoFocus)
        self.slider.valueChanged.connect(self._slider_moved)
        self.step_label = QLabel(self)
        self._size_step_label()
        self.speed = QComboBox(self)
        self.speed.setFocusPolicy(Qt.NoFocus)
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(lambda i: self.speedChanged.emit(SPEEDS[i]))
        self.speed_label = QLabel(self)

    def _build_layout(self) -> None:
        transport = QHBoxLayout()
        for w in (self.first_button, self.back_button, self.play_button, self.forward_button,
                  self.last_button):
            transport.addWidget(w)
        transport.addWidget(self.slider, 1)
        transport.addWidget(self.step_label)
        transport.addWidget(self.speed_label)
        transport.addWidget(self.speed)

        text_row = QHBoxLayout()
        self.text_label = QLabel(self)
        self.text_label.setBuddy(self.edit)
        text_row.addWidget(self.text_label)
        text_row.addWidget(self.edit, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(text_row)
        layout.addWidget(self.error_row)
        layout.addWidget(self.chips)
        layout.addLayout(transport)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Type a sentence using the vocabulary…"))
        for b, tip in ((self.first_button, self.tr("First step (Home)")),
                       (self.back_button, self.tr("Step back (←)")),
                       (self.play_button, self.tr("Play / pause (Space)")),
                       (self.forward_button, self.tr("Step forward (→)")),
                       (self.last_button, self.tr("Last step (End)")),
                       (self.slider, self.tr("Scrub through the steps")), (self.speed, self.tr("Playback speed"))):
            b.setToolTip(tip)
        self.speed_label.setText(self.tr("speed"))
        self.text_label.setText(self.tr("Input text:"))
        self._show_step_label()
        self._update_link()
        self._show_error_text()

    def _show_error_text(self) -> None:
        # The session's message stays as it was said; the sentence around it re-words.
        self.error.setText(self.tr("{0} — the diagram still shows the last good text.").format(self._error)
                           if self._error else "")

    # -- what the window tells it ---------------------------------------------
    def set_text(self, text: str) -> None:
        if self.edit.text() != text:
            self._held = None           # the session moved on (undo, a file): drop a held edit
            self.edit.setText(text)

    def set_tokens(self, tokens: list[str]) -> None:
        self._tokens = list(tokens)
        self.chips.set_tokens(tokens)
        top = max(len(tokens) - 1, 0)
        if self.slider.maximum() != top:
            self._updating = True
            self.slider.setRange(0, top)
            self._updating = False

    def set_step(self, step: int) -> None:
        self._updating = True
        self.slider.setValue(step)
        self._updating = False
        self.chips.set_current(step)
        self._step = step
        self._show_step_label()

    def _show_step_label(self) -> None:
        token = self._tokens[self._step] if self._step < len(self._tokens) else ""
        if len(token) > 8:
            token = token[:7] + "…"
        self.step_label.setText(self.tr("step {0}/{1}  “{2}”").format(self._step + 1, len(self._tokens), token))

    def set_vocabulary(self, words: list[str]) -> None:
        """The words the network knows, listed by the error row's "show all" link."""
        self.vocabulary = list(words)
        self._update_link()
        self.vocabulary_link.setVisible(bool(self.vocabulary))
        if self.vocabulary_popup is not None:
            self.vocabulary_popup.set_words(self.vocabulary)

    def _update_link(self) -> None:
        # A rich-text label keeps the link colour it was laid out with: give it the palette's.
        self.vocabulary_link.setText('<a href="#vocabulary" style="color: {0};">{1}</a>'.format(
            self.palette().color(QPalette.Link).name(),
            html.escape(self.tr("show all {0} words").format(len(self.vocabulary)))))

    def _size_step_label(self) -> None:
        """A fixed size (width and height): a label whose size can change relayouts the
        window on every step (Qt posts a layout request unless its minimum is its maximum)."""
        metrics = self.step_label.fontMetrics()
        self.step_label.setFixedSize(metrics.horizontalAdvance("step 8888/8888  “waffles…”") + 12,
                                     self.step_label.sizeHint().height())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:          # View ▸ Zoom
            self._size_step_label()
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self._update_link()
            # A widget with a style sheet keeps the palette it was polished with (and gets
            # no palette events): re-applying the sheet now gives it the new palette.
            sheet = self.edit.styleSheet()
            if sheet:
                self.edit.setStyleSheet("")
                self.edit.setStyleSheet(sheet)

    def show_error(self, message: str, start: int, end: int) -> None:
        self._error = message
        self._show_error_text()
        self.error_row.show()
        if self.edit.styleSheet() != ERROR_EDIT_STYLE:
            self.edit.setStyleSheet(ERROR_EDIT_STYLE)
        self.edit.set_mark(start, end)

    def clear_error(self) -> None:
        if self.error_row.isHidden() and self.edit.mark is None and not self.edit.styleSheet():
            return                      # the usual case while typing: nothing to undo
        self.error_row.hide()
        self.edit.setStyleSheet("")
        self.edit.set_mark(0, 0)

    def set_playing(self, playing: bool) -> None:
        icon = QStyle.SP_MediaPause if playing else QStyle.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))

    # -- the vocabulary list --------------------------------------------------
    def show_vocabulary(self) -> VocabularyPopup:
        """Open the list of every known word under the error row; picking a word puts it
        in place of the marked (unknown) word, or at the cursor."""
        if self.vocabulary_popup is None:
            self.vocabulary_popup = VocabularyPopup(self)
            self.vocabulary_popup.wordPicked.connect(self.use_word)
            self.vocabulary_popup.set_words(self.vocabulary)
        mark = self.edit.mark
        text = self.edit.text()
        marked = text[mark[0]:mark[1]] if mark and mark[1] <= len(text) else ""
        self.vocabulary_popup.open_below(self.vocabulary_link if self.vocabulary_link.isVisible() else self.edit,
                                         marked)
        return self.vocabulary_popup

    def use_word(self, word: str) -> None:
        """Replace the marked word with ``word`` (or insert it at the cursor) and
        forward the new text as an edit."""
        text = self.edit.text()
        mark = self.edit.mark
        if mark and mark[1] <= len(text):
            start, end = mark
        else:
            start = end = self.edit.cursorPosition()
            if start > 0 and not text[start - 1].isspace():
                word = " " + word
            if end < len(text) and not text[end].isspace():
                word = word + " "
        new = text[:start] + word + text[end:]
        self.edit.setText(new)
        self.edit.setCursorPosition(start + len(word))
        self.edit.setFocus(Qt.OtherFocusReason)
        self._held = None
        self._forward(new)

    # -- typing ---------------------------------------------------------------
    def has_held_edit(self) -> bool:
        """Whether an edit of a burst is waiting to be forwarded."""
        return self._held is not None

    def flush(self) -> None:
        """Forward a held edit now (tests and callers that need the session up to date)."""
        if self._held is not None:
            self._burst.stop()
            self._forward(self._held)

    def _edited(self, text: str) -> None:
        if self._burst.isActive() and QThread.currentThread().loopLevel() > 0:
            self._held = text           # more keys were queued behind the last edit
            return
        self._forward(text)

    def _forward(self, text: str) -> None:
        self._held = None
        self._burst.start()
        self.textEdited.emit(text)

    def _burst_over(self) -> None:
        if self._held is not None:
            self._forward(self._held)

    def _slider_moved(self, value: int) -> None:
        if not self._updating:
            self.stepRequested.emit(value)
