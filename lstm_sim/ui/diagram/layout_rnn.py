"""The plain recurrent cell in the same style: two inputs, one prediction path, no memory.

    new information · xₜ ▭ ──┐
                              ●──► [prediction · tanh] ──▭ prediction · hₜ ──┐
    previous prediction ▭ ───┘                                               ┆
      ▲┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄ next step ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┘
"""
from __future__ import annotations

from PySide6.QtCore import Qt

from .names import BOX_TITLES, DESCRIPTIONS, WIRE_NAMES
from .parts import PathBox, text_width
from .scene import Builder, DiagramScene, Layout
from .style import LABEL_PT

STAGES = ("inputs", "prediction path", "prediction", "next step")
INPUTS, PATH, OUTPUT, RECYCLE = range(len(STAGES))

BOX_W, BOX_H = 170.0, 66.0
LABEL_GAP = 3.0
LEFT_RUN = 28.0

_ABOVE = Qt.AlignLeft | Qt.AlignBottom


def build_rnn(scene: DiagramScene, units: list[str], inputs: list[str]) -> Layout:
    b = Builder(scene, "rnn", len(STAGES))
    xs = b.strip("x", inputs, INPUTS, noun="word")
    hp = b.strip("h_prev", units, INPUTS)
    hs = b.strip("h", units, OUTPUT)
    sw, sh = hs.width, hs.height

    left_w = max(max(text_width(WIRE_NAMES[k], LABEL_PT) for k in ("x", "h_prev")), xs.width, sw)
    x_join = left_w + 34
    bx = x_join + 44 + BOX_W / 2
    hx = bx + BOX_W / 2 + 44 + sw / 2
    x_rc = hx + sw / 2 + 22
    x_out = x_rc + 34

    y_bus = 0.0
    y_x = y_bus - 22 - xs.height / 2
    y_h = y_bus + 22 + 18 + sh / 2
    y_rec = max(y_h + sh / 2, BOX_H / 2) + 24

    xs.place_left(0, y_x)
    hp.place_left(0, y_h)
    for key, y, h in (("x", y_x, xs.height), ("h_prev", y_h, sh)):
        b.label(WIRE_NAMES[key], 0, y - h / 2 - LABEL_GAP, LABEL_PT, align=_ABOVE,
                tooltip=DESCRIPTIONS[key])
    b.wire([(xs.width, y_x), (x_join, y_x), (x_join, y_bus)], INPUTS, arrow=False)
    b.wire([(sw, y_h), (x_join, y_h), (x_join, y_bus)], INPUTS, arrow=False)
    b.wire([(x_join, y_bus), (bx - BOX_W / 2, y_bus)], INPUTS, start_dot=True)

    box = PathBox("rnn", BOX_TITLES["rnn"], "tanh", BOX_W, BOX_H, DESCRIPTIONS["rnn"])
    b.box(box, bx, y_bus, PATH)

    b.wire([(bx + BOX_W / 2, y_bus), (x_out, y_bus)], OUTPUT)
    hs.place_center(hx, y_bus)
    b.label(WIRE_NAMES["h"], hx - sw / 2, y_bus - sh / 2 - LABEL_GAP, LABEL_PT, align=_ABOVE,
            tooltip=DESCRIPTIONS["h"])

    b.recycle(x_rc, y_bus, y_rec, y_h, LEFT_RUN, RECYCLE)
    return b.layout
