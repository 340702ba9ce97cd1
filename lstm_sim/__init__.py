"""LSTM Sim: a desktop simulator that makes an LSTM cell visible and touchable."""

__version__ = "0.1.0"
