"""The input text, its tokens as chips, and the transport controls.

Typing must stay cheap however long the text is: the chips are a pool of buttons that
is reused (a one-character edit changes the text of one chip), and the edits of a
queued burst of key presses are forwarded as one (see ``Timeline.flush``).
"""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QScrollArea, QSizePolicy, QSlider, QStyle, QToolButton,
                               QVBoxLayout, QWidget)

from .i18n import Retranslates
from .theme import CURRENT_CHIP, CURRENT_CHIP_BORDER, ERROR_LIGHT, error_color

SPEEDS = (0.5, 1.0, 2.0, 4.0)
ERROR_EDIT_STYLE = f"QLineEdit {{ border: 1px solid {ERROR_LIGHT.name()}; }}"


class MarkedLineEdit(QLineEdit):
    """A line edit that can underline one span with a red wave (an unknown word).

    QLineEdit has no API for formatting part of its text, so the wave is painted over
    it, placed relative to the cursor (which stays correct when the text scrolls).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mark: tuple[int, int] | None = None

    def set_mark(self, start: int, end: int) -> None:
        mark = (start, end) if end > start else None
        if mark != self.mark:
            self.mark = mark
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
        red = error_color(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(r, QColor(red.red(), red.green(), red.blue(), 40))
        path = QPainterPath(QPointF(r.left(), r.bottom()))
        x, up = r.left(), True
        while x < r.right():
            x = min(x + 2.5, r.right())
            path.lineTo(x, r.bottom() - (2.5 if up else 0))
            up = not up
        painter.setPen(QPen(red, 1.3))
        painter.drawPath(path)
        painter.end()


class TokenChip(QToolButton):
    """One token, painted from the palette (so it follows the theme without a style
    sheet) and sized for its bold "current" look, so moving the current step never
    changes a chip's size and never re-lays out the row."""

    PAD_X, PAD_Y, RADIUS = 9, 2, 9

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.NoFocus)
        self.setObjectName("tokenChip")
        self.setAttribute(Qt.WA_Hover)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self._hint: tuple[str, QSize] | None = None

    def token(self) -> str:
        return self.text().replace("&&", "&")

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:
        text = self.token()
        if self._hint is None or self._hint[0] != text:
            fm = QFontMetrics(self._bold())
            self._hint = (text, QSize(fm.horizontalAdvance(text) + 2 * self.PAD_X + 2,
                                      fm.height() + 2 * self.PAD_Y + 2))
        return self._hint[1]

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.FontChange:
            self._hint = None
        super().changeEvent(event)

    def paintEvent(self, event) -> None:
        pal = self.palette()
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        if self.isChecked():
            fill, border, ink = CURRENT_CHIP, CURRENT_CHIP_BORDER, QColor(Qt.black)
            p.setFont(self._bold())
        else:
            fill = pal.color(QPalette.Mid if self.isDown() else QPalette.Button)
            border = pal.color(QPalette.Highlight if self.underMouse() else QPalette.Mid)
            ink = pal.color(QPalette.ButtonText)
        p.setPen(QPen(border, 1))
        p.setBrush(fill)
        p.drawRoundedRect(r, self.RADIUS, self.RADIUS)
        p.setPen(ink)
        p.drawText(self.rect(), Qt.AlignCenter, self.token())
        p.end()


class TokenChips(Retranslates, QScrollArea):
    """One small button per token, in a row that scrolls sideways when the text is long;
    the current step's chip is highlighted (exclusively).

    The buttons are a pool: ``set_tokens`` renames the chips whose token changed, shows
    or hides chips at the end, and creates buttons only when the text grows past every
    length seen so far. ``chips`` is the visible ones, one per token.
    """

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
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self.stepClicked)
        self._pool: list[TokenChip] = []
        self._tokens: list[str] = []
        self._relayout_pending = False
        bold = QFont(self.font())
        bold.setBold(True)
        self._chip_height = QFontMetrics(bold).height() + 2 * TokenChip.PAD_Y + 2

    @property
    def chips(self) -> list[TokenChip]:
        """The chips on show, one per token, in order."""
        return self._pool[:len(self._tokens)]

    def sizeHint(self):
        return QSize(400, self._chip_height + self.horizontalScrollBar().sizeHint().height())

    def minimumSizeHint(self):
        return QSize(100, self._chip_height + 4)

    def set_tokens(self, tokens: list[str]) -> None:
        old, inner = self._tokens, self.widget()
        for k, text in enumerate(tokens):
            if k == len(self._pool):
                chip = TokenChip(inner)
                self._layout.insertWidget(k, chip)
                self.group.addButton(chip, k)
                self._pool.append(chip)
            chip = self._pool[k]
            if k >= len(old) or old[k] != text:
                chip.setText(text.replace("&", "&&"))
                chip.setToolTip(self._tip(k, text))
                self._relayout_pending = True
            if chip.isHidden():
                chip.show()
        for chip in self._pool[len(tokens):len(old)]:
            chip.hide()
            self._relayout_pending = True
        self._tokens = list(tokens)

    def _tip(self, k: int, text: str) -> str:
        return self.tr("step {0}: “{1}” — click to go here").format(k + 1, text)

    def retranslate(self) -> None:
        for k, (chip, text) in enumerate(zip(self.chips, self._tokens)):
            chip.setToolTip(self._tip(k, text))

    def set_current(self, step: int) -> None:
        if 0 <= step < len(self._tokens):
            chip = self._pool[step]
            chip.setChecked(True)
            if self._relayout_pending:     # new geometry arrives with the posted layout request
                QTimer.singleShot(0, self, self._scroll_to_current)
            else:
                self._bring_into_view(chip)

    def _scroll_to_current(self) -> None:
        self._relayout_pending = False
        chip = self.group.checkedButton()
        if chip is not None and chip.isVisible():
            self._bring_into_view(chip)

    def _bring_into_view(self, chip, margin: int = 40) -> None:
        """Scroll only when ``chip`` is (nearly) out of view, and then by a page: it lands a
        third of the way in from the side it came from, so stepping on scrolls (and repaints
        the whole row and its scroll bar) once in many steps, not on every one."""
        bar, width = self.horizontalScrollBar(), self.viewport().width()
        left = chip.x() - bar.value()
        if left >= margin and left + chip.width() <= width - margin:
            return
        ahead = left + chip.width() > width - margin          # off the right: moving on
        bar.setValue(chip.x() - (width // 3 if ahead else 2 * width // 3 - chip.width()))


class ElidedLabel(QWidget):
    """One line of text, elided at the right when it does not fit; the whole text is in
    the tooltip. Painted in the palette's error colour."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setToolTip(text)
            self.update()

    def shown_text(self) -> str:
        """What is painted: the text, elided to the width."""
        return self.fontMetrics().elidedText(self._text, Qt.ElideRight, self.width())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._text) + 2, self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("Unknown…"), self.fontMetrics().height())

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setPen(error_color(self.palette()))
        p.drawText(self.rect(), Qt.AlignLeft | Qt.AlignVCenter, self.shown_text())
        p.end()


class VocabularyPopup(Retranslates, QFrame):
    """Every word the network knows, filterable; clicking one (or Enter) picks it."""

    wordPicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent, Qt.Popup)
        self.setFrameShape(QFrame.StyledPanel)
        self.setObjectName("vocabularyPopup")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self._replacing = ""
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self._pick_first)
        self.list.itemClicked.connect(lambda item: self._pick(item.text()))
        self.list.itemActivated.connect(lambda item: self._pick(item.text()))
        self.resize(280, 340)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter words…"))
        replacing = self._replacing
        self.hint.setText(self.tr("{0} words. Click one to put it in place of “{1}”.").format(
            self.list.count(), replacing) if replacing else
            self.tr("{0} words. Click one to insert it.").format(self.list.count()))

    def set_words(self, words: list[str]) -> None:
        self.list.clear()
        self.list.addItems(sorted(words, key=str.casefold))
        self._filter(self.filter.text())

    def shown_words(self) -> list[str]:
        return [self.list.item(k).text() for k in range(self.list.count()) if not self.list.item(k).isHidden()]

    def open_below(self, anchor: QWidget, replacing: str) -> None:
        self._replacing = replacing
        self.retranslate()
        self.filter.clear()
        self.move(anchor.mapToGlobal(QPoint(0, anchor.height())))
        self.show()
        self.filter.setFocus(Qt.PopupFocusReason)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for k in range(self.list.count()):
            item = self.list.item(k)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _pick_first(self) -> None:
        shown = self.shown_words()
        if shown:
            self._pick(shown[0])

    def _pick(self, word: str) -> None:
        self.hide()
        self.wordPicked.emit(word)


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

        # The error row: one line, whatever the message or the vocabulary's size.
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
        self.vocabulary: list[str] = []
        self.vocabulary_popup: VocabularyPopup | None = None

        self.chips = TokenChips(self)
        self.chips.stepClicked.connect(self.stepRequested)

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

        transport = QHBoxLayout()
        for w in (self.first_button, self.back_button, self.play_button, self.forward_button,
                  self.last_button):
            transport.addWidget(w)
        transport.addWidget(self.slider, 1)
        transport.addWidget(self.step_label)
        self.speed_label = QLabel(self)
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
        self._tokens: list[str] = []
        self._step = 0
        self._error = ""                    # the message of the error row, as the session said it
        self._updating = False
        self.retranslate()

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
