"""How the lesson on screen wants the cell drawn: only the parts introduced so far, and
stepped inside up to the stage it talks about.

Lesson 6 builds the LSTM up part by part, so its steps hide the parts still to come
(``LessonStep.parts``); lessons 6 and 7 walk through one time step's computation, so
their steps switch View ▸ Step inside the cell on and show their stage
(``LessonStep.stage``). Leaving them (another lesson, or closing the lessons pane) draws
the whole cell again and gives the sub-step switch back as the learner had set it.

The lessons pane's visibility is also where a lesson takes over the screen and gives it
back: closing the pane gives the learner's session back (``LessonsPanel.leave``),
opening it again puts the lesson on the panel back on screen (``LessonsPanel.resume``).
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from ...scenarios.lessons import CELL_STAGES, LessonStep
from ..diagram.reveal import show_parts


class DiagramMode(QObject):
    """Applies the shown lesson step's way of drawing the cell to ``diagram``.

    ``inside_action`` is the checkable View ▸ Step inside the cell; ``dock`` holds the
    panel (a closed dock means the learner left the lessons); ``set_substep`` shows a
    stage of the step (the presenter's, so the view state knows; default: the diagram's).
    """

    def __init__(self, panel, diagram, inside_action, dock, parent=None, set_substep=None):
        super().__init__(parent)
        self.panel, self.diagram, self.inside_action, self.dock = panel, diagram, inside_action, dock
        self._set_substep = set_substep or diagram.set_substep
        self._step: LessonStep | None = None     # the step whose drawing is applied (None: none)
        self._user_inside: bool | None = None    # the learner's own sub-step choice, while a lesson holds it
        panel.stepShown.connect(self._on_step_shown)
        dock.visibilityChanged.connect(self._on_dock_visibility)
        if not dock.isHidden():
            panel.resume()
            self.apply(panel.step)

    @property
    def step(self) -> LessonStep | None:
        return self._step

    def apply(self, step: LessonStep | None) -> None:
        """Draw the cell as ``step`` wants it (None: as the learner had it)."""
        self._step = step
        inside = step is not None and step.stage is not None
        if inside and self._user_inside is None:
            self._user_inside = self.inside_action.isChecked()
            self.inside_action.setChecked(True)
        elif not inside and self._user_inside is not None:
            self.inside_action.setChecked(self._user_inside)
            self._user_inside = None
        self.redraw()

    def redraw(self) -> None:
        """Apply the step's drawing to the diagram as it is now (also after a rebuild).
        A learner who switched sub-steps off during the lesson keeps them off."""
        step = self._step
        show_parts(self.diagram.scene(), step.parts if step is not None else None)
        if (step is not None and step.stage is not None and self.inside_action.isChecked()
                and self.diagram.spec is not None and self.diagram.spec.memory):   # CELL_STAGES: the LSTM's
            self._set_substep(CELL_STAGES.index(step.stage))
        else:                                    # the pending strips and formula for the parts now drawn
            self._set_substep(self.diagram.substep())

    def _on_step_shown(self, lesson_id: str, index: int) -> None:
        if not self.dock.isHidden():
            self.apply(self.panel.step)

    def _on_dock_visibility(self, visible: bool) -> None:
        if self.dock.isHidden():
            self.panel.leave()                   # the lessons pane was closed: the learner's session back
            self.apply(None)
        elif visible:
            self.panel.resume()
            self.apply(self.panel.step)
