"""The pieces of the weight editor around the tables: one block with its caption, note
and error line, and the gate's clamp switch."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton,
                               QVBoxLayout, QWidget)

from ..i18n import Retranslates
from .block_model import WeightBlockModel
from .block_view import WeightBlockView


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.Window).lightness() < 128


def muted(palette: QPalette) -> QColor:
    """Secondary text: the text colour moved a third of the way to the background."""
    a, b = palette.color(QPalette.WindowText), palette.color(QPalette.Window)
    return QColor(round(a.red() + (b.red() - a.red()) * 0.33),
                  round(a.green() + (b.green() - a.green()) * 0.33),
                  round(a.blue() + (b.blue() - a.blue()) * 0.33))


def error_color(palette: QPalette) -> QColor:
    """A red that reads on the palette's background."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#c62828")


def set_text_color(label: QLabel, color: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.WindowText, color)
    label.setPalette(palette)


class BlockPanel(Retranslates, QWidget):
    """Caption and actions, the note in italic, the table, and a red line for rejected input."""

    zeroRequested = Signal(str)

    def __init__(self, param: str, caption: str, note: str, model: WeightBlockModel, parent=None):
        super().__init__(parent)
        self.param = param
        self.model = model
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("blockCaption")
        bold = QFont(self.caption.font())
        bold.setBold(True)
        self.caption.setFont(bold)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.PlainText)

        self.menu = QMenu(self)
        self.zero_action = self.menu.addAction(
            self.tr("Set every weight of {param} to 0").format(param=param))
        self.zero_action.triggered.connect(lambda: self.zeroRequested.emit(self.param))
        self.menu_button = QToolButton(self)
        self.menu_button.setObjectName("blockMenu")
        self.menu_button.setText(self.tr("⋯"))
        self.menu_button.setToolTip(self.tr("More for {param}").format(param=param))
        self.menu_button.setAccessibleName(self.tr("Actions for {param}").format(param=param))
        self.menu_button.setPopupMode(QToolButton.InstantPopup)
        self.menu_button.setAutoRaise(True)
        self.menu_button.setMenu(self.menu)

        self.note = QLabel(note, self)
        self.note.setObjectName("blockNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.PlainText)
        italic = QFont(self.note.font())
        italic.setItalic(True)
        self.note.setFont(italic)
        self.note.setVisible(bool(note))

        self.view = WeightBlockView(model, self)
        self.view.setAccessibleName(caption)

        self.message = QLabel(self)
        self.message.setObjectName("blockMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)
        self.message.hide()
        model.invalidInput.connect(self.show_message)
        model.editRequested.connect(self.clear_message)

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(4)
        head.addWidget(self.caption, 1)
        head.addWidget(self.menu_button, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(head)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        layout.addWidget(self.message)
        self.apply_palette()

    def retranslate(self) -> None:
        """The block's menu in the current language (the editor re-words the caption)."""
        param = self.param
        self.zero_action.setText(self.tr("Set every weight of {param} to 0").format(param=param))
        self.menu_button.setText(self.tr("⋯"))
        self.menu_button.setToolTip(self.tr("More for {param}").format(param=param))
        self.menu_button.setAccessibleName(self.tr("Actions for {param}").format(param=param))

    def set_note(self, note: str) -> None:
        if note != self.note.text():
            self.note.setText(note)
            self.note.setVisible(bool(note))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def clear_message(self, *args) -> None:
        if self.message.isVisibleTo(self):
            self.message.clear()
            self.message.hide()

    def apply_palette(self) -> None:
        palette = self.palette()
        set_text_color(self.note, muted(palette))
        set_text_color(self.message, error_color(palette))

    def changeEvent(self, event) -> None:
        # Qt tells a parent before its children: each panel follows its own palette.
        if event.type() == QEvent.PaletteChange:
            self.apply_palette()
        super().changeEvent(event)


class GateClampBar(Retranslates, QWidget):
    """“Clamp gate: [free | open 1 | closed 0]” for a whole gate.

    ``chosen(value)``: None frees the gate, 1.0 holds it open, 0.0 holds it closed.
    Shows no choice when only some units are clamped.
    """

    chosen = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(self.tr("Clamp gate:"), self)
        self.buttons: dict[str, QToolButton] = {}
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addSpacing(4)
        for name, text, tip, value in (
                ("free", self.tr("free"), self.tr("The gate follows its weights"), None),
                ("open", self.tr("open 1"),
                 self.tr("Hold every unit of the gate at 1, whatever the weights say"), 1.0),
                ("closed", self.tr("closed 0"),
                 self.tr("Hold every unit of the gate at 0, whatever the weights say"), 0.0)):
            button = QToolButton(self)
            button.setObjectName(f"clamp_{name}")
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonTextOnly)
            button.clicked.connect(lambda _=False, v=value: self.chosen.emit(v))
            self.group.addButton(button)
            self.buttons[name] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.set_state(None)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Clamp gate:"))
        for name, text, tip in (
                ("free", self.tr("free"), self.tr("The gate follows its weights")),
                ("open", self.tr("open 1"), self.tr("Hold every unit of the gate at 1, whatever the weights say")),
                ("closed", self.tr("closed 0"), self.tr("Hold every unit of the gate at 0, whatever the weights say"))):
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)
        self.label.setToolTip("" if self.state() else self.tr(
            "Some units of this gate are clamped (see the locks in the row headers)"))

    def set_state(self, clamps: np.ndarray | None) -> None:
        """Check the button that describes the gate's clamps (NaN = free)."""
        values = None if clamps is None else np.asarray(clamps, dtype=np.float64)
        if values is None or values.size == 0 or np.isnan(values).all():
            name = "free"
        elif np.all(values == 1.0):
            name = "open"
        elif np.all(values == 0.0):
            name = "closed"
        else:
            name = None
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key == name)
        self.group.setExclusive(True)
        self.label.setToolTip("" if name else self.tr(
            "Some units of this gate are clamped (see the locks in the row headers)"))

    def state(self) -> str | None:
        """'free', 'open', 'closed', or None for a mix."""
        return next((k for k, b in self.buttons.items() if b.isChecked()), None)
