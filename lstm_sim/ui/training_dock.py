"""The training dock: corpus and settings, Start / Pause / Stop / Reset, progress with
ETA, live loss and accuracy curves (earlier runs stay for comparison), and sampled text.

Docked in a narrow column, the curves come first: the settings and the sampling controls
are sections that open on a click, the buttons sit two by two, and a curve's title breaks
onto two lines rather than widen the pane.

A view: it emits what the learner asks for and shows what it is told; the
``controller.training.Trainer`` does the work.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QGridLayout, QHBoxLayout,
                               QLabel, QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy, QSpinBox,
                               QToolButton, QVBoxLayout, QWidget)

from ..controller.messages import file_reason
from ..controller.session import spec_of
from ..controller.training import CELL_KINDS
from ..scenarios.training_setup import MAX_EPOCHS, MAX_HIDDEN, TRAINING_DEFAULTS
from .i18n import Retranslates
from .theme import plots_follow_palette

RUN_COLORS = ("#b35806", "#2166ac", "#1b7837", "#762a83", "#d01c8b", "#8c510a")
#: The curves show each update's loss and accuracy averaged with the updates before it:
#: one chunk of text is noisy (a chunk that starts from an empty state, a one-word chunk).
SMOOTHING = 25


def trailing_mean(values, k: int = SMOOTHING) -> np.ndarray:
    """Mean of each value and the up to ``k − 1`` values before it."""
    v = np.asarray(values, dtype=np.float64)
    sums = np.cumsum(np.concatenate([[0.0], v]))
    n = np.arange(1, len(v) + 1)
    lo = np.maximum(n - k, 0)
    return (sums[n] - sums[lo]) / (n - lo)


class TrainingDock(Retranslates, QWidget):
    startRequested = Signal(str, str, dict)     # corpus kind ("book", "dinner", "text"), text, settings
    pauseRequested = Signal()
    resumeRequested = Signal()
    stopRequested = Signal()
    resetRequested = Signal()
    generateRequested = Signal(int, float, int)  # words, temperature, seed

    def __init__(self, parent=None):
        super().__init__(parent)
        self.corpus = QComboBox(self)
        self.corpus.setObjectName("trainCorpus")
        for key in ("book", "dinner", "text"):
            self.corpus.addItem("", key)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("trainText")
        self.text.setMaximumHeight(90)
        self.open_text = QPushButton(self)
        self.open_text.clicked.connect(self._open_text)
        self.corpus.currentIndexChanged.connect(self._corpus_changed)
        self._build_settings()
        self._build_buttons()
        self._build_output()
        self._build_generate()
        self._build_plots()
        self._build_layout()
        self._corpus_changed()
        self.set_state("idle")
        self.retranslate()

    def _build_settings(self) -> None:
        """The network and training settings."""
        d = TRAINING_DEFAULTS
        self.cell = QComboBox(self)
        for kind in CELL_KINDS:
            self.cell.addItem("", kind)
        self.hidden = self._spin(1, MAX_HIDDEN, d["hidden"])
        self.epochs = self._spin(1, MAX_EPOCHS, d["epochs"])
        self.seed = self._spin(0, 2**31 - 1, d["seed"])
        self.lr = QDoubleSpinBox(self)
        self.lr.setDecimals(4)
        self.lr.setRange(0.0001, 10.0)
        self.lr.setSingleStep(0.005)
        self.lr.setValue(d["lr"])
        self.optimizer = QComboBox(self)
        self.optimizer.addItems(["adam", "sgd"])
        self.clip = QDoubleSpinBox(self)
        self.clip.setRange(0.1, 1000.0)
        self.clip.setValue(d["clip"])

    def _build_buttons(self) -> None:
        """Start, pause, stop and reset."""
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("trainStart")
        self.pause_button = QPushButton(self)
        self.pause_button.setObjectName("trainPause")
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("trainStop")
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("trainReset")
        self.start_button.clicked.connect(self._start)
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.stop_button.clicked.connect(self.stopRequested)
        self.reset_button.clicked.connect(self.resetRequested)

    def _build_output(self) -> None:
        """The progress bar, the error message and the sample."""
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self._progress: tuple | None = None     # the last progress shown (None: no run yet)
        self._sample: str | None = None
        self.message = QLabel(self)
        self.message.setObjectName("trainMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #d7301f;")
        self.message.hide()
        self.sample = QLabel(self)
        self.sample.setObjectName("trainSample")
        self.sample.setWordWrap(True)
        self.sample.setTextInteractionFlags(Qt.TextSelectableByMouse)

    def _build_generate(self) -> None:
        """What sampling from the trained net takes."""
        self.gen_words = self._spin(1, 500, 12)
        self.gen_temperature = QDoubleSpinBox(self)
        self.gen_temperature.setRange(0.0, 5.0)
        self.gen_temperature.setSingleStep(0.1)
        self.gen_temperature.setValue(1.0)
        self.gen_seed = self._spin(0, 2**31 - 1, 0)
        self.generate_button = QPushButton(self)
        self.generate_button.setObjectName("generate")
        self.generate_button.clicked.connect(lambda: self.generateRequested.emit(
            self.gen_words.value(), self.gen_temperature.value(), self.gen_seed.value()))

    def _build_plots(self) -> None:
        """The loss and accuracy curves, each titled inside its plot."""
        self.plots = pg.GraphicsLayoutWidget(self)
        self.plots.setMinimumHeight(150)
        self.loss_plot = self.plots.addPlot(row=0, col=0)
        self.acc_plot = self.plots.addPlot(row=1, col=0)
        self.acc_plot.setYRange(0, 1)
        self.acc_plot.setXLink(self.loss_plot)     # one time axis, numbered once (below)
        self.loss_plot.hideAxis("bottom")
        self.plots.ci.setContentsMargins(2, 2, 2, 2)
        self.plots.ci.setSpacing(0)
        # Each title inside its plot, in the corner its curve leaves free (loss falls,
        # accuracy rises): no row of the pane's height goes to it.
        for plot, corner in ((self.loss_plot, (1, 0)), (self.acc_plot, (1, 1))):
            label = plot.titleLabel
            plot.layout.removeItem(label)
            plot.layout.setRowFixedHeight(0, 0)
            label.setParentItem(plot.vb)
            label.setMaximumHeight(10_000)           # PlotItem hid it (no title) and capped it
            label.setVisible(True)
            label.setZValue(20)
            label.anchor(itemPos=corner, parentPos=corner, offset=(-4, 2 if corner[1] == 0 else -2))
            plot.setMenuEnabled(False)
            plot.showGrid(x=True, y=True, alpha=0.2)
        self.curves: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []

    def _build_layout(self) -> None:
        """The form, the foldable sections and the plots, top to bottom."""
        #: The form's row labels by the field they name (re-worded by ``retranslate``).
        self.row_labels: dict[QWidget, QLabel] = {}
        form = QFormLayout()
        form.addRow(self._row_label(self.corpus), self.corpus)
        text_row = QHBoxLayout()
        text_row.addWidget(self.text, 1)
        text_row.addWidget(self.open_text, 0, Qt.AlignTop)
        form.addRow(text_row)
        self.settings_box = QWidget(self)
        settings = QFormLayout(self.settings_box)
        settings.setContentsMargins(0, 0, 0, 0)
        for field in (self.cell, self.hidden, self.lr, self.epochs, self.seed, self.optimizer, self.clip):
            settings.addRow(self._row_label(field), field)
        self.settings_toggle = self._section(self.settings_box, "trainSettings")
        buttons = QGridLayout()
        for k, b in enumerate((self.start_button, self.pause_button, self.stop_button, self.reset_button)):
            buttons.addWidget(b, k // 2, k % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(form)
        layout.addWidget(self.settings_toggle)
        layout.addWidget(self.settings_box)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.plots, 1)
        layout.addWidget(self.sample)
        self.sampling_box = QWidget(self)
        gen = QFormLayout(self.sampling_box)
        gen.setContentsMargins(0, 0, 0, 0)
        for field in (self.gen_words, self.gen_temperature, self.gen_seed):
            gen.addRow(self._row_label(field), field)
        gen.addRow(self.generate_button)
        self.sampling_title = self._section(self.sampling_box, "trainSampling")
        layout.addWidget(self.sampling_title)
        layout.addWidget(self.sampling_box)

    def _section(self, box: QWidget, name: str) -> QToolButton:
        """A heading that opens and closes ``box`` (closed to begin with)."""
        toggle = QToolButton(self)
        toggle.setObjectName(name)
        toggle.setCheckable(True)
        toggle.setAutoRaise(True)
        toggle.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        toggle.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

        def show(on: bool) -> None:
            toggle.setArrowType(Qt.DownArrow if on else Qt.RightArrow)
            box.setVisible(on)
        toggle.toggled.connect(show)
        show(False)
        return toggle

    def _row_label(self, field: QWidget) -> QLabel:
        label = self.row_labels[field] = QLabel(self)
        label.setBuddy(field)
        return label

    def retranslate(self) -> None:
        for k, text in enumerate((self.tr("Children's book"), self.tr("Dinner log"), self.tr("Your own text"))):
            self.corpus.setItemText(k, text)
        for k in range(self.cell.count()):
            self.cell.setItemText(k, self.tr(spec_of(self.cell.itemData(k)).choice))
        self.text.setPlaceholderText(self.tr("Paste or type a text to learn from, or open a .txt file"))
        self.open_text.setText(self.tr("Open .txt…"))
        self.start_button.setText(self.tr("Start"))
        self.stop_button.setText(self.tr("Stop"))
        self.reset_button.setText(self.tr("Reset weights"))
        self.reset_button.setToolTip(self.tr("Back to this run's initial weights (undoable)"))
        self.gen_temperature.setToolTip(self.tr("0 always takes the most likely word; higher is more adventurous"))
        self.generate_button.setText(self.tr("Continue the text"))
        self.generate_button.setToolTip(self.tr("Sample words after the input text and step through them"))
        self._titles = (self.tr("loss (cross-entropy), mean of {0} updates").format(SMOOTHING),
                        self.tr("accuracy (top word right), mean of {0} updates").format(SMOOTHING))
        self._show_titles()
        self.acc_plot.setLabel("bottom", self.tr("updates"))
        rows = {self.corpus: self.tr("Corpus"), self.cell: self.tr("Cell"), self.hidden: self.tr("Hidden units"),
                self.lr: self.tr("Learning rate"), self.epochs: self.tr("Epochs"), self.seed: self.tr("Seed"),
                self.optimizer: self.tr("Optimizer"), self.clip: self.tr("Clip gradients at"),
                self.gen_words: self.tr("Words to sample"), self.gen_temperature: self.tr("Temperature"),
                self.gen_seed: self.tr("Sampling seed")}
        for field, text in rows.items():
            self.row_labels[field].setText(text)
        self.sampling_title.setText(self.tr("Sampling"))
        self.settings_toggle.setText(self.tr("Settings"))
        self._show_pause_text()
        self._show_progress_text()
        if self._sample is not None:
            self.show_sample(self._sample)
        self._apply_palette()                    # the plots' titles keep the palette's ink

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange:
            self._apply_palette()
        elif event.type() == QEvent.FontChange and hasattr(self, "_titles"):
            self._show_titles()

    def _show_titles(self) -> None:
        """The curves' titles, each broken after its comma when the pane is too narrow
        for it on one line."""
        fm = QFontMetrics(self.font())
        room = self.plots.width() - 60
        size = f"{max(self.font().pointSizeF(), 6.0) * 0.92:.1f}pt"
        for plot, title in zip((self.loss_plot, self.acc_plot), self._titles):
            if fm.horizontalAdvance(title) * 0.95 > room:
                title = title.replace(", ", ",<br>").replace("，", "，<br>")
            plot.titleLabel.setText(title, size=size, justify="right")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "_titles"):
            self._show_titles()

    def _apply_palette(self) -> None:
        plots_follow_palette(self.palette(), self.plots, (self.loss_plot, self.acc_plot))

    def _spin(self, lo: int, hi: int, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(lo, hi)
        spin.setValue(value)
        return spin

    # -- what the learner asks --------------------------------------------------------
    def settings(self) -> dict:
        return dict(cell=self.cell.currentData(), hidden=self.hidden.value(), epochs=self.epochs.value(),
                    lr=self.lr.value(), seed=self.seed.value(), optimizer=self.optimizer.currentText(),
                    clip=self.clip.value(), seq_len=TRAINING_DEFAULTS["seq_len"],
                    schedule=TRAINING_DEFAULTS["schedule"])

    def _start(self) -> None:
        self.show_message("")
        self.startRequested.emit(self.corpus.currentData(), self.text.toPlainText(), self.settings())

    def _pause_or_resume(self) -> None:
        (self.resumeRequested if self._state == "paused" else self.pauseRequested).emit()

    def _corpus_changed(self, *args) -> None:
        own = self.corpus.currentData() == "text"
        self.text.setVisible(own)
        self.open_text.setVisible(own)

    def _open_text(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a text to learn from"), "",
                                              self.tr("Text files (*.txt);;All files (*)"))
        if not path:
            return
        try:
            with open(path, encoding="utf-8") as fh:
                self.text.setPlainText(fh.read(2_000_000))
        except (OSError, UnicodeDecodeError) as exc:
            self.show_message(self.tr("Cannot read {0}: {1}").format(path, file_reason(exc)))

    # -- what it is told ----------------------------------------------------------------
    def set_state(self, state: str) -> None:
        """'idle', 'running' or 'paused': which buttons make sense."""
        self._state = state
        busy = state != "idle"
        self.start_button.setEnabled(not busy)
        self.pause_button.setEnabled(busy)
        self._show_pause_text()
        self._show_progress_text()               # no time left is promised once a run stops
        self.stop_button.setEnabled(busy)
        self.reset_button.setEnabled(not busy)
        for w in (self.corpus, self.text, self.open_text, self.cell, self.hidden, self.lr, self.epochs,
                  self.seed, self.optimizer, self.clip):
            w.setEnabled(not busy)

    def _show_pause_text(self) -> None:
        self.pause_button.setText(self.tr("Resume") if self._state == "paused" else self.tr("Pause"))

    def new_run(self) -> None:
        """Earlier runs' curves fade; a new pair of curves starts."""
        for loss, acc in self.curves:
            for c in (loss, acc):
                c.setPen(pg.mkPen(c.opts["pen"].color(), width=1, style=Qt.DashLine))
        color = RUN_COLORS[len(self.curves) % len(RUN_COLORS)]
        pen = pg.mkPen(color, width=2)
        pair = (self.loss_plot.plot(pen=pen), self.acc_plot.plot(pen=pen))
        for curve in pair:          # thousands of updates: draw what the pixels can show
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
            curve.setSkipFiniteCheck(True)
        self.curves.append(pair)
        self.progress.setValue(0)

    def show_progress(self, points: list[tuple[int, float, float]], epoch: int, epochs: int,
                      elapsed: float) -> None:
        if not self.curves:
            self.new_run()
        steps = [p[0] for p in points]
        loss_curve, acc_curve = self.curves[-1]
        loss_curve.setData(steps, trailing_mean([p[1] for p in points]))
        acc_curve.setData(steps, trailing_mean([p[2] for p in points]))
        fraction = epoch / epochs if epochs else 1.0
        self.progress.setValue(int(1000 * fraction))
        self._progress = (epoch, epochs, elapsed, points[-1] if points else None)
        self._show_progress_text()

    def _show_progress_text(self) -> None:
        if self._progress is None:
            self.progress.setFormat(self.tr("ready"))
            return
        epoch, epochs, elapsed, last = self._progress
        fraction = epoch / epochs if epochs else 1.0
        if 0 < fraction < 1 and self._state == "running":
            eta = elapsed * (1 - fraction) / fraction
            self.progress.setFormat(self.tr("epoch {0}/{1} — about {2:.0f} s left").format(epoch, epochs, eta))
        elif fraction < 1 and self._state == "paused":
            self.progress.setFormat(self.tr("epoch {0}/{1} — paused").format(epoch, epochs))
        elif fraction < 1:
            self.progress.setFormat(self.tr("epoch {0}/{1} — stopped").format(epoch, epochs))
        else:
            self.progress.setFormat(self.tr("epoch {0}/{1}").format(epoch, epochs))
        if last is not None:
            self.progress.setToolTip(self.tr("loss {0:.4f}, accuracy {1:.1%}").format(last[1], last[2]))

    def show_sample(self, text: str) -> None:
        self._sample = text
        self.sample.setText(self.tr("Sampled: {0}").format(text))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
