"""The lesson's vocabularies, corpora and hand-set presets."""
from .corpora import (BOOK_VOCAB, DINNER_VOCAB, book_text, dinner_log, is_grammatical,
                      sentences, training_pairs)
from .presets import PRESET_NAMES, Preset, load_preset
from .vocabulary import Token, UnknownWordError, Vocabulary

__all__ = ["BOOK_VOCAB", "DINNER_VOCAB", "PRESET_NAMES", "Preset", "Token", "UnknownWordError",
           "Vocabulary", "book_text", "dinner_log", "is_grammatical", "load_preset",
           "sentences", "training_pairs"]
