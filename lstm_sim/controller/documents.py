"""Opening and saving sessions, and exporting what they show: controller work, no widgets.

A session file is a model file (same validated ``.npz`` family) whose metadata also
holds the text, the current step, the clamps, the title and the block notes. Every
write goes through ``QSaveFile``: a crash or a full disk mid-save leaves the old file
as it was. Every failure raises :class:`DocumentError` with a message for the user;
the session is never changed by a failed open or save.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSaveFile

from ..model import ModelFileError, load_model
from ..model.export import trace_to_json
from ..model.files import model_bytes
from ..model.parts import NO_EMBEDDING  # noqa: F401  (the answer "the inputs are one-hot", for the window)
from ..scenarios.presets import from_saved, preset_metadata
from .session import Session


class DocumentError(Exception):
    """Opening, saving or exporting failed; the message says why, for the user.
    ``cause`` is the model file's error when there is one: its ``code``, ``field``,
    ``part`` and ``choices`` say what the user could supply to open the file after all,
    and ``message`` is then its coded message (``controller.messages.describe`` words it)."""

    def __init__(self, message: str, cause: ModelFileError | None = None):
        super().__init__(message)
        self.message, self.cause = message, cause

    def __str__(self) -> str:
        return self.message


def read_session(path: str, vocab: list[str] | None = None, tokenizer: str | None = None,
                 parts: dict | None = None, nonlinearity: str | None = None):
    """The preset-like contents of a session or model file (validated), or DocumentError.
    ``vocab`` and ``tokenizer`` serve a file that has no vocabulary; ``parts`` name the
    modules where two readings fit; ``nonlinearity`` a plain RNN's squashing where the
    file does not say (see ``load_model``)."""
    return read_model(path, vocab, tokenizer, parts, nonlinearity)[0]


def read_model(path: str, vocab=None, tokenizer=None, parts=None, nonlinearity=None):
    """``(preset, notes)``: as :func:`read_session`, with the sentences saying how a file
    from elsewhere was read (the checkpoint entry used, what was set aside…)."""
    try:
        saved = load_model(path, vocab=vocab, parts=parts or None, tokenizer=tokenizer,
                           nonlinearity=nonlinearity)
        return from_saved(saved, path), saved.notes
    except ModelFileError as exc:
        raise DocumentError(exc.message, exc) from None


def open_file(session: Session, path: str, **how) -> list[str]:
    """Open a session or model file in ``session`` (``how``: see :func:`read_session`);
    on any problem the session is untouched. Returns how the file was read (notes)."""
    preset, notes = read_model(path, **how)
    session.open(preset, as_written=True)      # its text as it was written (not respelled)
    # Save writes our session format: only to a file that already is one. A model from
    # elsewhere (safetensors, torch, a plain state dict) is never overwritten: Save asks
    # where to save instead.
    session.set_file_path(path if is_session_file(path) else "")
    return notes


def is_session_file(path: str) -> bool:
    """Whether ``path`` is one of our own .npz files (it has our format version)."""
    import zipfile
    try:
        with zipfile.ZipFile(path) as zf:
            return "format_version.npy" in zf.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def write_atomically(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` so that it is either all there or the old file stays."""
    out = QSaveFile(path)
    if not out.open(QSaveFile.WriteOnly):
        raise DocumentError(QCoreApplication.translate("Documents", "Cannot save to {0}: {1}").format(path, out.errorString()))
    written = out.write(data)
    if written != len(data):
        out.cancelWriting()
        raise DocumentError(QCoreApplication.translate("Documents", "Cannot save to {0}: {1}").format(path, out.errorString() or QCoreApplication.translate("Documents", "disk full?")))
    if not out.commit():
        raise DocumentError(QCoreApplication.translate("Documents", "Cannot save to {0}: {1}").format(path, out.errorString()))


def session_bytes(session: Session) -> bytes:
    meta = preset_metadata(session.original, session.text, session.step, session.all_clamps())
    return model_bytes(session.network(), session.words, meta)


def save_file(session: Session, path: str) -> None:
    """Save the session (atomically); on success it is clean and remembers the path."""
    write_atomically(path, session_bytes(session))
    session.undo_stack.setClean()
    session.set_file_path(path)


#: The columns every row of the trace CSV starts with (``layer`` only for a stacked net).
FIXED_COLUMNS = ("step", "token", "layer", "value")
#: Trace keys whose numbers are one per word of the vocabulary (the rest: one per unit,
#: except ``x``, which is one per input: words, embedding values or the layer below's units).
WORD_KEYS = ("p_prev", "logits", "probs")


def trace_table(trace, tokens: list[str], units: list[str], words: list[str],
                input_names: list[str] | None = None, chars: bool = False) -> tuple[list[str], list[list]]:
    """The trace as one tidy table: ``(header, rows)``, ready for :func:`csv_bytes`.

    Layout (wide, one header row, no comment lines, so ``pandas.read_csv(path)`` and any
    spreadsheet read it as it is): the columns ``step`` (1-based), ``token``, ``layer``
    (1 = the layer that reads the input; only for a stacked net), ``value`` (the trace
    key: ``x``, ``h_prev``, ``c_prev``, ``z_i`` …, ``i``, ``f``, ``g``, ``o``, ``c``,
    ``tanh_c``, ``h``, then the net's ``logits`` and ``probs``), then one column per
    unit or word, named by the unit or the word. A row fills the columns of its own
    axis (units, words, or the inputs: one-hot words or an embedding's ``e0``, ``e1``…)
    and leaves the others empty. Where the units and the words have the same names in
    the same order (the lesson's nets, whose units stand for the words) they share one
    set of columns; a name that would clash with another axis's column or a fixed column
    gets its axis in brackets (``the (word)``). A character model's space, newline and
    tab are written as ␣ ↵ ⇥. One row per step and value: long texts make long tables,
    never wide ones. Numbers are written in full precision (``repr``), so they read back
    exactly."""
    from ..scenarios.vocabulary import VISIBLE

    def shown(name: str) -> str:
        return "".join(VISIBLE.get(ch, ch) for ch in name) if chars else name
    layers = trace.layers
    stacked = len(layers) > 1
    inputs = list(words if input_names is None else input_names)
    axes = {"unit": [shown(u) for u in units], "word": [shown(w) for w in words],
            "input": [shown(n) for n in inputs]}
    header = ["step", "token"] + (["layer"] if stacked else []) + ["value"]
    where = _axis_columns(header, axes)
    if stacked:                              # above the first layer, x is the layer below's h
        where["below"] = where["unit"]

    def axis_of(key: str, k: int) -> str:
        if key in WORD_KEYS:
            return "word"
        if key == "x":
            return "input" if k == 0 else "below"
        return "unit"
    values = [(k + 1, key, layer[key], where[axis_of(key, k)]) for k, layer in enumerate(layers)
              for key in layer.keys if key not in ("logits", "probs")]
    values += [(len(layers), key, layers[-1][key], where["word"]) for key in ("logits", "probs")]
    blanks = len(header) - len(FIXED_COLUMNS) + (not stacked)
    rows = []
    for t, token in enumerate(tokens):
        for layer, key, array, columns in values:
            row = [t + 1, shown(token)] + ([layer] if stacked else []) + [key] + [""] * blanks
            for column, v in zip(columns, array[t]):
                row[column] = float(v)
            rows.append(row)
    return header, rows


def _axis_columns(header: list[str], axes: dict[str, list[str]]) -> dict[str, list[int]]:
    """Append each axis's columns to ``header`` (axes with the same names in the same
    order share theirs; a clashing name gets its axis in brackets): axis → column indices."""
    taken, made = set(header), {}
    where: dict[str, list[int]] = {}
    for axis in ("input", "unit", "word"):
        names = tuple(axes[axis])
        if names in made:                    # the same names in the same order: the same columns
            where[axis] = made[names]
            continue
        columns = []
        for name in names:
            column = name if name not in taken else f"{name} ({axis})"
            while column in taken:
                column += "'"
            taken.add(column)
            header.append(column)
            columns.append(len(header) - 1)
        where[axis] = made[names] = columns
    return where


def trace_rows(session: Session) -> tuple[list[str], list[list]]:
    """The session's trace as :func:`trace_table` lays it out (every layer of a stacked net)."""
    return trace_table(session.full_trace, session.token_texts, session.units, session.words,
                       _input_names(session), chars=session.vocab.tokenizer == "chars")


def _input_names(session: Session) -> list[str]:
    """What the first layer reads: the words (one-hot) or the embedding's values."""
    if not session.has_embedding:
        return session.words
    return [f"e{k}" for k in range(session.full_trace.layers[0]["x"].shape[1])]


def csv_bytes(header: list[str], rows: list[list]) -> bytes:
    """One header row, then the rows; UTF-8, as spreadsheets and pandas read it."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def export_csv(session: Session, path: str) -> None:
    """The trace as a tidy CSV (see :func:`trace_table` for the layout)."""
    write_atomically(path, csv_bytes(*trace_rows(session)))


def trace_json(session: Session) -> dict:
    """The same JSON as ``lstm-sim trace --json``."""
    return trace_to_json(session.full_trace, session.words, session.units, session.all_clamps())


def export_json(session: Session, path: str) -> None:
    write_atomically(path, json.dumps(trace_json(session)).encode("utf-8"))
