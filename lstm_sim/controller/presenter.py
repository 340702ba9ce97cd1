"""The presenter: session and view-state changes in, view-ready data out to the panes;
the panes' user intents in, session calls out.

It holds no widget of its own and imports none: the window hands it its panes through
the narrow interfaces of ``controller.views`` (a test hands it mocks), and the
presenter connects their signals itself. What is on show (layer, step, sub-step, the
path whose weights are on show, the lesson, display names) is the ``ViewState``'s,
which outlives any window; the presenter keeps it and the views in agreement. Errors a
user should read go to the ``status`` callback. Training and the edit lock while a run
lasts are ``TrainingPresenter``'s (``controller.training_presenter``).
"""
from __future__ import annotations

import time
from typing import Callable

import shiboken6
from PySide6.QtCore import QObject

from . import view_data
from .messages import describe
from .session import path_params
from .training_presenter import TrainingPresenter
from .view_state import ViewState
from .views import Views

#: Steps closer together than this (ms) are "stepping fast": no flow animation.
FAST_STEP_MS = 350


class Presenter(QObject):
    """Feeds ``views`` from ``session`` and ``state``; see the module docstring."""

    def __init__(self, session, state: ViewState, views: Views, trainer=None,
                 status: Callable[[str], None] | None = None, language: Callable[[], str] = lambda: "en",
                 parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.state, self.views = session, state, views
        self.status = status or (lambda text: None)
        self.language = language
        #: View ▸ Animate steps (the window's toggle sets it).
        self.animate = False
        #: The timeline chips' labels, made once per trace (captions and notes name them).
        self.shown_tokens: list[str] | None = None
        self.heatmap_units: list[str] | None = None     # the rows the heatmaps were last built with
        self.last_step_time = 0.0
        self.training = TrainingPresenter(session, trainer, views) if trainer is not None else None

    def connect(self) -> None:
        """Listen to the session, the view state and every view's intents."""
        s, st, v = self.session, self.state, self.views
        st.follow(s)
        tl, ed, d = v.timeline, v.editor, v.diagram
        tl.textEdited.connect(s.set_text)
        tl.stepRequested.connect(s.set_step)
        tl.playToggled.connect(s.toggle_play)
        tl.speedChanged.connect(s.set_speed)
        v.heatmaps.stepClicked.connect(s.set_step)
        v.layer_bar.layerChosen.connect(s.set_layer)
        d.pathSelected.connect(self.show_path)
        d.clampRequested.connect(self.clamp)
        ed.pathChosen.connect(self.show_path)
        ed.editRequested.connect(self.edit_weight)
        ed.resetPathRequested.connect(self.reset_path)
        ed.resetAllRequested.connect(s.reset_all)
        ed.zeroBlockRequested.connect(self.zero_block)
        ed.randomizeRequested.connect(self.randomize)
        ed.clampRequested.connect(self.clamp)
        if self.training is not None:
            self.training.connect()
        s.networkChanged.connect(self.on_network)
        s.traceChanged.connect(self.on_trace)
        st.stepChanged.connect(self.on_step)
        s.weightsChanged.connect(self.on_weights)
        s.clampsChanged.connect(self.on_clamps)
        st.layerChanged.connect(self.show_layer)
        s.textRejected.connect(tl.show_error)
        s.textAccepted.connect(tl.clear_error)
        s.playingChanged.connect(tl.set_playing)
        s.undo_stack.cleanChanged.connect(self.update_title)
        s.fileChanged.connect(self.update_title)
        st.insideChanged.connect(self._on_inside)
        st.otherNamesChanged.connect(self.relabel)

    # -- view-ready data ------------------------------------------------------------------
    def names(self, words: list[str]) -> list[str]:
        """Labels for words and units as the view state asks for them."""
        return view_data.display_names(self.session, self.state.other_names, words)

    def preset_texts(self):
        """The open preset's title, summary, About lines and block notes in the UI's language."""
        return self.session.original.texts(self.language())

    def path_blocks(self, path: str) -> list:
        """The session's weight blocks for ``path``, their notes in the UI's language."""
        return view_data.path_blocks(self.session, self.preset_texts(), path)

    def input_caption(self, step: int) -> str | None:
        return view_data.input_caption(self.session, step, self.shown_tokens)

    # -- session → views ----------------------------------------------------------------
    def on_network(self) -> None:
        s, v = self.session, self.views
        v.shell.set_other_names_available(bool(s.other_names()))
        units, words = self.names(s.units), self.names(s.words)
        self._show_units(units)
        v.predictions.set_words(words)
        v.timeline.set_vocabulary(words)
        self.show_layer(path=s.paths()[0])
        self.show_about()
        self.update_title()

    def on_trace(self) -> None:
        s, v = self.session, self.views
        s.set_spelling(self.state.other_names)      # the text in the names the views show
        v.timeline.set_text(s.text)
        tokens = s.token_labels(self.names(s.token_texts))
        if tokens != self.shown_tokens:         # a weight edit keeps the chips as they are
            v.timeline.set_tokens(tokens)
            self.shown_tokens = tokens
        v.heatmaps.set_trace(s.trace, tokens)
        v.heatmaps.set_clamps(s.clamps())       # the frames span the new columns

    def on_step(self, step: int) -> None:
        now = time.monotonic()
        fast = (now - self.last_step_time) * 1000 < FAST_STEP_MS
        self.last_step_time = now
        v = self.views
        values = self.session.step_values(step)
        v.diagram.show_step(values, animate=self.animate and not fast)
        v.diagram.set_input_caption(self.input_caption(step))
        v.heatmaps.set_step(step)
        v.predictions.set_probs(values["probs"])
        v.timeline.set_step(step)
        if self.session.spec.memory:
            self.show_memory_sources(step)

    def on_weights(self) -> None:
        path = self.state.path
        if path in self.session.paths():
            self.views.editor.update_values(self.path_blocks(path))

    def on_clamps(self) -> None:
        clamps = self.session.clamps()
        self.views.diagram.set_clamps(clamps)
        self.views.editor.set_clamps(clamps)
        self.views.heatmaps.set_clamps(clamps)

    def show_memory_sources(self, step: int) -> None:
        """The memory-flow pane, and on the diagram's memory cells the step each unit's
        memory mostly came from (cancelling votes named as the lesson does)."""
        tokens, memory = self.shown_tokens, self.views.shell.memory_pane()
        if memory is None:        # worked out only if a memory cell's tooltip is ever shown
            def notes():
                return view_data.memory_notes(*self.session.memory_sources(step), tokens)
            self.views.diagram.strip("c").set_notes(notes)
            return
        contributions, start = self.session.memory_sources(step)
        memory.show_sources(contributions, start, tokens, step)
        self.views.diagram.strip("c").set_notes(view_data.memory_notes(contributions, start, tokens))

    def show_about(self) -> None:
        self.views.about.setHtml(view_data.about_html(self.preset_texts(), self.session.words))

    def update_title(self, *args) -> None:
        s = self.session
        if not shiboken6.isValid(s.undo_stack):     # the stack announcing its own destruction
            return
        title = self.preset_texts().title if s.original is not None else ""
        self.views.shell.set_title(view_data.window_title(title, s.file_path), s.dirty)

    def show_layer(self, *args, path: str | None = None) -> None:
        """The diagram and the editor for the layer on show (a stacked net has several),
        the editor on ``path`` (default: the path it shows now)."""
        s, v = self.session, self.views
        units, words = self.names(s.units), self.names(s.words)
        inputs = self.names(s.input_names())
        v.layer_bar.set_layers(s.num_layers, s.layer, s.has_embedding)
        if units != self.heatmap_units:          # a stack whose layers differ in size
            self._show_units(units)
        path = path or self.state.path
        self.build_cell()
        self._select(None)
        v.editor.set_network(s.kind, units, inputs, words, embedding="embedding" in s.paths(),
                             squash=s.nonlinearity)
        path = path if path in s.paths() else s.paths()[0]
        self._show_blocks(path)
        self.on_clamps()

    def _show_units(self, units: list[str]) -> None:
        """The heatmaps' rows and the memory pane's units: the layer on show's."""
        s, v = self.session, self.views
        v.heatmaps.set_cell(s.kind, units)
        self.heatmap_units = units
        memory = v.shell.memory_pane(shown=False)
        if memory is not None:
            memory.set_units(units if s.spec.memory else None)

    def build_cell(self) -> None:
        """The diagram of the layer on show (a lesson's partial cell survives a rebuild)."""
        s, d = self.session, self.views.diagram
        d.set_cell(s.kind, self.names(s.units), self.names(s.input_names()), view_data.cell_noun(s),
                   squash=s.nonlinearity)
        self.views.shell.redraw_lesson()
        self.state.set_substep(d.substep())

    def take_back(self) -> None:
        """What the diagram shows into the view state (a lesson or a tour may set the
        diagram's sub-step directly), before the diagram is drawn anew."""
        d = self.views.diagram
        self.state.set_substep(d.substep())
        self.state.set_selected(d.selected_path())

    def redraw_cell(self) -> None:
        """Draw the cell anew (new type sizes), keeping what it shows: the step's values,
        the lesson's drawing and outlines, the selected box, the sub-step."""
        s, d, st = self.session, self.views.diagram, self.state
        self.take_back()
        marks, selected, substep = d.highlighted(), st.selected, st.substep
        self.build_cell()
        self._select(selected)
        d.set_clamps(s.clamps())
        for mark in marks:
            d.highlight(*mark.split(":", 1))
        if substep is not None and d.substep() is not None:
            self.show_substep(substep)
        d.show_step(s.step_values(s.step))
        d.set_input_caption(self.input_caption(s.step))

    def relabel(self, *args, take_back: bool = True) -> None:
        """The display names changed: every view relabels at once, and keeps what it
        showed — the sub-step, the lesson's outlines, the path being edited. Without
        ``take_back`` the views are new (a new window on a view state that outlived the
        old one): they show what the view state holds."""
        s, d, st = self.session, self.views.diagram, self.state
        if s.original is None:
            return
        if take_back:
            self.take_back()
        substep, marks, selected, path = st.substep, d.highlighted(), st.selected, st.path
        self.on_network()
        self.shown_tokens = None
        self.on_trace()
        self.on_step(s.step)
        if path in s.paths():
            self._show_blocks(path)
            self.views.editor.set_clamps(s.clamps())
        self._select(selected)
        for mark in marks:
            d.highlight(*mark.split(":", 1))
        if substep is not None and st.inside:
            self.show_substep(substep)

    def reword(self) -> None:
        """The language changed: the texts the presenter made, made again (each pane
        re-words its own)."""
        s = self.session
        if s.original is None or s.trace is None:
            return
        self.show_about()
        self.update_title()
        if self.state.path in s.paths():          # the same path again: its notes re-worded
            self._show_blocks(self.state.path)
        self.views.diagram.set_input_caption(self.input_caption(s.step))
        if s.spec.memory and self.shown_tokens is not None:
            self.show_memory_sources(s.step)     # the memory cells' notes

    def _select(self, path: str | None) -> None:
        self.views.diagram.select_path(path)
        self.state.set_selected(path)

    def _show_blocks(self, path: str) -> None:
        self.views.editor.show_path(path, self.path_blocks(path))
        self.state.set_path(path)

    # -- intents → session ----------------------------------------------------------------
    def show_path(self, path: str, raise_dock: bool = True) -> None:
        """A path box was clicked (or picked in the editor): edit its weight blocks."""
        if path not in self.session.paths():
            return
        self._select(path if path != "readout" else None)
        self._show_blocks(path)
        self.views.editor.set_clamps(self.session.clamps())
        if raise_dock:
            self.views.shell.show_pane("editor")

    def _gate(self) -> str | None:
        return path_params(self.state.path)[1]

    def edit_weight(self, param: str, row: int, col: int, value: float, merge_id: int = 0) -> None:
        try:
            self.session.edit_weight(param, self._gate(), row, col, value, merge_id)
        except ValueError as exc:
            self.status(describe(exc))

    def clamp(self, gate: str, unit, value) -> None:
        try:
            self.session.set_clamp(gate, unit, value)
        except ValueError as exc:
            self.status(describe(exc))

    def reset_path(self) -> None:
        self.session.reset_path(self.state.path)

    def zero_block(self, param: str) -> None:
        self.session.zero_block(param, self._gate())

    def randomize(self, seed: int) -> None:
        self.session.randomize_path(self.state.path, seed)

    # -- stepping inside the cell ---------------------------------------------------------
    def _on_inside(self, inside: bool) -> None:
        self.show_substep(0 if inside else None)

    def show_substep(self, stage: int | None) -> None:
        """Show one stage of the step's computation (None: the whole step)."""
        self.views.diagram.set_substep(stage)
        self.state.set_substep(stage)

    def move_substep(self, delta: int) -> None:
        """Walk through one step's computation; past its end, on to the next word."""
        d, s, st = self.views.diagram, self.session, self.state
        if not st.inside:
            st.set_inside(True)
            return
        self.take_back()
        k = st.substep + delta
        while 0 <= k < d.substep_count() and not d.stage_drawn(k):
            k += delta                          # a part a lesson has not drawn yet: skip it
        if k >= d.substep_count():
            if s.step < len(s.token_texts) - 1:
                s.step_by(1)
                self.show_substep(0)
        elif k < 0:
            if s.step > 0:
                s.step_by(-1)
                self.show_substep(d.substep_count() - 1)
        else:
            self.show_substep(k)

    # -- lessons ----------------------------------------------------------------------------
    def highlight(self, kind: str, key: str) -> None:
        """A lesson step points at a part of the app ("" clears the outlines)."""
        v = self.views
        if kind == "":
            v.diagram.clear_highlights()
            v.heatmaps.clear_highlight()
        elif kind in ("box", "node", "strip"):
            v.diagram.highlight(kind, key)
        elif kind == "heatmap":
            gate, _, unit = key.partition(":")
            units = self.session.units
            v.heatmaps.highlight(gate, units.index(unit) if unit in units else None)
            if not v.shell.presenting():     # presenting shows the cell, the prediction, the lesson
                v.shell.show_pane("heatmaps")
        elif kind == "dock":
            if not v.shell.presenting() or key in ("predictions", "lessons"):
                v.shell.show_pane(key)

    def lesson_shown(self, lesson_id: str, index: int) -> None:
        self.state.set_lesson(lesson_id, index)

    def context_text(self) -> str | None:
        """What the prediction follows, for presenting (the timeline is hidden then)."""
        s = self.session
        if s.trace is None or not s.token_texts:
            return None
        words = (self.shown_tokens or s.token_texts)[: s.step + 1]
        text = ("" if s.vocab.tokenizer == "chars" else " ").join(words)
        for mark in (".", ",", "!", "?", "。"):
            text = text.replace(f" {mark}", mark)
        return text
