"""The unpickler for ``torch.save`` files that never runs anything in them.

A torch file is a pickle, and unpickling normally imports and calls whatever the file
names. Here the pure-Python unpickler gets its own table: a global the file names is
either one of a short allow-list of *local* stand-ins (tensor rebuilders, storage types,
dtypes, a few containers) or an inert marker. Calling a marker (REDUCE, INST, OBJ) raises
``UnsafePickle``, and nothing is imported or run; creating an instance of one (NEWOBJ, or
``copyreg._reconstructor(cls, object, None)``) gives a ``PickledObject`` whose ``state``
BUILD fills with the instance dict. So a whole pickled ``nn.Module`` is read as a tree of
PickledObjects whose ``_parameters``/``_buffers``/``_modules`` hold arrays and subtrees.

The containers around the pickle (zip or legacy stream) are read by ``torch_file``.
"""
from __future__ import annotations

import _compat_pickle
import pickle
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import partial

import numpy as np

from .errors import Coded, as_message
from .messages import Message

MAGIC_NUMBER = 0x1950A86A20F9469CFC6C          # torch.serialization.MAGIC_NUMBER
PROTOCOL_VERSION = 1001                        # torch.serialization.PROTOCOL_VERSION
TORCHSCRIPT = Message("torchscript")

#: torch dtype name -> NumPy type code ("bfloat16" is widened to float32 on reading).
_NUMPY = {"float32": "f4", "float64": "f8", "float16": "f2", "bfloat16": "u2", "int64": "i8",
          "int32": "i4", "int16": "i2", "int8": "i1", "uint8": "u1", "bool": "?",
          "complex64": "c8", "complex128": "c16", "uint16": "u2", "uint32": "u4", "uint64": "u8"}
_STORAGES = {"FloatStorage": "float32", "DoubleStorage": "float64", "HalfStorage": "float16",
             "BFloat16Storage": "bfloat16", "LongStorage": "int64", "IntStorage": "int32",
             "ShortStorage": "int16", "CharStorage": "int8", "ByteStorage": "uint8",
             "BoolStorage": "bool", "ComplexFloatStorage": "complex64",
             "ComplexDoubleStorage": "complex128", "UntypedStorage": "uint8"}
#: dtypes torch has and we cannot hold; named so the error says "unknown dtype", not "unsafe".
_OTHER_DTYPES = ("float8", "float4", "bits", "qint", "quint", "complex32", "int", "uint")


class TorchFileError(Coded, Exception):
    """The file is not a torch file we can read: damaged, TorchScript, unsupported
    (a code of ``messages`` with its parameters)."""

    def __init__(self, code, **params):
        super().__init__(self._say(as_message(code, params)))


class UnsafePickle(TorchFileError):
    """The file asks to call something outside the allow-list; nothing was called."""


@dataclass(eq=False)
class PickledObject:
    """Stand-in for an instance of a class we refuse to import (e.g. an ``nn.Module``).
    ``state`` is what BUILD would have put in its ``__dict__``; compared by identity, so
    the same object reached twice (a shared submodule) is recognisably the same."""
    module: str
    name: str
    state: dict = field(default_factory=dict)
    args: tuple = ()

    @property
    def qualname(self) -> str:
        return f"{self.module}.{self.name}"

    def __repr__(self) -> str:                # the state can hold megabytes of arrays
        return f"PickledObject({self.qualname})"


class _Global:
    """What an unknown global becomes: inert, and refuses to be called."""
    __slots__ = ("module", "name")

    def __init__(self, module: str, name: str):
        self.module, self.name = module, name

    def __call__(self, *args, **kwargs):
        if self.module == "torch._utils" and self.name.startswith("_rebuild_"):
            raise TorchFileError("torch-special-tensor", name=self.name)
        raise UnsafePickle("pickle-runs", what=f"{self.module}.{self.name}")

    def __repr__(self) -> str:
        return f"<global {self.module}.{self.name}>"


@dataclass(frozen=True)
class _StorageType:
    """Local stand-in for ``torch.FloatStorage`` etc.: only its dtype matters."""
    dtype: str
    itemsize: int


# --- local stand-ins for the allowed callables ------------------------------------------

def _strided(storage, offset, size, stride) -> np.ndarray:
    """The view torch would make, as a C-contiguous array: the storage's own memory where
    the view already is contiguous (read-only: the file's bytes; whoever keeps it copies,
    as the loader does when it widens to float64), else a copy. The bounds are checked
    first: ``as_strided`` trusts its arguments and would otherwise read past the buffer."""
    if storage is None:                        # legacy first pass: storages not read yet
        return None
    if not isinstance(storage, np.ndarray) or storage.ndim != 1:
        raise TorchFileError("torch-bad-storage")
    size, stride, offset = tuple(map(int, size)), tuple(map(int, stride)), int(offset)
    if len(size) != len(stride) or offset < 0 or min(size + stride, default=0) < 0:
        raise TorchFileError("torch-impossible-shape", size=str(size), stride=str(stride))
    if 0 in size:
        return np.zeros(size, storage.dtype)
    if offset + sum((n - 1) * s for n, s in zip(size, stride)) >= storage.size:
        raise TorchFileError("torch-past-storage")
    view = np.lib.stride_tricks.as_strided(storage[offset:], size,
                                           [s * storage.itemsize for s in stride],
                                           writeable=False)
    if view.flags.c_contiguous:
        return view
    return np.array(view, order="C")


def _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad=False,
                       backward_hooks=None, metadata=None):
    """``metadata`` holds lazy conj/neg bits: the storage has the values before them."""
    array = _strided(storage, storage_offset, size, stride)
    if array is not None and metadata:
        array = -array if metadata.get("neg") else array
        array = np.conj(array) if metadata.get("conj") else array
    return array


def _rebuild_tensor_v3(storage, storage_offset, size, stride, requires_grad, backward_hooks,
                       dtype, metadata=None, *, byteorder="<"):
    """New dtypes (uint16/32/64, float8...) are saved as bytes plus a dtype."""
    name = str(dtype).removeprefix("torch.")
    if name not in _NUMPY or name == "bfloat16":
        raise TorchFileError("torch-unknown-dtype", dtype=str(dtype))
    if storage is not None:
        if not isinstance(storage, np.ndarray) or storage.dtype != np.uint8:
            raise TorchFileError("torch-bad-storage")
        kind = np.dtype(_NUMPY[name]).newbyteorder(byteorder)
        whole = storage.size // kind.itemsize * kind.itemsize
        storage = storage[:whole].view(kind).astype(kind.newbyteorder("="), copy=False)
    return _rebuild_tensor_v2(storage, storage_offset, size, stride, metadata=metadata)


def _rebuild_parameter(data, requires_grad, backward_hooks, state=None):
    """A Parameter is its data; requires_grad and hooks do not matter to a reader."""
    return data


def _rebuild_from_type_v2(func, new_type, args, state):
    """A tensor (subclass) with Python attributes: rebuild the tensor, drop the rest."""
    if getattr(func, "func", func) not in _REBUILDERS:
        raise UnsafePickle("pickle-rebuild", what=repr(func))
    return func(*args)


def _reconstructor(cls, base, state):
    """Protocol 0/1 pickles an object as ``copyreg._reconstructor(cls, object, None)``;
    only that exact pattern is accepted, and it builds a stand-in, not the class."""
    if (isinstance(cls, _Global) and isinstance(base, _Global) and state is None
            and (base.module, base.name) == ("builtins", "object")):
        return PickledObject(cls.module, cls.name)
    raise UnsafePickle("pickle-runs", what=f"copyreg._reconstructor({cls!r}, {base!r}, ...)")


def _newobj(cls, *args):
    if isinstance(cls, _Global):
        return PickledObject(cls.module, cls.name, args=args)
    raise UnsafePickle("pickle-creates", what=repr(cls))


def _codecs_encode(text, encoding="utf-8"):
    """Protocol 2 pickles ``bytes`` as ``_codecs.encode(str, 'latin1')``."""
    if not isinstance(text, str) or encoding not in ("latin1", "latin-1"):
        raise UnsafePickle("pickle-encode")
    return text.encode("latin1")


class _NumpyArray:
    """``numpy.core.multiarray._reconstruct(ndarray, (0,), b'b')`` before its BUILD:
    the state (version, shape, dtype, fortran, raw bytes) then makes the array."""


def _numpy_reconstruct(cls, shape, typecode):
    if not (isinstance(cls, _Global) and cls.name == "ndarray"):
        raise UnsafePickle("pickle-numpy", what=repr(cls))
    return _NumpyArray()


def _numpy_array(state) -> np.ndarray:
    if not (isinstance(state, tuple) and len(state) == 5 and isinstance(state[2], np.dtype)
            and isinstance(state[4], (bytes, bytearray)) and not state[2].hasobject):
        raise TorchFileError("torch-numpy-objects")
    _, shape, dtype, fortran, raw = state
    count = int(np.prod(shape)) if len(shape) else 1
    if len(raw) < count * dtype.itemsize:
        raise TorchFileError("torch-numpy-short")
    return np.frombuffer(raw, dtype, count).reshape(shape, order="F" if fortran else "C")


def _numpy_dtype(name, align=False, copy=False):
    """``numpy.dtype('f8', False, True)``: plain number types only (its BUILD may set the
    byte order)."""
    dtype = np.dtype(str(name))
    if dtype.hasobject or dtype.kind in "OV":
        raise UnsafePickle("pickle-dtype", name=repr(name))
    return dtype


def _numpy_scalar(dtype, data=None):
    """A NumPy number (a checkpoint's ``np.float64`` loss) as a Python number."""
    if not isinstance(dtype, np.dtype) or not isinstance(data, (bytes, bytearray)) or len(data) < dtype.itemsize:
        raise TorchFileError("torch-numpy-number")
    return np.frombuffer(data, dtype, 1)[0].item()


def _device(kind, index=None) -> str:
    """``torch.device`` becomes its name, e.g. "cpu" or "cuda:0"."""
    return str(kind) if index is None else f"{kind}:{int(index)}"


_REBUILDERS = {_rebuild_tensor_v2, _rebuild_tensor_v3, _rebuild_parameter}
_ALLOWED = {
    ("torch._utils", "_rebuild_tensor"): _rebuild_tensor_v2,     # the same, fewer arguments
    ("torch._utils", "_rebuild_tensor_v2"): _rebuild_tensor_v2,
    ("torch._utils", "_rebuild_tensor_v3"): _rebuild_tensor_v3,
    ("torch._utils", "_rebuild_parameter"): _rebuild_parameter,
    ("torch._utils", "_rebuild_parameter_with_state"): _rebuild_parameter,
    ("torch._tensor", "_rebuild_from_type_v2"): _rebuild_from_type_v2,
    ("torch", "Size"): tuple,
    ("torch", "device"): _device, ("torch.serialization", "_get_layout"): str,
    ("collections", "OrderedDict"): OrderedDict,
    ("builtins", "set"): set, ("builtins", "frozenset"): frozenset,
    ("builtins", "slice"): slice, ("builtins", "complex"): complex,
    ("builtins", "bytearray"): bytearray, ("_codecs", "encode"): _codecs_encode,
    ("copyreg", "_reconstructor"): _reconstructor, ("copyreg", "__newobj__"): _newobj,
    # NumPy values inside checkpoints (a loss, an RNG state): plain numbers only.
    ("numpy", "dtype"): _numpy_dtype,
    ("numpy.core.multiarray", "scalar"): _numpy_scalar, ("numpy._core.multiarray", "scalar"): _numpy_scalar,
    ("numpy.core.multiarray", "_reconstruct"): _numpy_reconstruct,
    ("numpy._core.multiarray", "_reconstruct"): _numpy_reconstruct,
}


# --- the unpickler -----------------------------------------------------------------------

class _SafeUnpickler(pickle._Unpickler):
    """The pure-Python unpickler with every opcode that calls or instantiates replaced.
    ``source(key, storage_type, numel)`` returns a storage's bytes (or None in the
    legacy first pass, where only the storage types are being learnt)."""
    dispatch = dict(pickle._Unpickler.dispatch)

    def __init__(self, file, source=None, byteorder="<"):
        super().__init__(file, encoding="latin1")
        self._source, self._order, self._storages = source, byteorder, {}
        self._locals = dict(_ALLOWED)
        self._locals[("torch._utils", "_rebuild_tensor_v3")] = partial(
            _rebuild_tensor_v3, byteorder=byteorder)
        self._callable = {id(f) for f in self._locals.values()}

    def find_class(self, module, name):
        if (module, name) in _compat_pickle.NAME_MAPPING:       # Python 2 names
            module, name = _compat_pickle.NAME_MAPPING[(module, name)]
        module = _compat_pickle.IMPORT_MAPPING.get(module, module)
        if (module, name) in self._locals:
            return self._locals[(module, name)]
        if module in ("torch", "torch.storage") and name in _STORAGES:
            return _StorageType(_STORAGES[name], np.dtype(_NUMPY[_STORAGES[name]]).itemsize)
        if module == "torch" and (name in _NUMPY or name.startswith(_OTHER_DTYPES)):
            return f"torch.{name}"
        return _Global(module, name)

    def persistent_load(self, pid):
        """('storage', type, key, location, numel[, view]) -> the storage as a 1-D array;
        ('module', cls, file, source) is how the legacy format names a module's class."""
        if not isinstance(pid, tuple) or not pid:
            raise TorchFileError("torch-persistent-id", pid=repr(pid))
        kind = pid[0].decode("ascii") if isinstance(pid[0], bytes) else pid[0]
        if kind == "module":
            return pid[1]
        if kind != "storage" or len(pid) not in (5, 6):
            raise TorchFileError("torch-persistent-id", pid=repr(kind))
        stype, key, numel = pid[1], str(pid[2]), int(pid[4])
        if not isinstance(stype, _StorageType):
            raise TorchFileError("torch-storage-type", type=repr(stype))
        if key not in self._storages:
            self._storages[key] = (stype, _decode(self._source(key, stype, numel),
                                                  stype, numel, self._order, key))
        elif self._storages[key][0] != stype:
            raise TorchFileError("torch-storage-two-dtypes", key=key)
        array = self._storages[key][1]
        view = pid[5] if len(pid) == 6 else None
        if view is not None and array is not None:       # pre-1.0 legacy storage views
            array = array[int(view[1]):int(view[1]) + int(view[2])]
        return array

    def _call(self, func, args):
        if isinstance(func, _Global):
            func()                             # raises: a marker never runs anything
        if id(func) not in self._callable:
            raise UnsafePickle("pickle-calls", what=repr(func))
        if not isinstance(args, tuple):
            raise TorchFileError("torch-call-args")
        return func(*args)

    def load_reduce(self):
        args = self.stack.pop()
        self.stack[-1] = self._call(self.stack[-1], args)

    def _instantiate(self, klass, args):       # INST and OBJ (protocols 0 and 1)
        if isinstance(klass, _Global) and not args:
            self.append(PickledObject(klass.module, klass.name))
        else:
            self.append(self._call(klass, tuple(args)))

    def load_newobj(self):
        args = self.stack.pop()
        self.stack[-1] = _newobj(self.stack[-1], *args)

    def load_newobj_ex(self):
        del self.stack[-1]                     # keyword arguments: nothing to pass them to
        self.load_newobj()

    def load_build(self):
        """Fill a stand-in's state; never looks up ``__setstate__`` on anything. Other
        objects' state (a state dict's ``_metadata``) is dropped: nothing here needs it."""
        state = self.stack.pop()
        inst = self.stack[-1]
        if isinstance(inst, _NumpyArray):
            self.stack[-1] = _numpy_array(state)
            return
        if isinstance(inst, np.dtype):           # (version, byte order, …): only the order matters
            order = state[1] if isinstance(state, tuple) and len(state) > 1 else "|"
            self.stack[-1] = inst.newbyteorder(order) if order in "<>" else inst
            return
        if isinstance(inst, PickledObject):
            state, slots = state if isinstance(state, tuple) and len(state) == 2 else (state, None)
            for part in (state, slots):
                if isinstance(part, dict):
                    inst.state.update(part)
                elif part is not None:
                    inst.state["__state__"] = part


for _op, _name in ((pickle.REDUCE, "load_reduce"), (pickle.NEWOBJ, "load_newobj"),
                   (pickle.NEWOBJ_EX, "load_newobj_ex"), (pickle.BUILD, "load_build")):
    _SafeUnpickler.dispatch[_op[0]] = getattr(_SafeUnpickler, _name)


def _decode(buffer, stype: _StorageType, numel: int, order: str, key: str):
    """Raw storage bytes -> a native-order 1-D array of ``numel`` elements."""
    if buffer is None:
        return None
    if numel < 0 or len(buffer) < numel * stype.itemsize:
        raise TorchFileError("torch-storage-short", key=key, count=numel)
    if stype.dtype == "bfloat16":              # the top half of a float32, exactly
        half = np.frombuffer(buffer, order + "u2", numel).astype(np.uint32)
        return (half << 16).view(np.float32)
    raw = np.frombuffer(buffer, np.dtype(_NUMPY[stype.dtype]).newbyteorder(order), numel)
    return raw.astype(raw.dtype.newbyteorder("="), copy=False)
