"""The training pane's side of the presenter: a run asked for, paused, stopped; its
progress and samples shown; sampling more words; and the edit lock while a run lasts
(the run owns the weights: no hand edits, resets or undo meanwhile).

The training pane is made the first time it is needed (``ShellView.training_pane``);
``attach`` connects a newly made one.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..scenarios.training_setup import CorpusError, corpus_from_text, named_corpus
from . import view_data
from .messages import describe
from .training import TrainingSettings
from .views import TrainingView, Views


class TrainingPresenter:
    def __init__(self, session, trainer, views: Views):
        self.session, self.trainer, self.views = session, trainer, views

    @property
    def pane(self) -> TrainingView:
        return self.views.shell.training_pane()

    def connect(self) -> None:
        run = self.trainer.runner
        run.stateChanged.connect(self.on_state)
        run.progressed.connect(self.on_progress)
        run.sampled.connect(self.show_sample)
        self.trainer.message.connect(self.show_message)

    def attach(self, pane: TrainingView) -> None:
        """A training pane was made: its requests to the runner, its buttons to the run's state."""
        run = self.trainer.runner
        pane.startRequested.connect(self.start)
        pane.pauseRequested.connect(run.pause)
        pane.resumeRequested.connect(run.resume)
        pane.stopRequested.connect(run.stop)
        pane.resetRequested.connect(self.trainer.reset)
        pane.generateRequested.connect(self.generate)
        pane.set_state(run.state)

    # -- intents --------------------------------------------------------------------------
    def start(self, kind: str, text: str, settings: dict) -> None:
        """Train on a named corpus or the learner's ``text`` (unsaved work asked about first)."""
        if self.trainer.runner.state != "idle" or not self.views.shell.maybe_save():
            return
        try:
            corpus = (corpus_from_text(text, QCoreApplication.translate("MainWindow", "your text"))
                      if kind == "text" else named_corpus(kind))
            self.trainer.start(corpus, TrainingSettings(**settings))
        except CorpusError as exc:
            self.pane.show_message(describe(exc))
            return
        self.pane.new_run()

    def generate(self, words: int, temperature: float, seed: int) -> None:
        """Sample ``words`` more words onto the text and land on the first of them."""
        s = self.session
        try:
            added = s.continue_text(words, temperature, seed)
        except ValueError as exc:
            self.pane.show_message(describe(exc))
            return
        self.pane.show_sample(added)
        s.set_step(view_data.sampled_landing(len(s.token_texts), words))

    def finish(self) -> None:
        """End a run now (before a lesson takes over the screen): its result an undo step."""
        self.trainer.runner.stop(wait=True)

    # -- the run → views ------------------------------------------------------------------
    def on_state(self, state: str) -> None:
        self.pane.set_state(state)
        idle, stack = state == "idle", self.session.undo_stack
        self.views.editor.setEnabled(idle)
        self.views.shell.allow_edits(idle, idle and stack.canUndo(), idle and stack.canRedo())

    def on_progress(self, snap) -> None:
        history = self.trainer.history
        self.pane.show_progress(history[-1] if history else [], snap.epoch, snap.epochs, snap.elapsed)

    def show_sample(self, text: str) -> None:
        self.pane.show_sample(text)

    def show_message(self, text: str) -> None:
        self.pane.show_message(text)
