"""Work that must not freeze the window, one kind at a time, the newest request winning.

Each request runs on its own ``QThread``; its result comes back to the GUI thread as a
queued signal and is handed to the request's callback, unless a newer request of the
same kind was made meanwhile (then it is dropped). A newer request also sets the
running one's ``cancel`` event, which the work checks between chunks, and starts as
soon as that one has given up. ``shutdown`` waits for every thread, so none outlives
its owner.
"""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, QThread, Qt, Signal


class Cancelled(Exception):
    """Work that stopped because it was asked to: nobody is told."""


class _Job(QThread):
    """Runs one function on its own thread; ``done`` carries it, its result or the error."""
    done = Signal(object, object, object)          # the job, result, exception (one of them None)

    def __init__(self, kind: str, fn, generation: int, on_done):
        super().__init__()
        self.kind, self.fn, self.generation, self.on_done = kind, fn, generation, on_done
        self.cancel = threading.Event()

    def run(self) -> None:
        try:
            result = self.fn(self.cancel)
        except Exception as exc:           # noqa: BLE001 (reported to the GUI thread, never lost)
            self.done.emit(self, None, exc)
        else:
            self.done.emit(self, result, None)


class Workers(QObject):
    busyChanged = Signal(str)         # the kind just asked for, '' when all are done
    failed = Signal(object)           # an exception the work raised (not a cancellation)

    def __init__(self, kinds, parent: QObject | None = None, cancelled=(Cancelled,)):
        super().__init__(parent)
        self._generation = {k: 0 for k in kinds}
        self._jobs: list[_Job] = []
        self._pending: dict[str, tuple] = {}
        self._cancelled = tuple(cancelled)

    @property
    def busy(self) -> bool:
        return bool(self._jobs or self._pending)

    @property
    def running(self) -> int:
        return len(self._jobs)

    def start(self, kind: str, fn, on_done) -> None:
        """Run ``fn(cancel_event)`` off the GUI thread; ``on_done(result)`` gets its result."""
        self._generation[kind] += 1
        running = [j for j in self._jobs if j.kind == kind]
        for job in running:
            job.cancel.set()
        if running:
            self._pending[kind] = (fn, on_done)      # starts when the running one has given up
        else:
            self._launch(kind, fn, on_done)
        self.busyChanged.emit(kind)

    def cancel(self, kind: str) -> None:
        """Forget the requests of one kind: whatever they give back is dropped."""
        self._generation[kind] += 1
        self._pending.pop(kind, None)
        for job in self._jobs:
            if job.kind == kind:
                job.cancel.set()

    def _launch(self, kind: str, fn, on_done) -> None:
        job = _Job(kind, fn, self._generation[kind], on_done)
        job.done.connect(self._finished, Qt.QueuedConnection)     # always on this (the GUI) thread
        self._jobs.append(job)
        job.start()

    def _finished(self, job: _Job, result, error) -> None:
        if job not in self._jobs:             # shut down meanwhile
            return
        job.wait()
        self._jobs.remove(job)
        job.deleteLater()
        current = job.generation == self._generation[job.kind] and not job.cancel.is_set()
        pending = self._pending.pop(job.kind, None)
        if pending is not None:
            self._launch(job.kind, *pending)
        if current:
            if error is None:
                job.on_done(result)
            elif not isinstance(error, self._cancelled):
                self.failed.emit(error)
        if not self.busy:
            self.busyChanged.emit("")

    def wait_idle(self, timeout_s: float = 30.0, also=lambda: False) -> bool:
        """Let every request finish and its result land (tests, and closing); ``also``
        says whether something else is still to come (a timer about to ask again)."""
        end = time.monotonic() + timeout_s
        while (self.busy or also()) and time.monotonic() < end:
            for job in list(self._jobs):
                job.wait(10)
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()
        return not self.busy

    def shutdown(self) -> None:
        """Stop and wait for every thread: nothing runs once this returns."""
        self._pending.clear()
        for kind in self._generation:
            self._generation[kind] += 1
        for job in list(self._jobs):
            job.cancel.set()
            job.wait()
        QCoreApplication.sendPostedEvents(self)
        for job in list(self._jobs):
            self._jobs.remove(job)
            job.deleteLater()


__all__ = ["Cancelled", "Workers"]
