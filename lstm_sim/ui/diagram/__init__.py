"""The cell diagram: the LSTM or plain RNN cell in the lesson's notation.

``strip.py`` draws one vector as coloured cells, ``parts.py`` the boxes, nodes, wires and
labels, ``layout_lstm.py`` / ``layout_rnn.py`` place them, ``view.py`` is the widget.
"""
from .view import CellDiagram

__all__ = ["CellDiagram"]
