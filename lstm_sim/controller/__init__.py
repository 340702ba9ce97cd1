"""Session state and user intents: between the views and the NumPy model, no widgets."""
from .session import Session

__all__ = ["Session"]
