"""The weight editor dock: pick a path, see its weight blocks, change them.

A view in the DESIGN sense: it receives blocks and clamps, and emits what the learner
intends (edit, reset, zero, randomize, clamp). It holds no network and applies nothing;
the owner turns the signals into undoable commands and calls :meth:`update_values`.
"""
from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QScrollArea,
                               QSpinBox, QVBoxLayout, QWidget)

from ...controller.session import spec_of
from ...glossary import WIRE_NAMES
from ..colors import GATE_KEYS
from ..i18n import Retranslates
from .block_model import WeightBlockModel
from .parts import BlockPanel, GateClampBar, muted, set_text_color

RNN_PATH = "rnn"
READOUT = "readout"
CELL_PARAMS = ("W", "U", "b")
READOUT_PARAMS = ("W_out", "b_out")
EMBEDDING = "embedding"
#: A stacked net's upper layers name their blocks like torch: W_l1, U_l1, b_l1, …
_LAYER_PARAM = re.compile(r"^(W|U|b|b_hn)_l(\d+)$")


class WeightEditor(Retranslates, QWidget):
    """Tables of one path's weight blocks, with path choice, resets, randomize and clamps."""

    pathChosen = Signal(str)
    editRequested = Signal(str, int, int, float, int)      # param, row, col, value, merge_id
    resetPathRequested = Signal()
    resetAllRequested = Signal()
    zeroBlockRequested = Signal(str)
    randomizeRequested = Signal(int)
    clampRequested = Signal(str, object, object)           # gate, unit or None, value or None (free)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = "lstm"
        self.squash = "tanh"
        self.units: list[str] = []
        self.inputs: list[str] = []
        self.outputs: list[str] = []
        self.current_path: str | None = None
        self.row_menu: QMenu | None = None
        self._panels: dict[str, BlockPanel] = {}
        self._clamps: dict[str, np.ndarray] = {}
        self._build_path_chooser()
        self._build_weight_buttons()
        self.clamp_bar = GateClampBar(self)
        self.clamp_bar.chosen.connect(self._on_gate_clamp)
        self.clamp_bar.hide()
        self._build_blocks()
        self.hint = QLabel(self.tr("Type a number or double-click to set a weight · drag up or "
                                   "down to scrub it (Shift: finer) · + / − nudge by 0.1 "
                                   "(Shift: 0.01)"), self)
        self.hint.setObjectName("editorHint")
        self.hint.setWordWrap(True)
        self._build_layout()
        self._apply_palette()

    def _build_path_chooser(self) -> None:
        """The path combo and its label."""
        self.path_label = QLabel(self.tr("Path:"), self)
        self.path_combo = QComboBox(self)
        self.path_combo.setObjectName("pathCombo")
        self.path_combo.setPlaceholderText(self.tr("choose a path"))
        self.path_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.path_combo.activated.connect(self._on_path_activated)
        self.path_label.setBuddy(self.path_combo)

    def _build_weight_buttons(self) -> None:
        """Reset this path, reset all, and randomize with a seed."""
        self.reset_path_button = QPushButton(self.tr("Reset path"), self)
        self.reset_path_button.setToolTip(
            self.tr("Put this path's weights back as they were when the network was opened"))
        self.reset_path_button.clicked.connect(self.resetPathRequested)
        self.reset_all_button = QPushButton(self.tr("Reset all"), self)
        self.reset_all_button.setToolTip(
            self.tr("Put every weight back as it was when the network was opened"))
        self.reset_all_button.clicked.connect(self.resetAllRequested)
        self.seed_label = QLabel(self.tr("seed"), self)
        self.seed_spin = QSpinBox(self)
        self.seed_spin.setObjectName("seedSpin")
        self.seed_spin.setRange(0, 999_999)
        self.seed_spin.setToolTip(self.tr("The same seed always gives the same random weights"))
        self.seed_label.setBuddy(self.seed_spin)
        self.randomize_button = QPushButton(self.tr("Randomize all"), self)
        self.randomize_button.setToolTip(
            self.tr("Replace every weight with random values drawn from this seed"))
        self.randomize_button.clicked.connect(
            lambda: self.randomizeRequested.emit(self.seed_spin.value()))

    def _build_blocks(self) -> None:
        """The scrolling column of weight blocks (empty until a path is chosen)."""
        self.blocks_widget = QWidget()
        self.blocks_layout = QVBoxLayout(self.blocks_widget)
        self.blocks_layout.setContentsMargins(0, 2, 6, 2)
        self.blocks_layout.setSpacing(14)
        self.empty_label = QLabel(self.tr("Choose a path to see the weights that feed it."),
                                  self.blocks_widget)
        self.empty_label.setWordWrap(True)
        self.blocks_layout.addWidget(self.empty_label)
        self.blocks_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.blocks_widget)

    def _build_layout(self) -> None:
        """Path, buttons, clamps, blocks and the hint, top to bottom."""
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.path_label)
        top.addWidget(self.path_combo, 1)
        # Two short rows rather than one long one: the dock stays usable at ~280 px.
        resets = QHBoxLayout()
        resets.setSpacing(6)
        resets.addWidget(self.reset_path_button)
        resets.addWidget(self.reset_all_button)
        resets.addStretch(1)
        randomize = QHBoxLayout()
        randomize.setSpacing(6)
        randomize.addWidget(self.randomize_button)
        randomize.addWidget(self.seed_label)
        randomize.addWidget(self.seed_spin)
        randomize.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(resets)
        layout.addLayout(randomize)
        layout.addWidget(self.clamp_bar)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.hint)

    def retranslate(self) -> None:
        """The editor's labels, path names and block captions in the current language (the
        panels re-word their own menus; the owner re-sends the notes)."""
        self.path_label.setText(self.tr("Path:"))
        self.path_combo.setPlaceholderText(self.tr("choose a path"))
        names = dict(self.path_names()) | {EMBEDDING: self.tr("embedding ← word")}
        for k in range(self.path_combo.count()):
            self.path_combo.setItemText(k, names.get(self.path_combo.itemData(k), self.path_combo.itemText(k)))
        self.reset_path_button.setText(self.tr("Reset path"))
        self.reset_path_button.setToolTip(
            self.tr("Put this path's weights back as they were when the network was opened"))
        self.reset_all_button.setText(self.tr("Reset all"))
        self.reset_all_button.setToolTip(self.tr("Put every weight back as it was when the network was opened"))
        self.seed_label.setText(self.tr("seed"))
        self.seed_spin.setToolTip(self.tr("The same seed always gives the same random weights"))
        self.randomize_button.setText(self.tr("Randomize all"))
        self.randomize_button.setToolTip(self.tr("Replace every weight with random values drawn from this seed"))
        self.empty_label.setText(self.tr("Choose a path to see the weights that feed it."))
        self.hint.setText(self.tr("Type a number or double-click to set a weight · drag up or "
                                  "down to scrub it (Shift: finer) · + / − nudge by 0.1 "
                                  "(Shift: 0.01)"))
        for param, panel in self._panels.items():
            panel.caption.setText(self.caption(param))
            panel.view.setAccessibleName(self.caption(param))

    # -- what the owner calls ------------------------------------------------------
    def set_network(self, kind: str, units: list[str], inputs: list[str], outputs: list[str],
                    embedding: bool = False, squash: str = "tanh") -> None:
        """A new network (or layer): list its paths, the embedding too if it has one, and
        clear the tables until :meth:`show_path`. ``inputs`` name what the cell reads;
        ``squash`` is a plain RNN's (tanh or relu)."""
        self.kind, self.squash, self.units = kind, squash, [str(u) for u in units]
        self.inputs, self.outputs = [str(w) for w in inputs], [str(w) for w in outputs]
        paths = self.path_names(kind) + ([(EMBEDDING, self.tr("embedding ← word"))] if embedding else [])
        with QSignalBlocker(self.path_combo):
            self.path_combo.clear()
            for key, name in paths:
                self.path_combo.addItem(name, key)
            self.path_combo.setCurrentIndex(-1)
        self._clamps = {}
        self._clear_blocks()
        self.current_path = None
        self.clamp_bar.hide()

    def path_names(self, kind: str | None = None) -> list[tuple[str, str]]:
        """(key, shown name) of every path of this kind of cell, readout last."""
        spec = spec_of(self.kind if kind is None else kind)
        if spec.gates:            # the paths as the cell lists them: the votes first, then the gates
            paths = [(g, QCoreApplication.translate("glossary", WIRE_NAMES[g])) for g in spec.shown_paths]
        elif self.squash == "relu":
            paths = [(RNN_PATH, self.tr("prediction · relu"))]
        else:
            paths = [(RNN_PATH, self.tr("prediction · tanh"))]
        return paths + [(READOUT, self.tr("readout → next word"))]

    def show_path(self, path: str, blocks: list[tuple[str, str, np.ndarray]]) -> None:
        """Show the blocks (param, note, values) that feed ``path``. The same path with the
        same blocks again only refreshes the values and notes."""
        index = self.path_combo.findData(path)
        if index < 0:
            raise ValueError(f"{path!r} is not a path of this {self.kind} network")
        with QSignalBlocker(self.path_combo):
            self.path_combo.setCurrentIndex(index)
        same = (path == self.current_path and [p for p, _, _ in blocks] == list(self._panels)
                and all(np.shape(v) == self._panels[p].model.values.shape for p, _, v in blocks))
        if same:
            for param, note, _ in blocks:
                self._panels[param].set_note(note)
            self.update_values(blocks)
            return
        self._clear_blocks()
        self.current_path = path
        self.empty_label.hide()
        for param, note, values in blocks:
            rows, columns = self._labels(param, np.asarray(values))
            model = WeightBlockModel(values, rows, columns, self)
            model.editRequested.connect(
                lambda r, c, v, m, p=param: self.editRequested.emit(p, r, c, v, m))
            panel = BlockPanel(param, self.caption(param), note, model, self.blocks_widget)
            panel.zeroRequested.connect(self.zeroBlockRequested)
            panel.view.rowHeaderMenuRequested.connect(
                lambda row, pos, p=param: self._row_header_menu(p, row, pos))
            self.blocks_layout.insertWidget(self.blocks_layout.count() - 1, panel)
            self._panels[param] = panel
        self.clamp_bar.setVisible(path in GATE_KEYS)
        self._show_clamps()

    def update_values(self, blocks: list[tuple[str, str, np.ndarray]]) -> None:
        """New values for the blocks on show (after an edit or undo): dataChanged only."""
        for param, _note, values in blocks:
            panel = self._panels.get(param)
            if panel is not None:
                panel.model.set_values(values)

    def set_clamps(self, clamps: dict[str, np.ndarray]) -> None:
        """Clamped units per gate (NaN = free): a lock in the row headers and the gate switch."""
        self._clamps = {k: np.asarray(v, dtype=np.float64) for k, v in clamps.items()}
        self._show_clamps()

    # -- reading it back (tests, tours) ------------------------------------------------
    def block(self, param: str) -> BlockPanel:
        return self._panels[param]

    def params(self) -> list[str]:
        return list(self._panels)

    def caption(self, param: str) -> str:
        captions = {
            "W": self.tr("W — from new information · x"),
            "U": (self.tr("U — from the previous prediction · p (next-word probabilities)")
                  if spec_of(self.kind).recurrent == "p" else self.tr("U — from the previous prediction · h")),
            "b": self.tr("b — bias"),
            "b_hn": self.tr("b_hn — bias of the old prediction's votes, inside the reset gate"),
            "W_out": self.tr("W_out — from the prediction h to the next-word scores"),
            "b_out": self.tr("b_out — bias of the next-word scores"),
            "E": self.tr("E — embedding: the inputs each word sends in"),
        }
        m = _LAYER_PARAM.match(param)
        if m:
            return self.tr("{0} (layer {1})").format(captions[m.group(1)], int(m.group(2)) + 1)
        return captions.get(param, param)

    # -- inside ----------------------------------------------------------------------
    def _labels(self, param: str, values: np.ndarray) -> tuple[list[str], list[str]]:
        m = _LAYER_PARAM.match(param)
        base = m.group(1) if m else param
        rows = self.outputs if param in READOUT_PARAMS or param == "E" else self.units
        if values.ndim == 1:
            columns = [param]
        elif param == "E":
            columns = [f"e{k}" for k in range(values.shape[1])]
        elif base == "U" and spec_of(self.kind).recurrent == "p":      # it reads back its previous prediction p
            columns = self.outputs
        else:
            columns = self.units if base in ("U", "W_out") else self.inputs
        n_rows = values.shape[0]
        n_cols = 1 if values.ndim == 1 else values.shape[1]
        # Labels that do not fit the block (a model opened without names) become numbers.
        if len(rows) != n_rows:
            rows = [str(k) for k in range(n_rows)]
        if len(columns) != n_cols:
            columns = [str(k) for k in range(n_cols)]
        return rows, columns

    def _clear_blocks(self) -> None:
        for panel in self._panels.values():
            panel.hide()
            panel.setParent(None)
            panel.deleteLater()
            panel.model.deleteLater()
        self._panels.clear()
        self.current_path = None
        self.empty_label.show()

    def _show_clamps(self) -> None:
        path = self.current_path
        clamps = self._clamps.get(path) if path in GATE_KEYS else None
        for panel in self._panels.values():
            fits = clamps is not None and clamps.shape == (panel.model.rowCount(),)
            panel.model.set_row_clamps(clamps if fits else None)
        self.clamp_bar.set_state(clamps)

    def _on_path_activated(self, index: int) -> None:
        key = self.path_combo.itemData(index)
        if key:
            self.pathChosen.emit(key)

    def _on_gate_clamp(self, value) -> None:
        if self.current_path in GATE_KEYS:
            self.clampRequested.emit(self.current_path, None, value)

    def _row_header_menu(self, param: str, row: int, global_pos: QPoint) -> None:
        """Right-click on a unit of a gate: clamp it open, closed, or let it follow its weights."""
        gate = self.current_path
        if gate not in GATE_KEYS:
            return
        panel = self._panels[param]
        unit = panel.model.row_labels[row]
        current = panel.model.row_clamp(row)
        menu = QMenu(self)
        menu.setObjectName("unitClampMenu")
        for text, value in ((self.tr("Clamp ‘{unit}’ open (1)"), 1.0),
                            (self.tr("Clamp ‘{unit}’ closed (0)"), 0.0),
                            (self.tr("Free ‘{unit}’ (follow the weights)"), None)):
            action = menu.addAction(text.format(unit=unit))
            action.setCheckable(True)
            action.setChecked(current == value)
            action.triggered.connect(lambda _=False, v=value: self.clampRequested.emit(gate, row, v))
        if self.row_menu is not None:
            self.row_menu.deleteLater()
        self.row_menu = menu
        menu.popup(global_pos)

    def _apply_palette(self) -> None:
        set_text_color(self.hint, muted(self.palette()))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)
