"""Real torch models, saved the usual ways, open under any module names and compute
what torch computes; the shapes we do not model, and damaged files, are refused with
one error type naming the cause."""
import json
import pickle

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstm_sim.model import ModelFileError, forward, load_model
from lstm_sim.scenarios.presets import from_saved

torch = pytest.importorskip("torch")
safetensors_torch = pytest.importorskip("safetensors.torch")
nn = torch.nn

VOCAB = ["<eos>", "<unk>", "Doug", "Jane", "Spot", "saw", "."]
V, H = len(VOCAB), 3
TOL = 1e-10
FORMATS = ["npz", "safetensors", "pt"]
HYPO = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def container(modules: dict, wrap: str | None = None):
    """``modules`` as attributes of one module, optionally nested under ``wrap``."""
    inner = nn.Module()
    for key, module in modules.items():
        setattr(inner, key, module)
    if wrap is None:
        return inner
    outer = nn.Module()
    setattr(outer, wrap, inner)
    return outer


#: name → (modules, wrapper): the cell is the first module, the readout the last.
SHAPES = {
    "lstm/readout": (lambda: {"lstm": nn.LSTM(V, H), "readout": nn.Linear(H, V)}, None),
    "encoder/decoder": (lambda: {"encoder": nn.LSTM(V, H), "decoder": nn.Linear(H, V)}, None),
    "rnn/fc": (lambda: {"rnn": nn.RNN(V, H), "fc": nn.Linear(H, V)}, None),
    "lstm named rnn/head": (lambda: {"rnn": nn.LSTM(V, H), "head": nn.Linear(H, V)}, None),
    "DataParallel module.": (lambda: {"lstm": nn.LSTM(V, H), "linear": nn.Linear(H, V)}, "module"),
    "model. nesting": (lambda: {"rnn": nn.RNN(V, H), "fc": nn.Linear(H, V)}, "model"),
    "bias=False": (lambda: {"lstm": nn.LSTM(V, H, bias=False), "fc": nn.Linear(H, V, bias=False)}, None),
    "batch_first": (lambda: {"lstm": nn.LSTM(V, H, batch_first=True), "out": nn.Linear(H, V)}, None),
}


def build(shape, seed=0):
    torch.manual_seed(seed)
    make, wrap = SHAPES[shape]
    modules = make()
    model = container(modules, wrap).double()
    with torch.no_grad():
        for p in model.parameters():
            p.uniform_(-1.5, 1.5)
    cell, readout = list(modules.values())
    return model, cell, readout


def state(model):
    return {k: v.detach().contiguous() for k, v in model.state_dict().items()}


def save(model, tmp_path, fmt, vocab=True, extra=None, metadata=None, name="model"):
    """Save the state dict as users do: np.savez, safetensors, torch.save."""
    sd = dict(state(model), **(extra or {}))
    path = tmp_path / f"{name}.{fmt}"
    if fmt == "npz":
        more = {"vocab": np.array(VOCAB)} if vocab else {}
        if metadata:
            more["metadata"] = np.array(json.dumps(metadata))
        np.savez(path, **{k: v.numpy() for k, v in sd.items()}, **more)
    elif fmt == "safetensors":
        header = {"vocab": json.dumps(VOCAB)} if vocab else {}
        header.update(metadata or {})
        safetensors_torch.save_file(sd, str(path), metadata=header or None)
    else:
        torch.save(dict(sd, vocab=VOCAB, **({"metadata": metadata} if metadata else {}))
                   if vocab else sd, path)
    return path


def torch_probs(cell, readout, X):
    with torch.no_grad():
        tX = torch.tensor(X)
        out, _ = cell(tX.unsqueeze(0) if cell.batch_first else tX.unsqueeze(1))
        out = out[0] if cell.batch_first else out[:, 0]
        return torch.softmax(readout(out), dim=-1).numpy()


def refused(path, **kwargs):
    with pytest.raises(ModelFileError) as info:
        load_model(path, **kwargs)
    message = str(info.value)
    assert path.name in message and "\n" not in message
    return message


X = np.eye(V)[[2, 5, 3, 6, 0, 4, 5, 2, 1]]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("shape", list(SHAPES))
def test_every_supported_shape_in_every_format_matches_torch(tmp_path, shape, fmt):
    model, cell, readout = build(shape)
    loaded = load_model(save(model, tmp_path, fmt))
    assert loaded.vocab == VOCAB
    assert loaded.net.kind == ("lstm" if isinstance(cell, nn.LSTM) else "rnn")
    np.testing.assert_allclose(forward(loaded.net, X)["probs"], torch_probs(cell, readout, X), rtol=0, atol=TOL)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_state_dict_takes_the_vocabulary_from_the_caller(tmp_path, fmt):
    model, cell, readout = build("encoder/decoder")
    path = save(model, tmp_path, fmt, vocab=False)
    assert "field 'vocab': missing" in refused(path)
    loaded = load_model(path, vocab=VOCAB)
    np.testing.assert_allclose(forward(loaded.net, X)["probs"], torch_probs(cell, readout, X), rtol=0, atol=TOL)


@pytest.mark.parametrize("fmt", FORMATS)
def test_float32_models_open(tmp_path, fmt):
    model, cell, readout = build("lstm/readout")
    model.float()
    loaded = load_model(save(model, tmp_path, fmt))
    np.testing.assert_allclose(forward(loaded.net, X)["probs"], torch_probs(cell.double(), readout.double(), X),
                               rtol=0, atol=1e-12)


def test_the_format_is_told_by_content_not_by_name(tmp_path):
    model, cell, readout = build("rnn/fc")
    for fmt, wrong in [("npz", "model.pt"), ("safetensors", "model.npz"), ("pt", "weights.bin")]:
        path = save(model, tmp_path, fmt)
        renamed = path.rename(tmp_path / wrong)
        np.testing.assert_allclose(forward(load_model(renamed).net, X)["probs"], torch_probs(cell, readout, X),
                                   rtol=0, atol=TOL)


# -- refused, with the cause named ---------------------------------------------------

def test_a_pickled_whole_module_is_refused_and_never_run(tmp_path):
    model, _, _ = build("lstm/readout")
    path = tmp_path / "whole.pt"
    torch.save(model, path)
    message = refused(path)
    assert "save model.state_dict() instead" in message and "whole module" in message


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_extra_unknown_key_is_named(tmp_path, fmt):
    model, _, _ = build("lstm/readout")
    path = save(model, tmp_path, fmt, extra={"optimizer_step": torch.zeros(2, 2, dtype=torch.float64)})
    assert "field 'optimizer_step': not part of a one-layer LSTM" in refused(path)


def test_a_training_checkpoint_entry_is_named(tmp_path):
    model, _, _ = build("lstm/readout")
    path = tmp_path / "ckpt.pt"
    torch.save(dict(state(model), epoch=3), path)
    assert "field 'epoch': holds a int, not a tensor" in refused(path, vocab=VOCAB)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_embedding_under_any_name_is_named_not_ignored(tmp_path, fmt):
    """nn.Embedding(V, V) in front of the cell used to be ignored silently."""
    torch.manual_seed(0)
    model = container({"lookup": nn.Embedding(V, V), "lstm": nn.LSTM(V, H), "fc": nn.Linear(H, V)}).double()
    message = refused(save(model, tmp_path, fmt))
    assert "field 'lookup.weight': looks like an embedding (7 words → 7 inputs" in message


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("modules, says", [
    (lambda: {"lstm": nn.LSTM(V, H, num_layers=2), "fc": nn.Linear(H, V)}, "a 2-layer (stacked) model"),
    (lambda: {"rnn": nn.GRU(V, H), "fc": nn.Linear(H, V)}, "looks like a GRU"),
    (lambda: {"lstm": nn.LSTM(V, H, bidirectional=True), "fc": nn.Linear(2 * H, V)}, "cannot look ahead"),
    (lambda: {"lstm": nn.LSTM(V, H, proj_size=2), "fc": nn.Linear(2, V)}, "proj_size > 0 is not supported"),
], ids=["stacked", "gru", "bidirectional", "proj"])
def test_shapes_we_do_not_model_are_named_in_every_format(tmp_path, fmt, modules, says):
    model = container(modules()).double()
    assert says in refused(save(model, tmp_path, fmt))


def test_two_readouts_are_listed_and_the_user_chooses(tmp_path):
    torch.manual_seed(0)
    model = container({"lstm": nn.LSTM(V, H), "decoder": nn.Linear(H, V), "head": nn.Linear(H, V)}).double()
    path = save(model, tmp_path, "safetensors")
    message = refused(path)
    assert "two readings fit" in message and "'decoder', 'head'" in message
    # choosing one leaves the other unaccounted for: that is named, never ignored
    assert "field 'head.bias': not part of" in refused(path, parts={"readout": "decoder"})
    del model.head
    path = save(model, tmp_path, "pt", name="one")
    loaded = load_model(path, parts={"cell": "lstm", "readout": "decoder"})
    np.testing.assert_allclose(forward(loaded.net, X)["probs"], torch_probs(model.lstm, model.decoder, X),
                               rtol=0, atol=TOL)


def test_two_cells_are_listed(tmp_path):
    torch.manual_seed(0)
    model = container({"encoder": nn.LSTM(V, H), "decoder": nn.LSTM(V, H), "fc": nn.Linear(H, V)}).double()
    path = save(model, tmp_path, "npz")
    assert "the recurrent module could be 'decoder', 'encoder'" in refused(path)
    assert "field 'decoder.bias_hh_l0': not part of" in refused(path, parts={"cell": "encoder"})
    assert "no recurrent module 'nope'" in refused(path, parts={"cell": "nope"})


# -- vocabularies and tokenizers ------------------------------------------------------

def test_unknown_words_map_to_unk_and_remember_what_was_typed(tmp_path):
    model, _, _ = build("lstm/readout")
    preset = from_saved(load_model(save(model, tmp_path, "pt")), "model.pt")
    tokens = preset.vocab.tokens("Doug saw Bob. <eos>")
    assert [t.text for t in tokens] == ["Doug", "saw", "<unk>", ".", "<eos>"]
    assert tokens[2].original == "Bob" and (tokens[2].start, tokens[2].end) == (9, 12)


CHARS = list("abc .\n")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_char_lstm_opens_with_the_chars_tokenizer(tmp_path, fmt):
    torch.manual_seed(1)
    n = len(CHARS)
    model = container({"lstm": nn.LSTM(n, 5), "fc": nn.Linear(5, n)}).double()
    sd = state(model)
    path = tmp_path / f"char.{fmt}"
    if fmt == "npz":
        np.savez(path, **{k: v.numpy() for k, v in sd.items()}, vocab=np.array(CHARS),
                 metadata=np.array(json.dumps({"tokenizer": "chars"})))
    elif fmt == "safetensors":
        safetensors_torch.save_file(sd, str(path), metadata={"vocab": json.dumps(CHARS), "tokenizer": "chars"})
    else:
        torch.save(sd, path)
    loaded = load_model(path, **({"vocab": CHARS, "tokenizer": "chars"} if fmt == "pt" else {}))
    assert loaded.metadata["tokenizer"] == "chars"
    vocab = from_saved(loaded, str(path)).vocab
    text = "ab c.\nba"
    assert vocab.tokenize(text) == list(text)
    Xc = vocab.one_hot(vocab.tokenize(text))
    np.testing.assert_allclose(forward(loaded.net, Xc)["probs"], torch_probs(model.lstm, model.fc, Xc),
                               rtol=0, atol=TOL)


def test_an_unknown_tokenizer_in_the_file_is_named(tmp_path):
    model, _, _ = build("lstm/readout")
    path = save(model, tmp_path, "safetensors", metadata={"tokenizer": "bpe"})
    assert "field 'metadata.tokenizer': must be one of words, chars" in refused(path)


# -- damaged files: one error type, never another ------------------------------------

def _good_bytes(tmp_path, fmt):
    model, _, _ = build("lstm/readout")
    return save(model, tmp_path, fmt, name=f"good-{fmt}").read_bytes()


@HYPO
@given(fmt=st.sampled_from(["safetensors", "pt"]), data=st.data())
def test_damaged_safetensors_and_torch_files_raise_only_model_file_error(tmp_path, fmt, data):
    raw = bytearray(_good_bytes(tmp_path, fmt))
    how = data.draw(st.sampled_from(["truncate", "flip", "both"]))
    if how in ("truncate", "both"):
        raw = raw[:data.draw(st.integers(0, len(raw) - 1))]
    if how in ("flip", "both") and raw:
        for _ in range(data.draw(st.integers(1, 6))):
            pos = data.draw(st.integers(0, len(raw) - 1))
            raw[pos] ^= 1 << data.draw(st.integers(0, 7))
    path = tmp_path / f"damaged.{fmt}"
    path.write_bytes(bytes(raw))
    try:
        loaded = load_model(path)
    except ModelFileError as exc:
        assert "damaged" in str(exc)
        return
    probs = forward(loaded.net, np.eye(loaded.net.input_size))["probs"]
    assert np.all(np.isfinite(probs)) and len(loaded.vocab) == loaded.net.output_size


@HYPO
@given(header=st.binary(max_size=200), body=st.binary(max_size=100))
def test_a_safetensors_header_of_any_bytes_raises_only_model_file_error(tmp_path, header, body):
    path = tmp_path / "any.safetensors"
    path.write_bytes(len(header).to_bytes(8, "little") + b"{" + header + body)
    with pytest.raises(ModelFileError):
        load_model(path)


def test_loading_never_unpickles_outside_torchs_safe_reader(tmp_path, monkeypatch):
    model, _, _ = build("lstm/readout")
    paths = [save(model, tmp_path, fmt) for fmt in FORMATS]
    monkeypatch.setattr(pickle, "load", lambda *a, **k: pytest.fail("unpickled"))
    monkeypatch.setattr(pickle, "loads", lambda *a, **k: pytest.fail("unpickled"))
    for path in paths:
        assert load_model(path).net.kind == "lstm"


def test_importing_the_model_loads_neither_torch_nor_safetensors():
    import subprocess
    import sys
    code = ("import lstm_sim.model, lstm_sim.scenarios, sys; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'safetensors')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
