"""The LSTM cell, laid out the way the lesson draws it, signal flowing left to right.

    memory · cₜ₋₁ ▭──⊗────────⊕─────▭ memory · cₜ ──┬──────────►
                     ▲          ▲                     tanh ▭
                     │        ▭ ⊗ ◄──┐                 ⊗ ──▭ prediction · hₜ ──┐
                     ▭        ▭      ▭                 ▭                       ┆
                 [forgetting] [prediction] [ignoring] [selection]              ┆
    xₜ ▭ ──┐        ▲          ▲          ▲          ▲                          ┆
           ●────────●──────────●──────────●──────────┘                          ┆
    hₜ₋₁ ▭ ┘                                                                   ┆
      ▲┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄ next step ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┘

Every position follows from the strip sizes, so a cell with many units (strips wrap
onto several rows) keeps the same shape, only larger. Each item of the memory line with
forgetting, of selection and of ignoring is marked as such (``reveal.belongs``), so lesson
6 can draw the cell as it builds it up; stand-in wires (``reveal.stands_in``) carry the
signal past a node whose part is not drawn yet.
"""
from __future__ import annotations

from PySide6.QtCore import Qt

from .names import BOX_TITLES, DESCRIPTIONS, WIRE_NAMES, wordings
from .parts import NODE_R, OpNode, PathBox, text_width
from .reveal import belongs, stands_in
from .scene import Builder, DiagramScene, Layout
from .style import CAPTION_PT, LABEL_PT

#: Stages of the flow animation, in computation order.
STAGES = ("inputs", "paths", "forget ⊗", "ignore ⊗", "merge ⊕", "squash", "select ⊗", "outputs")
INPUTS, PATHS, FORGET, IGNORE, MERGE, SQUASH, SELECT, OUTPUTS = range(len(STAGES))

BOX_W, BOX_H = 150.0, 62.0
COL_GAP = 24.0       # between neighbouring path columns
NODE_GAP = 14.0      # between a node and a strip on the same wire
LABEL_GAP = 3.0      # between a strip and the label above it
LEFT_RUN = 22.0      # how far left of the inputs the recycle arrow runs

_ABOVE = Qt.AlignLeft | Qt.AlignBottom
MEMORY, SELECTION, IGNORING = "memory", "selection", "ignoring"
#: The path box (and its strip) that belongs to each part; 'g' is always drawn.
PART_OF_PATH = {"f": MEMORY, "o": SELECTION, "i": IGNORING}


def build_lstm(scene: DiagramScene, units: list[str], inputs: list[str], input_noun: str = "word") -> Layout:
    b = Builder(scene, "lstm", len(STAGES))
    strips = {
        "c_prev": b.strip("c_prev", units, INPUTS),
        "x": b.strip("x", inputs, INPUTS, noun=input_noun),
        "h_prev": b.strip("h_prev", units, INPUTS),
        "f": b.strip("f", units, PATHS),
        "g": b.strip("g", units, PATHS),
        "i": b.strip("i", units, PATHS),
        "o": b.strip("o", units, PATHS),
        "c": b.strip("c", units, MERGE),
        "tanh_c": b.strip("tanh_c", units, SQUASH),
        "h": b.strip("h", units, SELECT),
    }
    sw, sh = strips["c"].width, strips["c"].height
    xs = strips["x"]
    R = NODE_R

    # -- columns (x) --
    left_w = max(max(text_width(t, LABEL_PT) for k in ("c_prev", "x", "h_prev") for t in wordings(WIRE_NAMES, k)),
                 xs.width, sw)
    x_join = left_w + 26
    col_w = max(sw, BOX_W)
    pitch = col_w + COL_GAP
    cf = x_join + 18 + col_w / 2
    cg, ci, co = cf + pitch, cf + 2 * pitch, cf + 3 * pitch
    hx = co + max(sw / 2, R) + 26 + sw / 2
    x_rc = hx + sw / 2 + 16
    x_out = x_rc + 28

    # -- rows (y) --
    y_tanh = 46.0
    y_tc = y_tanh + R + NODE_GAP + sh / 2
    y_sel = y_tc + sh / 2 + NODE_GAP + R
    y_strips = y_sel + R + NODE_GAP + sh / 2
    y_bt = y_strips + sh / 2 + 20
    y_bb = y_bt + BOX_H
    y_bus = y_bb + 30
    y_x = y_bus - 12 - xs.height / 2
    y_h = y_bus + 28 + sh / 2
    y_rec = y_h + sh / 2 + 24

    # -- inputs --
    strips["c_prev"].place_left(0, 0)
    xs.place_left(0, y_x)
    strips["h_prev"].place_left(0, y_h)
    for key, y, h in (("c_prev", 0, sh), ("x", y_x, xs.height), ("h_prev", y_h, sh)):
        label = b.layout.captions[key] = b.label(WIRE_NAMES.later(key), 0, y - h / 2 - LABEL_GAP, LABEL_PT,
                                                 align=_ABOVE, tooltip=DESCRIPTIONS.later(key))
        if key == "c_prev":
            belongs(label, MEMORY)
    belongs(strips["c_prev"], MEMORY)
    b.wire([(xs.width, y_x), (x_join, y_x), (x_join, y_bus)], INPUTS, arrow=False)
    b.wire([(sw, y_h), (x_join, y_h), (x_join, y_bus)], INPUTS, arrow=False)
    # The bus: the prediction path's stretch always, on to ignoring and selection with them.
    b.wire([(x_join, y_bus), (cg, y_bus)], INPUTS, start_dot=True, arrow=False)
    belongs(b.wire([(cg, y_bus), (ci, y_bus)], INPUTS, arrow=False), IGNORING, SELECTION)
    belongs(b.wire([(ci, y_bus), (co, y_bus), (co, y_bb)], INPUTS), SELECTION)
    for key, c in (("f", cf), ("g", cg), ("i", ci)):
        drop = b.wire([(c, y_bus), (c, y_bb)], INPUTS, start_dot=True)
        if key in PART_OF_PATH:
            belongs(drop, PART_OF_PATH[key])

    # -- the four paths --
    for key, c in (("f", cf), ("g", cg), ("i", ci), ("o", co)):
        box = PathBox(key, BOX_TITLES.later(key), "tanh" if key == "g" else "sigma", BOX_W, BOX_H,
                      DESCRIPTIONS.later(key))
        b.box(box, c, y_bt + BOX_H / 2, PATHS)
        strips[key].place_center(c, y_strips)
        if key in PART_OF_PATH:
            belongs(box, PART_OF_PATH[key])
            belongs(strips[key], PART_OF_PATH[key])
    belongs(b.wire([(cf, y_bt), (cf, R)], PATHS), MEMORY)
    b.wire([(cg, y_bt), (cg, y_sel + R)], PATHS)
    belongs(b.wire([(ci, y_bt), (ci, y_sel), (cg + R, y_sel)], PATHS), IGNORING)
    belongs(b.wire([(co, y_bt), (co, y_sel + R)], PATHS), SELECTION)

    # -- memory line: forget ⊗, then ⊕ with what the ignore ⊗ lets in --
    belongs(b.wire([(sw, 0), (cf - R, 0)], FORGET), MEMORY)
    belongs(b.node(OpNode("mul", "forget_mul", DESCRIPTIONS.later("forget_mul")), cf, 0, FORGET), MEMORY)
    belongs(b.wire([(cf + R, 0), (cg - R, 0)], FORGET), MEMORY)
    belongs(b.node(OpNode("mul", "ignore_mul", DESCRIPTIONS.later("ignore_mul")), cg, y_sel, IGNORE), IGNORING)
    stands_in(b.wire([(cg, y_sel + R), (cg, y_sel - R)], IGNORE, arrow=False), IGNORING)
    b.wire([(cg, y_sel - R), (cg, R)], IGNORE)
    belongs(b.node(OpNode("add", "merge_add", DESCRIPTIONS.later("merge_add")), cg, 0, MERGE), MEMORY)
    stands_in(b.wire([(cg, R), (cg, 0), (cg + R, 0)], MERGE, arrow=False), MEMORY)
    b.wire([(cg + R, 0), (co, 0)], MERGE, arrow=False)
    strips["c"].place_center((cg + co) / 2, 0)
    belongs(strips["c"], MEMORY)
    belongs(b.label(WIRE_NAMES.later("c"), (cg + co - sw) / 2, -sh / 2 - LABEL_GAP, LABEL_PT, align=_ABOVE,
                    tooltip=DESCRIPTIONS.later("c")), MEMORY)

    # -- squash the memory, select what becomes the prediction --
    b.wire([(co, 0), (co, y_tanh - R)], SQUASH)
    belongs(b.node(OpNode("tanh", "squash", DESCRIPTIONS.later("squash")), co, y_tanh, SQUASH), SELECTION)
    stands_in(b.wire([(co, y_tanh - R), (co, y_tanh + R)], SQUASH, arrow=False), SELECTION)
    b.wire([(co, y_tanh + R), (co, y_sel - R)], SQUASH)
    strips["tanh_c"].place_center(co, y_tc)
    belongs(strips["tanh_c"], SELECTION)
    belongs(b.label(WIRE_NAMES.later("tanh_c"), co - sw / 2 - 10, y_tc, CAPTION_PT, muted=True,
                    align=Qt.AlignRight | Qt.AlignVCenter, tooltip=DESCRIPTIONS.later("tanh_c")), SELECTION)
    belongs(b.node(OpNode("mul", "select_mul", DESCRIPTIONS.later("select_mul")), co, y_sel, SELECT), SELECTION)
    stands_in(b.wire([(co, y_sel - R), (co, y_sel), (co + R, y_sel)], SELECT, arrow=False), SELECTION)
    b.wire([(co + R, y_sel), (x_out, y_sel)], SELECT)
    strips["h"].place_center(hx, y_sel)
    b.label(WIRE_NAMES.later("h"), hx - sw / 2, y_sel - sh / 2 - LABEL_GAP, LABEL_PT, align=_ABOVE,
            tooltip=DESCRIPTIONS.later("h"))

    # -- outputs: memory goes on, the prediction comes back round as hₜ₋₁ --
    belongs(b.wire([(co, 0), (x_out, 0)], OUTPUTS, start_dot=True, tooltip=DESCRIPTIONS.later("memory_out")), MEMORY)
    b.recycle(x_rc, y_sel, y_rec, y_h, LEFT_RUN, OUTPUTS)
    return b.layout
