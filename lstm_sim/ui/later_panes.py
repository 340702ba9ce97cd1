"""The panes most sessions never open, made the first time their dock is shown: training,
memory flow, lessons (and how a lesson draws the cell), units; and the comparison dialog,
made when first asked for. Each is handed to the presenter (or wired to the window) as
it is made.

Mixed into ``MainWindow``: ``window.training``, ``window.lessons`` … make the pane on
first use; ``window._training`` … are None until then.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(widget: QWidget) -> QScrollArea:
    """A dock's content that scrolls instead of making the window's minimum size grow."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setWidget(widget)
    return area


class LaterPanes:
    """The lazily made panes of ``MainWindow`` (see the module docstring)."""

    # -- panes made on first use -------------------------------------------------------
    @property
    def training(self):
        if self._training is None:
            from .training_dock import TrainingDock
            self._training = TrainingDock(self)
            self.docks["training"].setWidget(scrolling(self._training))
            self.presenter.training.attach(self._training)
        return self._training

    @property
    def provenance(self):
        if self._provenance is None:
            from .provenance import ProvenancePane
            self._provenance = ProvenancePane(self)
            self.docks["memory"].setWidget(self._provenance)
            s = self.session
            if s.trace is not None:
                self._provenance.set_units(s.units if s.spec.memory else None)
                if s.spec.memory:
                    self.presenter.show_memory_sources(s.step)
        return self._provenance

    @property
    def lessons(self):
        if self._lessons is None:
            from .lessons import LessonsPanel
            from .lessons.diagram_mode import DiagramMode
            # A lesson shows its own network and gives the learner's back on leaving: nothing to save first.
            panel = self._lessons = LessonsPanel(self.session, self, before_lesson=self.presenter.training.finish)
            self.docks["lessons"].setWidget(panel)
            panel.highlightRequested.connect(self.presenter.highlight)
            panel.toolRequested.connect(self._lesson_tool)
            panel.stepShown.connect(self.presenter.lesson_shown)
            state = self.view_state
            if state.lesson is not None:         # a view state that outlived an earlier window
                panel.show_lesson(state.lesson, state.lesson_step, move_app=False)
            state.set_lesson(panel.lesson.id, panel.step_index)
            self._lesson_drawing = DiagramMode(panel, self.diagram, self.inside_action, self.docks["lessons"],
                                               self, set_substep=self.presenter.show_substep)
            self.docks["lessons"].visibilityChanged.connect(self._lessons_shown)
        return self._lessons

    @property
    def units_pane(self):
        if self._units is None:
            from .units_pane import UnitsPane, connect_units_pane
            self._units = UnitsPane(self.session, self)
            self.docks["units"].setWidget(self._units)
            connect_units_pane(self, self._units)
            # Wide for the text, while the diagram keeps room to show the cell.
            width = max(min(int(self.width() * 0.45), self.diagram.width() - 640), 380)
            self.resizeDocks([self.docks["units"]], [width], Qt.Horizontal)
        return self._units

    def show_compare(self) -> None:
        if self.compare is None:
            from .compare_dialog import CompareDialog
            self.compare = CompareDialog(self)
        self.compare.show()
        self.compare.raise_()

    # -- lessons ---------------------------------------------------------------------
    def start_lessons(self) -> None:
        self.docks["lessons"].show()            # the panes make room (see _follow_lessons)
        self.docks["lessons"].raise_()

    def _lesson_tool(self, name: str) -> None:
        """A lesson step asks for a tool: Tools ▸ Compare's mistakes-against-distance run."""
        if name == "compare-distance":
            self.show_compare()
            self.compare.start_distances()

    def _lessons_shown(self, visible: bool) -> None:
        """Closing the lessons takes their outlines off the app; opening them again puts
        back those of the step on screen (the app itself stays where the learner left it)."""
        if self.docks["lessons"].isHidden():
            self.presenter.highlight("", "")
        elif visible:
            self._lessons.show_lesson(self._lessons.lesson.id, self._lessons.step_index, move_app=False)
