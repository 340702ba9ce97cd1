"""A lesson step's claims in two boxes: the checks, each ✓ holds, ✗ broken or
– not applicable, under "Checked on the live model"; and the worked examples, labelled
as such, with their numbers. A broken check shows what the lesson expects and what the
model does, side by side; every text is in the current language, the book's words too."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ...scenarios.claims import ClaimResult
from ..theme import error_color
from .squashing import minus

GOOD = "#2e8b57"


def tr_claims(text: str) -> str:
    return QCoreApplication.translate("claims", text)


def claim_text(result: ClaimResult) -> str:
    """The claim in the current language, numbers filled in."""
    return minus(result.text_in(tr_claims))


def reason_text(result: ClaimResult) -> str:
    return minus(result.reason_in(tr_claims))


def expects_text(result: ClaimResult) -> str:
    return minus(result.expects_in(tr_claims))


class ClaimsView(QWidget):
    """One label per claim, checks and worked examples in their own boxes;
    ``show_results`` refreshes them in place."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("claims")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        self.checks_box, self.examples_box = QGroupBox(self), QGroupBox(self)
        self.checks_box.setObjectName("claimChecks")
        self.examples_box.setObjectName("claimExamples")
        self._layouts = {}
        for kind, box in (("check", self.checks_box), ("example", self.examples_box)):
            layout = QVBoxLayout(box)
            layout.setContentsMargins(8, 6, 8, 8)
            layout.setSpacing(6)
            self._layouts[kind] = layout
            outer.addWidget(box)
        self.labels: dict[str, QLabel] = {}
        self.results: list[ClaimResult] = []
        self._retranslate()

    def show_results(self, results: list[ClaimResult]) -> None:
        ids = [(r.id, r.kind) for r in results]
        if ids != [(cid, label.property("kind")) for cid, label in self.labels.items()]:
            for label in self.labels.values():
                label.parentWidget().layout().removeWidget(label)
                label.hide()
                label.deleteLater()
            self.labels = {}
            for cid, kind in ids:
                box = self.examples_box if kind == "example" else self.checks_box
                label = QLabel(box)
                label.setObjectName(f"claim:{cid}")
                label.setProperty("kind", kind)
                label.setWordWrap(True)
                label.setTextFormat(Qt.RichText)
                self._layouts["example" if kind == "example" else "check"].addWidget(label)
                label.show()                 # now, not when the event loop next runs
                self.labels[cid] = label
        self.results = list(results)
        bad = error_color(self.palette()).name()
        for r in results:
            label = self.labels[r.id]
            label.setProperty("status", r.status)
            label.setText(self._html(r, bad))
            label.setToolTip(self._tooltip(r))
        self.checks_box.setVisible(any(r.kind != "example" for r in results))
        self.examples_box.setVisible(any(r.kind == "example" for r in results))
        self.setVisible(bool(results))
        for layout in self._layouts.values():
            layout.activate()              # wrapped labels changed height: lay out again now
        self.layout().activate()

    def _html(self, r: ClaimResult, bad: str) -> str:
        esc = lambda text: html.escape(text, quote=False)       # noqa: E731
        text = esc(claim_text(r))
        if r.status == "example":
            return f"<span style='color:gray'>=</span> {text}"
        if r.status == "holds":
            word = self.tr("holds")
            return f"<span style='color:{GOOD}'><b>✓ {word}</b></span> · {text}"
        reason = esc(reason_text(r))
        expected = esc(expects_text(r))
        if r.status == "broken":
            word = self.tr("broken")
            lesson = esc(self.tr("The lesson:"))
            model = esc(self.tr("This model:"))
            return (f"<span style='color:{bad}'><b>✗ {word}</b></span><br>"
                    f"<b>{lesson}</b> {expected}<br>"
                    f"<span style='color:{bad}'><b>{model}</b> {reason}</span>")
        word = self.tr("not applicable")
        return f"<span style='color:gray'><b>– {word}</b> · {expected}<br><i>{esc(reason)}</i></span>"

    def _tooltip(self, r: ClaimResult) -> str:
        numbers = ", ".join(f"{k} = {v:.4g}" if isinstance(v, float) else f"{k} = {v}"
                            for k, v in r.values.items())
        where = self.tr("step {0}").format(r.step + 1) if r.step is not None else ""
        return minus(" · ".join(x for x in (where, numbers) if x))

    def status_of(self, cid: str) -> str:
        return next(r.status for r in self.results if r.id == cid)

    def _retranslate(self) -> None:
        self.checks_box.setTitle(self.tr("Checked on the live model"))
        self.examples_box.setTitle(self.tr("Worked examples (arithmetic, not checks)"))
        if self.results:
            self.show_results(self.results)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.LanguageChange, QEvent.PaletteChange):
            self._retranslate()
