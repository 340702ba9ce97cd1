"""RNN vs LSTM, measured: the lesson's RNN, a plain RNN and the LSTM trained alike on the
children's book, their loss curves overlaid, and what each then writes, counted.

The work (``scenarios.training_setup.compare_on_book``) runs in a worker thread; the
dialog shows the result. It never claims a mistake the samples don't show: the counts
and the sentence under the table come from the samples themselves.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QThread, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

COLORS = {"lesson_rnn": "#d01c8b", "rnn": "#2166ac", "lstm": "#b35806"}


class _Run(QThread):
    done = Signal(object, object)      # results, settings

    def __init__(self, hidden: int, seed: int, samples: int, parent=None):
        super().__init__(parent)
        self.args = (hidden, seed, samples)

    def run(self) -> None:
        from ..scenarios.training_setup import compare_on_book
        self.done.emit(*compare_on_book(*self.args))


class CompareDialog(QDialog):
    finished_run = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("RNN or LSTM? The lesson's point, measured"))
        self.resize(820, 640)
        self.hidden = self._spin(1, 64, 8)
        self.seed = self._spin(0, 10**6, 0)
        self.samples = self._spin(10, 2000, 100)
        self.run_button = QPushButton(self.tr("Train all three and compare"), self)
        self.run_button.setObjectName("compareRun")
        self.run_button.clicked.connect(self.start)
        self.status = QLabel(self.tr("Each net is trained on the children's book with the same seed and "
                                     "number of updates, then writes sentences that are counted."), self)
        self.status.setWordWrap(True)
        self.table = QTableWidget(3, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("hidden"), self.tr("sentences"), self.tr("grammatical"),
                                              self.tr("“Doug saw Doug.”"), self.tr("run-ons"), self.tr("other")])
        self.table.setVerticalHeaderLabels([self.tr("lesson's RNN"), self.tr("plain RNN"), self.tr("LSTM")])
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setMaximumHeight(130)
        self.why = QLabel(self)
        self.why.setObjectName("compareWhy")
        self.why.setWordWrap(True)
        self.plot = pg.PlotWidget(self)
        self.plot.setMenuEnabled(False)
        self.plot.setLabel("bottom", self.tr("updates"))
        self.plot.setLabel("left", self.tr("loss"))
        self.plot.addLegend()
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        form = QFormLayout()
        form.addRow(self.tr("Hidden units (plain RNN, LSTM)"), self.hidden)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow(self.tr("Sentences to sample"), self.samples)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        layout.addWidget(self.why)
        layout.addWidget(self.plot, 1)
        self._run: _Run | None = None
        self.results = None
        self._apply_palette()

    def _spin(self, lo: int, hi: int, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(lo, hi)
        spin.setValue(value)
        return spin

    def start(self) -> None:
        if self._run is not None:
            return
        self.run_button.setEnabled(False)
        self.status.setText(self.tr("Training three nets and sampling… (a few seconds)"))
        self._run = _Run(self.hidden.value(), self.seed.value(), self.samples.value(), self)
        self._run.done.connect(self.show_results)
        self._run.finished.connect(self._ended)
        self._run.start()

    def _ended(self) -> None:
        if self._run is not None:
            self._run.wait()
            self._run.deleteLater()
            self._run = None
        self.run_button.setEnabled(True)

    def show_results(self, results, settings) -> None:
        from ..model.compare import explain
        self.results = results
        self.plot.clear()
        keys = ("hidden", "sentences", "grammatical", "repeats", "runons", "other")
        for r, (name, res) in enumerate(results.items()):
            values = [res.hidden] + [res.counts[k] for k in keys[1:]]
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(str(v)))
            example = next((" ".join(s) for s in res.sentences if len(s) > 4 or s[-1:] != ["."]
                            or (len(s) == 4 and s[0] == s[2])), "")
            self.table.verticalHeaderItem(r).setToolTip(self.tr("for example: {0}").format(example or "—"))
            self.plot.plot(list(range(1, len(res.losses) + 1)), res.losses, name=self.table.verticalHeaderItem(r).text(),
                           pen=pg.mkPen(COLORS.get(name, "#444"), width=2))
        self.why.setText("<br>".join(explain(name, res) for name, res in results.items()))
        self.status.setText(self.tr("Seed {0}, {1} updates each, {2} sentences sampled per net.").format(
            settings["seed"], len(next(iter(results.values())).losses), settings["samples"]))
        self.finished_run.emit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange:
            self._apply_palette()

    def _apply_palette(self) -> None:
        self.plot.setBackground(self.palette().color(QPalette.Base))

    def closeEvent(self, event) -> None:
        if self._run is not None:
            self._run.wait()          # the run cannot be cut short; it takes a few seconds
            self._ended()
        super().closeEvent(event)
