"""The layer picker of a stacked network: which layer the diagram, heatmaps and editor show.

A view: it shows the choice and emits the learner's pick; it is hidden for one-layer
networks, where there is nothing to choose.
"""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from .i18n import Retranslates


class LayerBar(Retranslates, QWidget):
    layerChosen = Signal(int)      # 0-based

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("layerBar")
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("layerCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.label.setBuddy(self.combo)
        self.combo.activated.connect(self.layerChosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self._layers = (1, 0, False)             # count, current, embedding
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Layer:"))
        self.combo.setToolTip(self.tr("A stacked network: each layer reads the h of the layer below; "
                                      "the first reads the words, the readout reads the last"))
        self.set_layers(*self._layers)

    def set_layers(self, count: int, current: int, embedding: bool = False) -> None:
        """``count`` layers, ``current`` on show; hidden when there is only one."""
        self._layers = (count, current, embedding)
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for k in range(count):
                if k == 0:
                    role = self.tr("reads the embedding") if embedding else self.tr("reads the words")
                elif k == count - 1:
                    role = self.tr("feeds the next-word scores")
                else:
                    role = self.tr("reads layer {0}").format(k)
                self.combo.addItem(self.tr("{0} of {1} — {2}").format(k + 1, count, role), k)
            self.combo.setCurrentIndex(current)
        self.setVisible(count > 1)
