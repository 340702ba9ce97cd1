"""LSTM Sim: a desktop simulator that makes an LSTM cell visible and touchable."""
import os

# One BLAS thread unless the user set otherwise (read when numpy loads, so before any
# import of it here). The app's products are small — one step's at a time — and BLAS's
# own threads spinning against the window, a training thread and each other on a
# two-core machine made a keystroke in a big model three times slower, not faster.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

__version__ = "0.1.0"
