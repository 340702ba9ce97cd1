"""The weight editor: tables of one path's weight blocks that a learner can type into,
drag to scrub, nudge with keys, and clamp gates from.

It knows no session: it shows what it is given and emits what the learner intends.
"""
from .block_model import WeightBlockModel
from .block_view import WeightBlockView, WeightDelegate, new_merge_id
from .editor import READOUT, RNN_PATH, WeightEditor
from .validation import MAX_ABS_WEIGHT, WeightInputError, parse_weight

__all__ = ["MAX_ABS_WEIGHT", "READOUT", "RNN_PATH", "WeightBlockModel", "WeightBlockView",
           "WeightDelegate", "WeightEditor", "WeightInputError", "new_merge_id", "parse_weight"]
