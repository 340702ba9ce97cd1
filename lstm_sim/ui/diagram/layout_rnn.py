"""The plain recurrent cell in the same style: two inputs, one prediction path, no memory.

    new information · xₜ ▭ ──┐
                              ●──► [prediction · tanh] ──▭ prediction · hₜ ──┐
    previous prediction ▭ ───┘                                               ┆
      ▲┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄ next step ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┘

The lesson's own RNN (``words`` given) feeds back its next-word probabilities instead
of h: its previous-prediction strip has one cell per word, and the loop starts after
the readout, at the probabilities pₜ.
"""
from __future__ import annotations

from PySide6.QtCore import Qt

from .names import BOX_TITLES, DESCRIPTIONS, WIRE_NAMES, wordings
from .parts import PathBox, text_width
from .scene import Builder, DiagramScene, Layout
from .style import LABEL_PT

STAGES = ("inputs", "prediction path", "prediction", "next step")
INPUTS, PATH, OUTPUT, RECYCLE = range(len(STAGES))

BOX_W, BOX_H = 170.0, 66.0
LABEL_GAP = 3.0
LEFT_RUN = 28.0

_ABOVE = Qt.AlignLeft | Qt.AlignBottom


def build_rnn(scene: DiagramScene, units: list[str], inputs: list[str], words: list[str] | None = None,
              input_noun: str = "word", squash: str = "tanh") -> Layout:
    lesson = words is not None
    b = Builder(scene, "lesson-rnn" if lesson else "rnn", len(STAGES))
    back = "p_prev" if lesson else "h_prev"
    xs = b.strip("x", inputs, INPUTS, noun=input_noun)
    hp = b.strip(back, words, INPUTS, noun="word") if lesson else b.strip("h_prev", units, INPUTS)
    hs = b.strip("h", units, OUTPUT)
    ps = b.strip("probs", words, OUTPUT, noun="word") if lesson else None
    sh = hp.height

    left_w = max(max(text_width(t, LABEL_PT) for k in ("x", back) for t in wordings(WIRE_NAMES, k)),
                 xs.width, hp.width)
    x_join = left_w + 34
    bx = x_join + 44 + BOX_W / 2
    hx = bx + BOX_W / 2 + 44 + hs.width / 2
    px = hx + hs.width / 2 + 54 + ps.width / 2 if lesson else hx
    x_rc = (px + ps.width / 2 if lesson else hx + hs.width / 2) + 22
    x_out = x_rc + 34

    y_bus = 0.0
    y_x = y_bus - 22 - xs.height / 2
    y_h = y_bus + 22 + 18 + sh / 2
    y_rec = max(y_h + sh / 2, BOX_H / 2) + 24

    xs.place_left(0, y_x)
    hp.place_left(0, y_h)
    for key, y, h in (("x", y_x, xs.height), (back, y_h, sh)):
        b.layout.captions[key] = b.label(WIRE_NAMES.later(key), 0, y - h / 2 - LABEL_GAP, LABEL_PT, align=_ABOVE,
                tooltip=DESCRIPTIONS.later(key))
    b.wire([(xs.width, y_x), (x_join, y_x), (x_join, y_bus)], INPUTS, arrow=False)
    b.wire([(hp.width, y_h), (x_join, y_h), (x_join, y_bus)], INPUTS, arrow=False)
    b.wire([(x_join, y_bus), (bx - BOX_W / 2, y_bus)], INPUTS, start_dot=True)

    relu = squash == "relu"              # nn.RNN(nonlinearity='relu'): votes are cut at 0, not squashed
    box = PathBox("rnn", BOX_TITLES.later("rnn-relu" if relu else "rnn"), squash, BOX_W, BOX_H,
                  DESCRIPTIONS.later("rnn-relu" if relu else "rnn"))
    b.box(box, bx, y_bus, PATH)

    b.wire([(bx + BOX_W / 2, y_bus), (x_out, y_bus)], OUTPUT)
    hs.place_center(hx, y_bus)
    b.label(WIRE_NAMES.later("h"), hx - hs.width / 2, y_bus - hs.height / 2 - LABEL_GAP, LABEL_PT, align=_ABOVE,
            tooltip=DESCRIPTIONS.later("h"))
    if lesson:                       # the readout's softmax is what goes round the loop
        ps.place_center(px, y_bus)
        b.label(WIRE_NAMES.later("probs"), px - ps.width / 2, y_bus - ps.height / 2 - LABEL_GAP, LABEL_PT,
                align=_ABOVE, tooltip=DESCRIPTIONS.later("probs"))

    b.recycle(x_rc, y_bus, y_rec, y_h, LEFT_RUN, RECYCLE, fed_back="p" if lesson else "h")
    return b.layout
