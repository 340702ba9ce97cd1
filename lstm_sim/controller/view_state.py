"""What is on show, in one object that outlives any window.

The session is the document (network, text, step, layer, clamps, undo); the view state
is how the learner is looking at it: the layer and step on show (followed from the
session, which owns them because the play timer and saved files do), whether the cell
is stepped inside and at which sub-step, the path whose weights are on show and the
path box outlined in the diagram, the lesson and its step when one is open, and how
words are labelled (the vocabulary's other names). It holds no widgets: a window made
anew can be handed the same view state and show what the old one showed.

Each setter announces a change only when the value really changes, so a view that
echoes a value back (a checked menu action) causes no loop.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ViewState(QObject):
    """See the module docstring. ``follow(session)`` keeps step and layer in step."""

    stepChanged = Signal(int)
    layerChanged = Signal(int)
    #: View ▸ Step inside the cell switched on or off.
    insideChanged = Signal(bool)
    #: The stage of one step's computation on show (None: the whole step).
    substepChanged = Signal(object)
    #: The path whose weight blocks are on show (None: none yet).
    pathChanged = Signal(object)
    #: The lesson on screen and its 0-based step ("" and 0: no lesson open).
    lessonChanged = Signal(str, int)
    #: View ▸ Show the book's words in Chinese (the vocabulary's other names).
    otherNamesChanged = Signal(bool)

    def __init__(self, other_names: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.step = 0
        self.layer = 0
        self.inside = False
        self.substep: int | None = None
        self.path: str | None = None
        #: The path box outlined in the diagram (None after the cell is drawn anew,
        #: or when the readout is on show: it has no box).
        self.selected: str | None = None
        self.lesson: str | None = None
        self.lesson_step = 0
        self.other_names = bool(other_names)
        self._session = None

    # -- the session's part -------------------------------------------------------------
    def follow(self, session) -> None:
        """Take step and layer from ``session`` now and whenever they change. Connect
        this before anything that reads the view state on a session change."""
        if self._session is session:
            return
        if self._session is not None:
            self._session.stepChanged.disconnect(self._set_step)
            self._session.layerChanged.disconnect(self._set_layer)
        self._session = session
        self.step, self.layer = session.step, session.layer
        session.stepChanged.connect(self._set_step)
        session.layerChanged.connect(self._set_layer)

    def _set_step(self, step: int) -> None:
        # Every step the session announces is shown again (a new trace at the same step).
        self.step = step
        self.stepChanged.emit(step)

    def _set_layer(self, layer: int) -> None:
        self.layer = layer
        self.layerChanged.emit(layer)

    # -- the learner's part -------------------------------------------------------------
    def set_inside(self, inside: bool) -> None:
        inside = bool(inside)
        if inside != self.inside:
            self.inside = inside
            self.insideChanged.emit(inside)

    def set_substep(self, substep: int | None) -> None:
        if substep != self.substep:
            self.substep = substep
            self.substepChanged.emit(substep)

    def set_path(self, path: str | None) -> None:
        if path != self.path:
            self.path = path
            self.pathChanged.emit(path)

    def set_selected(self, path: str | None) -> None:
        self.selected = path

    def set_lesson(self, lesson: str | None, step: int = 0) -> None:
        lesson = lesson or None
        step = step if lesson is not None else 0
        if (lesson, step) != (self.lesson, self.lesson_step):
            self.lesson, self.lesson_step = lesson, step
            self.lessonChanged.emit(lesson or "", step)

    def set_other_names(self, on: bool) -> None:
        on = bool(on)
        if on != self.other_names:
            self.other_names = on
            self.otherNamesChanged.emit(on)
