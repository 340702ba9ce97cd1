"""Lesson 2's demo: ten days of the dinner cycle; mark the days you were away and see the
dinner network carry on from its own guesses (``scenarios.lessons.demos.dinner_days``).

When the session is on the dinner network, the guesses are that network's, edits and
all, and the same days become its text, so the diagram and the other panes show the
very steps the demo lists.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ...scenarios.lessons.content import AWAY_DAYS
from ...scenarios.lessons.demos import CYCLE, DinnerDay, dinner_days, dinner_text
from ..theme import error_color

GOOD = "#2e8b57"


def dish(name: str) -> str:
    return QCoreApplication.translate("dinner", name)


#: The dishes' names, for lupdate.
DISHES = (QT_TRANSLATE_NOOP("dinner", "pizza"), QT_TRANSLATE_NOOP("dinner", "sushi"),
          QT_TRANSLATE_NOOP("dinner", "waffles"))


class DinnerDaysDemo(QWidget):
    #: The away days changed (one bool per day).
    awayChanged = Signal(list)

    def __init__(self, session=None, parent: QWidget | None = None, away=AWAY_DAYS):
        super().__init__(parent)
        self.session = session
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.headers = [QLabel(self) for _ in range(3)]
        for c, h in enumerate(self.headers):
            h.setWordWrap(True)
            grid.addWidget(h, 0, c)
        self.day_labels: list[QLabel] = []
        self.buttons: list[QToolButton] = []
        self.guesses: list[QLabel] = []
        for k in range(len(away) + 1):
            day = QLabel(self)
            guess = QLabel(self)
            guess.setObjectName(f"guess{k}")
            guess.setTextFormat(Qt.RichText)
            grid.addWidget(day, k + 1, 0)
            grid.addWidget(guess, k + 1, 2)
            self.day_labels.append(day)
            self.guesses.append(guess)
            if k < len(away):
                button = QToolButton(self)
                button.setObjectName(f"day{k}")
                button.setCheckable(True)
                button.setChecked(bool(away[k]))
                button.setMinimumWidth(96)
                button.toggled.connect(self._toggled)
                grid.addWidget(button, k + 1, 1)
                self.buttons.append(button)
        grid.setColumnStretch(2, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        self._days: list[DinnerDay] = []
        if session is not None:
            for signal in (session.weightsChanged, session.networkChanged):
                signal.connect(self._update)
        self._retranslate()

    def _on_dinner(self) -> bool:
        """The session shows a dinner network (its words are the three dishes)."""
        s = self.session
        return s is not None and s.original is not None and tuple(s.words) == CYCLE

    def away(self) -> list[bool]:
        return [b.isChecked() for b in self.buttons]

    def set_away(self, day: int, away: bool) -> None:
        """Mark day ``day`` (0-based) away or home, as a click would."""
        self.buttons[day].setChecked(away)

    def days(self) -> list[DinnerDay]:
        return list(self._days)

    def guess_texts(self) -> list[str]:
        return [g.text() for g in self.guesses]

    def _toggled(self, *args) -> None:
        self._update()
        away = self.away()
        if self._on_dinner():
            self.session.set_text(dinner_text(away))
        self.awayChanged.emit(away)

    def _update(self) -> None:
        live = self._on_dinner()
        self._days = dinner_days(self.away(), net=self.session.network() if live else None,
                                 vocab=self.session.vocab if live else None)
        bad = error_color(self.palette()).name()
        for k, d in enumerate(self._days):
            tomorrow = k == len(self.buttons)
            self.day_labels[k].setText(self.tr("day {0} (next)").format(d.day) if tomorrow
                                       else self.tr("day {0}").format(d.day))
            if k < len(self.buttons):
                self.buttons[k].setText(self.tr("away · ?") if d.away else dish(d.dinner))
                self.buttons[k].setToolTip(self.tr("Click to mark this day away (you never saw dinner)")
                                           if not d.away else self.tr("Click to mark this day at home"))
            if k == 0:
                text = "<span style='color:gray'>" + self.tr("no yesterday yet") + "</span>"
            elif d.predicted is None:
                text = f"<span style='color:{bad}'>" + self.tr("no idea ({0:.0%} each)").format(d.confidence) \
                    + "</span>"
            else:
                mark = (f"<span style='color:{GOOD}'>✓</span>" if d.predicted == d.dinner
                        else f"<span style='color:{bad}'>✗</span>")
                text = f"{mark} <b>{dish(d.predicted)}</b> {d.confidence:.1%}"
                if d.from_own_guess:
                    text += " ↻"
            self.guesses[k].setText(text)
            self.guesses[k].setToolTip(self.tr("Made from its own guess: the evening before you were away")
                                       if d.from_own_guess else "")
        rolled = sum(1 for d in self._days if d.from_own_guess and d.predicted == d.dinner)
        self.summary.setText(self.tr("↻ made from the network's own guess (you were away the evening "
                                     "before): {0} guesses, {1} of them right.").format(
            sum(1 for d in self._days if d.from_own_guess), rolled))

    def _retranslate(self) -> None:
        for h, text in zip(self.headers, (self.tr("day"), self.tr("what was cooked"),
                                          self.tr("the network's guess"))):
            h.setText(f"<b>{text}</b>")
        self._update()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.LanguageChange, QEvent.PaletteChange):
            self._retranslate() if event.type() == QEvent.LanguageChange else self._update()
