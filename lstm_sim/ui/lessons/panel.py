"""The lessons panel: the lesson replayed step by step beside the live model.

A lesson takes over the screen, never the learner's work: the first step shown stashes
the learner's session and opens the lesson's own network from its first step (a
:class:`~lstm_sim.controller.lesson_session.LessonSession`); each step then moves that
network to its text and time step without an undo step; another lesson opens its own
network; :meth:`LessonsPanel.leave` (closing the lessons pane) gives the learner's
session back exactly as it was, undo history and all. Showing a step also asks the main
window to point at the part it explains (``highlightRequested``), shows the step's demo,
and checks the step's claims on the session's trace, again whenever it changes (an
edit, a clamp, a demo's settings).
"""
from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from ...controller.lesson_session import lesson_session_of
from ...scenarios import load_preset
from ...scenarios.claims import ClaimResult, evaluate
from ...scenarios.lessons import LESSONS, Lesson, LessonStep
from .book import BookSamplerDemo
from .claims_view import ClaimsView
from .dinner import DinnerDaysDemo
from .memory_demos import DistanceDemo, UnsquashedMemoryDemo
from .squashing import RepeatedVotesDemo, SquashingDemo
from .valves import ValvesDemo


def tr_lesson(text: str) -> str:
    return QCoreApplication.translate("lessons", text)


class LessonsPanel(QWidget):
    #: Point at a part of the app: (kind, key), see ``scenarios.lessons.HIGHLIGHT_KINDS``.
    #: Each shown step first emits ("", "") to clear the previous step's highlights.
    highlightRequested = Signal(str, str)
    #: A step is on screen: (lesson id, 0-based step index).
    stepShown = Signal(str, int)
    #: A step asks for a tool of the window: "compare-distance" (Tools ▸ Compare's distance run).
    toolRequested = Signal(str)

    def __init__(self, session, parent: QWidget | None = None,
                 before_lesson: Callable[[], None] | None = None, open_guard=None):
        super().__init__(parent)
        self.setObjectName("lessonsPanel")
        self.session = session
        #: The lesson session that stashes the learner's work while a lesson is on screen.
        self.lesson_session = lesson_session_of(session)
        #: Called before a lesson first takes over the screen (the window finishes a
        #: training run, whose result becomes an undo step of the learner's session).
        #: Nothing asks to save: the learner's session is stashed, never replaced.
        self.before_lesson = before_lesson
        del open_guard                      # no longer asked: a lesson never replaces the learner's work
        self.lessons: tuple[Lesson, ...] = LESSONS
        self._lesson = 0
        self._step = 0
        self.demos: dict[str, QWidget] = {}
        self._build_list()
        self._build_step()
        self._build_scroll()
        self._build_layout()
        self._build_shortcuts()
        for signal in (session.traceChanged, session.weightsChanged, session.clampsChanged,
                       session.networkChanged):
            signal.connect(self.refresh_claims)
        self._retranslate()
        self.show_lesson(self.lessons[0].id, 0, move_app=False)     # reading it moves nothing yet

    def _build_list(self) -> None:
        """The list of lessons."""
        self.list = QListWidget(self)
        self.list.setObjectName("lessonList")
        for lesson in self.lessons:
            self.list.addItem(QListWidgetItem())
        self.list.currentRowChanged.connect(self._on_row)
        self.list.itemClicked.connect(self._on_click)

    def _build_step(self) -> None:
        """The step's heading, text, demo and claims."""
        self.heading = QLabel(self)
        self.heading.setObjectName("stepHeading")
        self.heading.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setObjectName("stepText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.RichText)
        self.text.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.text.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        self.demo_box = QWidget(self)
        self.demo_layout = QVBoxLayout(self.demo_box)
        self.demo_layout.setContentsMargins(0, 4, 0, 4)
        self.claims = ClaimsView(self)

    def _build_scroll(self) -> None:
        """The step in a scrolling column."""
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(8)
        column.addWidget(self.heading)
        column.addWidget(self.text)
        column.addWidget(self.demo_box)
        column.addWidget(self.claims)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)

    def _build_layout(self) -> None:
        """Back and next round the position, under the list and the step."""
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("lessonBack")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("lessonNext")
        self.position = QLabel(self)
        self.position.setAlignment(Qt.AlignCenter)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        nav = QHBoxLayout()
        nav.setContentsMargins(6, 0, 6, 4)
        nav.addWidget(self.back_button)
        nav.addWidget(self.position, 1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(nav)

    def _build_shortcuts(self) -> None:
        """Page and Alt+arrow keys turn the steps."""
        self.shortcuts = []
        for keys, slot in (((QKeySequence.MoveToNextPage, "Alt+Right"), self.next),
                           ((QKeySequence.MoveToPreviousPage, "Alt+Left"), self.back)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self, context=Qt.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
                self.shortcuts.append(shortcut)


    # -- where we are ---------------------------------------------------------------
    @property
    def lesson(self) -> Lesson:
        return self.lessons[self._lesson]

    @property
    def step_index(self) -> int:
        return self._step

    @property
    def step(self) -> LessonStep:
        return self.lesson.steps[self._step]

    def results(self) -> list[ClaimResult]:
        return list(self.claims.results)

    @property
    def in_lesson(self) -> bool:
        """The lesson on the panel is the one on screen (its network, not the learner's)."""
        return self.lesson_session.lesson == self.lesson.id

    def demo(self, name: str) -> QWidget:
        """The demo widget ``name`` (made the first time it is asked for)."""
        if name not in self.demos:
            s = self.session
            makers = {"squashing": lambda parent: SquashingDemo(parent, functions=("tanh",)),
                      "logistic": lambda parent: SquashingDemo(parent, functions=("sigma", "tanh")),
                      "repeated-votes": RepeatedVotesDemo, "valves": ValvesDemo,
                      "book-sampler": lambda parent: BookSamplerDemo(parent, s),
                      "dinner-days": lambda parent: DinnerDaysDemo(s, parent),
                      "distance": DistanceDemo,
                      "unsquashed-memory": lambda parent: UnsquashedMemoryDemo(s, parent)}
            widget = makers[name](self.demo_box)
            widget.setObjectName(f"demo:{name}")
            self.demo_layout.addWidget(widget)
            self.demos[name] = widget
            if name == "valves":
                widget.valvesChanged.connect(self.refresh_claims)
            elif name == "repeated-votes":
                widget.loopChanged.connect(self.refresh_claims)
            elif name == "distance":
                widget.runRequested.connect(lambda: self.toolRequested.emit("compare-distance"))
        return self.demos[name]

    def demo_inputs(self) -> dict:
        """What the demos are set to, for the worked examples that read them."""
        inputs = {}
        if "valves" in self.demos:
            inputs["valves"] = [float(v) for v in self.demos["valves"].valves()]
        if "repeated-votes" in self.demos:
            inputs["loop"] = self.demos["repeated-votes"].settings()
        return inputs

    # -- moving ---------------------------------------------------------------------
    def show_lesson(self, key, step: int = 0, move_app: bool = True) -> None:
        """Open a lesson by id or number at ``step``; unless ``move_app`` is False, put
        the app where the step talks about."""
        index = next(k for k, x in enumerate(self.lessons) if key in (x.id, x.number, str(x.number)))
        self._lesson = index
        self._step = max(0, min(step, len(self.lesson.steps) - 1))
        if self.list.currentRow() != index:
            self.list.blockSignals(True)
            self.list.setCurrentRow(index)
            self.list.blockSignals(False)
        self._show(move_app)

    def next(self) -> None:
        if self._step + 1 < len(self.lesson.steps):
            self.show_lesson(self.lesson.id, self._step + 1)
        elif self._lesson + 1 < len(self.lessons):
            self.show_lesson(self.lessons[self._lesson + 1].id, 0)

    def back(self) -> None:
        if self._step > 0:
            self.show_lesson(self.lesson.id, self._step - 1)
        elif self._lesson > 0:
            previous = self.lessons[self._lesson - 1]
            self.show_lesson(previous.id, len(previous.steps) - 1)

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self.lessons):
            self.show_lesson(self.lessons[row].id, 0)

    def _on_click(self, item: QListWidgetItem) -> None:
        """A click on the lesson already open shows its current step again, app and all."""
        if self.list.row(item) == self._lesson:
            self._show()

    def _show(self, move_app: bool = True) -> None:
        step = self.step
        if move_app:
            self._move_app(step)
        for name, widget in self.demos.items():
            widget.setVisible(name == step.demo)
        if step.demo:
            self.demo(step.demo).show()
        self.demo_box.setVisible(bool(step.demo))
        self._show_texts()
        self.refresh_claims()
        self.scroll.widget().layout().activate()     # lay out the new step now, not on the next pass
        self.scroll.verticalScrollBar().setValue(0)
        self.highlightRequested.emit("", "")
        for h in step.highlights:
            self.highlightRequested.emit(h.kind, h.key)
        if step.demo:
            self.highlightRequested.emit("demo", step.demo)
        self.stepShown.emit(self.lesson.id, self._step)

    def _move_app(self, step: LessonStep) -> None:
        """Put the lesson's network where the step talks about. A lesson not yet on
        screen opens its own network at its first step (stashing the learner's session
        the first time); within a lesson the learner's what-ifs stay, and the step's text
        and time step are shown without an undo step."""
        ls, lesson = self.lesson_session, self.lesson
        if ls.lesson != lesson.id:
            if not ls.active and self.before_lesson is not None:
                self.before_lesson()
            first = lesson.steps[0]
            ls.open(lesson.id, load_preset(lesson.preset), text=first.text, step=first.step)
        ls.show(step.text, step.step)

    def leave(self) -> None:
        """Give the learner's session back, exactly as it was before the lessons; the
        panel stays on its lesson and step, to resume there."""
        self.lesson_session.leave()

    def resume(self) -> None:
        """Put the lesson on the panel back on screen (after ``leave``), at its step."""
        if not self.in_lesson:
            self._show()

    # -- claims ---------------------------------------------------------------------------
    def refresh_claims(self, *args) -> None:
        """Re-check the step's claims on the session's current trace (the network's
        weights are copied only if a claim reads them)."""
        s = self.session
        if s.original is None:
            results = evaluate(None, None, [], [], ids=self.step.claims, inputs=self.demo_inputs())
        else:
            results = evaluate(None, s.trace, s.words, s.units, ids=self.step.claims, net=s.network,
                               inputs=self.demo_inputs())
        self.claims.show_results(results)

    # -- words -------------------------------------------------------------------------
    def _show_texts(self) -> None:
        step, lesson = self.step, self.lesson
        self.heading.setText("<b>{0}</b><br><span style='font-size:large'><b>{1}</b></span>".format(
            html.escape(self.tr("Lesson {0} · {1}").format(lesson.number, tr_lesson(lesson.title)), quote=False),
            html.escape(tr_lesson(step.title), quote=False)))
        self.text.setText("".join(f"<p>{html.escape(tr_lesson(p), quote=False)}</p>" for p in step.paragraphs))
        self.position.setText(self.tr("step {0} of {1}").format(self._step + 1, len(lesson.steps)))
        last = self._lesson == len(self.lessons) - 1 and self._step == len(lesson.steps) - 1
        self.back_button.setEnabled(self._lesson > 0 or self._step > 0)
        self.next_button.setEnabled(not last)

    def _retranslate(self) -> None:
        for k, lesson in enumerate(self.lessons):
            self.list.item(k).setText(f"{lesson.number}. {tr_lesson(lesson.title)}")
        rows = min(len(self.lessons), 7)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4)
        self.back_button.setText(self.tr("◀ Back"))
        self.next_button.setText(self.tr("Next ▶"))
        self.back_button.setToolTip(self.tr("Previous step (Page Up, Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next step (Page Down, Alt+Right)"))
        self._show_texts()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.LanguageChange:
            self._retranslate()
            self.refresh_claims()
