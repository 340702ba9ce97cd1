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
from ..scenarios.presets import from_saved, preset_metadata
from .session import Session


class DocumentError(Exception):
    """Opening, saving or exporting failed; the message says why, for the user.
    ``cause`` is the model file's error when there is one: its ``field``, ``part`` and
    ``choices`` say what the user could supply to open the file after all."""

    def __init__(self, message: str, cause: ModelFileError | None = None):
        super().__init__(message)
        self.cause = cause


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
        raise DocumentError(str(exc), exc) from None


def open_file(session: Session, path: str, **how) -> list[str]:
    """Open a session or model file in ``session`` (``how``: see :func:`read_session`);
    on any problem the session is untouched. Returns how the file was read (notes)."""
    preset, notes = read_model(path, **how)
    session.open(preset)
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


def trace_rows(session: Session) -> tuple[list[str], list[list]]:
    """The trace as a table: one row per step and value, one column per unit/word. A
    stacked net's rows cover every layer (values named ``l1.h``, ``l2.h``, …), then the
    net's ``logits`` and ``probs``."""
    layers = session.full_trace.layers
    named = [(f"l{k + 1}." if len(layers) > 1 else "", layer) for k, layer in enumerate(layers)]
    columns = [(prefix + key, layer[key]) for prefix, layer in named for key in layer.keys
               if key not in ("tanh_c", "logits", "probs")]
    columns += [(key, layers[-1][key]) for key in ("logits", "probs")]
    width = max(values.shape[1] for _, values in columns)
    header = ["step", "token", "value"] + [f"{k}" for k in range(width)]
    rows = [[t + 1, token, name] + [float(v) for v in values[t]]
            for t, token in enumerate(session.token_texts) for name, values in columns]
    return header, rows


def export_csv(session: Session, path: str) -> None:
    header, rows = trace_rows(session)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["# units: " + " ".join(session.units), "# words: " + " ".join(session.words)])
    writer.writerow(header)
    writer.writerows(rows)
    write_atomically(path, buf.getvalue().encode("utf-8"))


def trace_json(session: Session) -> dict:
    """The same JSON as ``lstm-sim trace --json``."""
    return trace_to_json(session.full_trace, session.words, session.units, session.all_clamps())


def export_json(session: Session, path: str) -> None:
    write_atomically(path, json.dumps(trace_json(session)).encode("utf-8"))
