"""Our cells are PyTorch's cells: same outputs, same gradients, weights move both ways."""
import numpy as np
import pytest

from lstm_sim.model import (Network, backward, forward, from_torch_state_dict, grads_to_torch,
                            load_model, loss_from_trace, to_torch_state_dict)

torch = pytest.importorskip("torch")
nn = torch.nn
F = torch.nn.functional

I, H, T = 5, 4, 9
V = I                      # a language model reads and predicts the same vocabulary
TOL = 1e-10


class TorchNet(nn.Module):
    """``nn.LSTM``/``nn.RNN`` followed by ``nn.Linear``, named as our files name them."""

    def __init__(self, kind, n_in=I, n_hidden=H, n_out=V):
        super().__init__()
        self.kind = kind
        if kind == "lstm":
            self.lstm = nn.LSTM(n_in, n_hidden)
        elif kind == "gru":
            self.gru = nn.GRU(n_in, n_hidden)
        else:
            self.rnn = nn.RNN(n_in, n_hidden, nonlinearity=squash(kind))
        self.readout = nn.Linear(n_hidden, n_out)

    def forward(self, X, h0, c0=None):
        if self.kind == "lstm":
            out, (h, c) = self.lstm(X, (h0, c0))
        else:
            out, h = (self.gru if self.kind == "gru" else self.rnn)(X, h0)
            c = None
        return self.readout(out), out, h, c


#: "rnn-relu" is nn.RNN(nonlinearity='relu'): our kind "rnn" with nonlinearity "relu".
KINDS = ["lstm", "rnn", "rnn-relu", "gru"]


def squash(kind):
    return "relu" if kind == "rnn-relu" else "tanh"


def cell(kind):
    return "rnn" if kind == "rnn-relu" else kind


def ours(kind, arrays):
    return from_torch_state_dict(arrays, nonlinearity=squash(kind))


def build(kind, seed):
    torch.manual_seed(seed)
    model = TorchNet(kind).double()
    with torch.no_grad():
        for p in model.parameters():          # larger than the default init: saturating regimes too
            p.uniform_(-1.5, 1.5)
    return model


def numpy_state(model):
    return {k: v.detach().numpy().copy() for k, v in model.state_dict().items()}


def data(kind, seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(T, I))
    h0 = rng.normal(size=H) * 0.5
    c0 = rng.normal(size=H) if kind == "lstm" else None
    targets = rng.integers(0, V, size=T)
    targets[3] = -1
    return X, h0, c0, targets


def run_torch(model, X, h0, c0):
    tX = torch.tensor(X).unsqueeze(1)                       # T×1×I: sequence, batch, features
    th0 = torch.tensor(h0).view(1, 1, H).requires_grad_()
    tc0 = torch.tensor(c0).view(1, 1, H) if c0 is not None else None
    logits, out, h, c = model(tX, th0, tc0)
    return logits[:, 0], out[:, 0], th0, (c[0, 0] if c is not None else None)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", [0, 1])
def test_outputs_match_torch(kind, seed):
    model = build(kind, seed)
    X, h0, c0, _ = data(kind, seed)
    net = ours(kind, numpy_state(model))
    assert net.kind == cell(kind) and net.nonlinearity == squash(kind) and (net.input_size, net.hidden_size, net.output_size) == (I, H, V)
    tr = forward(net, X, h0, c0)
    with torch.no_grad():
        logits, out, _, c_last = run_torch(model, X, h0, c0)
    np.testing.assert_allclose(tr["logits"], logits.numpy(), rtol=0, atol=TOL)
    np.testing.assert_allclose(tr["h"], out.numpy(), rtol=0, atol=TOL)
    if kind == "lstm":
        np.testing.assert_allclose(tr.c_last, c_last.numpy(), rtol=0, atol=TOL)


@pytest.mark.parametrize("kind", KINDS)
def test_gradients_match_torch_autograd(kind):
    model = build(kind, seed=2)
    X, h0, c0, targets = data(kind, seed=2)
    net = ours(kind, numpy_state(model))
    logits, _, th0, _ = run_torch(model, X, h0, c0)
    loss = F.cross_entropy(logits, torch.tensor(targets), ignore_index=-1)
    loss.backward()

    tr = forward(net, X, h0, c0)
    assert loss_from_trace(tr, targets) == pytest.approx(loss.item(), abs=TOL)
    grads, dh0, _ = backward(net, tr, targets)
    mine = grads_to_torch(net, grads)
    named = dict(model.named_parameters())
    assert set(mine) == set(named) and len(mine) == 6
    for name, p in named.items():
        np.testing.assert_allclose(mine[name], p.grad.numpy(), rtol=0, atol=TOL, err_msg=name)
    np.testing.assert_allclose(dh0, th0.grad.numpy().ravel(), rtol=0, atol=TOL)


@pytest.mark.parametrize("kind", KINDS)
def test_round_trip_into_torch_gives_identical_outputs(kind):
    rng = np.random.default_rng(3)
    net = Network.random(cell(kind), I, H, V, seed=3, nonlinearity=squash(kind))
    for p in net.params.values():
        p += rng.normal(size=p.shape)
    model = TorchNet(kind).double()
    model.load_state_dict({k: torch.tensor(v) for k, v in to_torch_state_dict(net).items()}, strict=True)
    X, h0, c0, _ = data(kind, seed=4)
    with torch.no_grad():
        logits, out, _, _ = run_torch(model, X, h0, c0)
    tr = forward(net, X, h0, c0)
    np.testing.assert_allclose(logits.numpy(), tr["logits"], rtol=0, atol=TOL)
    np.testing.assert_allclose(out.numpy(), tr["h"], rtol=0, atol=TOL)
    back = ours(kind, numpy_state(model))
    for name, p in net.params.items():
        np.testing.assert_allclose(back.params[name], p, rtol=0, atol=1e-15, err_msg=name)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_numpy_savez_of_a_torch_state_dict_is_a_model_file(tmp_path, kind, dtype):
    model = build(kind, seed=5)
    if dtype == "float32":
        model = model.float()
    vocab = ["Doug", "Jane", "Spot", "saw", "."]
    path = tmp_path / f"torch_{kind}.npz"
    np.savez(path, **numpy_state(model), vocab=np.array(vocab))
    loaded = load_model(path, nonlinearity=None if kind == "lstm" else squash(kind))
    assert loaded.vocab == vocab and loaded.net.kind == cell(kind) and loaded.net.nonlinearity == squash(kind)
    assert all(p.dtype == np.float64 for p in loaded.net.params.values())
    X, h0, c0, _ = data(kind, seed=6)
    model = model.double()                      # compare with the weights as stored
    with torch.no_grad():
        logits, _, _, _ = run_torch(model, X, h0, c0)
    np.testing.assert_allclose(forward(loaded.net, X, h0, c0)["logits"], logits.numpy(),
                               rtol=0, atol=TOL)

    # Without the vocabulary in the file, the caller supplies it.
    bare = tmp_path / "bare.npz"
    np.savez(bare, **numpy_state(model))
    assert load_model(bare, vocab=vocab, nonlinearity=squash(kind)).vocab == vocab
