"""The cell diagram widget: the LSTM (or plain RNN) cell with every vector on its wire.

It shows what it is handed (``show_step`` takes one step of a trace) and emits what the
user means (``pathSelected`` when a path box is clicked); it computes no model math.
A language change re-words the drawn cell in place (``retranslate``): values, clamps,
selection, lesson outlines, the parts drawn and the sub-step all stay as they are.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractAnimation, QCoreApplication, QEvent, QPointF, QRectF, QVariantAnimation, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGraphicsRectItem, QGraphicsView, QLabel, QMenu

from .layout_gru import build_gru
from .layout_lstm import build_lstm
from .layout_rnn import build_rnn
from .parts import DiagramItem, PathBox, Wire
from .names import WIRE_NAMES
from .reveal import PARTS, shown_parts
from .scene import DiagramScene, Layout
from .strip import VectorStrip
from ...controller.session import spec_of
from ...glossary import QT_TRANSLATE_NOOP
from ..i18n import Retranslates
from .style import UNIT_PT, theme_for, type_size

#: Parts a right-click can clamp: the LSTM's valves and the GRU's (each layout has its own).
CLAMPABLE = ("i", "f", "o", "r", "z")

#: What each stage of the computation does, for stepping inside the cell (the lesson's
#: order; the stages are the layouts' STAGES), by the cell's ``layout_key``.
SUBSTEP_TEXT = {
    "lstm": (
        QT_TRANSLATE_NOOP("diagram", "1 · In: the new information xₜ and the previous prediction hₜ₋₁"),
        QT_TRANSLATE_NOOP("diagram", "2 · Four paths vote: g = tanh(W_g·x + U_g·h₋₁ + b_g);  i, f, o = σ(W·x + U·h₋₁ + b)"),
        QT_TRANSLATE_NOOP("diagram", "3 · Forgetting: f ⊙ cₜ₋₁ keeps part of the old memory"),
        QT_TRANSLATE_NOOP("diagram", "4 · Ignoring: i ⊙ g lets part of the new votes in"),
        QT_TRANSLATE_NOOP("diagram", "5 · Merging: cₜ = f ⊙ cₜ₋₁ + i ⊙ g"),
        QT_TRANSLATE_NOOP("diagram", "6 · Squashing: tanh(cₜ) keeps the memory's votes within −1…1"),
        QT_TRANSLATE_NOOP("diagram", "7 · Selection: hₜ = o ⊙ tanh(cₜ)"),
        QT_TRANSLATE_NOOP("diagram", "8 · Out: the prediction hₜ, which also comes back as the next step's hₜ₋₁"),
    ),
    "rnn": (
        QT_TRANSLATE_NOOP("diagram", "1 · In: the new information xₜ and the previous prediction hₜ₋₁"),
        QT_TRANSLATE_NOOP("diagram", "2 · The prediction path: hₜ = tanh(W·x + U·h₋₁ + b)"),
        QT_TRANSLATE_NOOP("diagram", "3 · Out: the prediction hₜ"),
        QT_TRANSLATE_NOOP("diagram", "4 · Next step: hₜ comes back as hₜ₋₁"),
    ),
    "rnn-relu": (
        QT_TRANSLATE_NOOP("diagram", "1 · In: the new information xₜ and the previous prediction hₜ₋₁"),
        QT_TRANSLATE_NOOP("diagram", "2 · The prediction path: hₜ = relu(W·x + U·h₋₁ + b) = max(0, …)"),
        QT_TRANSLATE_NOOP("diagram", "3 · Out: the prediction hₜ"),
        QT_TRANSLATE_NOOP("diagram", "4 · Next step: hₜ comes back as hₜ₋₁"),
    ),
    "gru": (
        QT_TRANSLATE_NOOP("diagram", "1 · In: the new information xₜ and the previous prediction hₜ₋₁"),
        QT_TRANSLATE_NOOP("diagram", "2 · Two valves: update z = σ(W_z·x + U_z·h₋₁ + b_z), reset r = σ(W_r·x + U_r·h₋₁ + b_r)"),
        QT_TRANSLATE_NOOP("diagram", "3 · Reset: r ⊙ (Uₙ·h₋₁ + b_hn) keeps part of the old prediction's votes"),
        QT_TRANSLATE_NOOP("diagram", "4 · New prediction: n = tanh(Wₙ·x + bₙ + r ⊙ (Uₙ·h₋₁ + b_hn))"),
        QT_TRANSLATE_NOOP("diagram", "5 · Update: z ⊙ hₜ₋₁ keeps part of the old, (1 − z) ⊙ n takes part of the new"),
        QT_TRANSLATE_NOOP("diagram", "6 · Mixing: hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ n"),
        QT_TRANSLATE_NOOP("diagram", "7 · Out: the prediction hₜ, which also comes back as the next step's hₜ₋₁"),
    ),
    "lesson-rnn": (
        QT_TRANSLATE_NOOP("diagram", "1 · In: the new information xₜ and the previous prediction pₜ₋₁"),
        QT_TRANSLATE_NOOP("diagram", "2 · The prediction path: hₜ = tanh(W·x + U·pₜ₋₁ + b)"),
        QT_TRANSLATE_NOOP("diagram", "3 · Out: the next-word probabilities pₜ = softmax(W_out·hₜ + b_out)"),
        QT_TRANSLATE_NOOP("diagram", "4 · Next step: pₜ comes back as pₜ₋₁"),
    ),
}

#: The layouts with gates, by the cell's ``layout_key`` (the plain and the lesson's RNN share build_rnn).
LAYOUTS = {"lstm": build_lstm, "gru": build_gru}

ANIMATION_MS = 500
MIN_SCALE, MAX_SCALE = 0.2, 6.0
MAX_FIT_SCALE = 1.35         # a small cell is not blown up past this when fitted
#: Fitting shows the whole cell, its smallest text (unit labels) shrinking down to this
#: many pixels; only a window too small even for that scrolls.
MIN_TEXT_PX = 6.0
WHEEL_STEP = 1.0015          # zoom factor per wheel delta unit (one notch: ×1.2)
FIT_MARGIN = 12.0
TRAIL_GLOW = 0.35            # the stage just passed keeps a faint glow


class CellDiagram(Retranslates, QGraphicsView):
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
        self._fitted = True
        self._lit = -1
        self._anim = QVariantAnimation(self)
        self._anim.setStartValue(0.0)
        self._anim.setEndValue(1.0)
        self._anim.setDuration(ANIMATION_MS)
        self._anim.valueChanged.connect(self._on_anim_value)
        self._anim.finished.connect(self._clear_glow)

        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing
                            | QPainter.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.setViewportUpdateMode(QGraphicsView.SmartViewportUpdate)
        self.setFrameShape(QFrame.NoFrame)
        self.setMinimumSize(320, 200)
        self.context_menu: QMenu | None = None     # the open right-click menu, if any
        self._highlights: list = []                # outlines a lesson asked for
        self._substep: int | None = None           # stepping inside the cell: the stage shown
        self.formula = QLabel(self)
        self.formula.setObjectName("substepFormula")
        self.formula.setWordWrap(True)
        self.formula.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.formula.hide()
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLevel")
        self.zoom_label.setAttribute(Qt.WA_TransparentForMouseEvents)
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
        rect = QRectF()
        for item in self._scene.items():
            if item not in self._highlights:
                rect = rect.united(item.sceneBoundingRect())
        return rect.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)

    # -- building ----------------------------------------------------------------
    def set_cell(self, kind: str, units: list[str], inputs: list[str], input_noun: str = "word",
                 squash: str = "tanh") -> None:
        """Rebuild the scene for an 'lstm' or 'rnn' cell (squashing with ``squash``,
        'tanh' or 'relu', for the plain RNN), then fit it in view."""
        if kind not in SUBSTEP_TEXT:
            raise ValueError(f"cell kind must be one of {', '.join(SUBSTEP_TEXT)}, not {kind!r}")
        spec = spec_of(kind)
        self._stop_animation()
        self._squash = squash
        self._highlights = []
        self._substep = None if self._substep is None else 0
        self._scene.clear()
        key = spec.layout_key(squash)
        if spec.recurrent == "p":   # its input words are also what it predicts and feeds back
            self._layout = build_rnn(self._scene, list(units), list(inputs), words=list(inputs))
        else:
            if key in LAYOUTS:
                self._layout = LAYOUTS[key](self._scene, list(units), list(inputs), input_noun=input_noun)
            else:
                self._layout = build_rnn(self._scene, list(units), list(inputs), input_noun=input_noun,
                                         squash=squash)
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
            self._anim.start()
            self._on_anim_value(0.0)   # the inputs light at once, not one timer tick later

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
        return self._anim.state() == QAbstractAnimation.Running

    def flow_stage(self) -> int:
        """Index of the stage the flow animation lights now (−1 when it is not running)."""
        return self._lit

    def skip_animation(self) -> None:
        """Jump to the end state: nothing glows, the values are already shown."""
        self._stop_animation()

    def _stop_animation(self) -> None:
        if self._anim.state() != QAbstractAnimation.Stopped:
            self._anim.stop()          # stop() does not emit finished
        self._clear_glow()

    def _on_anim_value(self, value) -> None:
        if self._layout is None:
            return
        stages = self._layout.stages
        stage = min(int(float(value) * len(stages)), len(stages) - 1)
        if stage == self._lit:
            return
        for k, items in enumerate(stages):
            level = 1.0 if k == stage else TRAIL_GLOW if k == stage - 1 else 0.0
            for item in items:
                item.set_glow(level)
        self._lit = stage

    def _clear_glow(self) -> None:
        if self._lit < 0 or self._layout is None:
            self._lit = -1
            return
        for item in self._layout.glowing_items():
            item.set_glow(0.0)
        self._lit = -1

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
        unmade = self._unmade(self._partial())
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
        room = self._formula_room()
        self.formula.setText(self._formula_text(self._substep))
        self._size_formula()
        self.formula.show()
        if self._fitted and room != self._formula_room():
            self.fit()                           # the cell moves down, out from under it

    def _size_formula(self) -> None:
        self.formula.setFixedWidth(max(200, self.width() - 24))
        self.formula.adjustSize()
        self.formula.move(12, 6)

    def _formula_room(self) -> int:
        """The height the sub-step's formula takes at the top of the view (0: not shown)."""
        return 0 if self.formula.isHidden() else self.formula.height() + 10

    def _formula_text(self, k: int) -> str:
        """The formula of stage ``k``; where a lesson has not drawn every part of the
        cell yet (see ``reveal``), the formulas that would name missing gates leave them out."""
        key = self.spec.layout_key(self._squash)
        text = QCoreApplication.translate("diagram", SUBSTEP_TEXT[key][k])
        shown = self._partial()
        if shown is None:
            return text
        gates = [g for g, part in (("i", "ignoring"), ("f", "memory"), ("o", "selection")) if part in shown]
        if k == 1:           # the paths
            text = QCoreApplication.translate("diagram", "2 · The prediction path votes: g = tanh(W_g·x + U_g·h₋₁ + b_g)")
            if gates:
                text += QCoreApplication.translate("diagram", ";  {0} = σ(W·x + U·h₋₁ + b)").format(", ".join(gates))
        elif k == 4 and "ignoring" not in shown:       # merging, before the ignoring gate is met
            text = QCoreApplication.translate("diagram", "5 · Merging: cₜ = f ⊙ cₜ₋₁ + g")
        return text

    def substep(self) -> int | None:
        return self._substep

    def _partial(self) -> list[str] | None:
        """The parts drawn, when a lesson draws only some of the LSTM's (see ``reveal``)."""
        shown = shown_parts(self._scene) if self.spec.memory else PARTS    # lessons draw the LSTM part by part
        return list(shown) if len(shown) < len(PARTS) else None

    def _unmade(self, shown: list[str] | None) -> set[str]:
        """Strips whose values the drawn parts (``shown``, None: all) cannot have made:
        without the selection gate, the whole cell's prediction h would contradict the drawing."""
        return {"h"} if shown is not None and "selection" not in shown else set()

    def stage_drawn(self, k: int) -> bool:
        """Whether stage ``k`` has something to show: in a partly drawn cell, a stage whose
        nodes, boxes and strips are all hidden (or unmade) has not."""
        if self._layout is None:
            return False
        shown = self._partial()
        if shown is None:
            return True
        unmade = self._unmade(shown)
        return any(item.isVisible() and not isinstance(item, Wire) and getattr(item, "key", None) not in unmade
                   for item in self._layout.stages[k])

    def substep_count(self) -> int:
        return len(self._layout.stages) if self._layout else 0

    # -- lesson highlights ---------------------------------------------------------------
    def highlight(self, kind: str, key: str) -> bool:
        """Outline a part a lesson talks about: a path box, an operation node or a strip
        ('box' / 'node' / 'strip' and its key). It lasts until ``clear_highlights``."""
        if self._layout is None:
            return False
        parts = {"box": self._layout.boxes, "node": self._layout.nodes, "strip": self._layout.strips}.get(kind, {})
        item = parts.get(key)
        if item is None:
            return False
        rect = item.sceneBoundingRect().adjusted(-6, -6, 6, 6)
        mark = QGraphicsRectItem(rect)
        mark.setPen(QPen(QColor("#d01c8b"), 3, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        mark.setBrush(Qt.NoBrush)
        mark.setZValue(50)
        mark.setData(0, f"{kind}:{key}")
        self._scene.addItem(mark)
        self._highlights.append(mark)
        self.ensureVisible(rect, 20, 20)
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
        for item in self._scene.items(scene_pos):
            while item is not None:
                if isinstance(item, VectorStrip) and item.key in CLAMPABLE:
                    return item.key, item.cell_at(item.mapFromScene(scene_pos))
                if isinstance(item, PathBox) and item.key in CLAMPABLE:
                    return item.key, None
                item = item.parentItem()
        return None

    def clamp_menu(self, gate: str, unit: int | None) -> QMenu:
        strip = self._layout.strips[gate]
        who = strip.name if unit is None else f"{strip.name} [{strip.labels[unit]}]"
        menu = QMenu(self)
        menu.setObjectName("clampMenu")
        menu.addSection(self.tr("What if {0} were…").format(who))
        for text, value in ((self.tr("Clamp open (1)"), 1.0), (self.tr("Clamp closed (0)"), 0.0),
                            (self.tr("Clamp half open (0.5)"), 0.5), (self.tr("Free (computed)"), None)):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, v=value: self.clampRequested.emit(gate, unit, v))
        return menu

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

    # -- zoom and pan ------------------------------------------------------------------
    def fit(self) -> None:
        """Fit the whole cell in view (and keep it fitted while the widget resizes).

        The whole cell fits, however small that makes it, down to the zoom at which the
        unit labels are MIN_TEXT_PX tall; the scroll bars appear only below that, so a
        fitted cell never loses a strip to a scroll bar."""
        rect = self._scene.sceneRect()
        self.resetTransform()
        if rect.isEmpty():
            return
        whole = self.whole_cell_zoom()
        scale = min(max(whole, self.min_readable_zoom()), MAX_FIT_SCALE)
        self._scroll_bars(scale > whole + 1e-9)
        self.resetTransform()
        top = self._formula_room()               # the formula's band above the cell, never over it
        self.setSceneRect(rect.adjusted(0, -top / scale, 0, 0))
        self.scale(scale, scale)
        self.centerOn(rect.center() - QPointF(0, top / 2 / scale))
        bar = self.horizontalScrollBar()
        bar.setValue(bar.minimum())     # too wide to fit: start where the inputs come in
        self._fitted = True
        self._show_zoom()

    def _scroll_bars(self, needed: bool) -> None:
        """Scroll bars only when the cell is larger than the view (they would take room
        from a cell that fits, and a fitted cell would then not quite fit)."""
        policy = Qt.ScrollBarAsNeeded if needed else Qt.ScrollBarAlwaysOff
        if self.horizontalScrollBarPolicy() != policy:
            self.setHorizontalScrollBarPolicy(policy)
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)

    def whole_cell_zoom(self) -> float:
        """The zoom that shows the whole cell in the widget (no scroll bars)."""
        rect = self._scene.sceneRect()
        if rect.isEmpty():
            return 1.0
        room = self.contentsRect()
        height = room.height() - 2 - self._formula_room()
        return max(min((room.width() - 2) / rect.width(), height / rect.height()), 1e-3)

    def min_readable_zoom(self) -> float:
        """The zoom at which the smallest text (unit labels) is MIN_TEXT_PX tall."""
        return MIN_TEXT_PX / self.unit_text_px(1.0)

    def unit_text_px(self, zoom: float | None = None) -> float:
        """How many pixels tall the unit labels under the strip cells are drawn, at
        ``zoom`` (default: the zoom now)."""
        zoom = self.zoom() if zoom is None else zoom
        return type_size(UNIT_PT) * self.logicalDpiY() / 72.0 * zoom

    def zoom(self) -> float:
        return self.transform().m11()

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"{self.zoom():.0%}")
        self.zoom_label.adjustSize()
        self._place_zoom_label()

    def _place_zoom_label(self) -> None:
        vp = self.viewport().geometry()
        self.zoom_label.move(vp.right() - self.zoom_label.width() - 6,
                             vp.bottom() - self.zoom_label.height() - 4)

    def wheelEvent(self, event) -> None:
        delta = event.angleDelta().y()
        if delta == 0:
            event.ignore()
            return
        current = self.zoom()
        target = min(max(current * WHEEL_STEP ** delta, MIN_SCALE), MAX_SCALE)
        if abs(target - current) > 1e-9:
            self._scroll_bars(True)               # zoomed in: pan round the cell
            factor = target / current
            self.scale(factor, factor)
            self._fitted = False
            self._show_zoom()
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        if self.itemAt(event.position().toPoint()) is None:
            self.fit()                 # double-click on empty paper: back to the whole cell
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            # Labels with a style sheet keep the font they had: give them the view's (View ▸ Zoom).
            for label in (self.formula, self.zoom_label):
                label.setFont(self.font())
            if not self.formula.isHidden():
                self._size_formula()
                if self._fitted:
                    self.fit()
            self._show_zoom()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.formula.isHidden():
            self._size_formula()                 # its lines wrap to the new width
        if self._fitted:
            self.fit()
        self._place_zoom_label()
