"""The files an export writes, from a :class:`Picture` (something to paint and its size):
PNG at any scale, vector SVG and PDF, and animated GIF (with Pillow).

Vector files are painted at the dots per inch the scene's text was measured at
(:func:`layout_dpi`), so words keep their size against the boxes around them, and
:func:`vector_painting` makes a scene paint every item afresh, as shapes and text,
instead of its cached pixmaps (which would go into the file as bitmaps).
"""
from __future__ import annotations

import io
import math
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QFont, QFontInfo, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from ...controller.documents import DocumentError


#: The prediction bars: the likeliest word orange, the others grey (as the window draws them).
TOP_ORANGE, BAR_GREY = QColor(179, 88, 6), QColor(150, 150, 150)


@dataclass
class Picture:
    """Something to paint, ``width`` × ``height`` in layout pixels, on ``paper``."""
    width: float
    height: float
    paint: Callable[[QPainter], None]
    paper: QColor


def layout_dpi() -> float:
    """The dots per inch the scene's text was measured at: a file painted at any other
    would draw its text larger or smaller than the boxes around it."""
    screen = QGuiApplication.primaryScreen()
    return float(screen.logicalDotsPerInchY()) if screen is not None else 96.0


def raster(picture: Picture, scale: float) -> QImage:
    image = QImage(max(1, math.ceil(picture.width * scale - 1e-6)), max(1, math.ceil(picture.height * scale - 1e-6)),
                   QImage.Format_RGB32)
    dpm = round(layout_dpi() / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    image.fill(picture.paper)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
    painter.scale(scale, scale)
    picture.paint(painter)
    painter.end()
    return image


def png(picture: Picture, scale: float = 2.0) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    if not raster(picture, scale).save(buf, "PNG"):
        raise DocumentError(QCoreApplication.translate("Exports", "could not render the image"))
    return bytes(data)


def svg(picture: Picture, title: str) -> bytes:
    """Vector SVG: shapes as paths and rects, words as <text> in the fonts' real family."""
    from PySide6.QtSvg import QSvgGenerator
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setResolution(round(layout_dpi()))
    gen.setSize(QSize(math.ceil(picture.width), math.ceil(picture.height)))
    gen.setViewBox(QRectF(0, 0, picture.width, picture.height))
    gen.setTitle(title)
    gen.setDescription("LSTM Sim")
    painter = QPainter(gen)
    painter.fillRect(QRectF(0, 0, picture.width, picture.height), picture.paper)
    picture.paint(painter)
    painter.end()
    # Qt writes the family asked for ("Sans Serif"), which a browser or slide program
    # does not know (it falls back to a serif face): name the face the text was set in.
    asked, real = QFont().family(), QFontInfo(QFont()).family()
    return bytes(data).replace(f'font-family="{asked}"'.encode(), f'font-family="{real}, sans-serif"'.encode())


def pdf(pages, title: str, page: QPageLayout | None = None) -> bytes:
    """A PDF of ``pages`` (Pictures); each page the size of its picture unless ``page`` is given."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buf)
    dpi = layout_dpi()
    writer.setResolution(round(dpi))
    writer.setTitle(title)
    writer.setCreator("LSTM Sim")
    painter = None
    for k, picture in enumerate(pages):
        layout = page or QPageLayout(QPageSize(QSizeF(picture.width * 72 / dpi, picture.height * 72 / dpi),
                                               QPageSize.Point, "", QPageSize.ExactMatch),
                                     QPageLayout.Portrait, QMarginsF(0, 0, 0, 0))
        if k == 0:
            writer.setPageLayout(layout)
            painter = QPainter(writer)
        else:
            writer.setPageLayout(layout)
            writer.newPage()
        painter.fillRect(QRectF(0, 0, picture.width, picture.height), picture.paper)
        picture.paint(painter)
    if painter is not None:
        painter.end()
    return bytes(data)


@contextmanager
def vector_painting(scene):
    """Paint ``scene`` for a vector file while inside: every item afresh (a cached item
    would go into the file as a bitmap), strips as rects and numbers."""
    from PySide6.QtWidgets import QGraphicsItem
    items = scene.items()
    modes = [item.cacheMode() for item in items]
    for item in items:
        item.setCacheMode(QGraphicsItem.NoCache)
    before, scene.vector_output = getattr(scene, "vector_output", False), True
    try:
        yield scene
    finally:
        scene.vector_output = before
        for item, mode in zip(items, modes):
            item.setCacheMode(mode)


def scene_svg(scene, rect: QRectF, title: str) -> bytes:
    """Part ``rect`` of a live scene (the window's own) as vector SVG."""
    def paint(painter):
        with vector_painting(scene):
            scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    return svg(Picture(rect.width(), rect.height(), paint, scene.theme.background), title)


def gif(images: list[QImage], durations: list[int]) -> bytes:
    """An animated GIF that loops, one frame per image (all the same size), each shown
    for its duration in ms; one palette for all, so nothing shimmers from frame to frame."""
    from PIL import Image
    frames = [_pil(image) for image in images]
    palette = _shared_palette(frames)
    frames = [im.quantize(palette=palette, dither=Image.Dither.NONE) for im in frames]
    out = io.BytesIO()
    frames[0].save(out, format="GIF", save_all=True, append_images=frames[1:], duration=list(durations),
                   loop=0, optimize=False, disposal=1)
    return out.getvalue()


def _pil(image: QImage):
    """A QImage as a Pillow image (RGB)."""
    from PIL import Image
    rgb = image.convertToFormat(QImage.Format_RGB888)
    return Image.frombuffer("RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()), "raw", "RGB",
                            rgb.bytesPerLine(), 1).copy()


def _shared_palette(images):
    """One 256-colour palette for every frame, from a sample of them: what stays put
    keeps its colour from frame to frame (no shimmer), and the GIF only stores changes."""
    from PIL import Image
    sample = images[:: max(1, len(images) // 8)][:8]
    w = max(im.width for im in sample)
    sheet = Image.new("RGB", (w, sum(im.height for im in sample)), "white")
    y = 0
    for im in sample:
        sheet.paste(im, (0, y))
        y += im.height
    return sheet.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
