"""The Units pane: find the units that track something, then poke them.

A long text is coloured token by token (a character model: character by character) by
one unit's value, on the app's fixed scales; hovering reads the value, clicking a token
of the window's own text steps there. Drag over a span (or type a regular expression)
to mark steps: the units of the layer are ranked by how well they separate the marks
from the rest (AUC, or the difference of means over the pooled spread), the best is
shown, and the other places it fires are outlined. Each listed unit links to its
heatmap row, its diagram cell, its weights, and "what if it were off?" (its selection
gate clamped shut), so the effect on the prediction is one click away. Beside it, each
layer's gate saturation.

The pane is a view: ``controller.units.UnitsController`` holds the text, values, marks
and ranking and does the work off the GUI thread; the pane draws and says what the user
asked for (its signals; :func:`connect_units_pane` wires them to the window).
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from ..controller.units import UnitsController
from ..glossary import QT_TRANSLATE_NOOP
from .colors import levels_for, rgb_for
from .diagram.names import WIRE_NAMES
from .i18n import Retranslates
from .theme import is_dark
from .units_pane_widgets import build

SCORE_NAMES = {"auc": QT_TRANSLATE_NOOP("UnitsPane", "AUC: |AUC − ½|"),
               "d": QT_TRANSLATE_NOOP("UnitsPane", "d: mean difference / pooled spread")}


class UnitsPane(Retranslates, QWidget):
    stepRequested = Signal(int)
    #: layer, state key, unit: outline its heatmap row / its cell in the diagram / show its weights.
    heatmapRequested = Signal(int, str, int)
    diagramRequested = Signal(int, str, int)
    weightsRequested = Signal(int, str, int)
    #: layer, gate, unit, value (None frees it): "what if this unit were off?"
    clampRequested = Signal(int, str, int, object)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.units = UnitsController(session, self)
        self._hovered = -1
        self._status = ""
        build(self, SCORE_NAMES)                 # every widget, connected and laid out

        u = self.units
        u.textChanged.connect(self._show_text)
        u.valuesChanged.connect(self._show_values)
        u.saturationChanged.connect(lambda: self.saturation.set_saturation(u.saturation, u.units))
        u.marksChanged.connect(lambda: self.text.set_marked(u.marked))
        u.rankingChanged.connect(self._show_ranking)
        u.unitChanged.connect(self._show_unit)
        u.busyChanged.connect(self._show_busy)
        u.progressed.connect(self._show_progress)
        u.failed.connect(self._show_failure)
        session.networkChanged.connect(self._show_network)
        session.stepChanged.connect(self._show_step)
        session.clampsChanged.connect(self._show_off_button)
        self.retranslate()
        if session.original is not None:
            self._show_network()

    # -- words ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open a text…"))
        self.open_button.setToolTip(self.tr("Colour a longer text of your own (UTF-8): words the model does "
                                            "not know are left out"))
        self.session_button.setText(self.tr("The window's text"))
        self.layer_label.setText(self.tr("Layer"))
        self.state_label.setText(self.tr("Colour by"))
        self.unit_label.setText(self.tr("Unit"))
        self.mark_label.setText(self.tr("Mark: drag over the text, or a regular expression"))
        self.regex.setPlaceholderText(self.tr(r"e.g. \([^()]*  (inside parentheses)"))
        self.find_button.setText(self.tr("Find units"))
        self.clear_button.setText(self.tr("Clear marks"))
        self.score_label.setText(self.tr("Rank by"))
        for k in range(self.score_combo.count()):
            self.score_combo.setItemText(k, self.tr(SCORE_NAMES[self.score_combo.itemData(k)]))
        self.heatmap_button.setText(self.tr("Heatmap row"))
        self.diagram_button.setText(self.tr("Diagram cell"))
        self.weights_button.setText(self.tr("Weights"))
        self.threshold_label.setText(self.tr("Fires at"))
        self.threshold.setToolTip(self.tr("Where the unit counts as firing like on the marks (midway between "
                                          "its mean on them and elsewhere, until you change it)"))
        if self.session.original is not None:
            self._show_states()
            self._show_source()
            self._show_ranking()
            self._show_off_button()
            self._show_loss()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self._show_unit()

    def _state_name(self, state: str | None = None) -> str:
        return WIRE_NAMES[state or self.units.state]

    def describe(self, step: int) -> str:
        """What hovering a token says: its step, its text and the unit's value there."""
        u = self.units
        a, b = u.spans[step]
        token = u.text[a:b].replace("\n", "↵").replace(" ", "␣") if u.char_model else u.text[a:b]
        column = u.column()
        if column is None or u.unit is None:
            return self.tr("step {0} “{1}”").format(step + 1, token)
        return self.tr("step {0} “{1}”: {2} of unit {3} = {4:+.3f}").format(
            step + 1, token, self._state_name(), u.units[u.unit], float(column[step]))

    # -- session → pane ------------------------------------------------------------------------------
    def _show_network(self) -> None:
        s = self.session
        with_blocked(self.layer_combo, lambda: (self.layer_combo.clear(), self.layer_combo.addItems(
            [str(k + 1) for k in range(s.num_layers)])))
        for w in (self.layer_label, self.layer_combo):
            w.setVisible(s.num_layers > 1)
        with_blocked(self.unit_combo, lambda: (self.unit_combo.clear(), self.unit_combo.addItems(s.units)))
        self._show_states()
        self._show_text()
        self._show_values()
        self.saturation.set_saturation(self.units.saturation, s.units)

    def _show_states(self) -> None:
        u = self.units
        def fill():
            self.state_combo.clear()
            for key in u.states():
                self.state_combo.addItem(self._state_name(key), key)
            self.state_combo.setCurrentIndex(max(self.state_combo.findData(u.state), 0))
        with_blocked(self.state_combo, fill)

    def _show_text(self) -> None:
        u = self.units
        self.text.set_text(u.text, u.spans, u.char_model)
        self.text.set_marked(u.marked)
        self._show_source()
        self._show_step(self.session.step)

    def _show_source(self) -> None:
        u = self.units
        n = len(u.tokens)
        what = (self.tr("The window's text: {0:,} tokens").format(n) if u.is_session_text
                else self.tr("{0}: {1:,} tokens").format(u.name or self.tr("a text"), n))
        if u.skipped:
            words = sorted({u.text[a:b] for a, b in u.skipped[:200]})
            shown = ", ".join(f"“{w}”" for w in words[:5]) + (" …" if len(words) > 5 else "")
            what += self.tr("; {0:,} unknown words left out ({1})").format(len(u.skipped), shown)
        if u.cut_at is not None:
            what += self.tr("; cut after character {0:,} (the most this model's size allows)").format(u.cut_at)
        self.source_label.setText(what)
        self.session_button.setEnabled(not u.is_session_text)

    def _show_values(self) -> None:
        u = self.units
        with_blocked(self.layer_combo, lambda: self.layer_combo.setCurrentIndex(u.layer))
        with_blocked(self.state_combo, lambda: self.state_combo.setCurrentIndex(
            max(self.state_combo.findData(u.state), 0)))
        self._show_scale()
        self._show_unit()
        self._show_loss()

    def _show_scale(self) -> None:
        """A small strip of the colour scale in use, with its ends."""
        key = self.units.state
        lo, hi = levels_for(key)
        rgb = np.ascontiguousarray(np.repeat(rgb_for(key, np.linspace(lo, hi, 96), is_dark(self.palette()))[None],
                                             10, axis=0))
        image = QImage(rgb.data, 96, 10, 3 * 96, QImage.Format_RGB888).copy()
        self.scale.setPixmap(QPixmap.fromImage(image))
        self.scale.setToolTip(self.tr("{0}: {1:g} … {2:g} (the app's fixed scale)").format(
            self._state_name(key), lo, hi))

    def _show_unit(self, *args) -> None:
        u = self.units
        column = u.column()
        self.text.set_colors(None if column is None else
                             rgb_for(u.state, column, is_dark(self.palette())))
        self.text.set_fired(u.fired())
        if u.unit is not None:
            with_blocked(self.unit_combo, lambda: self.unit_combo.setCurrentIndex(u.unit))
            with_blocked(self.threshold, lambda: self.threshold.setValue(u.threshold or 0.0))
        self.threshold.setEnabled(u.threshold is not None)
        self.ranking.select(u.unit)
        self._show_unit_note()
        self._show_off_button()
        if self._hovered >= 0:
            self.readout.setText(self.describe(self._hovered))

    def _show_unit_note(self) -> None:
        u = self.units
        if u.unit is None or u.marked is None:
            self.unit_note.setText(self.tr("Mark some steps to see where this unit fires like on them."))
            return
        if u.threshold is None:
            self.unit_note.setText(self.tr("Unit {0} does not tell the marks from the rest: it fires nowhere "
                                           "in particular.").format(u.units[u.unit]))
            return
        places = u.other_places()
        side = "≥" if u.above else "≤"
        self.unit_note.setText(self.tr("Unit {0} fires ({1} {2:+.3f}) at {3:,} other places, outlined in the text.")
                               .format(u.units[u.unit], side, u.threshold, len(places)))

    def _show_ranking(self) -> None:
        u, r = self.units, self.units.ranking
        if r is None:
            self.ranking.show_ranking(None, u.units, u.unit)
            self.ranking_note.setText(
                self.tr("Tracing…") if u.marked is not None and u.values is None
                else self.tr("Mark steps (drag over the text or type a regular expression), and the units "
                             "that tell them apart from the rest are listed here."))
            return
        self.ranking_note.setText(self.tr(
            "{0:,} marked steps against {1:,} others, units of layer {2} ranked by {3}. AUC: the chance that "
            "a marked step's value is above another step's (½ = no better than chance, 1 = always higher "
            "on the marks, 0 = always lower); d: the difference of the means over their pooled standard "
            "deviation.").format(r.n_marked, r.n_rest, u.layer + 1, self.tr(SCORE_NAMES[r.score])))
        self.ranking.show_ranking(r, u.units, u.unit)

    def _show_off_button(self) -> None:
        u = self.units
        off_clamp = self.session.spec.off_clamp
        self.off_button.setEnabled(off_clamp is not None and u.unit is not None)
        if off_clamp is None:
            self.off_button.setText(self.tr("What if it were off?"))
            self.off_button.setToolTip(self.tr("A plain RNN has no gates, so no valve can shut one unit off: "
                                               "edit its weights instead."))
            return
        off = self.is_off(u.unit)
        self.off_button.setText(self.tr("Free it again") if off else self.tr("What if it were off?"))
        if off_clamp[0] == "z":          # a GRU's h is z ⊙ h₋₁ + (1 − z) ⊙ n: z = 1 keeps it at 0
            tip = (self.tr("Its update gate z is clamped open (1): its h keeps its start, 0, at every step.") if off
                   else self.tr("Clamp its update gate z open (1), so its h keeps its start, 0, at every step, "
                                "and watch the predictions change."))
        else:
            tip = (self.tr("Its selection gate o is clamped shut (0): its h is 0 at every step.") if off
                   else self.tr("Clamp its selection gate o shut (0), so its h is 0 at every step, and watch "
                                "the predictions change."))
        self.off_button.setToolTip(tip)

    def is_off(self, unit: int | None) -> bool:
        """Whether the unit is held off in the pane's layer (an LSTM's selection gate
        clamped shut, a GRU's update gate clamped open)."""
        off_clamp = self.session.spec.off_clamp
        clamps = self.session.all_clamps() if off_clamp is not None else None
        if not clamps or unit is None:
            return False
        gate, value = off_clamp
        layer = clamps if isinstance(clamps, dict) else clamps[self.units.layer]
        return gate in layer and float(layer[gate][unit]) == value

    def _show_loss(self) -> None:
        u = self.units
        if u.loss is None:
            text = ""
        elif u.loss_before is not None:
            text = self.tr("Next-token loss over this text: {0:.3f} nats per token (it was {1:.3f} before the "
                           "last change).").format(u.loss, u.loss_before)
        else:
            text = self.tr("Next-token loss over this text: {0:.3f} nats per token.").format(u.loss)
        self._status = text
        if not u.busy:
            self.status.setText(text)

    def _show_busy(self, what: str) -> None:
        if not what:
            self._show_loss()
            self.status.setText(self._status)
        elif what == "rank":
            self.status.setText(self.tr("Ranking the units…"))
        else:
            self.status.setText(self.tr("Tracing the text…"))

    def _show_progress(self, done: int, total: int) -> None:
        if self.units.busy:
            self.status.setText(self.tr("Tracing the text… {0:.0%}").format(done / max(total, 1)))

    def _show_failure(self, message: str) -> None:
        self.status.setText(message)

    def _show_step(self, step: int) -> None:
        if self.units.is_session_text and step < len(self.units.tokens):
            self.text.set_current(step)
            self.text.ensure_visible(step)

    # -- the user -------------------------------------------------------------------------------
    def _hover(self, step: int) -> None:
        self._hovered = step
        self.readout.setText(self.describe(step) if step >= 0 else "")

    def _clicked(self, step: int) -> None:
        if self.units.is_session_text:
            self.stepRequested.emit(step)
        else:
            self.text.set_current(step)
            self.readout.setText(self.describe(step) + "  " + self.tr("(a loaded text: the window steps through "
                                                                       "its own text)"))

    def _find(self) -> None:
        pattern = self.regex.text()
        if pattern:
            self.units.mark_regex(pattern)

    def _open_text(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a text to colour"), "",
                                              self.tr("Text files (*.txt);;All files (*)"))
        if path:
            self.open_text_file(path)

    def open_text_file(self, path: str) -> bool:
        return self.units.load_file(path)

    def _link(self, signal) -> None:
        u = self.units
        if u.unit is not None:
            signal.emit(u.layer, u.state, u.unit)

    def _toggle_off(self) -> None:
        u = self.units
        off_clamp = self.session.spec.off_clamp
        if u.unit is not None and off_clamp is not None:
            gate, value = off_clamp
            self.clampRequested.emit(u.layer, gate, u.unit, None if self.is_off(u.unit) else value)

    def _threshold_edited(self, value: float) -> None:
        if self.units.threshold is not None and value != self.units.threshold:
            self.units.set_threshold(value)

    def _row_menu(self, unit: int, where) -> None:
        """A right-click on a listed unit: the same four links as the buttons, for it."""
        self.units.choose_unit(unit)
        menu = QMenu(self)
        menu.setObjectName("unitsRowMenu")
        for button in (self.heatmap_button, self.diagram_button, self.weights_button, self.off_button):
            action = menu.addAction(button.text(), button.click)
            action.setEnabled(button.isEnabled())
        menu.setAttribute(Qt.WA_DeleteOnClose)
        menu.popup(where)

    def _point_clicked(self, layer: int, gate: str, unit: int) -> None:
        self.units.set_layer(layer)
        self.units.set_state(gate)
        self.units.choose_unit(unit)

    def shutdown(self) -> None:
        self.units.shutdown()


def with_blocked(widget, fn) -> None:
    """Run ``fn`` with the widget's signals blocked: the pane setting it is not the user."""
    was = widget.blockSignals(True)
    try:
        fn()
    finally:
        widget.blockSignals(was)


from .units_links import connect_units_pane  # noqa: E402  (the window's wiring, re-exported)
