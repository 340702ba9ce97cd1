"""``python -m lstm_sim.cli``: the same as ``lstm-sim``."""
import sys

from . import main

sys.exit(main())
