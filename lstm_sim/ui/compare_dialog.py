"""RNN vs LSTM, measured: the lesson's RNN, a plain RNN and the LSTM trained alike on the
children's book, their loss curves overlaid, and what each then writes, counted.

The work (``scenarios.training_setup.compare_on_book``) runs in a worker thread; the
dialog shows the result. It never claims a mistake the samples don't show: the counts
and the sentence under the table come from the samples themselves (the model explains
with codes and numbers, ``model.compare.explanation``; the dialog words them in the UI's
language).
"""
from __future__ import annotations

import html
import threading

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QThread, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from .i18n import Retranslates

COLORS = {"lesson_rnn": "#d01c8b", "rnn": "#2166ac", "lstm": "#b35806"}


#: How far apart subject and object are ("Doug saw very very Jane." is distance 2).
DISTANCES = (0, 1, 2, 4, 8)


class _Run(QThread):
    done = Signal(object, object)      # results, settings   (or: fractions, None)

    def __init__(self, hidden: int, seed: int, samples: int, distances: bool = False, parent=None):
        super().__init__(parent)
        self.args, self.distances = (hidden, seed, samples), distances
        self.cancel = threading.Event()     # set: give up after the current update

    def run(self) -> None:
        from ..scenarios.training_setup import CompareCancelled, compare_on_book, mistakes_over_distance
        try:
            if self.distances:
                self.done.emit(mistakes_over_distance(DISTANCES, *self.args, stop=self.cancel.is_set), None)
            else:
                self.done.emit(*compare_on_book(*self.args, stop=self.cancel.is_set))
        except CompareCancelled:
            pass                            # closed meanwhile: no result to show


class CompareDialog(Retranslates, QDialog):
    finished_run = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.resize(820, 640)
        self.hidden = self._spin(1, 64, 8)
        self.seed = self._spin(0, 10**6, 0)
        self.samples = self._spin(10, 2000, 100)
        self.run_button = QPushButton(self)
        self.run_button.setObjectName("compareRun")
        self.run_button.clicked.connect(self.start)
        self.distance_button = QPushButton(self)
        self.distance_button.setObjectName("compareDistance")
        self.distance_button.clicked.connect(self.start_distances)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.table = QTableWidget(3, 6, self)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setMaximumHeight(130)
        self.why = QLabel(self)
        self.why.setObjectName("compareWhy")
        self.why.setWordWrap(True)
        self.plot = pg.PlotWidget(self)
        self.plot.setMenuEnabled(False)
        self.plot.addLegend()
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.row_labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.row_labels, (self.hidden, self.seed, self.samples)):
            label.setBuddy(field)
            form.addRow(label, field)
        row = QHBoxLayout()
        row.addLayout(form)
        buttons = QVBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.distance_button)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        layout.addWidget(self.why)
        layout.addWidget(self.plot, 1)
        self._run: _Run | None = None
        self.results = None
        self.distance_results = None
        self._settings = None
        #: What the plot and the status line show: "intro", "results" or "distances"; and
        #: whether a run is under way (None, or whether it measures distances).
        self._showing, self._running = "intro", None
        self._apply_palette()
        self.retranslate()

    def retranslate(self) -> None:
        """Every label, and the results on show, in the current language."""
        self.setWindowTitle(self.tr("RNN or LSTM? The lesson's point, measured"))
        self.run_button.setText(self.tr("Train all three and compare"))
        self.distance_button.setText(self.tr("Mistakes against distance…"))
        self.distance_button.setToolTip(self.tr("Put 0, 1, 2, 4 and 8 filler words between 'saw' and its "
                                                "object (\"Doug saw very very Jane.\") and count each net's "
                                                "mistakes: where the plain RNN breaks and the LSTM holds"))
        self.table.setHorizontalHeaderLabels([self.tr("hidden"), self.tr("sentences"), self.tr("grammatical"),
                                              self.tr("“Doug saw Doug.”"), self.tr("run-ons"), self.tr("other")])
        self.table.setVerticalHeaderLabels([self.net_names()[k] for k in ("lesson_rnn", "rnn", "lstm")])
        for label, text in zip(self.row_labels, (self.tr("Hidden units (plain RNN, LSTM)"), self.tr("Seed"),
                                                 self.tr("Sentences to sample"))):
            label.setText(text)
        if self._showing == "results":
            self._draw_results()
        elif self._showing == "distances":
            self._draw_distances()
        else:
            self.plot.setLabel("bottom", self.tr("updates"))
            self.plot.setLabel("left", self.tr("loss"))
        self._show_status()

    def _show_status(self) -> None:
        if self._running is not None:
            self.status.setText(self.tr("Training three nets for each distance and sampling… (about half a minute)")
                                if self._running else self.tr("Training three nets and sampling… (a few seconds)"))
        elif self._showing == "results":
            settings = self._settings
            self.status.setText(self.tr("Seed {0}, {1} updates each, {2} sentences sampled per net.").format(
                settings["seed"], len(next(iter(self.results.values())).losses), settings["samples"]))
        elif self._showing == "distances":
            self.status.setText(self.tr("Seed {0}, {1} sentences per net and distance.").format(*self._settings))
        else:
            self.status.setText(self.tr("Each net is trained on the children's book with the same seed and "
                                        "number of updates, then writes sentences that are counted."))

    def _spin(self, lo: int, hi: int, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(lo, hi)
        spin.setValue(value)
        return spin

    def start(self, distances: bool = False) -> None:
        if self._run is not None:
            return
        self.run_button.setEnabled(False)
        self.distance_button.setEnabled(False)
        self._run = _Run(self.hidden.value(), self.seed.value(), self.samples.value(), distances, self)
        self._running = distances
        self._show_status()
        self._run.done.connect(self.show_distances if distances else self.show_results)
        self._run.finished.connect(self._ended)
        self._run.start()

    def start_distances(self) -> None:
        self.start(distances=True)

    def show_distances(self, out, _settings=None) -> None:
        """Fraction of wrong sentences against the distance, one line per net."""
        self.distance_results = out
        self._showing, self._settings, self._running = "distances", (self.seed.value(), self.samples.value()), None
        self._draw_distances()
        self._show_status()
        self.finished_run.emit()

    def _draw_distances(self) -> None:
        out = self.distance_results
        self.plot.clear()
        self.plot.setLabel("bottom", self.tr("filler words between 'saw' and its object"))
        self.plot.setLabel("left", self.tr("fraction of sentences wrong"))
        for key, name in self.net_names().items():
            self.plot.plot(out["distances"], out[key], name=name, symbol="o",
                           pen=pg.mkPen(COLORS[key], width=2), symbolBrush=COLORS[key])

    def _ended(self) -> None:
        if self._run is not None:
            self._run.wait()
            self._run.deleteLater()
            self._run = None
        self.run_button.setEnabled(True)
        self.distance_button.setEnabled(True)
        if self._running is not None:          # ended without a result
            self._running = None
            self._show_status()

    def net_names(self) -> dict[str, str]:
        return {"lesson_rnn": self.tr("lesson's RNN"), "rnn": self.tr("plain RNN"), "lstm": self.tr("LSTM")}

    def explain(self, e) -> str:
        """One sentence from an ``Explanation``'s code and numbers, in the UI's language."""
        name = self.net_names()[e.net]
        if e.code == "no-sentences":
            return self.tr("The {0} finished no sentence in its samples.").format(name)
        how = {"prediction-only": self.tr("its only memory is its previous prediction"),
               "hidden-units": self.tr("its hidden units carry the subject past 'saw'"),
               "memory": self.tr("its memory keeps the subject until the object is chosen"), None: ""}[e.how]
        if e.code == "all-grammatical":
            said = (self.tr("The {0} wrote its one sentence grammatically").format(name) if e.sentences == 1 else
                    self.tr("The {0} wrote all {1} sentences grammatically").format(name, e.sentences))
            return said + (self.tr(": {0}.").format(how) if how else self.tr("."))
        parts = []
        if e.repeats:
            parts.append(self.tr("{0} where the object repeats the subject (\"Doug saw Doug.\")").format(e.repeats))
        if e.runons:
            parts.append(self.tr("1 run-on (\"Doug saw Jane saw …\")") if e.runons == 1 else
                         self.tr("{0} run-ons (\"Doug saw Jane saw …\")").format(e.runons))
        if e.other:
            parts.append(self.tr("1 other slip") if e.other == 1 else self.tr("{0} other slips").format(e.other))
        why = ""
        if e.one_step:
            why = self.tr("; {0}, which after 'saw' (or after a name) looks the same whoever the "
                          "subject was").format(how)
        return self.tr("The {0} wrote {1} of {2} sentences grammatically, with {3}{4}.").format(
            name, e.grammatical, e.sentences, self.tr(", ").join(parts), why)

    def show_results(self, results, settings) -> None:
        self.results = results
        self._showing, self._settings, self._running = "results", settings, None
        self._draw_results()
        self._show_status()
        self.finished_run.emit()

    def _draw_results(self) -> None:
        from ..scenarios.training_setup import explanation
        results = self.results
        self.plot.clear()
        self.plot.setLabel("bottom", self.tr("updates"))
        self.plot.setLabel("left", self.tr("loss"))
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
        self.why.setText("<br>".join(html.escape(self.explain(explanation(name, res)), quote=False)
                                     for name, res in results.items()))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange:
            self._apply_palette()

    def _apply_palette(self) -> None:
        self.plot.setBackground(self.palette().color(QPalette.Base))

    def finish_run(self) -> None:
        """Give up a run still going and wait the moment it takes to stop (one update), so
        no thread outlives the dialog and closing never waits for a whole comparison."""
        if self._run is not None:
            self._run.cancel.set()
            self._run.wait()
            self._ended()

    def closeEvent(self, event) -> None:
        """Closing gives up a run (Esc only hides the dialog: the run goes on, its
        results are there when it is shown again)."""
        self.finish_run()
        super().closeEvent(event)
