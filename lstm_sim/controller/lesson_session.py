"""A lesson takes over the screen, never the learner's work.

While a lesson is open, the session shows the lesson's own network and text (each
lesson opens its network from its first step); leaving gives back exactly what the
learner had: network, text, step, clamps, layer, file, and the undo history with its
clean state, so a lesson never marks the learner's session modified.

Why a snapshot inside the one session rather than a second session: every view, the
Undo/Redo actions, the undo-history pane and the title's "modified" mark hold the
session and its one ``QUndoStack``, so what the screen shows stays what the session
holds. Entering stashes the session's own state and *copies* of its undo commands
(Qt cannot take commands off a stack and put them back); the lesson then runs on the
same session with an empty history of its own — its edits and clamps are undoable like
any other, and thrown away on leaving. Leaving puts the state back and rebuilds the
learner's history from the copies: each is pushed while it is told to do nothing
(the state is already there), the index and the clean index are set as they were,
and from then on the copies undo and redo like the originals.

Lesson moves (another step's text or time step) are not the learner's changes: they
are shown without an undo step. Anything that replaces the session (File ▸ Open, a
training run, closing the window) should call :func:`leave_lesson` first, so that it
asks about, and works on, the learner's own session; if something opens another
network mid-lesson anyway, the lesson ends and keeps what was opened.
"""
from __future__ import annotations

import copy

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

#: The session's Qt members: they stay (the views hold them); everything else is state.
_KEPT = ("undo_stack", "_timer")
#: State shared, not copied: the opened preset is never changed, a trace never changes;
#: the network the trace was made with is only compared by identity (so after a put-back,
#: whose network is a copy, the next text change traces from scratch).
_SHARED = ("_original", "_trace", "_traced_net")


class _Quiet:
    """Mixed into a copy of an undo command: while ``quiet`` it does nothing and never
    merges, so a history can be rebuilt over a state that is already in place."""

    quiet = False

    def redo(self) -> None:
        if not self.quiet:
            super().redo()

    def undo(self) -> None:
        if not self.quiet:
            super().undo()

    def id(self) -> int:
        return -1 if self.quiet else super().id()

    def mergeWith(self, other) -> bool:
        return False if self.quiet else super().mergeWith(other)


_quiet_kinds: dict[type, type] = {}


def _quiet_copy(command: QUndoCommand) -> QUndoCommand:
    """A copy of ``command`` (same class behaviour, data and text) that can be told to be quiet."""
    cls = type(command)
    if not issubclass(cls, _Quiet):
        cls = _quiet_kinds.setdefault(cls, type(f"Quiet{cls.__name__}", (_Quiet, cls), {}))
    twin = cls.__new__(cls)
    QUndoCommand.__init__(twin, command.text())
    twin.__dict__.update(command.__dict__)
    twin.setObsolete(command.isObsolete())
    return twin


class _History:
    """The undo stack as it was: copies of its commands, its index and clean index."""

    def __init__(self, stack):
        self.commands = [_quiet_copy(stack.command(k)) for k in range(stack.count())]
        self.index, self.clean = stack.index(), stack.cleanIndex()

    def put_back(self, stack) -> None:
        stack.clear()
        for command in self.commands:
            command.quiet = True
        try:
            for command in self.commands:
                stack.push(command)
            if self.clean >= 0:
                stack.setIndex(self.clean)
                stack.setClean()
            stack.setIndex(self.index)
            if self.clean < 0:
                stack.resetClean()
        finally:
            for command in self.commands:
                command.quiet = False
        self.commands = []          # the stack owns them now


class _Stash:
    """The session's own state, copied (the network and clamps deep, the rest as values)."""

    def __init__(self, session):
        self.state = {}
        for name, value in vars(session).items():
            if name in _KEPT or isinstance(value, QObject):
                continue
            if name == "_net":
                self.state[name] = None if value is None else value.copy()
            elif name in _SHARED:
                self.state[name] = value
            else:
                try:
                    self.state[name] = copy.deepcopy(value)
                except (TypeError, copy.Error):      # something that cannot be copied: kept as it is
                    self.state[name] = value
        self.history = _History(session.undo_stack)

    def put_back(self, session) -> None:
        for name, value in self.state.items():
            setattr(session, name, value.copy() if name == "_net" and value is not None else value)
        self.history.put_back(session.undo_stack)


class LessonSession(QObject):
    """Lessons on ``session``: :meth:`open` shows a lesson's network, :meth:`show` moves
    it to a step's text and time step, :meth:`leave` gives the learner's session back.

    One per session (a child of it): :func:`lesson_session_of` finds or makes it."""

    #: A lesson took over the screen (True) or gave it back (False).
    activeChanged = Signal(bool)

    def __init__(self, session):
        super().__init__(session)
        self.setObjectName("lessonSession")
        self.session = session
        self._stash: _Stash | None = None
        self._lesson: str | None = None          # the lesson whose network is on show
        self._opening = False
        session.networkChanged.connect(self._on_network)

    @property
    def active(self) -> bool:
        """A lesson is on screen (the learner's session is stashed)."""
        return self._stash is not None

    @property
    def lesson(self) -> str | None:
        """The id of the lesson whose network is on show (None: none)."""
        return self._lesson if self.active else None

    def open(self, lesson_id: str, preset, text: str | None = None, step: int | None = None) -> None:
        """Show lesson ``lesson_id``'s network (a ``Preset``) at ``text`` and ``step``,
        with an empty undo history of its own; the first time, stash the learner's session."""
        s = self.session
        first = not self.active
        if first:
            s.pause()
            self._stash = _Stash(s)
        self._opening = True
        try:
            s.open(preset, text=text, step=step)
        finally:
            self._opening = False
        self._lesson = lesson_id
        if first:
            self.activeChanged.emit(True)

    def show(self, text: str | None, step: int | None) -> bool:
        """Move the lesson's network to ``text`` (if given) and ``step`` without an undo
        step: a lesson's move is not a change the learner made. False if the text does
        not fit the network (the learner typed over it, say) and nothing moved."""
        if not self.active:
            return False
        s = self.session
        text = None if text is None else s.spelled(text)     # in the names the views show
        if text is not None and text != s.text:
            try:
                s._checked = (text, s.check_text(text))
            except ValueError:                      # UnknownWordError is one
                return False
            s._apply_text(text, step)
        if step is not None:
            s.set_step(step)
        return True

    def leave(self) -> None:
        """Give the learner's session back exactly as it was (a no-op outside a lesson)."""
        if not self.active:
            return
        s = self.session
        s.pause()
        stash, self._stash, self._lesson = self._stash, None, None
        stash.put_back(s)
        s.networkChanged.emit()
        if s.num_layers > 1:
            s.layerChanged.emit(s.layer)
        s.weightsChanged.emit()
        s.clampsChanged.emit()
        s.traceChanged.emit()
        s.stepChanged.emit(s.step)
        s.textAccepted.emit()
        s.fileChanged.emit(s.file_path)
        self.activeChanged.emit(False)

    def _on_network(self) -> None:
        """Someone else opened a network mid-lesson: the lesson ends and keeps it."""
        if self.active and not self._opening:
            self._stash, self._lesson = None, None
            self.activeChanged.emit(False)


def lesson_session_of(session) -> LessonSession:
    """The session's lesson controller (made the first time it is asked for)."""
    found = session.findChild(LessonSession, "lessonSession")
    return found if found is not None else LessonSession(session)


def leave_lesson(session) -> None:
    """Before anything replaces the session (open, train, close): the learner's own back first."""
    found = session.findChild(LessonSession, "lessonSession")
    if found is not None:
        found.leave()


__all__ = ["LessonSession", "leave_lesson", "lesson_session_of"]
