"""Guard against a Qt binding that leaks references to None (PySide6 6.12.0 on Python 3.11).

Such a binding crashes the app after some thousands of paint calls; this test fails
at once instead of letting the suite or the app die later.
"""
import sys

from PySide6.QtGui import QColor, QImage, QPainter


def test_void_qt_calls_keep_none_alive(qtbot):
    image = QImage(8, 8, QImage.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(1000):
        painter.setPen(QColor(10, 20, 30))
    after = sys.getrefcount(None)
    painter.end()
    assert after > before - 500, "this PySide6 build loses a reference to None per call"
