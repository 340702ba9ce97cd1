"""The files people have: training checkpoints, Lightning and fastai saves, the char-rnn
tutorial's file, whole pickled modules — opened with torch's numbers, without torch,
naming which entry held the weights and what was set aside."""
import json
import subprocess
import sys

import numpy as np
import pytest

from lstm_sim.model import ModelFileError, forward, load_model

torch = pytest.importorskip("torch")
nn = torch.nn

VOCAB = ["<eos>", "Doug", "Jane", "Spot", "saw", "."]
V, H = len(VOCAB), 4
TOL = 1e-10
X_IDS = [1, 4, 2, 5, 0, 3, 4, 1]


class RNNModel(nn.Module):
    """pytorch/examples word_language_model's model.py, unchanged in structure."""

    def __init__(self, rnn_type, ntoken, ninp, nhid, nlayers, tie_weights=False):
        super().__init__()
        self.ntoken = ntoken
        self.drop = nn.Dropout(0.2)
        self.encoder = nn.Embedding(ntoken, ninp)
        if rnn_type in ["LSTM", "GRU"]:
            self.rnn = getattr(nn, rnn_type)(ninp, nhid, nlayers, dropout=0.2)
        else:
            nonlinearity = {"RNN_TANH": "tanh", "RNN_RELU": "relu"}[rnn_type]
            self.rnn = nn.RNN(ninp, nhid, nlayers, nonlinearity=nonlinearity, dropout=0.2)
        self.decoder = nn.Linear(nhid, ntoken)
        if tie_weights:
            self.decoder.weight = self.encoder.weight
        self.rnn_type, self.nhid, self.nlayers = rnn_type, nhid, nlayers

    def forward(self, ids):
        out, _ = self.rnn(self.drop(self.encoder(ids)))
        return self.decoder(self.drop(out))


def word_model(rnn_type="LSTM", tied=False, seed=0):
    torch.manual_seed(seed)
    model = RNNModel(rnn_type, V, H, H, 2, tie_weights=tied).double().eval()
    with torch.no_grad():
        for p in model.parameters():
            p.uniform_(-1.2, 1.2)
    return model


def torch_probs(model):
    with torch.no_grad():
        return torch.softmax(model(torch.tensor(X_IDS)[:, None])[:, 0], dim=-1).numpy()


def ours(loaded):
    return forward(loaded.net, np.array(X_IDS))["probs"]


def optimizer_state(model):
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    model(torch.tensor(X_IDS)[:, None]).sum().backward()
    opt.step()
    return opt.state_dict()


@pytest.mark.parametrize("layout", ["model", "model_state_dict", "state_dict", "net", "lightning", "fastai",
                                    "top level"])
def test_a_training_checkpoint_opens_from_its_weights_entry_and_names_what_it_left_aside(tmp_path, layout):
    model = word_model()
    sd, opt = model.state_dict(), optimizer_state(model)
    checkpoint = {
        "model": {"model": sd, "optimizer": opt, "epoch": 3},
        "model_state_dict": {"epoch": 3, "model_state_dict": sd, "optimizer_state_dict": opt,
                             "loss": torch.tensor(0.5)},           # the pytorch.org tutorial's
        "state_dict": {"state_dict": sd},
        "net": {"net": sd, "optimizer": opt, "epoch": 7},
        "lightning": {"epoch": 2, "global_step": 40, "pytorch-lightning_version": "2.4.0",
                      "state_dict": {f"model.{k}": v for k, v in sd.items()}, "loops": {},
                      "callbacks": {}, "optimizer_states": [opt], "lr_schedulers": [],
                      "hyper_parameters": {"hidden": H}},
        "fastai": {"model": sd, "opt": opt},
        "top level": dict(sd, epoch=3),
    }[layout]
    path = tmp_path / ("m.ckpt" if layout == "lightning" else "m.pt")
    torch.save(checkpoint, path)
    loaded = load_model(path, vocab=VOCAB)
    np.testing.assert_allclose(ours(loaded), torch_probs(model), rtol=0, atol=TOL)
    said = " ".join(loaded.notes)
    entry = {"lightning": "state_dict", "fastai": "model", "top level": None}.get(layout, layout)
    if entry:
        assert f"'{entry}'" in said
    for aside in set(checkpoint) - {entry} - set(sd):
        assert f"'{aside}'" in said


def test_the_char_rnn_tutorial_file_opens_with_its_own_tokens(tmp_path):
    """{"n_hidden", "n_layers", "state_dict", "tokens"}: the tokens are the vocabulary, in
    order, and make it a character model."""
    chars = tuple("Jane saw Spot.")
    chars = tuple(dict.fromkeys(chars))
    torch.manual_seed(1)
    lstm, fc = nn.LSTM(len(chars), H, 2, batch_first=True).double(), nn.Linear(H, len(chars)).double()
    holder = nn.Module()
    holder.lstm, holder.dropout, holder.fc = lstm, nn.Dropout(0.5), fc
    path = tmp_path / "rnn_x_epoch.net"
    torch.save({"n_hidden": H, "n_layers": 2, "state_dict": holder.state_dict(), "tokens": chars}, path)
    loaded = load_model(path)
    assert loaded.vocab == list(chars) and loaded.metadata["tokenizer"] == "chars"
    ids = [chars.index(c) for c in "Jane saw"]
    with torch.no_grad():
        expected = torch.softmax(fc(lstm(torch.eye(len(chars), dtype=torch.float64)[ids][None])[0][0]), -1)
    np.testing.assert_allclose(forward(loaded.net, np.array(ids))["probs"], expected.numpy(), rtol=0, atol=TOL)
    assert "'n_hidden'" in " ".join(loaded.notes)


def test_a_state_dict_with_an_itos_list_takes_it_as_the_vocabulary(tmp_path):
    model = word_model(seed=2)
    path = tmp_path / "m.pt"
    torch.save(dict(model.state_dict(), itos=VOCAB), path)
    loaded = load_model(path)
    assert loaded.vocab == VOCAB
    np.testing.assert_allclose(ours(loaded), torch_probs(model), rtol=0, atol=TOL)


@pytest.mark.parametrize("rnn_type", ["LSTM", "RNN_TANH", "RNN_RELU"])
@pytest.mark.parametrize("tied", [False, True])
def test_a_whole_word_language_model_saved_as_main_py_does_opens_as_data(tmp_path, rnn_type, tied):
    """main.py: torch.save(model, f). Read without importing model.py: the module tree
    gives the weights, rnn_type (so a relu RNN is relu) and the tied decoder."""
    model = word_model(rnn_type, tied, seed=3)
    path = tmp_path / "model.pt"
    torch.save(model, path)
    loaded = load_model(path, vocab=VOCAB)
    assert loaded.net.nonlinearity == ("relu" if rnn_type == "RNN_RELU" else "tanh")
    np.testing.assert_allclose(ours(loaded), torch_probs(model), rtol=0, atol=TOL)
    said = " ".join(loaded.notes)
    assert "whole pickled module" in said and "RNNModel" in said
    assert ("'decoder.weight' is 'encoder.weight'" in said) == tied


def test_a_whole_module_without_vocabulary_asks_for_the_corpus_order(tmp_path):
    path = tmp_path / "model.pt"
    torch.save(word_model(), path)
    with pytest.raises(ModelFileError) as info:
        load_model(path)
    assert info.value.code == "vocab-missing" and "idx2word" in str(info.value)


def test_a_whole_module_with_an_activation_between_the_parts_is_refused_by_name(tmp_path):
    holder = nn.Module()
    holder.lstm, holder.act, holder.fc = nn.LSTM(V, H), nn.ReLU(), nn.Linear(H, V)
    path = tmp_path / "m.pt"
    torch.save(holder, path)
    with pytest.raises(ModelFileError) as info:
        load_model(path, vocab=VOCAB)
    assert "'act' is a ReLU" in str(info.value) and "remove" not in str(info.value)


def test_a_torch_file_opens_where_torch_is_not_installed(tmp_path):
    """`make run` installs no torch: .pt files open all the same (our own reader)."""
    model = word_model(rnn_type="RNN_RELU", seed=4)
    path = tmp_path / "model.pt"
    torch.save(model, path)
    (tmp_path / "vocab.json").write_text(json.dumps(VOCAB))
    code = ("import sys; sys.modules['torch'] = None; from lstm_sim.cli import main; "
            f"sys.exit(main(['trace', '--model', {str(path)!r}, '--vocab', {str(tmp_path / 'vocab.json')!r}, "
            "'--text', 'Doug saw Jane', '--json', '--fields', 'probs']))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    probs = [s["probs"] for s in json.loads(done.stdout)["steps"]]
    with torch.no_grad():
        expected = torch.softmax(model(torch.tensor([1, 4, 2])[:, None])[:, 0], dim=-1).numpy()
    np.testing.assert_allclose(probs, expected, rtol=0, atol=TOL)
    assert "whole pickled module" in done.stderr


def test_a_torchscript_file_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "scripted.pt"
    torch.jit.save(torch.jit.script(nn.Linear(2, 2)), str(path))
    with pytest.raises(ModelFileError) as info:
        load_model(path)
    assert "TorchScript" in str(info.value) and "state_dict" in str(info.value)
    assert "weights_only" not in str(info.value)
