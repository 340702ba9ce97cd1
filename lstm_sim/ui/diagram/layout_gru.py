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

from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, Qt

from .names import BOX_TITLES, DESCRIPTIONS, WIRE_NAMES
from .parts import NODE_R, OpNode, PathBox
from .scene import Builder, DiagramScene, Layout, left_column_width
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
    grid = _gru_grid(strips)
    _draw_inputs(b, strips, grid)
    _draw_gates(b, strips, grid)
    _draw_top_line(b, strips, grid)
    _draw_outputs(b, strips, grid)
    return b.layout


def _gru_grid(strips: dict) -> SimpleNamespace:
    """Where everything goes: the column x's and row y's (and the strip sizes they follow)."""
    sw, sh = strips["h"].width, strips["h"].height
    xs = strips["x"]
    R = NODE_R
    # -- columns: update, reset, new (as forgetting, ignoring, prediction in the LSTM) --
    left_w = left_column_width(("h_prev", "x"), xs.width, sw)
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

    return SimpleNamespace(sw=sw, sh=sh, xs=xs, R=R, left_w=left_w, x_join=x_join, col_w=col_w, pitch=pitch,
                           cz=cz, cr=cr, cn=cn, x_reset=x_reset, hx=hx, x_rc=x_rc, x_out=x_out, y_new=y_new,
                           y_strips=y_strips, y_bt=y_bt, y_mid=y_mid, y_bb=y_bb, y_bus=y_bus, y_x=y_x,
                           y_rec=y_rec)


def _draw_inputs(b: Builder, strips: dict, grid: SimpleNamespace) -> None:
    """Inputs: the old prediction on the top line, the new information below."""
    strips["h_prev"].place_left(0, 0)
    grid.xs.place_left(0, grid.y_x)
    for key, y, h in (("h_prev", 0, grid.sh), ("x", grid.y_x, grid.xs.height)):
        b.layout.captions[key] = b.label(WIRE_NAMES.later(key), 0, y - h / 2 - LABEL_GAP, LABEL_PT,
                                         align=_ABOVE, tooltip=DESCRIPTIONS.later(key))
    b.wire([(grid.sw, 0), (grid.x_join, 0)], INPUTS, arrow=False)
    b.wire([(grid.x_join, 0), (grid.x_join, grid.y_bus)], INPUTS, start_dot=True, arrow=False)
    b.wire([(grid.xs.width, grid.y_x), (grid.x_join, grid.y_x), (grid.x_join, grid.y_bus)], INPUTS, arrow=False)
    b.wire([(grid.x_join, grid.y_bus), (grid.cn, grid.y_bus)], INPUTS, start_dot=True, arrow=False)
    for c in (grid.cz, grid.cr, grid.cn):
        b.wire([(c, grid.y_bus), (c, grid.y_bb)], INPUTS, start_dot=True)


def _draw_gates(b: Builder, strips: dict, grid: SimpleNamespace) -> None:
    """The gates and the new votes."""
    for key, c, squash in (("z", grid.cz, "sigma"), ("r", grid.cr, "sigma"), ("n", grid.cn, "tanh")):
        b.box(PathBox(key, BOX_TITLES.later(key), squash, BOX_W, BOX_H, DESCRIPTIONS.later(key)), c, grid.y_mid,
              NEW if key == "n" else GATES)
    strips["z"].place_center(grid.cz, grid.y_strips)
    strips["r"].place_center(grid.cr, grid.y_strips)
    strips["n"].place_center(grid.cn, grid.y_strips)
    b.wire([(grid.cz, grid.y_bt), (grid.cz, grid.R)], GATES)                         # z up to the keep ⊗
    b.wire([(grid.cz, grid.y_new), (grid.cn - grid.R, grid.y_new)], UPDATE, start_dot=True,  # 1 − z over to the new ⊗
           tooltip=DESCRIPTIONS.later("new_mul"))
    b.label(_one_minus_z, (grid.cz + grid.cr) / 2, grid.y_new - 4, CAPTION_PT, muted=True, italic=True,
            align=Qt.AlignHCenter | Qt.AlignBottom)
    # reset: r scales the old prediction's votes on their way into the new prediction
    b.wire([(grid.cr, grid.y_bt), (grid.cr, grid.y_strips - grid.sh / 2 - 6), (grid.x_reset, grid.y_strips - grid.sh / 2 - 6), (grid.x_reset, grid.y_mid - grid.R)],
           RESET)
    b.node(OpNode("mul", "reset_mul", DESCRIPTIONS.later("reset_mul")), grid.x_reset, grid.y_mid, RESET)
    b.wire([(grid.x_reset + grid.R, grid.y_mid), (grid.cn - BOX_W / 2, grid.y_mid)], RESET)
    b.wire([(grid.cn, grid.y_bt), (grid.cn, grid.y_new + grid.R)], NEW)                   # n up to the new ⊗


def _draw_top_line(b: Builder, strips: dict, grid: SimpleNamespace) -> None:
    """The top line: keep z of the old, add (1 − z) of the new."""
    b.wire([(grid.x_join, 0), (grid.cz - grid.R, 0)], UPDATE)
    b.node(OpNode("mul", "keep_mul", DESCRIPTIONS.later("keep_mul")), grid.cz, 0, UPDATE)
    b.node(OpNode("mul", "new_mul", DESCRIPTIONS.later("new_mul")), grid.cn, grid.y_new, UPDATE)
    b.wire([(grid.cz + grid.R, 0), (grid.cn - grid.R, 0)], MIX)
    b.wire([(grid.cn, grid.y_new - grid.R), (grid.cn, grid.R)], MIX)
    b.node(OpNode("add", "mix_add", DESCRIPTIONS.later("mix_add")), grid.cn, 0, MIX)
    b.wire([(grid.cn + grid.R, 0), (grid.x_out, 0)], MIX)
    strips["h"].place_center(grid.hx, 0)
    b.label(WIRE_NAMES.later("h"), grid.hx - grid.sw / 2, -grid.sh / 2 - LABEL_GAP, LABEL_PT, align=_ABOVE,
            tooltip=DESCRIPTIONS.later("gru_h"))


def _draw_outputs(b: Builder, strips: dict, grid: SimpleNamespace) -> None:
    """The prediction comes back round as hₜ₋₁."""
    b.recycle(grid.x_rc, 0, grid.y_rec, 0, LEFT_RUN, OUTPUTS)
