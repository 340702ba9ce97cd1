"""Every word the network knows, in a filterable popup (the timeline's "show all … words")."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from .i18n import Retranslates


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
