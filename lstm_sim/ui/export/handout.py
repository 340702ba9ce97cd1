"""One handout page (A4 landscape) for one step: the whole cell, the next-word bars and
the lesson text that covers the step, painted as vector shapes and text (see
``exports.Stage.handout``, which makes a PDF of a page per step).

The lesson text has the room it needs up to half the page; a longer text is set in a
smaller type (down to ``MIN_PT``) before anything is cut, and the cell takes the rest.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPageLayout, QPageSize, QPainter, QTextDocument

from ..diagram.style import LIGHT, font

PAGE_MARGIN = 40.0          # layout pixels (≈ 1 cm at 96 dpi)
GAP = 16.0
BARS_W = 270.0              # the next-word column
TOP_WORDS = 6
TEXT_PT, MIN_PT = 10.0, 6.5
MAX_TEXT_SHARE = 0.4        # of the page's height below the header
AROUND = 40                 # a long text: the words either side of the step's


def page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Landscape, QMarginsF(0, 0, 0, 0))


def page_picture(stage, step: int, layout: QPageLayout, lessons: list[tuple[str, list[str]]]):
    """The page for ``step`` (the stage shows it already)."""
    from .pictures import Picture, layout_dpi
    size = layout.fullRectPixels(round(layout_dpi())).size()
    W, H = float(size.width()), float(size.height())
    th = LIGHT
    inner = W - 2 * PAGE_MARGIN
    cell = stage.cell_rect()
    title_f, sentence_f, small_f = font(15, bold=True), font(11), font(8)
    header = _header(stage, step, inner, sentence_f)
    header_h = QFontMetricsF(title_f).lineSpacing() + header.size().height() + GAP / 2
    footer_h = QFontMetricsF(small_f).lineSpacing()
    body_h = H - 2 * PAGE_MARGIN - header_h - footer_h - GAP
    text_w = inner - BARS_W - GAP
    text = _lesson_document(lessons, text_w, body_h * MAX_TEXT_SHARE) if lessons else None
    bars_h = _bars_height(min(TOP_WORDS, len(stage.words)))
    band_h = max(bars_h, text.size().height() if text is not None else 0.0)
    cell_h = body_h - band_h - GAP
    scale = min(inner / cell.width(), cell_h / cell.height())

    def paint(p: QPainter) -> None:
        y = PAGE_MARGIN
        fm = QFontMetricsF(title_f)
        p.setFont(title_f)
        p.setPen(th.text)
        where = QCoreApplication.translate("Exports", "step {0} of {1}").format(step + 1, stage.steps)
        p.drawText(QPointF(PAGE_MARGIN, y + fm.ascent()),
                   fm.elidedText(stage.title, Qt.ElideRight, inner - fm.horizontalAdvance(where) - GAP))
        p.drawText(QPointF(W - PAGE_MARGIN - fm.horizontalAdvance(where), y + fm.ascent()), where)
        y += fm.lineSpacing()
        p.save()
        p.translate(PAGE_MARGIN, y)
        header.drawContents(p)
        p.restore()
        y += header.size().height() + GAP / 2
        # the whole cell, centred across the page
        w, h = cell.width() * scale, cell.height() * scale
        p.fillRect(QRectF(PAGE_MARGIN + (inner - w) / 2, y, w, h), th.background)
        stage.scene.render(p, QRectF(PAGE_MARGIN + (inner - w) / 2, y, w, h), cell)
        y += h + GAP
        top = stage.top(step, TOP_WORDS)
        _paint_bars(p, QRectF(PAGE_MARGIN, y, BARS_W, band_h), [t for n, t in enumerate(top) if n == 0 or t[1] >= 0.005])
        if text is not None:
            p.save()
            p.translate(PAGE_MARGIN + BARS_W + GAP, y)
            text.drawContents(p)
            p.restore()
        fm = QFontMetricsF(small_f)
        p.setFont(small_f)
        p.setPen(th.muted)
        foot = QCoreApplication.translate("Exports", "LSTM Sim · after Brandon Rohrer's lesson “How recurrent neural networks and LSTM work”")
        p.drawText(QPointF(PAGE_MARGIN, H - PAGE_MARGIN + fm.ascent() - footer_h), foot)
        page = QCoreApplication.translate("Exports", "page {0} of {1}").format(step + 1, stage.steps)
        p.drawText(QPointF(W - PAGE_MARGIN - fm.horizontalAdvance(page), H - PAGE_MARGIN + fm.ascent() - footer_h), page)
    return Picture(W, H, paint, th.card_fill)


def _header(stage, step: int, width: float, base) -> QTextDocument:
    """The sentence with this step's word marked, the step's formula, any clamps."""
    words = "".join(html.escape(glue) + (f"<b style='color:#b35806'>[{html.escape(w)}]</b>" if mine else html.escape(w))
                    for glue, w, mine in stage.sentence_parts(step, AROUND))
    clamped = stage.clamp_summary()
    lines = [words, f"<span style='color:{LIGHT.muted.name()}'>{_spaced(stage.step_formula())}"
             + (f"&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(clamped)}" if clamped else "") + "</span>"]
    return _document("<br>".join(lines), width, base)


def _lesson_document(lessons, width: float, most: float) -> QTextDocument:
    """The lessons' words for this step (see ``exports.lesson_texts``), in the largest
    type that fits ``most`` pixels."""
    body = "".join(f"<p style='margin-top:0px; margin-bottom:3px'><b>{html.escape(head)}</b></p>"
                   + "".join(f"<p style='margin-top:0px; margin-bottom:5px'><i>{html.escape(title)}.</i> "
                             + " ".join(html.escape(p) for p in paragraphs) + "</p>" for title, paragraphs in steps)
                   for head, steps in lessons)
    size = TEXT_PT
    doc = _document(body, width, font(size))
    while doc.size().height() > most and size > MIN_PT:
        size -= 0.5
        doc = _document(body, width, font(size))
    return doc


def _document(body: str, width: float, base) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(base)
    doc.setDefaultStyleSheet(f"body {{ color: {LIGHT.text.name()}; }}")
    doc.setHtml(f"<body>{body}</body>")
    doc.setTextWidth(width)
    return doc


def _bars_height(n: int) -> float:
    fm = QFontMetricsF(font(10))
    return QFontMetricsF(font(11, bold=True)).lineSpacing() + 4 + n * fm.lineSpacing() * 1.45


def _paint_bars(p: QPainter, rect: QRectF, top: list[tuple[str, float]]) -> None:
    """The likeliest next words as bars, the top one orange (as in the window)."""
    from .pictures import BAR_GREY, TOP_ORANGE
    head_f, row_f = font(11, bold=True), font(10)
    fm, rm = QFontMetricsF(head_f), QFontMetricsF(row_f)
    p.setFont(head_f)
    p.setPen(LIGHT.text)
    p.drawText(QPointF(rect.left(), rect.top() + fm.ascent()), QCoreApplication.translate("Exports", "next word"))
    y = rect.top() + fm.lineSpacing() + 4
    label_w = min(rect.width() * 0.38, max((rm.horizontalAdvance(w) for w, _ in top), default=0) + 8)
    pct_w = rm.horizontalAdvance("100%") + 6
    bar_w = rect.width() - label_w - pct_w
    row_h = rm.lineSpacing() * 1.45
    best = top[0][1] if top else 0.0
    p.setFont(row_f)
    for word, prob in top:
        p.setPen(LIGHT.text)
        p.drawText(QRectF(rect.left(), y, label_w - 6, row_h), Qt.AlignRight | Qt.AlignVCenter,
                   rm.elidedText(word, Qt.ElideRight, label_w - 6))
        tied = best - prob <= min(0.005, 0.02 * best)
        p.fillRect(QRectF(rect.left() + label_w, y + row_h * 0.18, max(bar_w * prob, 0.5), row_h * 0.64),
                   TOP_ORANGE if tied else BAR_GREY)
        p.drawText(QRectF(rect.left() + label_w + bar_w * prob + 4, y, pct_w, row_h), Qt.AlignLeft | Qt.AlignVCenter,
                   f"{prob:.0%}")
        y += row_h


def _spaced(text: str) -> str:
    """``text`` as HTML, its wide spaces kept (HTML would fold them into one)."""
    return html.escape(text).replace("\u2003", "&nbsp;&nbsp;")
