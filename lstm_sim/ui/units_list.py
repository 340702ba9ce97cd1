"""The ranked units as a list: rank, unit, AUC, d, and the unit's mean on the marks and
elsewhere. A view: it shows a ranking it is handed and says which unit was picked (a
click, or the arrow keys) and which row was right-clicked."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from .i18n import Retranslates

#: How many of the ranked units the list shows.
TOP = 20


class RankingList(Retranslates, QTreeWidget):
    unitChosen = Signal(int)
    #: A row was right-clicked: its unit, and where (global coordinates) to open a menu.
    menuRequested = Signal(int, QPoint)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("unitsRanking")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.currentItemChanged.connect(self._chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("#"), self.tr("unit"), self.tr("AUC"), self.tr("d"),
                              self.tr("marked / elsewhere")])

    def show_ranking(self, ranking, units: list[str], unit: int | None) -> None:
        """The best ``TOP`` units of ``ranking`` (None: an empty list), ``unit`` selected."""
        was = self.blockSignals(True)
        try:
            self.clear()
            if ranking is not None:
                self.addTopLevelItems([self._row(ranking, units, rank, u) for rank, u in enumerate(ranking.top(TOP))])
                for k in range(5):
                    self.resizeColumnToContents(k)
        finally:
            self.blockSignals(was)
        self.select(unit)

    @staticmethod
    def _row(r, units: list[str], rank: int, unit: int) -> QTreeWidgetItem:
        d = r.d[unit]
        item = QTreeWidgetItem([str(rank + 1), units[unit], f"{r.auc[unit]:.3f}",
                                f"{d:+.2f}" if np.isfinite(d) else ("+∞" if d > 0 else "−∞"),
                                f"{r.mean_marked[unit]:+.3f} / {r.mean_rest[unit]:+.3f}"])
        item.setData(0, Qt.UserRole, int(unit))
        return item

    def select(self, unit: int | None) -> None:
        """Select the row of ``unit`` (none if it is not listed), without announcing it."""
        target = next((self.topLevelItem(k) for k in range(self.topLevelItemCount())
                       if self.topLevelItem(k).data(0, Qt.UserRole) == unit), None)
        was = self.blockSignals(True)
        try:
            self.setCurrentItem(target)
        finally:
            self.blockSignals(was)

    def rows(self) -> list[list[str]]:
        """What every row says (tests read it back)."""
        return [[self.topLevelItem(k).text(c) for c in range(5)] for k in range(self.topLevelItemCount())]

    def _chosen(self, item, _previous=None) -> None:
        if item is not None:
            self.unitChosen.emit(int(item.data(0, Qt.UserRole)))

    def _menu(self, pos) -> None:
        item = self.itemAt(pos)
        if item is not None:
            self.setCurrentItem(item)
            self.menuRequested.emit(int(item.data(0, Qt.UserRole)), self.viewport().mapToGlobal(pos))
