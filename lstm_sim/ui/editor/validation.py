"""What counts as a weight a learner may type, and how typed and dragged values are tidied.

The limit keeps a typo such as ``1e9`` from saturating every gate at once and from
overflowing the squashing functions; real weights in this app stay far below it.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

#: The largest |w| the editor accepts.
MAX_ABS_WEIGHT = 1000.0



class WeightInputError(ValueError):
    """Raised with a message meant for the learner, already translated."""


def check_weight(value: float) -> float:
    """``value`` as a float if it is an acceptable weight, else :class:`WeightInputError`."""
    value = float(value)
    if not math.isfinite(value):
        raise WeightInputError(QCoreApplication.translate("WeightInput", "weights must be finite"))
    if abs(value) > MAX_ABS_WEIGHT:
        message = QCoreApplication.translate("WeightInput", "|w| must be ≤ {limit}")
        raise WeightInputError(message.format(limit=f"{MAX_ABS_WEIGHT:g}"))
    return value


def parse_weight(text: str) -> float:
    """The number a learner typed. Accepts the typographic minus (−) the app prints and a
    decimal comma; rejects anything else that is not a finite number within the limit."""
    shown = text.strip()
    cleaned = shown.replace("\u2212", "-").replace(" ", "")
    if not cleaned:
        raise WeightInputError(QCoreApplication.translate("WeightInput", "type a number"))
    if "," in cleaned and "." not in cleaned and cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        message = QCoreApplication.translate("WeightInput", "‘{text}’ is not a number")
        raise WeightInputError(message.format(text=shown)) from None
    return check_weight(value)


def tidy(value: float) -> float:
    """Drop float fuzz from stepped values (0.1 + 0.2 → 0.3) and keep within the limit."""
    value = min(max(float(value), -MAX_ABS_WEIGHT), MAX_ABS_WEIGHT)
    return float(f"{value:.12g}")


def format_cell(value: float) -> str:
    """A cell's text: two decimals, with the typographic minus."""
    text = f"{value:.2f}"
    if text in ("-0.00",):
        text = "0.00"
    return text.replace("-", "\u2212")


def format_exact(value: float) -> str:
    """Full precision, as Python prints a float: what the editor starts with."""
    value = float(value)
    if value == int(value) and abs(value) < 1e15:
        return f"{value:.1f}"
    return repr(value)
