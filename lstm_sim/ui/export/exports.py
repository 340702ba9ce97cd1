"""Exports a teacher pastes into slides: the whole cell as PNG, SVG or PDF, the heatmaps
as PNG, a replay as an animated GIF, a handout PDF with a page per step, and the trace.

File ▸ Export and ``lstm-sim export`` run the same code. An :class:`ExportState` says
what to show (network, text, step, clamps, layer, theme); a :class:`Stage` builds the
views it needs offscreen from it (its own session, cell diagram and heatmaps, never a
window's), so an export is the whole scene: no scrollbar, zoom label or status bar,
nothing cut off. That makes this the controller module that draws; it imports the views
inside :class:`Stage` only, and no view imports it.

The stage paints every item afresh (no cached pixmaps) and its strips as rects and
numbers (``DiagramScene.vector_output``), so SVG and PDF files (``pictures``) hold real
shapes and words that stay sharp on a slide; ``handout`` lays out a handout page. Text
is in the language installed when the stage is built (``i18n.install_language``).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from ...scenarios import Preset
from ...controller.documents import export_csv, export_json, write_atomically
from ..diagram.kinds import drawing_of
from .pictures import BAR_GREY, TOP_ORANGE, Picture, gif, pdf, png, raster, scene_svg, svg, vector_painting  # noqa: F401  (scene_svg, vector_painting: for the window)
from ...controller.session import Session
from ...controller.view_data import display_names, input_caption

#: Paper around the cell, in scene units (pixels at zoom 1).
MARGIN = 16.0
#: What each export writes, by file suffix.
FORMATS = {"diagram": (".png", ".svg", ".pdf"), "heatmaps": (".png",), "replay": (".gif",),
           "handout": (".pdf",), "trace": (".csv", ".json")}
#: A replay shows each step this long (ms), each sub-step this long, and holds its last frame.
STEP_MS, SUBSTEP_MS, HOLD_MS = 1600, 1100, 3000
#: More frames or pages than this is a film, not a slide: the export says so instead.
MAX_FRAMES = 400

class ExportError(Exception):
    """An export that cannot be made as asked (a wrong suffix, too many frames): the
    message says why, for the user."""


class Cancelled(Exception):
    """The user stopped a long export (its ``progress`` callback returned False)."""


@dataclass(frozen=True)
class ExportState:
    """What an export shows; a snapshot, so a session that changes meanwhile cannot
    change a file half written."""
    preset: Preset                  # as opened: title, units, vocabulary, name (lessons match it)
    net: object                     # the weights shown (a model Network)
    text: str
    step: int = 0                   # 0-based
    clamps: object = None           # as ``forward`` takes them: a dict, a list per layer, or None
    layer: int = 0                  # of a stacked net: the layer the diagram shows
    dark: bool = False
    other_names: bool = False       # label the book's words in their other spelling (道格 …)
    substep: int | None = None      # stepping inside the cell: the stage the diagram shows


def state_of(session: Session, **view) -> ExportState:
    """The session as it is now (``view``: dark, other_names, substep as the window shows them)."""
    return ExportState(session.original, session.network(), session.text, session.step,
                       session.all_clamps(), session.layer, **view)


def check_path(kind: str, path: str) -> str:
    """The suffix of ``path`` if a ``kind`` export writes it, else ExportError."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS[kind]:
        *others, last = FORMATS[kind]
        either = QCoreApplication.translate("Exports", "{0} or {1}").format(", ".join(others), last) if others else last
        raise ExportError(QCoreApplication.translate("Exports", "{0}: give a {1} file").format(path, either))
    return suffix


def export(kind: str, state: ExportState, path: str, scale: float | None = None, substeps: bool = False,
           progress: Callable[[int, int], bool] | None = None) -> None:
    """Write one export: ``kind`` is diagram, heatmaps, replay, handout or trace; the
    format follows the suffix of ``path``. ``scale`` enlarges raster output (PNG: 2,
    GIF: 1 by default); ``substeps`` makes a replay frame per sub-step; ``progress(done,
    total)`` is told how far a replay or handout is and stops it by returning False."""
    suffix = check_path(kind, path)
    if kind == "trace":
        write_trace(state, path)
        return
    with Stage(state if kind != "handout" else replace(state, dark=False)) as stage:   # a handout is paper
        if kind == "diagram":
            picture = stage.cell_picture(stage.caption(state.step, state.substep) if state.substep is not None else None)
            data = (png(picture, 2.0 if scale is None else scale) if suffix == ".png" else
                    svg(picture, stage.title) if suffix == ".svg" else pdf([picture], stage.title))
        elif kind == "heatmaps":
            data = png(stage.heatmaps_picture(), 2.0 if scale is None else scale)
        elif kind == "replay":
            data = stage.replay(substeps, 1.0 if scale is None else scale, progress)
        else:
            data = stage.handout(progress)
    write_atomically(path, data)


def write_trace(state: ExportState, path: str) -> None:
    """The trace as CSV (``documents.trace_table``'s tidy layout) or as JSON."""
    session = Session()
    try:
        session.open(replace(state.preset, net=state.net, clamps=state.clamps or {}), text=state.text, step=state.step)
        (export_json if path.lower().endswith(".json") else export_csv)(session, path)
    finally:
        session.deleteLater()


# -- the offscreen views ------------------------------------------------------------------------
class Stage:
    """The views an export paints, built offscreen from an :class:`ExportState` and fed
    the way the window feeds its own. Use as a context manager: the views go when it ends."""

    def __init__(self, state: ExportState):
        from ..diagram import CellDiagram
        from ..i18n import current_language
        self.state = state
        self.language = current_language()
        s = self.session = Session()
        s.open(replace(state.preset, net=state.net, clamps=state.clamps or {}), text=state.text, step=state.step)
        if state.layer:
            s.set_layer(state.layer)
        self.title = state.preset.texts(self.language).title
        self.tokens = s.token_labels(self.names(s.token_texts))
        self.words = self.names(s.words)
        self.diagram = d = CellDiagram()
        d.set_dark(state.dark)
        noun = "unit" if s.layer > 0 else "value" if s.has_embedding else "word"
        d.set_cell(s.kind, self.names(s.units), self.names(s.input_names()), noun, squash=s.nonlinearity)
        d.set_clamps(s.clamps())
        self.scene = d.scene()
        self.scene.vector_output = True        # offscreen: always painted afresh, as shapes
        from PySide6.QtWidgets import QGraphicsItem
        for item in self.scene.items():
            item.setCacheMode(QGraphicsItem.NoCache)
        self._heatmaps = None
        self.show(s.step, state.substep)

    def __enter__(self) -> "Stage":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        import shiboken6
        for obj in (self._heatmaps, self.diagram, self.session):
            if obj is not None and shiboken6.isValid(obj):
                if hasattr(obj, "close"):
                    obj.close()
                shiboken6.delete(obj)
        self._heatmaps = None

    def names(self, words: list[str]) -> list[str]:
        """Labels as the window gives them: a character model's spaces made visible, the
        book's other spelling when asked for."""
        return display_names(self.session, self.state.other_names, words)

    @property
    def steps(self) -> int:
        return len(self.tokens)

    def show(self, step: int, substep: int | None = None) -> None:
        """Show step ``step`` (0-based), inside the cell up to stage ``substep`` if given."""
        s, d = self.session, self.diagram
        s.set_step(step)
        d.show_step(s.step_values(step))
        d.set_substep(substep)
        d.set_input_caption(self._input_caption(step))

    def _input_caption(self, step: int) -> str | None:
        return input_caption(self.session, step, self.tokens)      # the window's words for it

    # -- the cell ----------------------------------------------------------------------------
    def cell_rect(self) -> QRectF:
        """Every item of the scene, with a margin: the whole cell."""
        return self.scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def cell_picture(self, caption: list | None = None, rect: QRectF | None = None) -> Picture:
        """The whole cell (``rect``: a fixed area, for frames that must share a size),
        under ``caption`` lines if given."""
        rect = QRectF(rect or self.cell_rect())
        theme = self.scene.theme
        lines = [(text, _caption_font(size, bold)) for text, size, bold in caption or ()]
        top = sum(QFontMetricsF(f).lineSpacing() for _, f in lines) + (MARGIN if lines else 0.0)

        def paint(painter: QPainter) -> None:
            y = MARGIN
            for k, (text, f) in enumerate(lines):
                fm = QFontMetricsF(f)
                painter.setFont(f)
                painter.setPen(theme.text if k == 0 else theme.muted)
                painter.drawText(QPointF(MARGIN, y + fm.ascent()),
                                 fm.elidedText(text, Qt.ElideRight, rect.width() - 2 * MARGIN))
                y += fm.lineSpacing()
            self.scene.render(painter, QRectF(0, top, rect.width(), rect.height()), rect)
        return Picture(rect.width(), rect.height() + top, paint, theme.background)

    def caption(self, step: int, substep: int | None = None) -> list[tuple[str, float, bool]]:
        """Frame captions: the step and its word, the sentence, the formula, the next word."""
        head = QCoreApplication.translate("Exports", "{0} — step {1} of {2}: “{3}”").format(self.title, step + 1, self.steps, self.tokens[step])
        formula = self.diagram.formula.text() if substep is not None else self.step_formula()
        clamped = self.clamp_summary()
        return [(head, 12.0, True), (self.sentence(step), 10.0, False),
                (formula + (f"\u2003\u2003{clamped}" if clamped else ""), 10.0, False),
                (QCoreApplication.translate("Exports", "next word: {0}").format(self.top_words(step, 3)), 10.0, False)]

    def step_formula(self) -> str:
        s = self.session
        return drawing_of(s.spec, s.nonlinearity).formula

    def sentence_parts(self, step: int, around: int | None = None) -> list[tuple[str, str, bool]]:
        """(space before, word, is this step's) for the text's words, or for the
        ``around`` words either side of ``step`` with '…' where the text goes on."""
        chars = self.session.vocab.tokenizer == "chars"
        lo, hi = (0, self.steps) if around is None else (max(0, step - around), min(self.steps, step + around + 1))
        parts = [("", "…", False)] if lo else []
        for t in range(lo, hi):
            word = self.tokens[t]
            glue = "" if chars or not parts or (word in ".,!?;:" and word != self.session.vocab.blank) else " "
            parts.append((glue, word, t == step))
        return parts + ([(" ", "…", False)] if hi < self.steps else [])

    def sentence(self, step: int, around: int = 12) -> str:
        """The text with the word of ``step`` in brackets (a long text: the words near it)."""
        return "".join(glue + (f"[{w}]" if mine else w) for glue, w, mine in self.sentence_parts(step, around))

    def top(self, step: int, k: int) -> list[tuple[str, float]]:
        probs = np.asarray(self.session.trace["probs"][step], dtype=float)
        order = np.argsort(-probs, kind="stable")[:k]
        return [(self.words[i], float(probs[i])) for i in order]

    def top_words(self, step: int, k: int) -> str:
        """The likeliest next words with their chances (those under 1 % left out)."""
        top = self.top(step, k)
        return " · ".join(f"{w} {p:.0%}" for n, (w, p) in enumerate(top) if n == 0 or p >= 0.005)

    def clamp_summary(self) -> str:
        """``forgetting · f: every unit = 1`` for the clamps held ('' when none)."""
        from ..diagram.names import WIRE_NAMES
        parts = []
        units = self.names(self.session.units)
        for gate, values in self.session.clamps().items():
            held = [(units[k], float(v)) for k, v in enumerate(values) if not np.isnan(v)]
            if not held:
                continue
            if len(held) == len(units) and len({v for _, v in held}) == 1:
                parts.append(QCoreApplication.translate("Exports", "{0}: every unit = {1:g}").format(WIRE_NAMES[gate], held[0][1]))
            else:
                parts.append(f"{WIRE_NAMES[gate]}: " + ", ".join(f"{u} = {v:g}" for u, v in held))
        return QCoreApplication.translate("Exports", "clamped: {0}").format("; ".join(parts)) if parts else ""

    # -- heatmaps --------------------------------------------------------------------------------
    def heatmaps_picture(self) -> Picture:
        """Only the heatmaps (no readout line under them), sized so every unit's row and
        the words under the columns have room."""
        from PySide6.QtWidgets import QApplication
        from ..heatmaps import HeatmapPane
        s = self.session
        pane = self._heatmaps = HeatmapPane()
        pane.set_dark(self.state.dark)
        pane.set_cell(s.kind, self.names(s.units))
        pane.set_trace(s.trace, self.tokens)
        pane.set_clamps(s.clamps())
        pane.set_step(s.step)
        grid = pane.graphics.ci.layout                  # the heatmaps' rows, each ending in a colour bar
        rows, cols = max(1, grid.rowCount()), max(1, grid.columnCount() - 1)
        width = min(max(360, 26 * self.steps + 120), 1400) * cols + 120
        height = rows * (max(220, 18 * len(s.units) + 90))
        pane.resize(int(width), int(height) + pane.readout.sizeHint().height() + 8)
        pane.grab()          # never shown: rendering it once lays it out at that size
        QApplication.processEvents()
        graphics = pane.graphics
        area = QRectF(graphics.viewport().rect())
        paper = graphics.backgroundBrush().color()

        def paint(painter: QPainter) -> None:
            painter.setRenderHint(QPainter.SmoothPixmapTransform, False)     # one flat colour per cell
            graphics.scene().render(painter, QRectF(0, 0, area.width(), area.height()), graphics.mapToScene(
                graphics.viewport().rect()).boundingRect())
        return Picture(area.width(), area.height(), paint, paper)

    # -- the replay -----------------------------------------------------------------------------
    def frames(self, substeps: bool) -> list[tuple[int, int | None]]:
        count = self.diagram.substep_count() if substeps else 0
        return [(t, k) for t in range(self.steps) for k in (range(count) if substeps else (None,))]

    def replay(self, substeps: bool = False, scale: float = 1.0, progress=None) -> bytes:
        """An animated GIF: one frame per step (per sub-step with ``substeps``), each with
        its word, the sentence, the formula and the next word; it loops."""
        frames = self.frames(substeps)
        _check_count(len(frames), QCoreApplication.translate("Exports", "frames"))
        rect = QRectF()
        for t in range(self.steps):          # one size for every frame: the largest cell
            self.show(t)
            rect = rect.united(self.cell_rect())
        images = []
        for n, (t, k) in enumerate(frames):
            self.show(t, k)
            images.append(raster(self.cell_picture(self.caption(t, k), rect), scale))
            if progress is not None and progress(n + 1, len(frames)) is False:
                raise Cancelled()
        self.show(self.state.step, self.state.substep)
        durations = [SUBSTEP_MS if substeps else STEP_MS] * len(images)
        durations[-1] = HOLD_MS
        return gif(images, durations)

    # -- the handout ---------------------------------------------------------------------------
    def handout(self, progress=None) -> bytes:
        """A PDF, A4 landscape, a page per step: the whole cell, the next-word bars and the
        lesson text that covers the step (see :func:`lesson_texts`)."""
        from .handout import page_layout, page_picture
        _check_count(self.steps, QCoreApplication.translate("Exports", "pages"))
        layout = page_layout()

        def pages():
            for t in range(self.steps):
                self.show(t)
                yield page_picture(self, t, layout, lesson_texts(self.state.preset, self.session.token_texts, t))
                if progress is not None and progress(t + 1, self.steps) is False:
                    raise Cancelled()
        data = pdf(pages(), self.title, layout)
        self.show(self.state.step, self.state.substep)
        return data


def lesson_texts(preset: Preset, tokens: list[str], step: int) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """What the lessons say about ``step`` of this text on this preset's network: per
    lesson, its heading and the (title, paragraphs) of each of its steps that shows just
    that (same preset, step and text), in the current language and the lessons' order."""
    from ...scenarios import PRESET_NAMES, UnknownWordError
    from ...scenarios.lessons import LESSONS
    if preset.name not in PRESET_NAMES:
        return []
    out = []
    for lesson in LESSONS:
        steps = []
        for item in lesson.steps:
            if item.preset != preset.name or item.step != step:
                continue
            try:
                theirs = [t.text for t in preset.vocab.tokens(item.text if item.text is not None else preset.text)]
            except UnknownWordError:
                continue
            if theirs == list(tokens):
                steps.append((QCoreApplication.translate("lessons", item.title), [QCoreApplication.translate("lessons", p) for p in item.paragraphs]))
        if steps:
            out.append((QCoreApplication.translate("Exports", "Lesson {0} · {1}").format(lesson.number, QCoreApplication.translate("lessons", lesson.title)), steps))
    return out


def _check_count(n: int, what: str) -> None:
    if n > MAX_FRAMES:
        raise ExportError(QCoreApplication.translate("Exports", "{0:,} {1} is too many (at most {2:,}): "
                                                     "shorten the text").format(n, what, MAX_FRAMES))


def _caption_font(size: float, bold: bool) -> QFont:
    from ..diagram.style import font
    return font(size, bold=bold)


__all__ = ["Cancelled", "ExportError", "ExportState", "FORMATS", "Picture", "Stage", "check_path", "export",
           "lesson_texts", "pdf", "png", "scene_svg", "state_of", "svg", "vector_painting", "write_trace"]
