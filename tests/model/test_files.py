"""Model files: round trips, atomic saves, and a clear ModelFileError for every bad file."""
import json
import os
import struct
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from lstm_sim.model import ModelFileError, Network, forward, load_model, save_model, to_torch_state_dict

VOCAB = ["Doug", "Jane", "Spot", "saw"]
HYPO = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def make_net(kind, seed=0):
    return Network.random(kind, len(VOCAB), 3, len(VOCAB), seed=seed)


def saved(tmp_path, kind="lstm", name="model.npz"):
    path = tmp_path / name
    save_model(path, make_net(kind), VOCAB, {"note": "test"})
    return path


def arrays_of(path):
    with np.load(path, allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


def rewritten(src, dst, drop=(), **replace):
    arrays = arrays_of(src)
    for key in drop:
        del arrays[key]
    arrays.update(replace)
    np.savez(dst, **arrays)
    return dst


def assert_consistent(loaded):
    """What a successful load must guarantee to every caller."""
    net = loaded.net
    assert net.kind in ("lstm", "rnn") and net.all_finite()
    assert all(p.dtype == np.float64 for p in net.params.values())
    assert net.input_size == net.output_size == len(loaded.vocab) > 0
    assert len(set(loaded.vocab)) == len(loaded.vocab)
    assert isinstance(loaded.metadata, dict)
    probs = forward(net, np.eye(net.input_size))["probs"]
    assert np.all(np.isfinite(probs))


@pytest.mark.parametrize("kind", ["lstm", "rnn"])
def test_save_then_load_gives_back_everything(tmp_path, kind):
    net = make_net(kind, seed=1)
    meta = {"epochs": 60, "preset": None, "notes": ["é", "中文"]}
    save_model(tmp_path / "m.npz", net, VOCAB, meta)
    loaded = load_model(tmp_path / "m.npz")
    assert loaded.net.kind == kind
    assert loaded.vocab == VOCAB
    assert loaded.metadata == meta
    for name, p in net.params.items():
        np.testing.assert_array_equal(loaded.net.params[name], p, err_msg=name)
    assert_consistent(loaded)


def test_save_is_atomic_and_replaces_the_old_file(tmp_path):
    path = saved(tmp_path)
    second = make_net("rnn", seed=5)
    save_model(path, second, VOCAB)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.npz"]
    loaded = load_model(path)
    assert loaded.net.kind == "rnn" and loaded.metadata == {}
    np.testing.assert_array_equal(loaded.net.params["U"], second.params["U"])


def test_a_failed_save_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = saved(tmp_path)
    before = path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(np, "savez", crash)
    with pytest.raises(OSError):
        save_model(path, make_net("rnn"), VOCAB)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["model.npz"]


def test_saving_with_a_vocabulary_of_the_wrong_size_is_refused(tmp_path):
    with pytest.raises(ValueError):
        save_model(tmp_path / "m.npz", make_net("lstm"), VOCAB[:3])
    assert list(tmp_path.iterdir()) == []


def bad_file(kind, tmp_path):
    """Each case: (path of a broken file, the field its message must name)."""
    good = saved(tmp_path)
    out = tmp_path / f"bad-{kind}.npz"
    if kind == "format_version":
        return rewritten(good, out, format_version=np.array(7)), "format_version"
    if kind == "cell":
        return rewritten(good, out, cell=np.array("gru")), "cell"
    if kind == "missing field":
        return rewritten(good, out, drop=["lstm.weight_hh_l0"]), "lstm.weight_hh_l0"
    if kind == "wrong shape":
        return rewritten(good, out, **{"lstm.weight_hh_l0": np.zeros((12, 2))}), "lstm.weight_hh_l0"
    if kind == "bias shape":
        return rewritten(good, out, **{"readout.bias": np.zeros(5)}), "readout.bias"
    if kind == "NaN":
        w = arrays_of(good)["readout.weight"]
        w[1, 2] = np.nan
        return rewritten(good, out, **{"readout.weight": w}), "readout.weight"
    if kind == "inf":
        return rewritten(good, out, **{"lstm.bias_ih_l0": np.full(12, np.inf)}), "lstm.bias_ih_l0"
    if kind == "strings as weights":
        return rewritten(good, out, **{"lstm.weight_ih_l0": np.full((12, 4), "x")}), "lstm.weight_ih_l0"
    if kind == "vocab size":
        return rewritten(good, out, vocab=np.array(VOCAB[:3])), "vocab"
    if kind == "duplicate vocab":
        return rewritten(good, out, vocab=np.array(["Doug", "Jane", "Doug", "saw"])), "vocab"
    if kind == "metadata":
        return rewritten(good, out, metadata=np.array("[1, 2]")), "metadata"
    if kind == "deeply nested metadata":
        return rewritten(good, out, metadata=np.array("[" * 100_000)), "metadata"
    if kind == "object array":
        return rewritten(good, out, **{"readout.bias": np.array([1.0, None, 2, 3], dtype=object)}), "readout.bias"
    if kind == "torch dict without vocab":
        np.savez(out, **to_torch_state_dict(make_net("lstm")))
        return out, "vocab"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", [
    "format_version", "cell", "missing field", "wrong shape", "bias shape", "NaN", "inf",
    "strings as weights", "vocab size", "duplicate vocab", "metadata", "deeply nested metadata",
    "object array", "torch dict without vocab"])
def test_every_bad_field_is_named_with_the_file(tmp_path, kind):
    path, field_name = bad_file(kind, tmp_path)
    with pytest.raises(ModelFileError) as info:
        load_model(path)
    assert path.name in str(info.value)
    assert field_name in str(info.value)


def test_object_arrays_are_never_unpickled(tmp_path, monkeypatch):
    path, _ = bad_file("object array", tmp_path)
    import pickle

    def refuse(*args, **kwargs):
        raise AssertionError("load_model unpickled data")

    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "loads", refuse)
    with pytest.raises(ModelFileError):
        load_model(path)


def test_missing_file(tmp_path):
    with pytest.raises(ModelFileError, match="nowhere.npz"):
        load_model(tmp_path / "nowhere.npz")


def test_not_a_zip(tmp_path):
    path = tmp_path / "notes.npz"
    path.write_text("these are not weights")
    with pytest.raises(ModelFileError, match="notes.npz"):
        load_model(path)


def test_a_bare_npy_file_named_npz(tmp_path):
    path = tmp_path / "array.npz"
    with open(path, "wb") as fh:
        np.save(fh, np.eye(4))
    with pytest.raises(ModelFileError, match="array.npz"):
        load_model(path)


def _first_member(path):
    with zipfile.ZipFile(path) as z:
        info = z.infolist()[0]
    raw = bytearray(path.read_bytes())
    name_len, extra_len = struct.unpack("<HH", raw[info.header_offset + 26:info.header_offset + 30])
    data_start = info.header_offset + 30 + name_len + extra_len
    central = raw.index(b"PK\x01\x02")          # central directory entry of the first member
    return raw, data_start, info.compress_size, central


@pytest.mark.parametrize("damage", ["garbage deflate stream", "unknown compression", "encrypted flag"])
def test_damaged_zip_files(tmp_path, damage):
    path = tmp_path / "damaged.npz"
    np.savez_compressed(path, **arrays_of(saved(tmp_path)))
    raw, start, size, central = _first_member(path)
    if damage == "garbage deflate stream":
        raw[start:start + size] = b"\xff" * size
    elif damage == "unknown compression":
        raw[central + 10:central + 12] = struct.pack("<H", 77)
    else:
        raw[central + 8] |= 1
    path.write_bytes(bytes(raw))
    with pytest.raises(ModelFileError, match="damaged.npz"):
        load_model(path)


@HYPO
@given(prefix=st.sampled_from([b"", b"PK\x03\x04", b"PK\x05\x06", b"\x93NUMPY\x01\x00"]),
       body=st.binary(max_size=600))
def test_random_bytes_raise_only_model_file_error(tmp_path, prefix, body):
    path = tmp_path / "random.npz"
    path.write_bytes(prefix + body)
    with pytest.raises(ModelFileError):
        load_model(path)


@HYPO
@given(compressed=st.booleans(), data=st.data())
def test_flipped_bytes_in_a_real_file_raise_only_model_file_error(tmp_path, compressed, data):
    path = tmp_path / "flipped.npz"
    arrays = arrays_of(saved(tmp_path))
    (np.savez_compressed if compressed else np.savez)(path, **arrays)
    raw = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(raw) - 1))
        raw[pos] = data.draw(st.integers(0, 255))
    path.write_bytes(bytes(raw))
    try:
        loaded = load_model(path)
    except ModelFileError:
        return
    assert_consistent(loaded)


WORDS = ["", "a", "B", "ab", "lstm", "rnn", "{}", "[1]", " x", "?", "中文"]
PLAUSIBLE = [np.array(1), np.array(2.0), np.array("lstm"), np.array("rnn"), np.array("{}"),
             np.array("null"), np.array(["Doug", "Jane", "Spot", "saw"])]


def replacements(original):
    """Arrays of the original shape (often loadable) or any other shape, of any dtype."""
    shapes = st.one_of(st.just(original.shape), st.just(()),
                       hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=5))
    any_dtype = lambda dtypes, **kw: st.sampled_from(dtypes).flatmap(  # noqa: E731
        lambda dt: hnp.arrays(dt, shapes, **kw))
    return st.one_of(
        any_dtype([np.float64, np.float32], elements=st.floats(-100, 100, width=32)),
        hnp.arrays(np.float64, shapes, elements=st.sampled_from([0.0, 1.5, np.nan, np.inf, -np.inf])),
        any_dtype([np.int64, np.int8, np.uint8, np.bool_, np.complex128]),
        hnp.arrays("<U8", shapes, elements=st.sampled_from(WORDS)),
        hnp.arrays("S4", shapes, elements=st.binary(min_size=1, max_size=4).filter(lambda b: b[-1:] != b"\0")),
        st.sampled_from(PLAUSIBLE))


@HYPO
@given(kind=st.sampled_from(["lstm", "rnn"]), data=st.data())
def test_any_single_array_replaced_gives_an_error_or_a_consistent_model(tmp_path, kind, data):
    good = tmp_path / f"good-{kind}.npz"
    save_model(good, make_net(kind), VOCAB)
    key = data.draw(st.sampled_from(sorted(arrays_of(good))), label="key")
    replacement = data.draw(replacements(arrays_of(good)[key]), label="replacement")
    path = rewritten(good, tmp_path / "replaced.npz", **{key: replacement})
    try:
        loaded = load_model(path)
    except ModelFileError as exc:
        assert "replaced.npz" in str(exc)
        event("refused")
        return
    event("loaded")
    assert_consistent(loaded)
    assert loaded.net.kind == kind


def test_metadata_must_be_a_json_object_but_may_hold_anything_json(tmp_path):
    meta = {"a": [1, 2.5, None, True], "b": {"c": "d"}}
    path = rewritten(saved(tmp_path), tmp_path / "meta.npz", metadata=np.array(json.dumps(meta)))
    assert load_model(path).metadata == meta


def test_cell_field_decides_which_weights_are_read(tmp_path):
    """A file claiming cell='rnn' but holding only LSTM weights is refused, not misread."""
    good = tmp_path / "lstm.npz"
    save_model(good, Network.random("lstm", 3, 2, 3), ["a", "b", "c"])
    with np.load(good) as data:
        arrays = {k: data[k] for k in data.files}
    arrays["cell"] = np.array("rnn")
    bad = tmp_path / "mixed.npz"
    np.savez(bad, **arrays)
    with pytest.raises(ModelFileError, match=r"mixed\.npz: field 'rnn\.weight_ih_l0': missing"):
        load_model(bad)


def test_a_model_needs_at_least_one_word(tmp_path):
    path = tmp_path / "empty.npz"
    np.savez(path, **{"rnn.weight_ih_l0": np.zeros((2, 0)), "rnn.weight_hh_l0": np.zeros((2, 2)),
                      "rnn.bias_ih_l0": np.zeros(2), "rnn.bias_hh_l0": np.zeros(2),
                      "readout.weight": np.zeros((0, 2)), "readout.bias": np.zeros(0),
                      "vocab": np.array([], dtype=str)})
    with pytest.raises(ModelFileError, match=r"empty\.npz: field '.*': .*at least one word"):
        load_model(path)


def _fds_on(path):
    """Open file descriptors of this process that point at ``path`` (Linux)."""
    fds = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == str(path):
                fds.append(fd)
        except OSError:
            pass
    return fds


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
@pytest.mark.parametrize("damage", ["central directory", "end record offset", "ok"])
def test_load_model_closes_the_file_on_every_path(tmp_path, damage):
    path = saved(tmp_path)
    raw = bytearray(path.read_bytes())
    if damage == "central directory":
        central = raw.index(b"PK\x01\x02")
        raw[central:central + 4] = b"XXXX"              # still a zip to is_zipfile, not to ZipFile
    elif damage == "end record offset":
        end = raw.rindex(b"PK\x05\x06")
        raw[end + 16:end + 20] = struct.pack("<I", len(raw) + 999)
    path.write_bytes(bytes(raw))
    assert zipfile.is_zipfile(path)
    if damage == "ok":
        loaded = load_model(path)
        assert _fds_on(path) == []
        assert loaded.vocab == VOCAB
        return
    with pytest.raises(ModelFileError, match="model.npz") as info:
        load_model(path)
    assert info.value is not None                       # the exception (and its frames) still alive
    assert _fds_on(path) == [], "load_model left the file open"


def test_model_bytes_are_what_save_model_writes(tmp_path, monkeypatch):
    from lstm_sim.model.files import model_bytes
    net = make_net("lstm", seed=3)
    meta = {"title": "t", "clamps": {"f": [None, 1.0, None]}}
    import time
    monkeypatch.setattr(time, "localtime", lambda *a: time.struct_time((2024, 1, 2, 3, 4, 5, 0, 2, 0)))
    data = model_bytes(net, VOCAB, meta)
    save_model(tmp_path / "m.npz", net, VOCAB, meta)
    assert (tmp_path / "m.npz").read_bytes() == data
    path = tmp_path / "from-bytes.npz"
    path.write_bytes(data)
    loaded = load_model(path)
    assert loaded.metadata == meta and loaded.vocab == VOCAB
    for name, p in net.params.items():
        np.testing.assert_array_equal(loaded.net.params[name], p)
    with pytest.raises(ValueError):
        model_bytes(net, VOCAB[:2], meta)


def test_what_a_file_holds_is_told_by_its_headers_not_by_a_librarys_message(tmp_path):
    """An .npz of Python objects and a bfloat16 safetensors file are named by what their
    own headers say (the array's dtype, the tensor's dtype), never by matching the text of
    NumPy's or safetensors' errors."""
    import json
    import struct
    objects = tmp_path / "objects.npz"
    np.savez(objects, **{"lstm.weight_ih_l0": np.array([{"a": 1}], dtype=object)})
    with pytest.raises(ModelFileError) as info:
        load_model(objects)
    assert info.value.code == "npz-objects"
    header = json.dumps({"lstm.weight_ih_l0": {"dtype": "BF16", "shape": [2], "data_offsets": [0, 4]}}).encode()
    bf16 = tmp_path / "bf16.safetensors"
    bf16.write_bytes(struct.pack("<Q", len(header)) + header + b"\0\0\0\0")
    with pytest.raises(ModelFileError) as info:
        load_model(bf16)
    assert info.value.code == "safetensors-bf16"
