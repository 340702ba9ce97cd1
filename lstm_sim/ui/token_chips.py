"""The timeline's tokens as chips: one small button per token in a row that scrolls
sideways, the current step's highlighted. Typing must stay cheap however long the text
is, so the chips are a pool of buttons that is reused (a one-character edit changes the
text of one chip)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QButtonGroup, QFrame, QHBoxLayout, QLayout, QScrollArea, QSizePolicy, QToolButton,
                               QWidget)

from ..scenarios.vocabulary import shared_prefix
from .i18n import Retranslates
from .theme import CURRENT_CHIP, CURRENT_CHIP_BORDER


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
        inner.setAttribute(Qt.WA_StaticContents)      # grown by a chip: paint only the new part
        self._layout = QHBoxLayout(inner)
        # The row grows before its chips are placed: without this the layout first squeezes
        # every chip into the old width, then the scroll area widens it and they all move
        # back, so each keystroke repainted every chip in view.
        self._layout.setSizeConstraint(QLayout.SetMinimumSize)
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
        same = shared_prefix(old, tokens)          # those chips stay as they are, shown
        for k in range(same, len(tokens)):
            text = tokens[k]
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

