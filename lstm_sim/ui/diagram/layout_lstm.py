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

from types import SimpleNamespace

from PySide6.QtCore import Qt

from .names import BOX_TITLES, DESCRIPTIONS, WIRE_NAMES
from .parts import NODE_R, OpNode, PathBox
from .reveal import belongs, stands_in
from .scene import Builder, DiagramScene, Layout, left_column_width
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
    grid = _lstm_grid(strips)
    _draw_inputs(b, strips, grid)
    _draw_paths(b, strips, grid)
    _draw_memory(b, strips, grid)
    _draw_selection(b, strips, grid)
    _draw_outputs(b, strips, grid)
    return b.layout


def _lstm_grid(strips: dict) -> SimpleNamespace:
    """Where everything goes: the column x's and row y's (and the strip sizes they follow)."""
    sw, sh = strips["c"].width, strips["c"].height
    xs = strips["x"]
    R = NODE_R
    # -- columns (x) --
    left_w = left_column_width(("c_prev", "x", "h_prev"), xs.width, sw)
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

    return SimpleNamespace(sw=sw, sh=sh, xs=xs, R=R, left_w=left_w, x_join=x_join, col_w=col_w, pitch=pitch,
                           cf=cf, cg=cg, ci=ci, co=co, hx=hx, x_rc=x_rc, x_out=x_out, y_tanh=y_tanh,
                           y_tc=y_tc, y_sel=y_sel, y_strips=y_strips, y_bt=y_bt, y_bb=y_bb, y_bus=y_bus,
                           y_x=y_x, y_h=y_h, y_rec=y_rec)


def _draw_inputs(b: Builder, strips: dict, grid: SimpleNamespace) -> None:
    """Inputs."""
    strips["c_prev"].place_left(0, 0)
    grid.xs.place_left(0, grid.y_x)
    strips["h_prev"].place_left(0, grid.y_h)
    for key, y, h in (("c_prev", 0, grid.sh), ("x", grid.y_x, grid.xs.height), ("h_prev", grid.y_h, grid.sh)):
        label = b.layout.captions[key] = b.label(WIRE_NAMES.later(key), 0, y - h / 2 - LABEL_GAP, LABEL_PT,
                                                 align=_ABOVE, tooltip=DESCRIPTIONS.later(key))
        if key == "c_prev":
            belongs(label, MEMORY)
    belongs(strips["c_prev"], MEMORY)
    b.wire([(grid.xs.width, grid.y_x), (grid.x_join, grid.y_x), (grid.x_join, grid.y_bus)], INPUTS, arrow=False)
    b.wire([(grid.sw, grid.y_h), (grid.x_join, grid.y_h), (grid.x_join, grid.y_bus)], INPUTS, arrow=False)
    # The bus: the prediction path's stretch always, on to ignoring and selection with them.
    b.wire([(grid.x_join, grid.y_bus), (grid.cg, grid.y_bus)], INPUTS, start_dot=True, arrow=False)
    belongs(b.wire([(grid.cg, grid.y_bus), (grid.ci, grid.y_bus)], INPUTS, arrow=False), IGNORING, SELECTION)
    belongs(b.wire([(grid.ci, grid.y_bus), (grid.co, grid.y_bus), (grid.co, grid.y_bb)], INPUTS), SELECTION)
    for key, c in (("f", grid.cf), ("g", grid.cg), ("i", grid.ci)):
        drop = b.wire([(c, grid.y_bus), (c, grid.y_bb)], INPUTS, start_dot=True)
        if key in PART_OF_PATH:
            belongs(drop, PART_OF_PATH[key])


def _draw_paths(b: Builder, strips: dict, grid: SimpleNamespace) -> None:
    """The four paths."""
    for key, c in (("f", grid.cf), ("g", grid.cg), ("i", grid.ci), ("o", grid.co)):
        box = PathBox(key, BOX_TITLES.later(key), "tanh" if key == "g" else "sigma", BOX_W, BOX_H,
                      DESCRIPTIONS.later(key))
        b.box(box, c, grid.y_bt + BOX_H / 2, PATHS)
        strips[key].place_center(c, grid.y_strips)
        if key in PART_OF_PATH:
            belongs(box, PART_OF_PATH[key])
            belongs(strips[key], PART_OF_PATH[key])
    belongs(b.wire([(grid.cf, grid.y_bt), (grid.cf, grid.R)], PATHS), MEMORY)
    b.wire([(grid.cg, grid.y_bt), (grid.cg, grid.y_sel + grid.R)], PATHS)
    belongs(b.wire([(grid.ci, grid.y_bt), (grid.ci, grid.y_sel), (grid.cg + grid.R, grid.y_sel)], PATHS), IGNORING)
    belongs(b.wire([(grid.co, grid.y_bt), (grid.co, grid.y_sel + grid.R)], PATHS), SELECTION)


def _draw_memory(b: Builder, strips: dict, grid: SimpleNamespace) -> None:
    """Memory line: forget ⊗, then ⊕ with what the ignore ⊗ lets in."""
    belongs(b.wire([(grid.sw, 0), (grid.cf - grid.R, 0)], FORGET), MEMORY)
    belongs(b.node(OpNode("mul", "forget_mul", DESCRIPTIONS.later("forget_mul")), grid.cf, 0, FORGET), MEMORY)
    belongs(b.wire([(grid.cf + grid.R, 0), (grid.cg - grid.R, 0)], FORGET), MEMORY)
    belongs(b.node(OpNode("mul", "ignore_mul", DESCRIPTIONS.later("ignore_mul")), grid.cg, grid.y_sel, IGNORE), IGNORING)
    stands_in(b.wire([(grid.cg, grid.y_sel + grid.R), (grid.cg, grid.y_sel - grid.R)], IGNORE, arrow=False), IGNORING)
    b.wire([(grid.cg, grid.y_sel - grid.R), (grid.cg, grid.R)], IGNORE)
    belongs(b.node(OpNode("add", "merge_add", DESCRIPTIONS.later("merge_add")), grid.cg, 0, MERGE), MEMORY)
    stands_in(b.wire([(grid.cg, grid.R), (grid.cg, 0), (grid.cg + grid.R, 0)], MERGE, arrow=False), MEMORY)
    b.wire([(grid.cg + grid.R, 0), (grid.co, 0)], MERGE, arrow=False)
    strips["c"].place_center((grid.cg + grid.co) / 2, 0)
    belongs(strips["c"], MEMORY)
    belongs(b.label(WIRE_NAMES.later("c"), (grid.cg + grid.co - grid.sw) / 2, -grid.sh / 2 - LABEL_GAP, LABEL_PT, align=_ABOVE,
                    tooltip=DESCRIPTIONS.later("c")), MEMORY)


def _draw_selection(b: Builder, strips: dict, grid: SimpleNamespace) -> None:
    """Squash the memory, select what becomes the prediction."""
    b.wire([(grid.co, 0), (grid.co, grid.y_tanh - grid.R)], SQUASH)
    belongs(b.node(OpNode("tanh", "squash", DESCRIPTIONS.later("squash")), grid.co, grid.y_tanh, SQUASH), SELECTION)
    stands_in(b.wire([(grid.co, grid.y_tanh - grid.R), (grid.co, grid.y_tanh + grid.R)], SQUASH, arrow=False), SELECTION)
    b.wire([(grid.co, grid.y_tanh + grid.R), (grid.co, grid.y_sel - grid.R)], SQUASH)
    strips["tanh_c"].place_center(grid.co, grid.y_tc)
    belongs(strips["tanh_c"], SELECTION)
    belongs(b.label(WIRE_NAMES.later("tanh_c"), grid.co - grid.sw / 2 - 10, grid.y_tc, CAPTION_PT, muted=True,
                    align=Qt.AlignRight | Qt.AlignVCenter, tooltip=DESCRIPTIONS.later("tanh_c")), SELECTION)
    belongs(b.node(OpNode("mul", "select_mul", DESCRIPTIONS.later("select_mul")), grid.co, grid.y_sel, SELECT), SELECTION)
    stands_in(b.wire([(grid.co, grid.y_sel - grid.R), (grid.co, grid.y_sel), (grid.co + grid.R, grid.y_sel)], SELECT, arrow=False), SELECTION)
    b.wire([(grid.co + grid.R, grid.y_sel), (grid.x_out, grid.y_sel)], SELECT)
    strips["h"].place_center(grid.hx, grid.y_sel)
    b.label(WIRE_NAMES.later("h"), grid.hx - grid.sw / 2, grid.y_sel - grid.sh / 2 - LABEL_GAP, LABEL_PT, align=_ABOVE,
            tooltip=DESCRIPTIONS.later("h"))


def _draw_outputs(b: Builder, strips: dict, grid: SimpleNamespace) -> None:
    """Outputs: memory goes on, the prediction comes back round as hₜ₋₁."""
    belongs(b.wire([(grid.co, 0), (grid.x_out, 0)], OUTPUTS, start_dot=True, tooltip=DESCRIPTIONS.later("memory_out")), MEMORY)
    b.recycle(grid.x_rc, grid.y_sel, grid.y_rec, grid.y_h, LEFT_RUN, OUTPUTS)
