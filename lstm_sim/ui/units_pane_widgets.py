"""The Units pane's widgets, made, wired to the pane and laid out in rows that stay
usable in a narrow dock (the pane never forces the diagram small). Their words are the
pane's: ``UnitsPane.retranslate`` gives every label, button and tooltip its text."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from .units_list import RankingList
from .units_saturation import SaturationPlot
from .units_text import TokenText


def build(pane, score_keys) -> None:
    """Every widget of ``pane`` as an attribute of it, connected and laid out; the
    score box lists ``score_keys``."""
    _source_and_shown(pane)
    _text_and_marks(pane, score_keys)
    _ranking_and_links(pane)
    pane.saturation = SaturationPlot(pane)
    pane.saturation.pointClicked.connect(pane._point_clicked)
    pane.readout = QLabel(pane)
    pane.readout.setObjectName("unitsReadout")
    pane.status = QLabel(pane)
    pane.status.setObjectName("unitsStatus")
    pane.status.setWordWrap(True)
    _lay_out(pane)


def _source_and_shown(pane) -> None:
    """Where the text comes from, and what colours it: layer, state, unit, the scale."""
    pane.source_label = QLabel(pane)
    pane.source_label.setObjectName("unitsSource")
    pane.source_label.setWordWrap(True)
    pane.open_button = QPushButton(pane)
    pane.open_button.setObjectName("unitsOpenText")
    pane.open_button.clicked.connect(pane._open_text)
    pane.session_button = QPushButton(pane)
    pane.session_button.setObjectName("unitsSessionText")
    pane.session_button.clicked.connect(pane.units.use_session_text)
    pane.layer_label, pane.layer_combo = QLabel(pane), QComboBox(pane)
    pane.layer_combo.setObjectName("unitsLayer")
    pane.layer_combo.activated.connect(lambda k: pane.units.set_layer(k))
    pane.state_label, pane.state_combo = QLabel(pane), QComboBox(pane)
    pane.state_combo.setObjectName("unitsState")
    pane.state_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
    pane.state_combo.activated.connect(lambda k: pane.units.set_state(pane.state_combo.itemData(k)))
    pane.unit_label, pane.unit_combo = QLabel(pane), QComboBox(pane)
    pane.unit_combo.setObjectName("unitsUnit")
    pane.unit_combo.activated.connect(lambda k: pane.units.choose_unit(k))
    pane.scale = QLabel(pane)
    pane.scale.setObjectName("unitsScale")


def _text_and_marks(pane, score_keys) -> None:
    """The coloured text, and how steps are marked on it and units ranked."""
    pane.text = TokenText(pane)
    pane.text.setObjectName("unitsText")
    pane.text.describe = pane.describe
    pane.text.hovered.connect(pane._hover)
    pane.text.clicked.connect(pane._clicked)
    pane.text.selected.connect(pane.units.mark_chars)

    pane.mark_label = QLabel(pane)
    pane.mark_label.setWordWrap(True)
    pane.regex = QLineEdit(pane)
    pane.regex.setObjectName("unitsRegex")
    pane.regex.returnPressed.connect(pane._find)
    pane.find_button = QPushButton(pane)
    pane.find_button.setObjectName("unitsFind")
    pane.find_button.clicked.connect(pane._find)
    pane.clear_button = QPushButton(pane)
    pane.clear_button.setObjectName("unitsClear")
    pane.clear_button.clicked.connect(pane.units.clear_marks)
    pane.score_label, pane.score_combo = QLabel(pane), QComboBox(pane)
    pane.score_combo.setObjectName("unitsScore")
    for key in score_keys:
        pane.score_combo.addItem("", key)
    pane.score_combo.activated.connect(lambda k: pane.units.set_score(pane.score_combo.itemData(k)))


def _ranking_and_links(pane) -> None:
    """The ranked units, the chosen unit's links (heatmap row, diagram cell, weights,
    off) and where it counts as firing."""
    pane.ranking = RankingList(pane)
    pane.ranking.unitChosen.connect(pane.units.choose_unit)
    pane.ranking.menuRequested.connect(pane._row_menu)
    pane.ranking_note = QLabel(pane)
    pane.ranking_note.setObjectName("unitsRankingNote")
    pane.ranking_note.setWordWrap(True)
    pane.heatmap_button, pane.diagram_button = QPushButton(pane), QPushButton(pane)
    pane.weights_button, pane.off_button = QPushButton(pane), QPushButton(pane)
    for button, name, signal in ((pane.heatmap_button, "unitsHeatmap", pane.heatmapRequested),
                                 (pane.diagram_button, "unitsDiagram", pane.diagramRequested),
                                 (pane.weights_button, "unitsWeights", pane.weightsRequested)):
        button.setObjectName(name)
        button.clicked.connect(lambda _=False, s=signal: pane._link(s))
    pane.off_button.setObjectName("unitsOff")
    pane.off_button.clicked.connect(pane._toggle_off)
    pane.threshold_label, pane.threshold = QLabel(pane), QDoubleSpinBox(pane)
    pane.threshold.setObjectName("unitsThreshold")
    pane.threshold.setDecimals(3)
    pane.threshold.setRange(-1000.0, 1000.0)
    pane.threshold.setSingleStep(0.05)
    pane.threshold.valueChanged.connect(pane._threshold_edited)
    pane.unit_note = QLabel(pane)
    pane.unit_note.setObjectName("unitsUnitNote")
    pane.unit_note.setWordWrap(True)


def _row(*widgets, stretch_at=None, stretch_end=False) -> QHBoxLayout:
    row = QHBoxLayout()
    for k, w in enumerate(widgets):
        row.addWidget(w, 1 if k == stretch_at else 0)
    if stretch_end:
        row.addStretch(1)
    return row


def _lay_out(pane) -> None:
    top = _row(pane.source_label, pane.open_button, pane.session_button, stretch_at=0)
    shown = _row(pane.layer_label, pane.layer_combo, pane.state_label, pane.state_combo, pane.unit_label,
                 pane.unit_combo, pane.scale, stretch_end=True)
    lower = _lower(pane)
    upper = _upper(pane)
    split = QSplitter(Qt.Vertical, pane)
    split.addWidget(upper)
    split.addWidget(lower)
    split.setStretchFactor(0, 1)
    split.setStretchFactor(1, 1)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(4, 2, 4, 2)
    layout.addLayout(top)
    layout.addLayout(shown)
    layout.addWidget(split, 1)
    layout.addWidget(pane.status)


def _upper(pane) -> QWidget:
    """The text, the hovered token's reading and the marking row."""
    upper = QWidget(pane)
    uv = QVBoxLayout(upper)
    uv.setContentsMargins(0, 0, 0, 0)
    uv.addWidget(pane.text, 1)
    uv.addWidget(pane.readout)
    uv.addWidget(pane.mark_label)
    uv.addLayout(_row(pane.regex, pane.find_button, pane.clear_button, stretch_at=0))
    return upper


def _lower(pane) -> QSplitter:
    """The ranking with the chosen unit's links beside the saturation plot."""
    score = _row(pane.score_label, pane.score_combo, stretch_at=1)
    buttons = QGridLayout()
    for k, w in enumerate((pane.heatmap_button, pane.diagram_button, pane.weights_button, pane.off_button)):
        buttons.addWidget(w, k // 2, k % 2)
    fires = _row(pane.threshold_label, pane.threshold, stretch_end=True)
    left = QWidget(pane)
    lv = QVBoxLayout(left)
    lv.setContentsMargins(0, 0, 0, 0)
    lv.addLayout(score)
    lv.addWidget(pane.ranking_note)
    lv.addWidget(pane.ranking, 1)
    lv.addLayout(buttons)
    lv.addLayout(fires)
    lv.addWidget(pane.unit_note)
    lower = QSplitter(Qt.Horizontal, pane)
    lower.addWidget(left)
    lower.addWidget(pane.saturation)
    lower.setStretchFactor(0, 1)
    lower.setStretchFactor(1, 1)
    return lower
