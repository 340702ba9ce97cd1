"""The claims of a lesson step, each marked ✓ holds, ✗ broken (with the reason) or
– not applicable, with the numbers read from the live model."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ...scenarios.claims import ClaimResult, fill
from ..theme import error_color
from .squashing import minus

GOOD = "#2e8b57"


def claim_text(result: ClaimResult) -> str:
    """The claim in the current language, numbers filled in."""
    return minus(fill(QCoreApplication.translate("claims", result.claim), result.values))


def reason_text(result: ClaimResult) -> str:
    return minus(fill(QCoreApplication.translate("claims", result.reason),
                      {**result.values, **result.labels}))


class ClaimsView(QGroupBox):
    """One label per claim; ``show_results`` refreshes them in place."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("claims")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 8)
        self._layout.setSpacing(6)
        self.labels: dict[str, QLabel] = {}
        self.results: list[ClaimResult] = []
        self._retranslate()

    def show_results(self, results: list[ClaimResult]) -> None:
        ids = [r.id for r in results]
        if ids != list(self.labels):
            for label in self.labels.values():
                self._layout.removeWidget(label)
                label.hide()
                label.deleteLater()
            self.labels = {}
            for cid in ids:
                label = QLabel(self)
                label.setObjectName(f"claim:{cid}")
                label.setWordWrap(True)
                label.setTextFormat(Qt.RichText)
                self._layout.addWidget(label)
                label.show()                 # now, not when the event loop next runs
                self.labels[cid] = label
        self.results = list(results)
        bad = error_color(self.palette()).name()
        for r in results:
            label = self.labels[r.id]
            label.setProperty("status", r.status)
            label.setText(self._html(r, bad))
            label.setToolTip(self._tooltip(r))
        self.setVisible(bool(results))
        self._layout.activate()            # wrapped labels changed height: lay out again now

    def _html(self, r: ClaimResult, bad: str) -> str:
        text = html.escape(claim_text(r), quote=False)
        if r.status == "holds":
            word = self.tr("holds")
            return f"<span style='color:{GOOD}'><b>✓ {word}</b></span> · {text}"
        reason = html.escape(reason_text(r), quote=False)
        if r.status == "broken":
            word = self.tr("broken")
            return (f"<span style='color:{bad}'><b>✗ {word}</b></span> · {text}"
                    f"<br><span style='color:{bad}'>{reason}</span>")
        word = self.tr("not applicable")
        return f"<span style='color:gray'><b>– {word}</b> · {text}<br><i>{reason}</i></span>"

    def _tooltip(self, r: ClaimResult) -> str:
        numbers = ", ".join(f"{k} = {v:.4g}" if isinstance(v, float) else f"{k} = {v}"
                            for k, v in r.values.items())
        where = self.tr("step {0}").format(r.step + 1) if r.step is not None else ""
        return minus(" · ".join(x for x in (where, numbers) if x))

    def status_of(self, cid: str) -> str:
        return next(r.status for r in self.results if r.id == cid)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Checked on the live model"))
        if self.results:
            self.show_results(self.results)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.LanguageChange, QEvent.PaletteChange):
            self._retranslate()
