"""Lesson 5's demo: let the RNN on screen (edits and all) and lesson 7's LSTM write,
and count their sentences by kind (``scenarios.lessons.demos.sample_book``)."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...scenarios import load_preset
from ...scenarios.lessons.demos import SENTENCE_KINDS, sample_book

SENTENCES = 100
#: The columns: the RNN (the session's network when it is a book RNN, else the preset)
#: and the walkthrough LSTM of lesson 7.
NETS = ("book-rnn", "walkthrough")
BOOK_WORDS = ("Doug", "Jane", "Spot", "saw", ".")
#: The book's words as a sampled sentence shows them (Chinese in zh-TW).
WORD_NAMES = (QT_TRANSLATE_NOOP("book", "Doug"), QT_TRANSLATE_NOOP("book", "Jane"), QT_TRANSLATE_NOOP("book", "Spot"),
              QT_TRANSLATE_NOOP("book", "saw"), QT_TRANSLATE_NOOP("book", "."))
#: Row titles, one per sentence kind (same order as SENTENCE_KINDS).
KIND_TITLES = (QT_TRANSLATE_NOOP("book", "proper (“Doug saw Jane.”)"),
               QT_TRANSLATE_NOOP("book", "same name twice (“Doug saw Doug.”)"),
               QT_TRANSLATE_NOOP("book", "run-on (“… saw Jane saw …”)"),
               QT_TRANSLATE_NOOP("book", "too short (“Jane.”)"),
               QT_TRANSLATE_NOOP("book", "lost (“Doug saw.”, “Jane Jane …”)"))


@lru_cache(maxsize=2)
def _preset(name: str):
    return load_preset(name)


class BookSamplerDemo(QWidget):
    def __init__(self, parent: QWidget | None = None, session=None):
        super().__init__(parent)
        self.session = session
        self.button = QPushButton(self)
        self.button.setObjectName("sampleBook")
        self.button.clicked.connect(self.sample)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        self.column_titles = [QLabel(self) for _ in NETS]
        for c, label in enumerate(self.column_titles):
            label.setAlignment(Qt.AlignRight | Qt.AlignBottom)
            grid.addWidget(label, 0, c + 1)
        self.kind_labels = [QLabel(self) for _ in SENTENCE_KINDS]
        self.cells = {name: [QLabel("–", self) for _ in SENTENCE_KINDS] for name in NETS}
        for r, label in enumerate(self.kind_labels):
            grid.addWidget(label, r + 1, 0)
            for c, name in enumerate(NETS):
                cell = self.cells[name][r]
                cell.setObjectName(f"count:{name}:{SENTENCE_KINDS[r]}")
                cell.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
                grid.addWidget(cell, r + 1, c + 1)
        grid.setColumnStretch(0, 1)
        self.examples = QLabel(self)
        self.examples.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignLeft)
        layout.addLayout(grid)
        layout.addWidget(self.examples)
        self.seed = 0
        self.counts: dict[str, dict[str, int]] = {}
        self._examples: dict[str, dict[str, str]] = {}
        self._retranslate()

    def live(self) -> bool:
        """The session shows a book network without gates: it is the one that writes."""
        s = self.session
        return (s is not None and s.original is not None and tuple(s.words) == BOOK_WORDS
                and not s.spec.gates)

    def sample(self) -> None:
        """Both networks write ``SENTENCES`` sentences (a new seed each time)."""
        for name in NETS:
            if name == "book-rnn" and self.live():
                net, vocab = self.session.network(), self.session.vocab
            else:
                p = _preset(name)
                net, vocab = p.net, p.vocab
            self.counts[name], self._examples[name] = sample_book(net, vocab, SENTENCES, self.seed)
        self.seed += 1
        self._show()

    def _show(self) -> None:
        for name, counts in self.counts.items():
            for r, kind in enumerate(SENTENCE_KINDS):
                self.cells[name][r].setText(str(counts[kind]))
        rnn = self._examples.get("book-rnn", {})
        shown = [self._in_words(rnn[k]) for k in ("same name", "run-on", "too short", "other") if k in rnn]
        self.examples.setText(self.tr("The RNN wrote, for example: {0}").format(
            "  ".join(self.tr("“{0}”").format(s) for s in shown)) if shown else "")

    def _in_words(self, sentence: str) -> str:
        """A sampled sentence in the reader's words (the book's words in Chinese, in zh-TW)."""
        names = {w: QCoreApplication.translate("book", w) for w in BOOK_WORDS}
        if all(names[w] == w for w in BOOK_WORDS):
            return sentence
        words = sentence.replace(".", " .").split()
        return "".join(names.get(w, w) for w in words)

    def _retranslate(self) -> None:
        self.button.setText(self.tr("Let both write {0} sentences").format(SENTENCES))
        for label, text in zip(self.column_titles, (self.tr("the RNN on screen"), self.tr("the LSTM of lesson 7"))):
            label.setText(f"<b>{text}</b>")
        for label, title in zip(self.kind_labels, KIND_TITLES):
            label.setText(QCoreApplication.translate("book", title))
        self._show()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.LanguageChange:
            self._retranslate()
