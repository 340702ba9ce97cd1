"""torch.save files read without torch: every layout and dtype gives exactly torch's
values, whole pickled modules come back as inert stand-ins, and a file that tries to run
something is refused before anything runs. Torch is only used to write the files."""
import builtins
import json
import os
import pickle
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest

from lstm_sim.model.torch_file import (PickledObject, TorchFileError, UnsafePickle,
                                       module_state_dict, module_tree, read_torch_file,
                                       tied_names)

ROOT = Path(__file__).resolve().parents[2]
LAYOUTS = ["zip", "legacy"]

try:                                   # only for the classes pickled whole below
    from torch import nn as _nn
except ImportError:
    _nn = None

if _nn is not None:
    class RNNModel(_nn.Module):
        """pytorch/examples word_language_model's model, as its main.py saves it whole."""

        def __init__(self, rnn_type, ntoken, ninp, nhid, nlayers, tie_weights=False):
            super().__init__()
            self.ntoken = ntoken
            self.drop = _nn.Dropout(0.2)
            self.encoder = _nn.Embedding(ntoken, ninp)
            if rnn_type in ("LSTM", "GRU"):
                self.rnn = getattr(_nn, rnn_type)(ninp, nhid, nlayers)
            else:
                nonlinearity = {"RNN_TANH": "tanh", "RNN_RELU": "relu"}[rnn_type]
                self.rnn = _nn.RNN(ninp, nhid, nlayers, nonlinearity=nonlinearity)
            self.decoder = _nn.Linear(nhid, ntoken)
            if tie_weights:
                self.decoder.weight = self.encoder.weight
            self.rnn_type, self.nhid, self.nlayers = rnn_type, nhid, nlayers


class Evil:
    """Pickles as a call of ``func(*args)``: what a malicious checkpoint contains."""

    def __init__(self, func, *args):
        self.func, self.args = func, args

    def __reduce__(self):
        return self.func, self.args


def save(torch, obj, path, layout="zip", **kwargs):
    torch.save(obj, path, _use_new_zipfile_serialization=(layout == "zip"), **kwargs)
    return path


def expected(torch, value):
    """What the reader should give for ``value``: tensors as NumPy, containers alike."""
    if isinstance(value, torch.Tensor):
        value = value.detach()
        return value.float().numpy() if value.dtype == torch.bfloat16 else value.numpy()
    if isinstance(value, dict):
        return {k: expected(torch, v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(expected(torch, v) for v in value)
    return value


def assert_same(got, want, where="file"):
    if isinstance(want, np.ndarray):
        assert isinstance(got, np.ndarray), where
        assert got.dtype == want.dtype and got.shape == want.shape, where
        assert np.array_equal(got, want, equal_nan=True), where
        assert got.flags.c_contiguous, where          # read-only where it is the file's own bytes
    elif isinstance(want, dict):
        assert isinstance(got, dict) and list(got) == list(want), where
        for key in want:
            assert_same(got[key], want[key], f"{where}[{key!r}]")
    elif isinstance(want, (list, tuple)):
        assert type(got) is type(want) and len(got) == len(want), where
        for i, (g, w) in enumerate(zip(got, want)):
            assert_same(g, w, f"{where}[{i}]")
    else:
        assert got == want and type(got) is type(want), where


# --- state dicts --------------------------------------------------------------------------

def modules(nn):
    return {"lstm": nn.LSTM(3, 4, num_layers=2), "rnn_relu": nn.RNN(3, 4, nonlinearity="relu"),
            "gru": nn.GRU(3, 4, bidirectional=True), "linear": nn.Linear(4, 5),
            "embedding": nn.Embedding(7, 3)}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("dtype", ["float32", "float64", "float16", "bfloat16"])
@pytest.mark.parametrize("kind", ["lstm", "rnn_relu", "gru", "linear", "embedding"])
def test_state_dicts_read_exactly(tmp_path, kind, dtype, layout):
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    state = modules(torch.nn)[kind].to(getattr(torch, dtype)).state_dict()
    got = read_torch_file(save(torch, state, tmp_path / "m.pt", layout))
    assert_same(got, expected(torch, state))
    assert isinstance(got, dict) and all(v.dtype == (np.float32 if dtype == "bfloat16" else dtype)
                                         for v in got.values())


@pytest.mark.parametrize("layout", LAYOUTS)
def test_views_and_shared_storages(tmp_path, layout):
    torch = pytest.importorskip("torch")
    t = torch.arange(24, dtype=torch.float32).reshape(4, 6)
    state = {"a": t, "b": t[1:, ::2], "c": t.t(), "d": t[2], "e": t[0, 0], "empty": t[:0]}
    got = read_torch_file(save(torch, state, tmp_path / "v.pt", layout))
    assert_same(got, expected(torch, state))
    # One tensor can never change another: views of the shared buffer are read-only,
    # and whatever is writable is a copy.
    want = expected(torch, state)
    for key, array in got.items():
        if array.flags.writeable and array.size:
            array.flat[0] = -1.0
            for other in got:
                if other != key:
                    assert np.array_equal(got[other], want[other]), (key, other)
            array.flat[0] = want[key].flat[0]
    with pytest.raises(ValueError):
        got["a"][1, 0] = -1.0


@pytest.mark.parametrize("layout", LAYOUTS)
def test_other_dtypes_and_lazy_bits(tmp_path, layout):
    torch = pytest.importorskip("torch")
    z = torch.randn(3, dtype=torch.complex64)
    state = {"i64": torch.arange(5), "i32": torch.arange(5, dtype=torch.int32),
             "i8": torch.tensor([-3, 4], dtype=torch.int8),
             "u8": torch.tensor([0, 255], dtype=torch.uint8), "bool": torch.tensor([True, False]),
             "c128": torch.randn(2, dtype=torch.complex128),
             "u16": torch.tensor([1, 60000], dtype=torch.uint16), "conj": z.conj(),
             "neg": torch.randn(3)._neg_view()}
    got = read_torch_file(save(torch, state, tmp_path / "d.pt", layout))
    want = {k: (v.resolve_conj().resolve_neg().numpy()) for k, v in state.items()}
    assert_same(got, want)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_checkpoint_dicts_with_optimizer_state(tmp_path, layout):
    torch = pytest.importorskip("torch")
    model = torch.nn.LSTM(3, 4)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    model(torch.randn(5, 1, 3))[0].sum().backward()
    opt.step()
    checkpoint = {"model": model.state_dict(), "optimizer": opt.state_dict(), "epoch": 3,
                  "loss": 0.5, "vocab": ["<eos>", "a"], "shape": (2, 3), "note": "hi",
                  "size": torch.Size([2, 3]), "nothing": None, "raw": b"\x00\xff"}
    got = read_torch_file(save(torch, checkpoint, tmp_path / "c.pt", layout))
    want = expected(torch, checkpoint)
    want["size"] = (2, 3)                      # torch.Size is read as the tuple it is
    assert_same(got, want)


def test_byte_order_mark_is_honoured(tmp_path):
    torch = pytest.importorskip("torch")
    state = {"w": torch.randn(3, 2, dtype=torch.float64), "h": torch.randn(4).half()}
    little = save(torch, state, tmp_path / "little.pt")
    big = tmp_path / "big.pt"
    with zipfile.ZipFile(little) as src, zipfile.ZipFile(big, "w") as dst:
        kinds = {"0": "f8", "1": "f2"}               # storage key -> type, in save order
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("byteorder"):
                data = b"big"
            elif "/data/" in info.filename:
                kind = kinds[info.filename.rsplit("/", 1)[1]]
                data = np.frombuffer(data, "<" + kind).astype(">" + kind).tobytes()
            dst.writestr(info, data)
    assert_same(read_torch_file(big), expected(torch, state))


# --- whole pickled modules ----------------------------------------------------------------

@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("rnn_type,tied", [("RNN_RELU", False), ("LSTM", False), ("LSTM", True)])
def test_whole_word_language_model(tmp_path, rnn_type, tied, layout):
    torch = pytest.importorskip("torch")
    model = RNNModel(rnn_type, ntoken=9, ninp=4, nhid=4, nlayers=2, tie_weights=tied)
    got = read_torch_file(save(torch, model, tmp_path / "model.pt", layout))
    assert isinstance(got, PickledObject) and got.name == "RNNModel"
    assert_same(module_state_dict(got), expected(torch, model.state_dict()))
    tree = {name: (cls, attrs) for name, cls, attrs in module_tree(got)}
    assert list(tree) == [name for name, _ in model.named_modules()]
    root_cls, root = tree[""]
    assert root_cls.endswith(".RNNModel")
    assert (root["rnn_type"], root["nhid"], root["nlayers"], root["ntoken"]) == (rnn_type, 4, 2, 9)
    rnn_cls, rnn = tree["rnn"]
    assert rnn_cls == f"torch.nn.modules.rnn.{'RNN' if rnn_type == 'RNN_RELU' else 'LSTM'}"
    assert rnn["mode"] == ("RNN_RELU" if rnn_type == "RNN_RELU" else "LSTM")
    assert rnn["num_layers"] == 2 and rnn["hidden_size"] == 4
    if rnn_type == "RNN_RELU":
        assert rnn["nonlinearity"] == "relu"
    assert tree["decoder"][0] == "torch.nn.modules.linear.Linear"
    assert tied_names(got) == ([("encoder.weight", "decoder.weight")] if tied else [])


@pytest.mark.parametrize("protocol", [1, 2, 4])
def test_whole_lstm_module_any_pickle_protocol(tmp_path, protocol):
    """Protocol 1 pickles objects with copyreg._reconstructor, 2+ with NEWOBJ."""
    torch = pytest.importorskip("torch")
    lstm = torch.nn.LSTM(3, 5, num_layers=2, bias=False)
    got = read_torch_file(save(torch, lstm, tmp_path / "lstm.pt", pickle_protocol=protocol))
    assert got.qualname == "torch.nn.modules.rnn.LSTM"
    assert_same(module_state_dict(got), expected(torch, lstm.state_dict()))
    (name, cls, attrs), = module_tree(got)
    assert (name, cls, attrs["num_layers"], attrs["bias"]) == ("", got.qualname, 2, False)
    assert attrs["_flat_weights_names"] == lstm._flat_weights_names


def test_torchscript_is_refused_with_advice(tmp_path):
    torch = pytest.importorskip("torch")
    path = tmp_path / "scripted.pt"
    torch.jit.save(torch.jit.script(torch.nn.Linear(2, 3)), path)
    with pytest.raises(TorchFileError, match=r"TorchScript archive \(torch.jit.save\).*"
                                             r"save model.state_dict\(\) with torch.save"):
        read_torch_file(path)


# --- files that try to run something ------------------------------------------------------

def attacks(pwned: Path):
    return {"system": (Evil(os.system, f"touch {pwned}"), "system"),
            "eval": (Evil(builtins.eval, f"open({str(pwned)!r}, 'w')"), "builtins.eval"),
            "popen": (Evil(subprocess.Popen, ["touch", str(pwned)]), "subprocess.Popen"),
            "getattr": (Evil(builtins.getattr, "text", "upper"), "builtins.getattr")}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("attack", ["system", "eval", "popen"])
def test_malicious_torch_save_files_run_nothing(tmp_path, attack, layout):
    torch = pytest.importorskip("torch")
    pwned = tmp_path / "pwned"
    evil, name = attacks(pwned)[attack]
    path = save(torch, {"w": torch.ones(2), "x": evil}, tmp_path / "evil.pt", layout)
    with pytest.raises(UnsafePickle, match=name) as err:
        read_torch_file(path)
    assert "never run" in str(err.value)
    assert not pwned.exists()


def crafted_zip(path: Path, payload: bytes) -> Path:
    """A zip laid out as torch writes it, with a hand-made data.pkl (no torch needed)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("archive/data.pkl", payload)
        archive.writestr("archive/byteorder", "little")
        archive.writestr("archive/version", "3\n")
    return path


def payloads(pwned: Path):
    attack = attacks(pwned)
    for name in ("system", "eval", "popen"):
        for protocol in (0, 2, 5):
            yield f"{name}-p{protocol}", pickle.dumps(attack[name][0], protocol), attack[name][1]
    cmd = f"touch {pwned}".encode()
    yield "inst", b"(S'" + cmd + b"'\nios\nsystem\n.", "os.system"
    yield "obj", b"(cos\nsystem\nS'" + cmd + b"'\no.", "os.system"
    yield "reconstructor", (b"ccopy_reg\n_reconstructor\n(cposix\nsystem\ncbuiltins\nstr\nS'"
                            + cmd + b"'\ntR."), "_reconstructor"
    # a marker smuggled into the one allowed tensor-subclass path
    yield "from_type", (b"ctorch._tensor\n_rebuild_from_type_v2\n(cposix\nsystem\nN(S'" + cmd
                        + b"'\ntNtR."), "system"


@pytest.mark.parametrize("label", [label for label, _, _ in payloads(Path("x"))])
def test_crafted_pickles_run_nothing(tmp_path, label):
    pwned = tmp_path / "pwned"
    payload, name = {lb: (p, n) for lb, p, n in payloads(pwned)}[label]
    with pytest.raises(UnsafePickle, match=name):
        read_torch_file(crafted_zip(tmp_path / f"{label}.pt", payload))
    assert not pwned.exists()


@pytest.mark.parametrize("where", ["magic", "main"])
def test_crafted_legacy_stream_runs_nothing(tmp_path, where):
    pwned = tmp_path / "pwned"
    evil = pickle.dumps(Evil(os.system, f"touch {pwned}"), 2)
    header = [pickle.dumps(0x1950A86A20F9469CFC6C, 2), pickle.dumps(1001, 2), pickle.dumps({}, 2)]
    parts = [evil] if where == "magic" else header + [evil, pickle.dumps([], 2)]
    path = tmp_path / "legacy.pt"
    path.write_bytes(b"".join(parts))
    with pytest.raises(UnsafePickle, match="system; it is never run"):
        read_torch_file(path)
    assert not pwned.exists()


def test_named_modules_are_never_imported(tmp_path, monkeypatch):
    """A whole-module pickle names its classes' modules; importing one runs its code."""
    marker = tmp_path / "imported"
    (tmp_path / "side_effect_mod.py").write_text(f"open({str(marker)!r}, 'w').close()\n"
                                                 "class Net:\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    payload = b"\x80\x02cside_effect_mod\nNet\n)\x81}X\x01\x00\x00\x00aK\x01sb."
    got = read_torch_file(crafted_zip(tmp_path / "net.pt", payload))
    assert isinstance(got, PickledObject) and got.qualname == "side_effect_mod.Net"
    assert got.state == {"a": 1}
    assert "side_effect_mod" not in sys.modules and not marker.exists()


def test_getattr_is_refused_not_called(tmp_path):
    payload = pickle.dumps(attacks(tmp_path / "p")["getattr"][0], 2)
    with pytest.raises(UnsafePickle, match="builtins.getattr; it is never run"):
        read_torch_file(crafted_zip(tmp_path / "g.pt", payload))


# --- damaged and foreign files ------------------------------------------------------------

@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.999])
def test_truncated_files_are_torch_file_errors(tmp_path, layout, fraction):
    torch = pytest.importorskip("torch")
    path = save(torch, {"w": torch.randn(50, 20), "b": torch.randn(20)}, tmp_path / "t.pt", layout)
    data = path.read_bytes()
    path.write_bytes(data[:int(len(data) * fraction)])
    with pytest.raises(TorchFileError):
        read_torch_file(path)


@pytest.mark.parametrize("content", [b"", b"hello world", b"\x80\x04K\x01.", b"PK\x03\x04junk",
                                     json.dumps({"a": 1}).encode()])
def test_foreign_files_are_torch_file_errors(tmp_path, content):
    path = tmp_path / "x.pt"
    path.write_bytes(content)
    with pytest.raises(TorchFileError):
        read_torch_file(path)


def test_missing_storage_and_unknown_dtype(tmp_path):
    torch = pytest.importorskip("torch")
    whole = save(torch, {"w": torch.ones(3)}, tmp_path / "whole.pt")
    broken = tmp_path / "broken.pt"
    with zipfile.ZipFile(whole) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            if not info.filename.endswith("/data/0"):
                dst.writestr(info, src.read(info))
    with pytest.raises(TorchFileError, match="lacks the storage entry"):
        read_torch_file(broken)
    f8 = save(torch, {"w": torch.zeros(3, dtype=torch.float8_e4m3fn)}, tmp_path / "f8.pt")
    with pytest.raises(TorchFileError, match="unknown dtype"):
        read_torch_file(f8)
    with pytest.raises(TorchFileError, match="cannot read"):
        read_torch_file(tmp_path / "absent.pt")


def test_sparse_tensors_are_refused_as_unsupported(tmp_path):
    torch = pytest.importorskip("torch")
    path = save(torch, {"s": torch.eye(3).to_sparse()}, tmp_path / "s.pt")
    with pytest.raises(TorchFileError, match="not supported") as err:
        read_torch_file(path)
    assert not isinstance(err.value, UnsafePickle)


# --- no torch, and fast -------------------------------------------------------------------

def test_reader_works_with_torch_unimportable(tmp_path):
    torch = pytest.importorskip("torch")
    model = RNNModel("RNN_RELU", ntoken=6, ninp=3, nhid=3, nlayers=1, tie_weights=True)
    save(torch, model, tmp_path / "model.pt", "legacy")
    save(torch, {"w": torch.arange(6.0).reshape(2, 3)}, tmp_path / "sd.pt")
    code = (
        "import sys; sys.modules['torch'] = None\n"
        "import json\n"
        "from lstm_sim.model.torch_file import read_torch_file, module_state_dict, tied_names\n"
        f"m = read_torch_file({str(tmp_path / 'model.pt')!r})\n"
        f"sd = read_torch_file({str(tmp_path / 'sd.pt')!r})\n"
        "print(json.dumps({'keys': list(module_state_dict(m)), 'tied': tied_names(m),\n"
        "                  'w': sd['w'].tolist(),\n"
        "                  'torch': [k for k in sys.modules if k.split('.')[0] == 'torch'\n"
        "                            and sys.modules[k] is not None]}))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["keys"] == list(model.state_dict())
    assert out["tied"] == [["encoder.weight", "decoder.weight"]]
    assert out["w"] == [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]] and out["torch"] == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_large_tensor_loads_quickly(tmp_path, layout):
    torch = pytest.importorskip("torch")
    big = torch.randn(10_000, 1024)
    path = save(torch, {"w": big, "b": big[:, 0]}, tmp_path / "big.pt", layout)
    start = time.perf_counter()
    got = read_torch_file(path)
    elapsed = time.perf_counter() - start
    assert np.array_equal(got["w"], big.numpy()) and np.array_equal(got["b"], big[:, 0].numpy())
    assert elapsed < 1.0, f"{elapsed:.2f} s"


def test_pickled_object_repr_is_short():
    obj = PickledObject("torch.nn.modules.rnn", "LSTM", {"_parameters": {"w": np.zeros(10**6)}})
    assert repr(obj) == "PickledObject(torch.nn.modules.rnn.LSTM)"
    assert module_state_dict(obj)["w"].shape == (10**6,)
    with pytest.raises(TypeError):
        module_state_dict({"w": np.zeros(2)})
    obj.state["_modules"] = {"me": obj}            # a crafted cycle ends, not recurses
    assert list(module_state_dict(obj)) == ["w"] and len(module_tree(obj)) == 1


@pytest.mark.parametrize("layout", LAYOUTS)
def test_numpy_numbers_and_arrays_in_a_checkpoint_are_read_as_numbers(tmp_path, layout):
    """Checkpoints often keep an np.float64 loss or a NumPy RNG state: plain numbers are
    read; a NumPy array of Python objects is still never built."""
    torch = pytest.importorskip("torch")
    checkpoint = {"loss": np.float64(0.25), "step": np.int64(7), "rng": np.random.default_rng(0).integers(0, 9, (2, 3)),
                  "fortran": np.asfortranarray(np.arange(6.0).reshape(2, 3)), "w": torch.ones(2)}
    got = read_torch_file(save(torch, checkpoint, tmp_path / "np.pt", layout))
    assert got["loss"] == 0.25 and got["step"] == 7
    np.testing.assert_array_equal(got["rng"], checkpoint["rng"])
    np.testing.assert_array_equal(got["fortran"], checkpoint["fortran"])
    bad = tmp_path / "objects.pt"
    torch.save({"o": np.array([{"a": 1}], dtype=object)}, bad)
    with pytest.raises(TorchFileError):
        read_torch_file(bad)
