"""Training in the app: a worker thread trains its own copy of the weights and
publishes snapshots; the GUI thread only receives them.

The worker runs the model's ``train`` iterator, which yields after every optimizer step
(well under a millisecond on the lesson's corpora), so Pause and Stop take effect
within one step. Snapshots are sent at most every ``SNAPSHOT_MS``; the session shows
them without touching its undo stack, and when the run ends the trained weights become
one undoable step ("Undo training").
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import (QCoreApplication, QMutex, QMutexLocker, QObject, QThread, QTimer, QTranslator,
                            QWaitCondition, Signal)

from ..glossary import QT_TRANSLATE_NOOP
from ..model import Network, TrainingDiverged, generate, train
from ..model.cells import CELL_KINDS, spec_of  # noqa: F401  (CELL_KINDS: the window lists the kinds from here)
from .messages import describe
from ..resources import qm_path, translated_languages
from ..scenarios.corpora import training_pairs
from ..scenarios.training_setup import TRAINING_DEFAULTS, Corpus

SNAPSHOT_MS = 45          # at most 22 refreshes a second (counted from each send)
SAMPLE_EVERY_S = 1.5      # a sampled sentence every so often
#: The longest the training thread waits for the window to show a snapshot (seconds).
ACK_TIMEOUT_S = 0.25
#: After handling a snapshot, the window gets this long to repaint before training resumes.
REPAINT_MS = 12


_TITLE = QT_TRANSLATE_NOOP("Trainer", "{0} ({1} units) trained on {2}")
_SUMMARY = QT_TRANSLATE_NOOP("Trainer", "Trained in the app on {0}, seed {1}.")
_ABOUT = QT_TRANSLATE_NOOP("Trainer", "Corpus: {0} ({1} tokens). Learning rate {2:g}, {3} epochs, {4}, seed {5}.")


def _run_texts(settings: "TrainingSettings", corpus: Corpus) -> tuple[dict, dict]:
    """A trained net's title, summary and About line in English, and in every shipped
    language (so they follow a later language switch, as a preset's texts do)."""
    def texts(tr) -> dict:
        cell = tr(spec_of(settings.cell).name)
        return {"title": tr(_TITLE).format(cell, settings.hidden, corpus.name),
                "summary": tr(_SUMMARY).format(corpus.name, settings.seed),
                "about": [tr(_ABOUT).format(corpus.name, len(corpus.tokens), settings.lr, settings.epochs,
                                            settings.optimizer, settings.seed)]}
    translations = {}
    for code in translated_languages():
        translator = QTranslator()
        if translator.load(str(qm_path(code))):
            translations[code] = texts(lambda source, t=translator: t.translate("Trainer", source) or source)
    return texts(lambda source: source), translations


@dataclass(frozen=True)
class TrainingSettings:
    """One run's settings; the defaults are the CLI's (``TRAINING_DEFAULTS``)."""
    cell: str = TRAINING_DEFAULTS["cell"]
    hidden: int = TRAINING_DEFAULTS["hidden"]
    epochs: int = TRAINING_DEFAULTS["epochs"]
    lr: float = TRAINING_DEFAULTS["lr"]
    seed: int = TRAINING_DEFAULTS["seed"]
    seq_len: int = TRAINING_DEFAULTS["seq_len"]
    optimizer: str = TRAINING_DEFAULTS["optimizer"]
    clip: float = TRAINING_DEFAULTS["clip"]
    schedule: str = TRAINING_DEFAULTS["schedule"]
    betas: tuple = TRAINING_DEFAULTS["betas"]

    def initial_network(self, corpus: Corpus) -> Network:
        V = len(corpus.vocab)
        return Network.random(self.cell, V, self.hidden, V, seed=self.seed)


@dataclass(frozen=True)
class Snapshot:
    params: dict            # copies of the weights at this step
    step: int
    epoch: int
    epochs: int
    loss: float
    accuracy: float
    elapsed: float          # seconds of training so far (pauses excluded)
    final: bool = False
    points: tuple = ()      # (step, loss, accuracy) of every update since the last snapshot


class _Worker(QThread):
    snapshot = Signal(object)       # Snapshot
    sampled = Signal(str)
    diverged = Signal(object, object)  # the error's message (coded), Snapshot with the last finite weights

    def __init__(self, net: Network, corpus: Corpus, settings: TrainingSettings, parent=None):
        super().__init__(parent)
        self.net, self.corpus, self.settings = net, corpus, settings
        self._mutex = QMutex()
        self._resume = QWaitCondition()
        self._paused = False
        self._stop = False
        self._points: list[tuple[int, float, float]] = []
        self._shown = threading.Event()   # the GUI has shown the last snapshot
        self._shown.set()
        self.parked = threading.Event()   # set while paused and waiting to go on

    def pause(self, paused: bool) -> None:
        with QMutexLocker(self._mutex):
            self._paused = paused
            if not paused:
                self._resume.wakeAll()

    def stop(self) -> None:
        with QMutexLocker(self._mutex):
            self._stop = True
            self._resume.wakeAll()
        self._shown.set()

    def shown(self) -> None:
        """The window has drawn the last snapshot: training goes on."""
        self._shown.set()

    def _wait_if_paused(self) -> bool:
        """Block while paused; True when the run should stop."""
        with QMutexLocker(self._mutex):
            while self._paused and not self._stop:
                self.parked.set()
                self._resume.wait(self._mutex)
            self.parked.clear()
            return self._stop

    def _snap(self, p, elapsed: float, final: bool = False) -> Snapshot:
        params = {k: v.copy() for k, v in self.net.params.items()}
        points, self._points = tuple(self._points), []
        if p is None:
            return Snapshot(params, 0, 0, self.settings.epochs, float("nan"), 0.0, elapsed, final, points)
        return Snapshot(params, p.step, p.epoch, p.epochs, p.loss, p.accuracy, elapsed, final, points)

    def run(self) -> None:
        s, corpus = self.settings, self.corpus
        X, y = training_pairs(corpus.vocab, corpus.tokens)
        last_sent = last_sample = 0.0
        elapsed, mark = 0.0, time.perf_counter()
        p = None
        try:
            for p in train(self.net, X, y, epochs=s.epochs, lr=s.lr, optimizer=s.optimizer,
                           clip=s.clip, seq_len=s.seq_len, seed=s.seed, schedule=s.schedule, betas=s.betas):
                now = time.perf_counter()
                elapsed += now - mark
                self._points.append((p.step, p.loss, p.accuracy))
                if now - last_sent >= SNAPSHOT_MS / 1000:
                    # Wait (briefly) while the window shows the snapshot: training and
                    # drawing would otherwise take turns on the interpreter lock every
                    # few microseconds and the window would stutter. The next one is due
                    # SNAPSHOT_MS after this one was sent, not after it was shown (else
                    # the window's own drawing time would slow the refresh rate).
                    last_sent = now
                    self._shown.clear()
                    self.snapshot.emit(self._snap(p, elapsed))
                    self._shown.wait(ACK_TIMEOUT_S)
                if now - last_sample >= SAMPLE_EVERY_S:
                    self.sampled.emit(self._sample(p.step))
                    last_sample = now
                if self._wait_if_paused():
                    break
                mark = time.perf_counter()
        except TrainingDiverged as exc:
            self.diverged.emit(exc.message, self._snap(p, elapsed, final=True))
            return
        self.snapshot.emit(self._snap(p, elapsed, final=True))
        self.sampled.emit(self._sample(p.step if p else 0))

    def _sample(self, seed: int, words: int = 16) -> str:
        vocab = self.corpus.vocab
        start = self.corpus.tokens[:1]
        ids = generate(self.net, vocab.inputs(start), words, seed=seed)
        return vocab.detokenize(start + [vocab.words[k] for k in ids])


class TrainingRunner(QObject):
    """Starts, pauses, resumes and stops one run at a time; owns the worker thread."""

    progressed = Signal(object)        # Snapshot
    sampled = Signal(str)
    finished = Signal(object, str)     # final Snapshot, '' or the reason it stopped early
    stateChanged = Signal(str)         # "idle", "running", "paused"

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._worker: _Worker | None = None
        self._state = "idle"
        self._stopped_by_user = False

    @property
    def state(self) -> str:
        return self._state

    def _set_state(self, state: str) -> None:
        self._state = state
        self.stateChanged.emit(state)

    def start(self, net: Network, corpus: Corpus, settings: TrainingSettings) -> None:
        """Train a copy of ``net``; the caller's network is never touched."""
        if self._worker is not None:
            raise RuntimeError("a training run is already going")
        self._stopped_by_user = False
        worker = _Worker(net.copy(), corpus, settings, self)
        worker.snapshot.connect(self._on_snapshot)
        worker.sampled.connect(self.sampled)
        worker.diverged.connect(self._on_diverged)
        worker.finished.connect(self._on_thread_done)
        self._worker = worker
        self._final: tuple | None = None
        self._set_state("running")
        worker.start()

    def shown(self) -> None:
        if self._worker is not None:
            self._worker.shown()

    def pause(self) -> None:
        if self._worker is not None and self._state == "running":
            self._worker.pause(True)
            self._set_state("paused")

    def parked(self) -> bool:
        """Whether a paused run's thread is waiting to go on (it can change nothing)."""
        return self._worker is not None and self._worker.parked.is_set()

    def resume(self) -> None:
        if self._worker is not None and self._state == "paused":
            self._worker.pause(False)
            self._set_state("running")

    def stop(self, wait: bool = True) -> None:
        """Stop the run (the weights reached so far are kept); with ``wait``, return
        only when the thread has ended."""
        if self._worker is None:
            return
        self._stopped_by_user = True
        self._worker.stop()
        if wait:
            self._worker.wait()
            self._finish()

    def _on_snapshot(self, snap: Snapshot) -> None:
        if snap.final:
            self._final = (snap, "stopped" if self._stopped_by_user else "")
        self.progressed.emit(snap)

    def _on_diverged(self, message, snap: Snapshot) -> None:
        self._final = (snap, describe(message))       # worded here, on the GUI thread
        self.progressed.emit(snap)

    def _on_thread_done(self) -> None:
        self._finish()

    def _finish(self) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        worker.wait()
        QCoreApplication.sendPostedEvents(self)          # deliver the final snapshot first
        final = self._final
        worker.deleteLater()
        self._set_state("idle")
        if final is not None:
            self.finished.emit(*final)


def snapshot_network(kind: str, snap: Snapshot) -> Network:
    return Network(kind, {k: np.array(v) for k, v in snap.params.items()})


class Trainer(QObject):
    """Training as the session sees it: a run opens a fresh network from the chosen
    corpus and seed, the views follow its snapshots, and the result is one undo step."""

    message = Signal(str)      # something the user should read (a refusal, a divergence)

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.runner = TrainingRunner(self)
        self.runner.progressed.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.kind = "lstm"
        self.history: list[list[tuple[int, float, float]]] = []   # per run: (step, loss, accuracy)
        self._initial: dict | None = None
        self._opening = False
        self._abandoned = False
        session.networkChanged.connect(self._on_network_replaced)

    def _on_network_replaced(self) -> None:
        """Another network was opened mid-run: the run ends and its result is dropped."""
        if not self._opening and self.runner.state != "idle":
            self._abandoned = True
            self.runner.stop(wait=True)
        if not self._opening:
            self._initial = None

    def start(self, corpus: Corpus, settings: TrainingSettings) -> None:
        """Open a fresh network for ``corpus`` (seeded) in the session and train it."""
        from ..scenarios import Preset
        from ..scenarios.training_setup import check_settings
        check_settings(settings.hidden, settings.epochs, settings.lr, settings.seq_len)
        net = settings.initial_network(corpus)
        vocab = corpus.vocab
        text = self.session.text
        try:
            usable = bool(vocab.tokens(text))
        except ValueError:
            usable = False
        if not usable:
            text = vocab.detokenize(corpus.tokens[:8])
        english, translations = _run_texts(settings, corpus)
        preset = Preset("trained", english["title"], english["summary"], net, vocab,
                        [f"u{k}" for k in range(settings.hidden)], text, 0, english["about"],
                        translations=translations)
        self.kind = settings.cell
        self._opening, self._abandoned = True, False
        try:
            self.session.open(preset)
        finally:
            self._opening = False
        self._initial = {k: v.copy() for k, v in net.params.items()}
        self.history.append([])
        self.runner.start(net, corpus, settings)

    def reset(self) -> None:
        """Back to the run's initial weights (the same seed gives the same run)."""
        if self._initial is not None and self.runner.state == "idle":
            self.session.set_network(Network(self.kind, self._initial), self.tr("Reset to the initial weights"))

    def _on_progress(self, snap: Snapshot) -> None:
        if self.history:
            self.history[-1].extend(snap.points)
        if not snap.final and not self._abandoned:
            self.session.show_weights(snap.params)
            QTimer.singleShot(REPAINT_MS, self.runner.shown)

    def _on_finished(self, snap: Snapshot, reason: str) -> None:
        if self._abandoned:
            return
        net = snapshot_network(self.kind, snap)
        label = self.tr("Training ({0} of {1} epochs)").format(snap.epoch, snap.epochs)
        self.session.set_network(net, label, before=self._initial)
        if reason and reason != "stopped":
            self.message.emit(reason)
