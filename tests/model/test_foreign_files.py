"""Model files are never silently wrong: every array is accounted for, and networks we
do not model (bidirectional, projected) are
named, not misread. Arrays are built with NumPy the way torch would save them; if torch
is installed, real modules are saved and checked too."""
import pickle
import sys
import zipfile

import numpy as np
import pytest

from lstm_sim.model import ModelFileError, Network, forward, load_model, save_model

I = V = 4
H = 3
VOCAB = ["Doug", "Jane", "Spot", "saw"]


def state_dict(cell="lstm", prefix=None, bias=True, layers=1, bidirectional=False, proj=0,
               n_hidden=H, readout=True, seed=0):
    """Arrays named and shaped as ``np.savez(**{k: v.numpy() for k, v in sd.items()})`` gives."""
    rng = np.random.default_rng(seed)
    paths = {"lstm": 4, "rnn": 1, "gru": 3}[cell]
    prefix = cell if prefix is None else prefix
    out_size = proj or n_hidden
    arrays = {}
    for layer in range(layers):
        for suffix in [""] + (["_reverse"] if bidirectional else []):
            n_in = I if layer == 0 else out_size * (2 if bidirectional else 1)
            tag = f"_l{layer}{suffix}"
            arrays[f"{prefix}.weight_ih{tag}"] = rng.normal(size=(paths * n_hidden, n_in))
            arrays[f"{prefix}.weight_hh{tag}"] = rng.normal(size=(paths * n_hidden, out_size))
            if bias:
                arrays[f"{prefix}.bias_ih{tag}"] = rng.normal(size=paths * n_hidden)
                arrays[f"{prefix}.bias_hh{tag}"] = rng.normal(size=paths * n_hidden)
            if proj:
                arrays[f"{prefix}.weight_hr{tag}"] = rng.normal(size=(proj, n_hidden))
    if readout:
        width = out_size * (2 if bidirectional else 1)
        arrays["readout.weight"] = rng.normal(size=(V, width))
        arrays["readout.bias"] = rng.normal(size=V)
    return arrays


def write(tmp_path, arrays, name="model.npz", vocab=True):
    path = tmp_path / name
    np.savez(path, **arrays, **({"vocab": np.array(VOCAB)} if vocab else {}))
    return path


def refused(path):
    with pytest.raises(ModelFileError) as info:
        load_model(path)
    message = str(info.value)
    assert path.name in message and "\n" not in message
    return message


# -- bias=False loads, with zero biases --------------------------------------------

@pytest.mark.parametrize("cell", ["lstm", "rnn"])
def test_a_model_without_biases_loads_with_zero_biases(tmp_path, cell):
    arrays = state_dict(cell, bias=False)
    loaded = load_model(write(tmp_path, arrays), nonlinearity="tanh" if cell == "rnn" else None)
    net = loaded.net
    assert net.kind == cell and np.all(net.params["b"] == 0.0)
    np.testing.assert_array_equal(net.params["W"], arrays[f"{cell}.weight_ih_l0"])
    np.testing.assert_array_equal(net.params["U"], arrays[f"{cell}.weight_hh_l0"])
    with_zeros = dict(arrays, **{f"{cell}.bias_ih_l0": np.zeros(net.params["b"].shape),
                                 f"{cell}.bias_hh_l0": np.zeros(net.params["b"].shape)})
    same = load_model(write(tmp_path, with_zeros, "zeros.npz"), nonlinearity=net.nonlinearity if cell == "rnn" else None).net
    X = np.eye(I)[[0, 3, 1, 2]]
    np.testing.assert_array_equal(forward(net, X)["probs"], forward(same, X)["probs"])


def test_a_readout_without_bias_loads_with_zero_bias(tmp_path):
    arrays = state_dict()
    del arrays["readout.bias"]
    assert np.all(load_model(write(tmp_path, arrays)).net.params["b_out"] == 0.0)


@pytest.mark.parametrize("drop, named", [("lstm.bias_hh_l0", "lstm.bias_hh_l0"),
                                         ("lstm.bias_ih_l0", "lstm.bias_ih_l0")])
def test_half_the_biases_is_refused(tmp_path, drop, named):
    arrays = state_dict()
    del arrays[drop]
    message = refused(write(tmp_path, arrays))
    assert f"field '{named}': missing, but" in message and "both biases or neither" in message


# -- networks we do not model are named -------------------------------------------

@pytest.mark.parametrize("arrays, field, says", [
    (state_dict(bidirectional=True), "lstm.bias_hh_l0_reverse",
     "bidirectional network (keys ending in '_reverse'); a next-token model cannot look ahead; not supported"),
    (state_dict(proj=2), "lstm.weight_hr_l0", "proj_size > 0 is not supported"),
    (state_dict(n_hidden=3, proj=4), "lstm.weight_hr_l0", "proj_size > 0 is not supported"),   # 4H = 3P
], ids=["bidirectional", "projection", "projection 4H=3P"])
def test_unsupported_networks_are_named(tmp_path, arrays, field, says):
    message = refused(write(tmp_path, arrays))
    assert f"field '{field}'" in message and says in message


@pytest.mark.parametrize("prefix", ["gru", "rnn", "lstm", "encoder.cell"])
def test_a_gru_is_read_as_a_gru_whatever_its_name(tmp_path, prefix):
    """3H×H rows: a GRU, never an RNN or an LSTM because of its module's name."""
    arrays = state_dict("gru", prefix=prefix, n_hidden=4)
    net = load_model(write(tmp_path, arrays)).net
    assert net.kind == "gru" and net.hidden_size == 4


def write_torch_save_like(path, top):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(f"{top}data.pkl", pickle.dumps({"lstm.weight_ih_l0": [[1.0]]}))
        z.writestr(f"{top}version", "3\n")
        z.writestr(f"{top}data/0", b"\0" * 16)
    return path


def hide_torch(monkeypatch):
    """As on a machine without PyTorch: ``import torch`` raises ImportError."""
    monkeypatch.setitem(sys.modules, "torch", None)


@pytest.mark.parametrize("top", ["archive/", "model/", ""])
def test_a_torch_save_file_of_plain_python_objects_is_refused_without_torch(tmp_path, monkeypatch, top):
    """Lists where tensors should be: our own reader (no torch, no pickle.Unpickler) says
    that no entry holds model weights."""
    hide_torch(monkeypatch)
    monkeypatch.setattr(pickle, "Unpickler", lambda *a, **k: pytest.fail("the C unpickler was used"))
    message = refused(write_torch_save_like(tmp_path / "model.pt", top))
    assert "no model weights" in message or "not a state dict" in message


# -- every array is accounted for ---------------------------------------------------

def test_an_array_nobody_uses_is_named_in_our_own_file(tmp_path):
    good = tmp_path / "good.npz"
    save_model(good, Network.random("lstm", I, H, V), VOCAB)
    with np.load(good) as data:
        arrays = {k: data[k] for k in data.files}
    arrays["optimizer.step"] = np.array(12)
    message = refused(write(tmp_path, arrays, vocab=False))
    assert "field 'optimizer.step': not part of a one-layer LSTM" in message


@pytest.mark.parametrize("extra", ["rnn.weight_ih_l0", "cell", "readout2.weight", "lstm.weight_ih_l0x"])
def test_an_array_nobody_uses_is_named_in_a_torch_dict(tmp_path, extra):
    arrays = dict(state_dict(), **{extra: np.zeros((2, 2))})
    message = refused(write(tmp_path, arrays))
    assert f"field '{extra}': not part of a one-layer LSTM" in message


def test_a_readout_under_another_name_is_found_by_its_shape(tmp_path):
    arrays = state_dict()
    arrays["fc.weight"], arrays["fc.bias"] = arrays.pop("readout.weight"), arrays.pop("readout.bias")
    net = load_model(write(tmp_path, arrays)).net
    np.testing.assert_array_equal(net.params["W_out"], arrays["fc.weight"])
    np.testing.assert_array_equal(net.params["b_out"], arrays["fc.bias"])


def test_a_model_without_a_readout_is_named(tmp_path):
    arrays = state_dict(readout=False)
    assert "field 'readout.weight': missing: no nn.Linear after 'lstm'" in refused(write(tmp_path, arrays))


# -- real torch modules --------------------------------------------------------------

def save_torch(tmp_path, modules: dict, name="t.npz", scale=None):
    """Put ``modules`` under their names in one float64 module and save its state dict
    as the error message tells users to (weights uniform in ±scale if given)."""
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    container = torch.nn.Module()
    for key, module in modules.items():
        setattr(container, key, module)
    container.double()
    if scale:
        with torch.no_grad():
            for p in container.parameters():
                p.uniform_(-scale, scale)
    path = tmp_path / name
    np.savez(path, **{k: v.detach().numpy() for k, v in container.state_dict().items()},
             vocab=np.array(VOCAB))
    return path, container


def test_torch_lstm_without_bias_loads_and_matches_torch(tmp_path):
    torch = pytest.importorskip("torch")
    nn = torch.nn
    path, model = save_torch(tmp_path, {"lstm": nn.LSTM(I, H, bias=False), "readout": nn.Linear(H, V)},
                             scale=1.5)
    assert [k for k in model.state_dict() if k.startswith("lstm.")] == ["lstm.weight_ih_l0", "lstm.weight_hh_l0"]
    net = load_model(path).net
    X = np.eye(I)[[0, 3, 1, 2, 2, 0, 3]]
    with torch.no_grad():
        out, _ = model.lstm(torch.tensor(X).unsqueeze(1))
        expected = torch.softmax(model.readout(out[:, 0]), dim=-1).numpy()
    np.testing.assert_allclose(forward(net, X)["probs"], expected, rtol=0, atol=1e-10)


@pytest.mark.parametrize("build, says", [
    (lambda nn: {"lstm": nn.LSTM(I, H, bidirectional=True), "readout": nn.Linear(2 * H, V)},
     "a next-token model cannot look ahead; not supported"),
    (lambda nn: {"lstm": nn.LSTM(I, H, proj_size=2), "readout": nn.Linear(2, V)},
     "proj_size > 0 is not supported"),
], ids=["bidirectional", "proj_size=2"])
def test_torch_modules_we_do_not_model_are_named(tmp_path, build, says):
    torch = pytest.importorskip("torch")
    path, _ = save_torch(tmp_path, build(torch.nn))
    assert says in refused(path)


def test_a_real_torch_save_file_opens_without_torch(tmp_path, monkeypatch):
    torch = pytest.importorskip("torch")
    nn = torch.nn
    container = nn.Module()
    container.lstm, container.readout = nn.LSTM(I, H), nn.Linear(H, V)
    path = tmp_path / "model.pt"
    torch.save(container.state_dict(), path)
    expected = {k: v.double().numpy() for k, v in container.state_dict().items()}
    hide_torch(monkeypatch)
    monkeypatch.setattr(pickle, "Unpickler", lambda *a, **k: pytest.fail("the C unpickler was used"))
    net = load_model(path, vocab=VOCAB).net
    np.testing.assert_array_equal(net.params["W"], expected["lstm.weight_ih_l0"])
    np.testing.assert_array_equal(net.params["b"], expected["lstm.bias_ih_l0"] + expected["lstm.bias_hh_l0"])


# -- an array that could be an embedding is never taken for one silently ------------------

def test_a_stray_square_table_in_a_one_hot_model_is_a_question_not_an_embedding(tmp_path):
    """A one-hot model that also carries an unnamed V×V weight (a skip connection, a
    bigram prior): one-hot inputs and 'prior' as the embedding both fit, so the user says."""
    arrays = dict(state_dict(), **{"prior.weight": np.eye(V) * 3.0})
    path = write(tmp_path, arrays)
    message = refused(path)
    assert "two readings fit: the inputs could be one-hot words, or 'prior'" in message
    assert "--embedding none" in message
    assert "field 'prior.weight': not part of a one-layer LSTM" in str(
        pytest.raises(ModelFileError, load_model, path, parts={"embedding": "none"}).value)
    net = load_model(path, parts={"embedding": "prior"}).net
    assert net.has_embedding and np.array_equal(net.params["E"], np.eye(V) * 3.0)


def test_a_table_with_the_wrong_number_of_rows_is_named_as_such(tmp_path):
    arrays = dict(state_dict(), **{"prior.weight": np.zeros((7, I))})
    message = refused(write(tmp_path, arrays))
    assert ("field 'prior.weight': not part of a one-layer LSTM with a readout (as wide as the cell's "
            "input it could be an embedding, but it has 7 rows for 4 words)") in message


@pytest.mark.parametrize("name", ["embedding", "encoder", "wte", "tok_emb", "word_embeddings"])
def test_a_table_named_like_an_embedding_is_one(tmp_path, name):
    arrays = dict(state_dict(), **{f"{name}.weight": np.eye(V)[::-1] * 2.0})
    net = load_model(write(tmp_path, arrays)).net
    X = np.eye(V)[[0, 3, 1]]
    np.testing.assert_array_equal(forward(net, X).layers[0]["x"], X @ (np.eye(V)[::-1] * 2.0))


def test_whitespace_tokens_name_a_character_vocabulary(tmp_path):
    arrays = state_dict()
    path = tmp_path / "chars.npz"
    np.savez(path, vocab=np.array(["a", "b", " ", "\n"]), **arrays)
    message = refused(path)
    assert "has whitespace tokens (' ', '\\n') as a character model's vocabulary does" in message
    assert "--tokens chars" in message
    assert load_model(path, tokenizer="chars").vocab == ["a", "b", " ", "\n"]
    np.savez(path, vocab=np.array(["a", " b", "c", "d"]), **arrays)       # a word with a space: not chars
    assert "without surrounding spaces" in refused(path)
