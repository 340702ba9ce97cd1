"""View-ready data made from the session and the view state: display names, the About
text, the window title, weight blocks with their notes, the new-information caption and
the memory cells' notes. Plain functions of what they are given, no widget touched.

Their words keep the translation context the main window gave them ("MainWindow"), so
the existing translations still apply.
"""
from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QCoreApplication

from ..scenarios.vocabulary import VISIBLE
from .session import path_params

#: Two votes cancel when both are at least this large and their sum is at most
#: CANCEL_LEFT of the larger one.
CANCEL_MIN, CANCEL_LEFT = 0.25, 0.35


def display_names(session, other_names: bool, words: list[str]) -> list[str]:
    """Labels for words and units: a character model's spaces made visible, else the
    vocabulary's other spelling when ``other_names`` is asked for."""
    if session.vocab.tokenizer == "chars":
        return ["".join(VISIBLE.get(ch, ch) for ch in w) for w in words]
    if not other_names:
        return list(words)
    names = session.other_names()
    return [names.get(w, w) for w in words]


def path_blocks(session, texts, path: str) -> list:
    """The session's weight blocks for ``path``, their notes from ``texts`` (the open
    preset's, in the UI's language)."""
    notes, gate = texts.notes, path_params(path)[1]
    return [(param, notes.get((param, gate), note), values) for param, note, values in session.path_blocks(path)]


def vocabulary_line(words: list[str], shown: int = 80) -> str:
    """The words, or the first ``shown`` of a large vocabulary and how many there are."""
    if len(words) <= shown:
        return ", ".join(words)
    return ", ".join(words[:shown]) + " " + QCoreApplication.translate("MainWindow", "… ({0:,} words in all)").format(len(words))


def about_html(texts, words: list[str]) -> str:
    """The About pane: the open network's texts in the current language."""
    esc = html.escape
    summary = texts.summary or QCoreApplication.translate("MainWindow", "A model opened from a file.")
    return (f"<h3>{esc(texts.title)}</h3><p>{esc(summary)}</p>"
            + "".join(f"<p>{esc(line)}</p>" for line in texts.about)
            + "<p><b>" + esc(QCoreApplication.translate("MainWindow", "Vocabulary:")) + "</b> " + esc(vocabulary_line(words)) + "</p>"
            + "<p><i>" + esc(QCoreApplication.translate("MainWindow", "Click a path box in the diagram to edit its weights; "
                                 "right-click a gate to clamp it.")) + "</i></p>")


def window_title(title: str, file_path: str) -> str:
    where = f" — {file_path}" if file_path else ""
    return f"{title}{where}[*] — LSTM Sim"


def input_caption(session, step: int, tokens: list[str] | None) -> str | None:
    """What the new-information wire carries when it is not simply the word: the
    word's embedding, or the layer below's prediction."""
    if session.layer > 0:
        return QCoreApplication.translate("MainWindow", "new information · xₜ: layer {0}'s h").format(session.layer)
    if session.has_embedding and 0 <= step < len(tokens or ()):
        return QCoreApplication.translate("MainWindow", "new information · xₜ: “{0}” embedded").format(tokens[step])
    return None


def cell_noun(session) -> str:
    """What one input of the cell on show is: a unit of the layer below, a value of the
    embedding, or a word."""
    return "unit" if session.layer > 0 else "value" if session.has_embedding else "word"


def _signed(value: float) -> str:
    """A vote with its sign, the minus a real minus sign: "+0.99", "−0.99"."""
    return f"{value:+.2f}".replace("-", "−")


def memory_notes(contributions: np.ndarray, start: np.ndarray, tokens: list[str]) -> list[str]:
    """One line per memory unit for its tooltip: where its value came from. Votes that
    cancel are named together, the later one cancelling the earlier (the lesson's
    "+0.99 from step 6 “saw” cancels −0.99 from step 5 “Doug”")."""
    def source(k: int) -> str:
        return (QCoreApplication.translate("MainWindow", "the initial memory") if k < 0 else
                QCoreApplication.translate("MainWindow", "step {0} “{1}”").format(k + 1, tokens[k] if k < len(tokens) else "?"))

    terms = np.vstack([np.asarray(start)[None, :], np.asarray(contributions)])    # row 0: c₀
    notes = []
    for unit in range(terms.shape[1]):
        column = terms[:, unit]
        strongest = int(np.argmax(np.abs(column)))          # the largest term, whatever its sign
        k, v = strongest - 1, float(column[strongest])
        other = int(np.argmin(column) if v > 0 else np.argmax(column))
        w = float(column[other])
        if min(abs(v), abs(w)) >= CANCEL_MIN and v * w < 0 and abs(v + w) <= CANCEL_LEFT * abs(v):
            (late, lv), (early, ev) = sorted(((k + 1, v), (other, w)), reverse=True)
            notes.append(QCoreApplication.translate("MainWindow", "{0} from {1} cancels {2} from {3}").format(
                _signed(lv), source(late - 1), _signed(ev), source(early - 1)))
        elif k < 0:
            notes.append(QCoreApplication.translate("MainWindow", "mostly from the initial memory ({0:+.2f})").format(v))
        else:
            notes.append(QCoreApplication.translate("MainWindow", "mostly from step {0} “{1}” ({2:+.2f})").format(k + 1, tokens[k], v))
    return notes


def sampled_landing(token_count: int, words: int) -> int:
    """Where to land after ``words`` were sampled onto the text: the first sampled word."""
    return token_count - words
