"""The model: NumPy and the standard library only (a test enforces it)."""
from .clamps import (CLAMPABLE, any_clamped, clamps_to_json, no_clamps, normalize_clamps,
                     parse_clamp_spec, validate_clamps, with_clamp)
from .bptt import IGNORE, backward, loss_and_grads, loss_from_trace
from .files import ModelFileError, SavedModel, load_model, save_model
from .network import GATES, PATH_NAMES, Network
from .sampling import generate, generate_stream
from .torch_layout import from_torch_state_dict, grads_to_torch, to_torch_state_dict
from .trace import Trace, forward
from .training import Progress, TrainingDiverged, train

__all__ = ["CLAMPABLE", "IGNORE", "GATES", "PATH_NAMES", "ModelFileError", "Network", "Progress",
           "SavedModel", "Trace", "TrainingDiverged", "any_clamped", "backward", "clamps_to_json",
           "forward", "from_torch_state_dict", "generate", "generate_stream", "grads_to_torch", "load_model",
           "loss_and_grads", "loss_from_trace", "no_clamps", "normalize_clamps", "parse_clamp_spec",
           "save_model", "to_torch_state_dict", "train", "validate_clamps", "with_clamp"]
