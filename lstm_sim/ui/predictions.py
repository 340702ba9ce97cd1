"""Bar chart of next-word probabilities at the current step, the top word marked.

With up to ``MAX_BARS`` words every word has a bar, in vocabulary order, the labels
thinned to what fits (every k-th word, recomputed on resize). A larger vocabulary (a
real model's thousands of words) shows its ``TOP_K`` most likely words instead, most
likely first, each named. The top word is always named above its bar.
"""
from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

from .heatmaps import INK, PAPER, LabelAxis, shrinkable, thinned_ticks
from .plot_parts import WordWidths
from .i18n import Retranslates
from .theme import FollowsTheme, is_dark

#: Probabilities are never negative, so the bars avoid the blue that means "negative"
#: everywhere else: the top word (and every word tied with it) orange, the rest grey.
BAR = QColor(150, 150, 150)
TOP = QColor(179, 88, 6)
TIE = 0.005          # words within half a percentage point (and 2 %) of the top are tied with it
MAX_BARS = 60        # more words than this: only the most likely are drawn
TOP_K = 20


class PredictionsPane(Retranslates, FollowsTheme, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = pg.PlotWidget(self, axisItems={"bottom": LabelAxis("bottom")}, enableMenu=False)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setYRange(0, 1.22, padding=0)
        self._title = ""
        self._context: str | None = None       # what the prediction follows (presentation)
        self.plot.showGrid(y=True, alpha=0.25)
        self.plot.getAxis("bottom").setStyle(tickFont=QFont(self.font()))
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brushes=[])
        self.plot.addItem(self.bars)
        self.top_label = pg.TextItem(anchor=(0.5, 1.0))
        self.plot.addItem(self.top_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.plot)
        self.words: list[str] = []
        self.probs = np.zeros(0)
        self.order = np.zeros(0, dtype=int)     # the words drawn, left to right (indices)
        self.top_k: int | None = None           # a large vocabulary: how many words are drawn
        self._ticks: list[tuple[float, str]] | None = None
        self._bars_shown = self._label_shown = None      # what the bars and their label show now
        self._word_extent = 0.0
        self._widths = WordWidths()
        self._dark = is_dark(self.palette())
        self._applied_theme: bool | None = None
        self.plot.getViewBox().sigResized.connect(lambda _vb: (self._relabel(), self._set_title()))
        shrinkable(self.plot.getPlotItem().titleLabel)      # a long title breaks, never widens the pane
        self.retranslate()
        self._apply_theme()

    def retranslate(self) -> None:
        """The axis label and the title in the current language (the words are the data's)."""
        self.plot.setLabel("left", self.tr("probability"))
        self._show_title()

    def _show_title(self) -> None:
        self._title = (self.tr("next word") if self.top_k is None else
                       self.tr("next word: the {0} most likely of {1:,}").format(self.top_k, len(self.words)))
        self._set_title()

    def _set_title(self) -> None:
        """The title; with a context, the text so far follows it, on a line of its own when
        one line is too wide, its start cut ("…Spot. Doug saw") to fit the pane."""
        title = self._title
        font = QFont(self.font())
        font.setPointSizeF(max(self.font().pointSizeF(), 6.0) * 1.2)
        fm = QFontMetrics(font)
        room = int(self.plot.getViewBox().boundingRect().width() or self.width() - 60)
        if self._context:
            title = self.tr("next word after “{0}”").format(self._context)
            if fm.horizontalAdvance(title) > room:
                head, quote, _ = self.tr("next word after “{0}”").partition("“")
                context = fm.elidedText(f"“{self._context}”", Qt.ElideLeft, room)
                title = f"{head.strip()}<br>{html.escape(context)}" if quote else html.escape(context)
        # With a context the title has room for two lines whether it needs them or not: a
        # row that grew and shrank as the text moved on re-laid out the plot, whose axes
        # then drew themselves again (15 ms a step in presentation mode).
        lines = 2 if self._context else title.count("<br>") + 1
        self.plot.setTitle(title, color=self._foreground.name(), size=self._title_size())
        self.plot.getPlotItem().layout.setRowFixedHeight(0, max(30, lines * fm.height() + 8))
        self.plot.getPlotItem().titleLabel.setMaximumHeight(max(30, lines * fm.height() + 8))

    def _title_size(self) -> str:
        """The title a little larger than the pane's type (which View ▸ Zoom scales)."""
        return f"{max(self.font().pointSizeF(), 6.0) * 1.2:.1f}pt"

    def set_context(self, text: str | None) -> None:
        """Say in the title what the prediction follows (the text so far), or not (None)."""
        self._context = text or None
        self._show_title()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:        # View ▸ Zoom: the labels at the new size
            font = QFont(self.font())
            self.plot.getAxis("bottom").setStyle(tickFont=font)
            self.top_label.setFont(font)
            self._word_extent = self._widths.extent(font, self.words)
            self._ticks = None
            self._relabel()
            self._show_title()
            if self.probs.size:
                self.set_probs(self.probs)

    @property
    def _foreground(self) -> QColor:
        return INK[self._dark]

    def set_words(self, words: list[str]) -> None:
        """A new vocabulary: new labels, and no bars until the next ``set_probs``."""
        self.words = list(words)
        self.probs = np.zeros(0)
        self.top_k = TOP_K if len(self.words) > MAX_BARS else None
        self.order = np.arange(len(self.words)) if self.top_k is None else np.zeros(0, dtype=int)
        self.bars.setOpts(x=[], height=[], brushes=[])
        self.top_label.setText("")
        self._bars_shown = self._label_shown = None
        self._word_extent = self._widths.extent(self.font(), self.words)
        self._show_title()                      # it says how many words are drawn
        self.plot.setXRange(-0.6, (self.top_k or len(words)) - 0.4, padding=0)
        self._relabel()

    def _relabel(self) -> None:
        """Every k-th word under the bars, k chosen so the labels never overlap."""
        shown = [self.words[k] for k in self.order]
        width = self.plot.getViewBox().boundingRect().width()
        ticks = thinned_ticks(shown, width / max(self.top_k or len(self.words), 1), self._word_extent,
                              offset=0.0, lead=self._word_extent / 2, margin=0.6)
        if ticks != self._ticks:
            self._ticks = ticks
            self.plot.getAxis("bottom").setTicks([ticks])

    def shown_words(self) -> list[str]:
        """The words labelled under the bars right now."""
        return [w for _, w in self._ticks or []]

    def set_probs(self, probs: np.ndarray) -> None:
        self.probs = np.asarray(probs, dtype=float)
        top = self.top_index
        tied = self.top_indices()
        if self.top_k is not None:
            k = min(self.top_k, self.probs.size)
            best = np.argpartition(-self.probs, k - 1)[:k]
            order = best[np.argsort(-self.probs[best], kind="stable")]
            if not np.array_equal(order, self.order):
                self.order = order
                self._relabel()
        heights = self.probs[self.order]
        top_bars = set(tied)
        is_tied = tuple(int(w) in top_bars for w in self.order)
        if (heights.tobytes(), is_tied) != self._bars_shown:     # the same bars: nothing to redraw
            self._bars_shown = (heights.tobytes(), is_tied)
            self.bars.setOpts(x=np.arange(len(self.order)), height=heights,
                              brushes=[TOP if t else BAR for t in is_tied])
        position = {int(w): x for x, w in enumerate(self.order)}
        shown = tied[:3]
        if len({f"{self.probs[k]:.0%}" for k in shown}) == 1 and len(shown) > 1:
            label = " · ".join(self.words[k] for k in shown) + f" {self.probs[top]:.0%}"
        else:
            label = " · ".join(f"{self.words[k]} {self.probs[k]:.0%}" for k in shown)
        label += " …" if len(tied) > 3 else ""
        if (label, self._foreground.rgba()) != self._label_shown:
            self._label_shown = (label, self._foreground.rgba())
            self.top_label.setText(label, color=self._foreground)
        # Over the middle of the tied bars, so a tie's label sits above all of them.
        xs = [position[k] for k in shown if k in position]
        if self.top_k is not None:          # the most likely bars are at the left: start there
            self.top_label.setAnchor((0.0, 1.0))
            self.top_label.setPos(-0.5, min(self.probs[top], 1.0) + 0.02)
        else:
            self.top_label.setAnchor((0.5, 1.0))
            self.top_label.setPos(float(np.mean(xs)) if xs else 0.0, min(self.probs[top], 1.0) + 0.02)

    def top_indices(self) -> list[int]:
        """The top word and every word tied with it, most likely first."""
        if not self.probs.size:
            return []
        best = self.probs.max()
        near = np.flatnonzero(self.probs >= best - min(TIE, 0.02 * best))
        return [int(k) for k in near[np.argsort(-self.probs[near], kind="stable")]]

    @property
    def top_index(self) -> int:
        return int(np.argmax(self.probs)) if self.probs.size else 0

    @property
    def top_word(self) -> str:
        return self.words[self.top_index]

    # -- theme ------------------------------------------------------------------
    def _apply_theme(self) -> None:
        if self._applied_theme == self._dark:
            return
        self._applied_theme = self._dark
        ink = self._foreground
        self.plot.setBackground(PAPER[self._dark])
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTextPen(ink)
            self.plot.getAxis(axis).setPen(ink)
        self._set_title()
        if self.probs.size:
            self.set_probs(self.probs)
