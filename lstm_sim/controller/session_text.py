"""The session's text: which text a network opens on, how tokens are labelled, and what
the session says about a word it does not know. Functions of a vocabulary, so the
Session's intents stay about undo steps and signals."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..scenarios import Preset, Token, UnknownWordError


def opening_text(preset: Preset, text: str | None, other_spelling: bool, as_written: bool = False) -> str:
    """The text a session on ``preset`` opens on: ``text`` or the preset's own, in the
    session's spelling unless ``as_written`` (a saved file's text stays as it was
    written), or the vocabulary's first word if that cannot be traced."""
    text = preset.text if text is None else text
    try:
        usable = bool(preset.vocab.tokens(text))
    except UnknownWordError:
        usable = False
    text = text if usable else preset.vocab.words[0]
    return text if as_written and usable else preset.vocab.respell(text, other_spelling)


def check_tokens(vocab, text: str, last: tuple[str, list[Token]]) -> list[Token]:
    """The tokens of ``text`` (the words it shares with ``last`` are split once); raises
    UnknownWordError or ValueError with a short message."""
    tokens = vocab.tokens(text, last)
    if not tokens:
        raise ValueError(QCoreApplication.translate("Session", "Type at least one word."))
    return tokens


def token_labels(vocab, tokens: list[Token], shown: list[str]) -> list[str]:
    """The tokens as chips show them (``shown``: their names, e.g. in another language):
    a character model's spaces made visible, an unknown word as typed → <unk>."""
    return [vocab.label(t, name if vocab.tokenizer != "chars" else t.text)
            for t, name in zip(tokens, shown)]


def other_names(vocab) -> dict[str, str]:
    """The vocabulary's other spelling of each word, if it has one (Doug → 道格)."""
    names: dict[str, str] = {}
    for alias, word in vocab.aliases.items():
        names.setdefault(word, alias)
    return names


def unknown_word_message(words: list[str], word: str) -> str:
    """What to say about ``word``, not among ``words``: the nearest known ones, if any."""
    import difflib                         # only for a misspelt word: the window starts sooner
    close = difflib.get_close_matches(word.lower(), [w.lower() for w in words], n=3, cutoff=0.5)
    by_lower = {w.lower(): w for w in words}
    if close:
        return QCoreApplication.translate("Session", 'Unknown word "{0}"; nearest known words: {1}').format(
            word, ", ".join(by_lower[c] for c in close))
    return QCoreApplication.translate("Session", 'Unknown word "{0}"; it is not in this network\'s {1}-word vocabulary').format(
        word, len(words))
