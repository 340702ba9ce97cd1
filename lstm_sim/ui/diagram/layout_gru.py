"""PyTorch's GRU in the lesson's notation: the old prediction runs along the top, the
update gate is the valve between it and the new prediction.

    prediction · hₜ₋₁ ▭──●──────⊗(keep)──────────────⊕──────▭ prediction · hₜ ──┐
                         │        ▲                   ▲                          ┆
                         │        │ ──── 1 − z ──────►⊗(new)                     ┆
                         │      ▭ z            ▭ r    ▭ n                        ┆
                         │   [update z]   [reset r] ─⊗─►[new prediction n]       ┆
    xₜ ▭ ────────────────●────────●────────────●────────────●                    ┆
      ▲┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄ next step ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┘

hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ n,  n = tanh(W x + b + r ⊙ (Uₙ hₜ₋₁ + b_hn)). The layout mirrors the
LSTM's: the update gate stands where forgetting does (its ⊗ on the top line), the new
prediction where the prediction path does.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from .names import BOX_TITLES, DESCRIPTIONS, WIRE_NAMES, wordings
from .parts import NODE_R, OpNode, PathBox, text_width
from .scene import Builder, DiagramScene, Layout
from .style import CAPTION_PT, LABEL_PT

STAGES = ("inputs", "gates", "reset ⊗", "new prediction", "update ⊗", "mix ⊕", "outputs")
INPUTS, GATES, RESET, NEW, UPDATE, MIX, OUTPUTS = range(len(STAGES))

BOX_W, BOX_H = 150.0, 62.0
COL_GAP = 64.0       # wide enough for the reset ⊗ between the reset and new columns
NODE_GAP = 14.0
LABEL_GAP = 3.0
LEFT_RUN = 22.0
_ABOVE = Qt.AlignLeft | Qt.AlignBottom


def _one_minus_z() -> str:
    return QCoreApplication.translate("diagram", "1 − z")


def build_gru(scene: DiagramScene, units: list[str], inputs: list[str], input_noun: str = "word") -> Layout:
    b = Builder(scene, "gru", len(STAGES))
    strips = {
        "h_prev": b.strip("h_prev", units, INPUTS),
        "x": b.strip("x", inputs, INPUTS, noun=input_noun),
        "z": b.strip("z", units, GATES),
        "r": b.strip("r", units, GATES),
        "n": b.strip("n", units, NEW),
        "h": b.strip("h", units, MIX),
    }
    sw, sh = strips["h"].width, strips["h"].height
    xs = strips["x"]
    R = NODE_R

    # -- columns: update, reset, new (as forgetting, ignoring, prediction in the LSTM) --
    left_w = max(max(text_width(t, LABEL_PT) for k in ("h_prev", "x") for t in wordings(WIRE_NAMES, k)),
                 xs.width, sw)
    x_join = left_w + 26
    col_w = max(sw, BOX_W)
    pitch = col_w + COL_GAP
    cz = x_join + 18 + col_w / 2
    cr, cn = cz + pitch, cz + 2 * pitch
    x_reset = (cr + cn) / 2                      # the reset ⊗, between its gate and the new votes
    hx = cn + col_w / 2 + 36 + sw / 2
    x_rc = hx + sw / 2 + 16
    x_out = x_rc + 28

    # -- rows --
    y_new = 34.0 + sh / 2                        # the (1 − z) ⊗ under the ⊕
    y_strips = y_new + R + NODE_GAP + sh / 2 + 10
    y_bt = y_strips + sh / 2 + 20
    y_mid = y_bt + BOX_H / 2
    y_bb = y_bt + BOX_H
    y_bus = y_bb + 30
    y_x = y_bus + 22 + xs.height / 2
    y_rec = y_x + xs.height / 2 + 24

    # -- inputs: the old prediction on the top line, the new information below --
    strips["h_prev"].place_left(0, 0)
    xs.place_left(0, y_x)
    for key, y, h in (("h_prev", 0, sh), ("x", y_x, xs.height)):
        b.layout.captions[key] = b.label(WIRE_NAMES.later(key), 0, y - h / 2 - LABEL_GAP, LABEL_PT,
                                         align=_ABOVE, tooltip=DESCRIPTIONS.later(key))
    b.wire([(sw, 0), (x_join, 0)], INPUTS, arrow=False)
    b.wire([(x_join, 0), (x_join, y_bus)], INPUTS, start_dot=True, arrow=False)
    b.wire([(xs.width, y_x), (x_join, y_x), (x_join, y_bus)], INPUTS, arrow=False)
    b.wire([(x_join, y_bus), (cn, y_bus)], INPUTS, start_dot=True, arrow=False)
    for c in (cz, cr, cn):
        b.wire([(c, y_bus), (c, y_bb)], INPUTS, start_dot=True)

    # -- the gates and the new votes --
    for key, c, squash in (("z", cz, "sigma"), ("r", cr, "sigma"), ("n", cn, "tanh")):
        b.box(PathBox(key, BOX_TITLES.later(key), squash, BOX_W, BOX_H, DESCRIPTIONS.later(key)), c, y_mid,
              NEW if key == "n" else GATES)
    strips["z"].place_center(cz, y_strips)
    strips["r"].place_center(cr, y_strips)
    strips["n"].place_center(cn, y_strips)
    b.wire([(cz, y_bt), (cz, R)], GATES)                         # z up to the keep ⊗
    b.wire([(cz, y_new), (cn - R, y_new)], UPDATE, start_dot=True,  # 1 − z over to the new ⊗
           tooltip=DESCRIPTIONS.later("new_mul"))
    b.label(_one_minus_z, (cz + cr) / 2, y_new - 4, CAPTION_PT, muted=True, italic=True,
            align=Qt.AlignHCenter | Qt.AlignBottom)
    # reset: r scales the old prediction's votes on their way into the new prediction
    b.wire([(cr, y_bt), (cr, y_strips - sh / 2 - 6), (x_reset, y_strips - sh / 2 - 6), (x_reset, y_mid - R)],
           RESET)
    b.node(OpNode("mul", "reset_mul", DESCRIPTIONS.later("reset_mul")), x_reset, y_mid, RESET)
    b.wire([(x_reset + R, y_mid), (cn - BOX_W / 2, y_mid)], RESET)
    b.wire([(cn, y_bt), (cn, y_new + R)], NEW)                   # n up to the new ⊗

    # -- the top line: keep z of the old, add (1 − z) of the new --
    b.wire([(x_join, 0), (cz - R, 0)], UPDATE)
    b.node(OpNode("mul", "keep_mul", DESCRIPTIONS.later("keep_mul")), cz, 0, UPDATE)
    b.node(OpNode("mul", "new_mul", DESCRIPTIONS.later("new_mul")), cn, y_new, UPDATE)
    b.wire([(cz + R, 0), (cn - R, 0)], MIX)
    b.wire([(cn, y_new - R), (cn, R)], MIX)
    b.node(OpNode("add", "mix_add", DESCRIPTIONS.later("mix_add")), cn, 0, MIX)
    b.wire([(cn + R, 0), (x_out, 0)], MIX)
    strips["h"].place_center(hx, 0)
    b.label(WIRE_NAMES.later("h"), hx - sw / 2, -sh / 2 - LABEL_GAP, LABEL_PT, align=_ABOVE,
            tooltip=DESCRIPTIONS.later("gru_h"))

    # -- the prediction comes back round as hₜ₋₁ --
    b.recycle(x_rc, 0, y_rec, 0, LEFT_RUN, OUTPUTS)
    return b.layout
