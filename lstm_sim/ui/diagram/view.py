"""The cell diagram widget: the LSTM (or plain RNN) cell with every vector on its wire.

It shows what it is handed (``show_step`` takes one step of a trace) and emits what the
user means (``pathSelected`` when a path box is clicked); it computes no model math.
A language change re-words the drawn cell in place (``retranslate``): values, clamps,
selection, lesson outlines, the parts drawn and the sub-step all stay as they are.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import QLabel, QMenu

from .clamping import CLAMPABLE, clamp_menu, gate_at
from .flow import ANIMATION_MS, TRAIL_GLOW, FlowSweep
from .highlights import outline
from .parts import DiagramItem, PathBox, Wire
from .names import WIRE_NAMES
from .scene import DiagramScene, Layout
from .strip import VectorStrip
from .kinds import drawing_of
from .substeps import formula_text, partial_parts, unmade as unmade_by
from ...controller.session import spec_of
from ..i18n import Retranslates
from .style import theme_for
from .zoom import (FIT_MARGIN, MAX_FIT_SCALE, MAX_SCALE, MIN_SCALE, MIN_TEXT_PX, WHEEL_STEP, ZoomView,
                   cell_rect)



__all__ = ["CellDiagram", "CLAMPABLE", "ANIMATION_MS", "TRAIL_GLOW", "MIN_TEXT_PX",
           "MIN_SCALE", "MAX_SCALE", "MAX_FIT_SCALE", "WHEEL_STEP", "FIT_MARGIN"]


class CellDiagram(Retranslates, ZoomView):
    """The cell, drawn in the lesson's notation; see ``set_cell`` and ``show_step``."""

    pathSelected = Signal(str)
    #: Right-click menu on a gate: (gate, unit index or None for all, value or None to free).
    clampRequested = Signal(str, object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._scene = DiagramScene(self)
        self.setScene(self._scene)
        self._layout: Layout | None = None
        self._squash = "tanh"
        self._selected: str | None = None
        self._dark = False
        self._flow = FlowSweep(self, lambda: self._layout)
        self._anim = self._flow.anim

        self.context_menu: QMenu | None = None     # the open right-click menu, if any
        self._highlights: list = []                # outlines a lesson asked for
        self._substep: int | None = None           # stepping inside the cell: the stage shown
        self.formula = QLabel(self)
        self.formula.setObjectName("substepFormula")
        self.formula.setWordWrap(True)
        self.formula.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.formula.hide()
        self.set_dark(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Every caption, box title and tooltip, and the sub-step's formula, in the
        current language; nothing else about the cell changes."""
        self.zoom_label.setToolTip(self.tr("Zoom level: wheel to zoom, Ctrl+0 or double-click to fit"))
        if self._layout is None:
            return
        for item in self._scene.items():
            if isinstance(item, DiagramItem):
                item.retranslate()
        rect = self._cell_rect()                 # captions may have grown or shrunk
        if rect != self._scene.sceneRect():
            self._scene.setSceneRect(rect)
            if self._fitted:
                self.fit()
        if self._substep is not None:
            self._show_formula()

    def _cell_rect(self) -> QRectF:
        """The drawn cell with a margin (lesson outlines left out)."""
        return cell_rect(self._scene.items(), self._highlights)

    # -- building ----------------------------------------------------------------
    def set_cell(self, kind: str, units: list[str], inputs: list[str], input_noun: str = "word",
                 squash: str = "tanh") -> None:
        """Rebuild the scene for a cell of this kind (squashing with ``squash``, 'tanh'
        or 'relu', for the plain RNN), drawn as ``kinds`` says, then fit it in view."""
        spec = spec_of(kind)
        drawing = drawing_of(spec, squash)
        self._stop_animation()
        self._squash = squash
        self._highlights = []
        self._substep = None if self._substep is None else 0
        self._scene.clear()
        self._layout = drawing.build(self._scene, list(units), list(inputs), input_noun)
        for box in self._layout.boxes.values():
            box.clicked = self._on_box_clicked
        if self._selected not in self._layout.boxes:
            self._selected = None
        self._apply_selection()
        self._scene.setSceneRect(self._cell_rect())
        self.fit()

    @property
    def kind(self) -> str | None:
        return self._layout.kind if self._layout else None

    @property
    def spec(self):
        """The drawn cell's :class:`CellSpec` (None: nothing drawn yet)."""
        return spec_of(self._layout.kind) if self._layout else None

    # -- values --------------------------------------------------------------------
    def show_step(self, values: dict[str, np.ndarray], animate: bool = False) -> None:
        """Show one step's vectors (``trace.step(t)``); optionally sweep the flow highlight."""
        if self._layout is None:
            return
        for key, strip in self._layout.strips.items():
            if key in values:
                strip.set_values(values[key])
        self._stop_animation()
        if self._substep is not None:
            self.set_substep(self._substep)
            return
        if animate:
            self._flow.start()

    def set_input_caption(self, text: str | None) -> None:
        """Say what the new-information wire carries right now (None: its plain name)."""
        label = self._layout.captions.get("x") if self._layout else None
        if label is not None:
            label.set_text(text or WIRE_NAMES.later("x"))     # its plain name re-words itself

    def strip_values(self, key: str) -> np.ndarray:
        """What the strip for wire ``key`` currently shows."""
        return self.strip(key).values()

    def strip(self, key: str) -> VectorStrip:
        if self._layout is None or key not in self._layout.strips:
            raise KeyError(f"no strip {key!r} in this diagram")
        return self._layout.strips[key]

    def strip_keys(self) -> list[str]:
        return list(self._layout.strips) if self._layout else []

    def path_box(self, path: str) -> PathBox:
        if self._layout is None or path not in self._layout.boxes:
            raise KeyError(f"no path box {path!r} in this diagram")
        return self._layout.boxes[path]

    def tooltip_at(self, scene_pos: QPointF) -> str:
        """The tooltip the diagram shows for a scene position ('' when none)."""
        return self._scene.tooltip_at(scene_pos)

    # -- animation -------------------------------------------------------------------
    def is_animating(self) -> bool:
        return self._flow.running()

    def flow_stage(self) -> int:
        """Index of the stage the flow animation lights now (−1 when it is not running)."""
        return self._flow.lit

    def skip_animation(self) -> None:
        """Jump to the end state: nothing glows, the values are already shown."""
        self._stop_animation()

    def _stop_animation(self) -> None:
        self._flow.stop()

    # -- stepping inside the cell ------------------------------------------------------
    def set_substep(self, stage: int | None) -> None:
        """Show the computation up to ``stage`` (0-based; None shows the whole step):
        later strips are empty, this stage's parts glow, and its formula is shown."""
        if self._layout is None:
            return
        self._stop_animation()
        stages = self._layout.stages
        self._substep = None if stage is None else max(0, min(int(stage), len(stages) - 1))
        # A cell drawn without its selection gate (a lesson building it) cannot show the
        # whole cell's prediction as if its drawn parts had made it: that strip stays empty.
        unmade = unmade_by(self._partial())
        for k, items in enumerate(stages):
            for item in items:
                if isinstance(item, VectorStrip):
                    item.set_pending((self._substep is not None and k > self._substep) or item.key in unmade)
                item.set_glow(1.0 if k == self._substep else 0.0)
        if self._substep is None:
            if not self.formula.isHidden():
                self.formula.hide()
                if self._fitted:
                    self.fit()                   # the room it took goes back to the cell
            return
        self._show_formula()

    def _show_formula(self) -> None:
        room = self._top_room()
        self.formula.setText(self._formula_text(self._substep))
        self._size_formula()
        self.formula.show()
        if self._fitted and room != self._top_room():
            self.fit()                           # the cell moves down, out from under it

    def _size_formula(self) -> None:
        self.formula.setFixedWidth(max(200, self.width() - 24))
        self.formula.adjustSize()
        self.formula.move(12, 6)

    def _formula_text(self, k: int) -> str:
        return formula_text(self.spec.layout_key(self._squash), k, self._partial())

    def substep(self) -> int | None:
        return self._substep

    def _partial(self) -> list[str] | None:
        """The parts drawn, when a lesson draws only some of the LSTM's (see ``reveal``)."""
        return partial_parts(self._scene, self.spec)

    def stage_drawn(self, k: int) -> bool:
        """Whether stage ``k`` has something to show: in a partly drawn cell, a stage whose
        nodes, boxes and strips are all hidden (or unmade) has not."""
        if self._layout is None:
            return False
        shown = self._partial()
        if shown is None:
            return True
        unmade = unmade_by(shown)
        return any(item.isVisible() and not isinstance(item, Wire) and getattr(item, "key", None) not in unmade
                   for item in self._layout.stages[k])

    def substep_count(self) -> int:
        return len(self._layout.stages) if self._layout else 0

    # -- lesson highlights ---------------------------------------------------------------
    def highlight(self, kind: str, key: str) -> bool:
        """Outline a part a lesson talks about: a path box, an operation node or a strip
        ('box' / 'node' / 'strip' and its key). It lasts until ``clear_highlights``."""
        mark = None if self._layout is None else outline(self._layout, kind, key)
        if mark is None:
            return False
        self._scene.addItem(mark)
        self._highlights.append(mark)
        self.ensureVisible(mark.rect(), 20, 20)
        return True

    def highlighted(self) -> list[str]:
        return [m.data(0) for m in self._highlights]

    def clear_highlights(self) -> None:
        for mark in self._highlights:
            self._scene.removeItem(mark)
        self._highlights = []

    # -- clamps ----------------------------------------------------------------------
    def set_clamps(self, clamps: dict) -> None:
        """Show which gate units are clamped (gate → values, NaN = free)."""
        if self._layout is None:
            return
        for gate, values in clamps.items():
            if gate in self._layout.strips:
                self._layout.strips[gate].set_locked(~np.isnan(np.asarray(values, dtype=float)))

    def gate_at(self, scene_pos: QPointF) -> tuple[str, int | None] | None:
        """The gate (i, f, o) and unit under a scene position: a gate strip's cell, or
        a gate's path box (unit None)."""
        return gate_at(self._scene, scene_pos)

    def clamp_menu(self, gate: str, unit: int | None) -> QMenu:
        return clamp_menu(self, self._layout.strips[gate], unit,
                          lambda value: self.clampRequested.emit(gate, unit, value))

    def contextMenuEvent(self, event) -> None:
        hit = self.gate_at(self.mapToScene(event.pos())) if self._layout else None
        if hit is None:
            super().contextMenuEvent(event)
            return
        if self.context_menu is not None:
            self.context_menu.close()
        self.context_menu = self.clamp_menu(*hit)
        self.context_menu.setAttribute(Qt.WA_DeleteOnClose)
        self.context_menu.destroyed.connect(self._forget_menu)
        self.context_menu.popup(event.globalPos())
        event.accept()

    def _forget_menu(self, *args) -> None:
        self.context_menu = None

    # -- selection -------------------------------------------------------------------
    def select_path(self, path: str | None) -> None:
        """Mark a path box as selected (None clears); does not emit ``pathSelected``."""
        boxes = self._layout.boxes if self._layout else {}
        self._selected = path if path in boxes else None
        self._apply_selection()

    def selected_path(self) -> str | None:
        return self._selected

    def _apply_selection(self) -> None:
        if self._layout is None:
            return
        for key, box in self._layout.boxes.items():
            box.set_selected(key == self._selected)

    def _on_box_clicked(self, path: str) -> None:
        self.select_path(path)
        self.pathSelected.emit(path)

    # -- theme -----------------------------------------------------------------------
    def set_dark(self, dark: bool) -> None:
        self._dark = bool(dark)
        theme = theme_for(self._dark)
        self._scene.theme = theme
        self.setBackgroundBrush(theme.background)
        self.zoom_label.setStyleSheet(f"color: {theme.muted.name()}; background: transparent;")
        self.formula.setStyleSheet(f"color: {theme.text.name()}; background: {theme.card_fill.name()}; "
                                   f"border: 1px solid {theme.card_border.name()}; border-radius: 4px; padding: 4px;")
        for item in self._scene.items():      # also refreshes the items' cached pixmaps
            item.update()

    def is_dark(self) -> bool:
        return self._dark

    # -- the formula's room, as the zooming view asks ------------------------------------
    def _top_room(self) -> int:
        """The height the sub-step's formula takes at the top of the view (0: not shown)."""
        return 0 if self.formula.isHidden() else self.formula.height() + 10

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            # A label with a style sheet keeps the font it had: give it the view's (View ▸ Zoom).
            self.formula.setFont(self.font())
            if not self.formula.isHidden():
                self._size_formula()
                if self._fitted:
                    self.fit()

    def resizeEvent(self, event) -> None:
        if not self.formula.isHidden():
            self._size_formula()                 # its lines wrap to the new width
        super().resizeEvent(event)
