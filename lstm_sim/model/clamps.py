"""Gate clamps: hold chosen units' ignoring, forgetting or selection gates at a fixed value.

A clamp answers the learner's "what if this valve were shut (0) or wide open (1)?"
without touching a weight, so Reset and the weights stay honest. The representation is
deliberately plain so it survives JSON, the undo stack and the CLI alike: a dict from
gate ('i', 'f', 'o') to a float64 array of length H, where NaN means "free" and a
number in [0, 1] means "this unit's gate is exactly this value". The prediction path g
is a vote, not a valve, so it cannot be clamped; a plain RNN has no gates at all. A GRU's
valves are its reset r and update z gates (pass ``gates=("r", "z")``, the cell spec's).
"""
from __future__ import annotations

import math
from numbers import Real

import numpy as np

from .errors import InvalidValue

#: The gates a clamp may hold, in the fused-block order (i, f, g, o) without g.
CLAMPABLE = ("i", "f", "o")
#: Every name a user may type for a gate (compared case-insensitively).
GATE_ALIASES = {"i": "i", "ignoring": "i", "f": "f", "forgetting": "f", "o": "o", "selection": "o",
                "r": "r", "reset": "r", "z": "z", "update": "z"}


def no_clamps(H: int, gates: tuple[str, ...] = CLAMPABLE) -> dict[str, np.ndarray]:
    """Every gate of every unit free."""
    return {gate: np.full(H, np.nan) for gate in gates}


def _named(gates) -> str:
    return ", ".join(f"'{g}'" for g in gates)


def _row(gate: str, values, H: int) -> np.ndarray:
    """One gate's clamps as float64 (None → NaN), or ValueError saying what is wrong."""
    if (type(values) is np.ndarray and values.dtype.kind == "f" and values.dtype.itemsize <= 8
            and values.shape == (H,)):          # a plain float array, exact in float64
        row = values.astype(np.float64)            # a fresh copy, checked as a whole
        outside = ~(np.isnan(row) | ((row >= 0.0) & (row <= 1.0)))
        if outside.any():
            k = int(np.argmax(outside))
            raise InvalidValue("clamp-outside", gate=gate, unit=k, value=str(float(values[k])))
        return row
    items = values.tolist() if isinstance(values, np.ndarray) else values
    if isinstance(items, (str, bytes)) or not hasattr(items, "__len__"):
        raise InvalidValue("clamps-not-list", gate=gate, units=H)
    if len(items) != H:
        raise InvalidValue("clamps-count", gate=gate, count=len(items), units=H)
    row = np.empty(H)
    for k, v in enumerate(items):
        if v is None:
            row[k] = np.nan
        elif isinstance(v, bool) or not isinstance(v, Real):
            raise InvalidValue("clamp-not-number", gate=gate, unit=k, value=repr(v))
        elif math.isnan(v):
            row[k] = np.nan
        elif not 0.0 <= v <= 1.0:
            raise InvalidValue("clamp-outside", gate=gate, unit=k, value=str(v))
        else:
            row[k] = float(v)
    return row


def validate_clamps(clamps, H: int, gates: tuple[str, ...] = CLAMPABLE) -> dict[str, np.ndarray]:
    """Check ``clamps`` against a cell of H units whose valves are ``gates``; return a
    complete, fresh copy.

    Accepts any mapping from gate name to H values (arrays, or lists with None for
    free); missing gates are free. Raises ValueError naming the bad gate or entry.
    """
    if clamps is None:
        return no_clamps(H, gates)
    if not hasattr(clamps, "items"):
        raise InvalidValue("clamps-not-mapping", gates=_named(gates))
    out = no_clamps(H, gates)
    for gate, values in clamps.items():
        if gate not in gates:
            if not gates:
                raise InvalidValue("rnn-no-gates")
            raise InvalidValue("not-a-gate", gate=repr(gate), gates=_named(gates))
        out[gate] = _row(gate, values, H)
    return out


#: The usual spelling: a complete, validated copy.
normalize_clamps = validate_clamps


def any_clamped(clamps) -> bool:
    """Whether any unit of any gate is held (an empty or all-NaN dict clamps nothing)."""
    return bool(clamps) and any(not np.isnan(np.asarray(v, dtype=np.float64)).all()
                                for v in clamps.values())


def clamps_to_json(clamps) -> dict[str, list]:
    """``{gate: [null | float, ...]}``: what a session file and ``trace --json`` carry."""
    return {gate: [None if np.isnan(v) else float(v) for v in np.asarray(values, dtype=np.float64)]
            for gate, values in clamps.items()}


def with_clamp(clamps: dict, gate: str, unit: int | None, value: float, H: int,
               gates: tuple[str, ...] = CLAMPABLE) -> dict[str, np.ndarray]:
    """A copy of ``clamps`` with one more clamp (``unit`` None = every unit; NaN frees)."""
    out = validate_clamps(clamps, H, gates)
    if gate not in gates:
        raise ValueError(f"cannot clamp gate {gate!r}: only {_named(gates)} are gates")
    if unit is None:
        out[gate][:] = value
    else:
        out[gate][unit] = value
    return validate_clamps(out, H, gates)


def parse_clamp_spec(spec: str, units: list[str]) -> tuple[str, int | None, float]:
    """Read the CLI's ``GATE[:UNIT]=VALUE``, e.g. ``f=1``, ``forgetting:Doug=0.3``, ``o:2=0``.

    GATE is i/f/o or ignoring/forgetting/selection (any case); UNIT a unit label (exact,
    then ignoring case) or a 0-based index; no UNIT means every unit. Returns
    ``(gate, unit index or None, value)``; a ValueError names the part that is wrong.
    """
    if not isinstance(spec, str) or "=" not in spec:
        raise ValueError(f"clamp {spec!r} must look like GATE[:UNIT]=VALUE, e.g. f=1 or f:Doug=0")
    target, _, value_text = spec.partition("=")
    gate_text, has_unit, unit_text = target.partition(":")
    gate = GATE_ALIASES.get(gate_text.strip().lower())
    if gate is None:
        raise ValueError(f"clamp {spec!r}: unknown gate {gate_text.strip()!r}; "
                         "use i/ignoring, f/forgetting or o/selection (a GRU: r/reset, z/update)")
    unit = None
    if has_unit:
        unit = _unit_index(unit_text.strip(), units)
        if unit is None:
            raise ValueError(f"clamp {spec!r}: unknown unit {unit_text.strip()!r}; "
                             f"units are {', '.join(units)} (or 0..{len(units) - 1})")
    try:
        value = float(value_text.strip())
    except ValueError:
        raise ValueError(f"clamp {spec!r}: value {value_text.strip()!r} is not a number") from None
    if not 0.0 <= value <= 1.0:         # also refuses nan and ±inf
        raise ValueError(f"clamp {spec!r}: value {value_text.strip()} is outside [0, 1]")
    return gate, unit, value


def _unit_index(text: str, units: list[str]) -> int | None:
    if text in units:
        return units.index(text)
    folded = [u.lower() for u in units]
    if text.lower() in folded:
        return folded.index(text.lower())
    try:
        k = int(text)
    except ValueError:
        return None
    return k if 0 <= k < len(units) else None
