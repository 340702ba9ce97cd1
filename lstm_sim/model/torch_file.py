"""Reading ``torch.save`` files without torch, and without ever running anything in them
(the unpickler that makes that safe is ``torch_unpickle``; whole modules: ``torch_modules``).

Both layouts are read: the zip (torch >= 1.6: ``<archive>/data.pkl``, one entry per
storage ``<archive>/data/<key>``, a ``byteorder``) and the legacy stream (magic, protocol
and sys-info pickles, the main pickle, a pickled list of storage keys, then each storage
as an 8-byte little-endian element count and its little-endian bytes). Tensors come back
as contiguous NumPy arrays (read-only views of the file's bytes where no copy is needed); bfloat16 is widened to float32 exactly.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from .messages import os_reason
from .torch_modules import module_state_dict, module_tree, tied_names
from .torch_unpickle import (MAGIC_NUMBER, PROTOCOL_VERSION, TORCHSCRIPT, PickledObject, TorchFileError,
                             UnsafePickle, _SafeUnpickler)

__all__ = ["MAGIC_NUMBER", "PROTOCOL_VERSION", "TORCHSCRIPT", "PickledObject", "TorchFileError",
           "UnsafePickle", "module_state_dict", "module_tree", "read_torch_file", "tied_names"]

# --- the two file layouts -----------------------------------------------------------------

def read_torch_file(path) -> object:
    """What ``torch.load`` would return, with tensors as NumPy arrays and instances of
    other classes as PickledObject. Raises TorchFileError (UnsafePickle if the file tries
    to run something); every other failure is reported as a damaged file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TorchFileError("torch-cannot-read", name=path.name, reason=os_reason(exc)) from exc
    try:
        if data[:2] == b"PK":
            return _read_zip(data)
        if data[257:262] == b"ustar":
            raise TorchFileError("torch-tar")
        return _read_legacy(data)
    except TorchFileError:
        raise
    except Exception as exc:                   # truncated pickles, bad zips, odd values
        raise TorchFileError("torch-damaged", name=path.name, detail=f"{type(exc).__name__}: {exc}") from exc


def _read_zip(data: bytes):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise TorchFileError("torch-bad-zip", detail=str(exc)) from exc
    names = set(archive.namelist())
    if any(n.endswith("constants.pkl") or "/code/" in n for n in names):
        raise TorchFileError(TORCHSCRIPT)
    pickles = sorted(n for n in names if n.endswith("data.pkl") and n.count("/") <= 1)
    if not pickles:
        raise TorchFileError("torch-no-data-pkl")
    prefix = pickles[0][:-len("data.pkl")]
    order = "<"
    if prefix + "byteorder" in names:
        mark = archive.read(prefix + "byteorder").strip()
        if mark not in (b"little", b"big"):
            raise TorchFileError("torch-byte-order", mark=repr(mark))
        order = "<" if mark == b"little" else ">"

    def source(key, stype, numel):
        name = f"{prefix}data/{key}"
        if name not in names:
            raise TorchFileError("torch-no-storage-entry", name=name)
        return archive.read(name)

    return _SafeUnpickler(io.BytesIO(archive.read(pickles[0])), source, order).load()


def _read_legacy(data: bytes):
    """Two passes over the main pickle: the first learns each storage's dtype (needed to
    find where the next storage starts), the second rebuilds the tensors from them."""
    stream = io.BytesIO(data)
    try:
        magic = _SafeUnpickler(stream).load()
    except TorchFileError:
        raise
    except Exception as exc:
        raise TorchFileError("torch-not-torch") from exc
    if magic != MAGIC_NUMBER:
        raise TorchFileError("torch-no-magic")
    if _SafeUnpickler(stream).load() != PROTOCOL_VERSION:
        raise TorchFileError("torch-protocol")
    _SafeUnpickler(stream).load()              # sys_info: the data is little-endian anyway
    start, types, spans = stream.tell(), {}, {}

    def learn(key, stype, numel):              # the first pass: dtypes only, no data
        types[key] = stype

    _SafeUnpickler(stream, learn).load()
    keys, position = _SafeUnpickler(stream).load(), stream.tell()
    for key in map(str, keys):
        count = int.from_bytes(data[position:position + 8], "little")
        end = position + 8 + count * types[key].itemsize       # KeyError: a damaged file
        if end > len(data):
            raise TorchFileError("torch-truncated", key=key)
        spans[key], position = memoryview(data)[position + 8:end], end

    def source(key, stype, numel):
        if key not in spans:
            raise TorchFileError("torch-no-storage", key=key)
        return spans[key]

    stream.seek(start)
    return _SafeUnpickler(stream, source).load()
