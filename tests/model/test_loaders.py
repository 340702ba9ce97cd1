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
    # pytorch/examples' word_language_model: encoder = embedding, decoder = readout
    "word LM encoder/rnn/decoder": (lambda: {"encoder": nn.Embedding(V, 5), "rnn": nn.LSTM(5, H),
                                             "decoder": nn.Linear(H, V)}, None),
    "embedding as wide as h": (lambda: {"embed": nn.Embedding(V, H), "lstm": nn.LSTM(H, H),
                                        "fc": nn.Linear(H, V)}, None),
    "embedding V×V": (lambda: {"lookup": nn.Embedding(V, V), "lstm": nn.LSTM(V, H), "fc": nn.Linear(H, V)}, None),
    "2-layer LSTM": (lambda: {"lstm": nn.LSTM(V, H, num_layers=2), "fc": nn.Linear(H, V)}, None),
    "3-layer RNN": (lambda: {"rnn": nn.RNN(V, H, num_layers=3), "fc": nn.Linear(H, V)}, None),
    "relu RNN": (lambda: {"rnn": nn.RNN(V, H, nonlinearity="relu"), "fc": nn.Linear(H, V)}, None),
    "GRU named gru": (lambda: {"gru": nn.GRU(V, H), "fc": nn.Linear(H, V)}, None),
    "GRU named rnn, bias=False": (lambda: {"rnn": nn.GRU(V, H, bias=False), "fc": nn.Linear(H, V)}, None),
    "word LM GRU, 2 layers, module.": (lambda: {"encoder": nn.Embedding(V, 4), "rnn": nn.GRU(4, H, 2),
                                                "decoder": nn.Linear(H, V)}, "module"),
    # word_language_model --model RNN_RELU: nn.RNN(ninp, nhid, nlayers, nonlinearity='relu')
    "word LM RNN_RELU, 2 layers": (lambda: {"encoder": nn.Embedding(V, 4),
                                            "rnn": nn.RNN(4, H, 2, nonlinearity="relu"),
                                            "decoder": nn.Linear(H, V)}, None),
    "embedding + 2 layers, bias=False, module.": (
        lambda: {"emb": nn.Embedding(V, 4), "lstm": nn.LSTM(4, H, num_layers=2, bias=False),
                 "head": nn.Linear(H, V)}, "module"),
    "embedding + 2-layer RNN, batch_first, model.": (
        lambda: {"embedding": nn.Embedding(V, 2), "rnn": nn.RNN(2, H, num_layers=2, batch_first=True),
                 "out": nn.Linear(H, V)}, "model"),
}


def build(shape, seed=0):
    torch.manual_seed(seed)
    make, wrap = SHAPES[shape]
    modules = make()
    model = container(modules, wrap).double()
    with torch.no_grad():
        for p in model.parameters():
            p.uniform_(-1.5, 1.5)
    return model, list(modules.values())


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


def torch_run(modules, X):
    """Logits and every layer's h (and c) of [embedding,] cell, readout on one-hot ``X``."""
    *front, cell, readout = modules
    tX = front[0](torch.tensor(X.argmax(axis=1))) if front else torch.tensor(X)
    out, state = cell(tX.unsqueeze(0) if cell.batch_first else tX.unsqueeze(1))
    out = out[0] if cell.batch_first else out[:, 0]
    return readout(out), out, state


def torch_probs(modules, X):
    with torch.no_grad():
        return torch.softmax(torch_run(modules, X)[0], dim=-1).numpy()


def squashing(modules):
    """What the caller must say of a plain RNN (its state dict cannot): tanh or relu."""
    cell = modules[-2]
    return cell.nonlinearity if isinstance(cell, nn.RNN) else None


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
    model, modules = build(shape)
    cell = modules[-2]
    loaded = load_model(save(model, tmp_path, fmt), nonlinearity=squashing(modules))
    assert loaded.vocab == VOCAB
    net = loaded.net
    assert net.kind == ("lstm" if isinstance(cell, nn.LSTM) else "gru" if isinstance(cell, nn.GRU) else "rnn")
    assert net.nonlinearity == (squashing(modules) or "tanh")
    assert net.num_layers == cell.num_layers and net.has_embedding == (len(modules) == 3)
    trace = forward(net, X)
    np.testing.assert_allclose(trace["probs"], torch_probs(modules, X), rtol=0, atol=TOL)
    with torch.no_grad():
        _, out, state = torch_run(modules, X)
    np.testing.assert_allclose(trace["h"], out.numpy(), rtol=0, atol=TOL)          # the top layer
    h_n = (state[0] if isinstance(cell, nn.LSTM) else state)[:, 0].numpy()
    np.testing.assert_allclose(np.reshape(trace.state_last, h_n.shape), h_n, rtol=0, atol=TOL)
    if isinstance(cell, nn.LSTM):
        c_n = state[1][:, 0].numpy()
        np.testing.assert_allclose(np.reshape(trace.c_last, c_n.shape), c_n, rtol=0, atol=TOL)
    for k, layer in enumerate(trace.layers[1:], start=1):       # layer k reads layer k−1's h
        np.testing.assert_array_equal(layer["x"], trace.layers[k - 1]["h"])
    if net.has_embedding:                                        # the cell reads the embedding rows
        np.testing.assert_array_equal(trace.layers[0]["x"], net.params["E"][X.argmax(axis=1)])


GRADIENT_SHAPES = ["word LM encoder/rnn/decoder", "2-layer LSTM", "3-layer RNN", "word LM RNN_RELU, 2 layers",
                   "word LM GRU, 2 layers, module.", "GRU named rnn, bias=False",
                   "embedding + 2 layers, bias=False, module.", "embedding + 2-layer RNN, batch_first, model."]


@pytest.mark.parametrize("shape", GRADIENT_SHAPES)
def test_gradients_of_every_supported_shape_match_torch_autograd(tmp_path, shape):
    """Every parameter's gradient, and the initial state's, in float64 to 1e-10."""
    from lstm_sim.model import backward, grads_to_torch, loss_from_trace
    model, modules = build(shape, seed=4)
    loaded = load_model(save(model, tmp_path, "safetensors"), nonlinearity=squashing(modules))
    targets = np.array([5, 3, 6, -1, 4, 5, 2, 1, 0])
    logits, _, _ = torch_run(modules, X)
    loss = torch.nn.functional.cross_entropy(logits, torch.tensor(targets), ignore_index=-1)
    loss.backward()
    trace = forward(loaded.net, X)
    assert loss_from_trace(trace, targets) == pytest.approx(loss.item(), abs=TOL)
    grads, _, _ = backward(loaded.net, trace, targets)
    ours = grads_to_torch(loaded.net, grads)
    theirs = {name: p.grad.numpy() for name, p in model.named_parameters()}
    by_suffix = {_canonical_suffix(name, modules, model): g for name, g in theirs.items()}
    assert len(by_suffix) == len(theirs) and set(by_suffix) <= set(ours)
    for key, g in by_suffix.items():
        np.testing.assert_allclose(ours[key], g, rtol=0, atol=TOL, err_msg=key)


def _canonical_suffix(name, modules, model):
    """A torch parameter's name → ours (``lstm.weight_ih_l1``, ``embedding.weight``, ``readout.bias``)."""
    owner = {id(m): role for m, role in zip(modules, (["embedding"] if len(modules) == 3 else []) + ["cell", "readout"])}
    module_name, _, leaf = name.rpartition(".")
    role = owner[id(model.get_submodule(module_name))]
    if role == "cell":
        cell = modules[-2]
        return f"{'lstm' if isinstance(cell, nn.LSTM) else 'gru' if isinstance(cell, nn.GRU) else 'rnn'}.{leaf}"
    return f"{role}.{leaf}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_state_dict_takes_the_vocabulary_from_the_caller(tmp_path, fmt):
    model, modules = build("encoder/decoder")
    path = save(model, tmp_path, fmt, vocab=False)
    assert "field 'vocab': missing" in refused(path)
    loaded = load_model(path, vocab=VOCAB)
    np.testing.assert_allclose(forward(loaded.net, X)["probs"], torch_probs(modules, X), rtol=0, atol=TOL)


@pytest.mark.parametrize("fmt", FORMATS)
def test_float32_models_open(tmp_path, fmt):
    model, modules = build("lstm/readout")
    model.float()
    loaded = load_model(save(model, tmp_path, fmt))
    np.testing.assert_allclose(forward(loaded.net, X)["probs"], torch_probs([m.double() for m in modules], X),
                               rtol=0, atol=1e-12)


def test_the_format_is_told_by_content_not_by_name(tmp_path):
    model, modules = build("rnn/fc")
    for fmt, wrong in [("npz", "model.pt"), ("safetensors", "model.npz"), ("pt", "weights.bin")]:
        path = save(model, tmp_path, fmt)
        renamed = path.rename(tmp_path / wrong)
        np.testing.assert_allclose(forward(load_model(renamed, nonlinearity="tanh").net, X)["probs"],
                                   torch_probs(modules, X),
                                   rtol=0, atol=TOL)


# -- refused, with the cause named ---------------------------------------------------

def test_a_pickled_whole_module_opens_as_data_and_is_never_run(tmp_path):
    model, modules = build("lstm/readout")
    path = tmp_path / "whole.pt"
    torch.save(model, path)
    loaded = load_model(path, vocab=VOCAB)
    assert any("none of its code was run" in n for n in loaded.notes)
    np.testing.assert_allclose(forward(loaded.net, X)["probs"], torch_probs(modules, X), rtol=0, atol=TOL)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_extra_unknown_key_is_named(tmp_path, fmt):
    model, _ = build("lstm/readout")
    path = save(model, tmp_path, fmt, extra={"optimizer_step": torch.zeros(2, 2, dtype=torch.float64)})
    assert "field 'optimizer_step': not part of a one-layer LSTM" in refused(path)


def test_a_training_checkpoint_names_what_it_set_aside(tmp_path):
    model, modules = build("lstm/readout")
    path = tmp_path / "ckpt.pt"
    torch.save(dict(state(model), epoch=3), path)
    loaded = load_model(path, vocab=VOCAB)
    assert any("'epoch'" in n for n in loaded.notes)
    np.testing.assert_allclose(forward(loaded.net, X)["probs"], torch_probs(modules, X), rtol=0, atol=TOL)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_embedding_that_does_not_fit_the_vocabulary_is_named(tmp_path, fmt):
    """nn.Embedding in front of the cell used to be ignored silently; now it is read, and
    one with more rows than the vocabulary has words is refused, naming both counts."""
    torch.manual_seed(0)
    model = container({"lookup": nn.Embedding(V + 2, V), "lstm": nn.LSTM(V, H), "fc": nn.Linear(H, V)}).double()
    message = refused(save(model, tmp_path, fmt))
    assert "field 'lookup.weight': has 9 rows (tokens) but the vocabulary has 7 words" in message


def test_two_embeddings_are_listed_and_the_user_chooses(tmp_path):
    torch.manual_seed(0)
    model = container({"a": nn.Embedding(V, 4), "b": nn.Embedding(V, 4), "lstm": nn.LSTM(4, H),
                       "fc": nn.Linear(H, V)}).double()
    path = save(model, tmp_path, "npz")
    assert "the embedding (a table of 4-wide rows before 'lstm') could be 'a', 'b'" in refused(path)
    assert "field 'b.weight': not part of a one-layer LSTM with a readout and an embedding" in refused(
        path, parts={"embedding": "a"})


def test_a_layer_gap_is_named_not_skipped(tmp_path):
    """Layers _l0 and _l2 without _l1: the _l2 arrays are not part of the network."""
    model, _ = build("3-layer RNN")
    sd = {k: v for k, v in state(model).items() if "_l1" not in k}
    path = tmp_path / "gap.npz"
    np.savez(path, vocab=np.array(VOCAB), **{k: v.numpy() for k, v in sd.items()})
    assert "field 'rnn.bias_hh_l2': not part of a one-layer RNN" in refused(path)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("modules, says", [
    (lambda: {"lstm": nn.LSTM(V, H, bidirectional=True), "fc": nn.Linear(2 * H, V)}, "cannot look ahead"),
    (lambda: {"lstm": nn.LSTM(V, H, proj_size=2), "fc": nn.Linear(2, V)}, "proj_size > 0 is not supported"),
], ids=["bidirectional", "proj"])
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
    np.testing.assert_allclose(forward(loaded.net, X)["probs"], torch_probs([model.lstm, model.decoder], X),
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
    model, _ = build("lstm/readout")
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
    np.testing.assert_allclose(forward(loaded.net, Xc)["probs"], torch_probs([model.lstm, model.fc], Xc),
                               rtol=0, atol=TOL)


def test_an_unknown_tokenizer_in_the_file_is_named(tmp_path):
    model, _ = build("lstm/readout")
    path = save(model, tmp_path, "safetensors", metadata={"tokenizer": "bpe"})
    assert "field 'metadata.tokenizer': must be one of words, chars" in refused(path)


# -- damaged files: one error type, never another ------------------------------------

def _good_bytes(tmp_path, fmt):
    model, _ = build("lstm/readout")
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
    model, _ = build("lstm/readout")
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


# -- the same files through the command line and the app's session ---------------------

TEXT = "Doug saw Jane . <eos> Spot saw Doug <unk>"          # the rows of X, as a user types them


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("shape", list(SHAPES))
def test_every_shape_steps_the_same_through_the_cli_and_the_session(tmp_path, capsys, qtbot, shape, fmt):
    from lstm_sim.cli import main
    from lstm_sim.controller import Session
    from lstm_sim.controller.documents import open_file
    model, modules = build(shape)
    path = save(model, tmp_path, fmt)
    with torch.no_grad():
        logits, out, _ = torch_run(modules, X)
    probs = torch.softmax(logits, dim=-1).numpy()
    squash = squashing(modules)
    told = ["--nonlinearity", squash] if squash else []
    if squash:        # a plain RNN's file cannot say tanh or relu: the CLI refuses to guess
        assert main(["trace", "--model", str(path), "--text", TEXT]) == 2
        assert "--nonlinearity" in capsys.readouterr().err
    assert main(["trace", "--model", str(path), "--text", TEXT, "--json", *told]) == 0
    steps = json.loads(capsys.readouterr().out)["steps"]
    assert [s["token"] for s in steps] == TEXT.split()
    np.testing.assert_allclose([s["probs"] for s in steps], probs, rtol=0, atol=TOL)
    top = [s["layers"][-1] if "layers" in s else s for s in steps]
    np.testing.assert_allclose([s["h"] for s in top], out.numpy(), rtol=0, atol=TOL)
    assert all(len(s.get("layers", [s])) == modules[-2].num_layers for s in steps)

    session = Session()
    open_file(session, str(path), **({"nonlinearity": squash} if squash else {}))
    session.set_text(TEXT)
    np.testing.assert_allclose(session.trace["probs"], probs, rtol=0, atol=TOL)
    session.set_layer(session.num_layers - 1)
    np.testing.assert_allclose(session.trace["h"], out.numpy(), rtol=0, atol=TOL)


@pytest.mark.parametrize("modules, says", [
    (lambda: {"lstm": nn.LSTM(V, H, bidirectional=True), "fc": nn.Linear(2 * H, V)}, "cannot look ahead"),
    (lambda: {"lstm": nn.LSTM(V, H, proj_size=2), "fc": nn.Linear(2, V)}, "proj_size > 0 is not supported"),
    (lambda: {"lstm": nn.LSTM(V, H), "fc": nn.Linear(H, V), "extra": nn.Linear(2, 2)}, "field 'extra.bias'"),
], ids=["bidirectional", "proj", "extra module"])
def test_each_refused_shape_exits_2_on_the_command_line_naming_its_cause(tmp_path, capsys, modules, says):
    from lstm_sim.cli import main
    path = save(container(modules()).double(), tmp_path, "pt")
    assert main(["trace", "--model", str(path), "--text", "Doug saw"]) == 2
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1


# -- a plain RNN's squashing is never guessed -----------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_rnn_state_dict_is_refused_until_its_nonlinearity_is_named(tmp_path, fmt):
    """nn.RNN's state dict is the same for tanh and relu: opening it as tanh would show
    wrong probabilities for a relu net, so the file is refused, saying what to give."""
    model, modules = build("relu RNN")
    path = save(model, tmp_path, fmt)
    with pytest.raises(ModelFileError) as info:
        load_model(path)
    assert info.value.field == "nonlinearity" and info.value.code == "nonlinearity-unknown"
    assert "tanh" in str(info.value) and "relu" in str(info.value) and "--nonlinearity" in str(info.value)
    relu = load_model(path, nonlinearity="relu").net
    np.testing.assert_allclose(forward(relu, X)["probs"], torch_probs(modules, X), rtol=0, atol=TOL)
    # The wrong answer really is wrong: the test would catch a loader that ignores it.
    tanh = load_model(path, nonlinearity="tanh").net
    assert np.abs(forward(tanh, X)["probs"] - torch_probs(modules, X)).max() > 0.05


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_that_says_its_nonlinearity_opens_with_it_and_a_disagreeing_caller_is_told(tmp_path, fmt):
    model, modules = build("relu RNN", seed=2)
    path = save(model, tmp_path, fmt, metadata={"nonlinearity": "relu"})
    net = load_model(path).net
    assert net.nonlinearity == "relu"
    np.testing.assert_allclose(forward(net, X)["probs"], torch_probs(modules, X), rtol=0, atol=TOL)
    assert "disagree" in refused(path, nonlinearity="tanh")
    bad = save(model, tmp_path, fmt, metadata={"nonlinearity": "gelu"}, name="bad")
    assert "gelu" in refused(bad)


def test_a_relu_rnn_saved_by_us_reopens_as_relu(tmp_path):
    from lstm_sim.model import save_model
    model, modules = build("relu RNN", seed=3)
    loaded = load_model(save(model, tmp_path, "pt"), nonlinearity="relu")
    ours = tmp_path / "ours.npz"
    save_model(ours, loaded.net, loaded.vocab, loaded.metadata)
    again = load_model(ours).net
    assert again.nonlinearity == "relu"
    np.testing.assert_allclose(forward(again, X)["probs"], torch_probs(modules, X), rtol=0, atol=TOL)
    assert "only a plain RNN" in refused(save(*build("lstm/readout")[:1], tmp_path, "npz", name="l"),
                                         nonlinearity="relu")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_layer_norm_is_refused_by_name_and_no_fix_is_advised_that_would_be_wrong(tmp_path, fmt):
    """LSTM → LayerNorm → Linear: opening it without the norm gives other probabilities,
    so the refusal says what the module does and never suggests removing it."""
    torch.manual_seed(0)
    model = container({"lstm": nn.LSTM(V, H), "norm": nn.LayerNorm(H), "fc": nn.Linear(H, V)}).double()
    message = refused(save(model, tmp_path, fmt))
    assert "'norm'" in message and "layer norm" in message
    assert "remove" not in message and "convert" not in message


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_vocabulary_given_for_a_file_with_its_own_must_agree(tmp_path, fmt):
    model, modules = build("lstm/readout")
    path = save(model, tmp_path, fmt)
    assert load_model(path, vocab=list(VOCAB)).vocab == VOCAB             # the same: fine
    message = refused(path, vocab=sorted(VOCAB))
    assert "disagrees" in message and "token 1" in message
    assert "disagrees" in refused(path, vocab=VOCAB[:-1])


def test_a_character_vocabulary_written_one_per_line_is_told_to_be_a_json_list(tmp_path):
    from lstm_sim.scenarios.vocabulary import read_vocab_file
    chars = ["\n", " ", ".", "D", "J", "S", "a", "e", "g", "n", "o", "p", "s", "t", "u", "w"]
    torch.manual_seed(0)
    model = container({"lstm": nn.LSTM(len(chars), H), "fc": nn.Linear(H, len(chars))}).double()
    path = tmp_path / "char.pt"
    torch.save(state(model), path)
    lines = tmp_path / "chars.txt"
    lines.write_text("\n".join(chars) + "\n")
    message = refused(path, vocab=read_vocab_file(lines), tokenizer="chars")
    assert "JSON list" in message
    as_json = tmp_path / "chars.json"
    as_json.write_text(json.dumps(chars))
    assert load_model(path, vocab=read_vocab_file(as_json), tokenizer="chars").vocab == chars


# -- other layouts of the same cells ----------------------------------------------------

class CellLoop(nn.Module):
    """The nn.LSTMCell / nn.RNNCell loop many tutorials write."""

    def __init__(self, kind, width=V, hidden=H):
        super().__init__()
        self.kind = kind
        self.cell = nn.LSTMCell(width, hidden) if kind == "lstm" else nn.RNNCell(width, hidden, nonlinearity=kind)
        self.fc = nn.Linear(hidden, V)

    def forward(self, X):
        h = torch.zeros(1, self.cell.hidden_size, dtype=X.dtype)
        c = torch.zeros_like(h)
        outs = []
        for x in X:
            if self.kind == "lstm":
                h, c = self.cell(x[None], (h, c))
            else:
                h = self.cell(x[None], h)
            outs.append(h[0])
        return self.fc(torch.stack(outs))


class SeparateStack(nn.Module):
    """Separate one-layer modules, one feeding the next (a ModuleList or lstm1 → lstm2)."""

    def __init__(self, sizes, listed):
        super().__init__()
        cells = [nn.LSTM(n_in, n_out) for n_in, n_out in zip([V] + sizes[:-1], sizes)]
        if listed:
            self.rnns = nn.ModuleList(cells)
        else:
            for k, cell in enumerate(cells):
                setattr(self, f"lstm{k + 1}", cell)
        self.cells = cells
        self.decoder = nn.Linear(sizes[-1], V)

    def forward(self, X):
        out = X[:, None]
        for cell in self.cells:
            out, _ = cell(out)
        return self.decoder(out[:, 0])


def _probs_of(model):
    with torch.no_grad():
        return torch.softmax(model(torch.tensor(X)), dim=-1).numpy()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", ["lstm", "tanh", "relu"])
def test_a_cell_run_in_a_loop_opens_as_one_layer(tmp_path, fmt, kind):
    torch.manual_seed(1)
    model = CellLoop(kind).double()
    loaded = load_model(save(model, tmp_path, fmt), nonlinearity=None if kind == "lstm" else kind)
    assert loaded.net.num_layers == 1 and any("nn.LSTMCell" in n for n in loaded.notes)
    np.testing.assert_allclose(forward(loaded.net, X)["probs"], _probs_of(model), rtol=0, atol=TOL)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("listed", [True, False], ids=["ModuleList", "lstm1-lstm2"])
def test_separate_one_layer_modules_open_as_a_stack(tmp_path, fmt, listed):
    torch.manual_seed(2)
    model = SeparateStack([H] * 3, listed).double()
    loaded = load_model(save(model, tmp_path, fmt))
    assert loaded.net.num_layers == 3 and any("layers of one stack" in n for n in loaded.notes)
    np.testing.assert_allclose(forward(loaded.net, X)["probs"], _probs_of(model), rtol=0, atol=TOL)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_stack_whose_layers_differ_in_size_opens_with_torchs_numbers(tmp_path, fmt):
    """AWD-LSTM's shape: separate layers of 4 → 6 → 3 units; every layer's h and the
    probabilities match torch's, step by step."""
    torch.manual_seed(3)
    model = SeparateStack([4, 6, 3], listed=True).double()
    loaded = load_model(save(model, tmp_path, fmt))
    assert loaded.net.hidden_sizes == (4, 6, 3) and any("4 → 6 → 3 units" in n for n in loaded.notes)
    trace = forward(loaded.net, X)
    np.testing.assert_allclose(trace["probs"], _probs_of(model), rtol=0, atol=TOL)
    with torch.no_grad():
        out = torch.tensor(X)[:, None]
        for cell, layer in zip(model.cells, trace.layers):
            out, _ = cell(out)
            np.testing.assert_allclose(layer["h"], out[:, 0].numpy(), rtol=0, atol=TOL)


def test_weight_drop_raw_weights_are_the_model(tmp_path):
    """AWD-LSTM's WeightDropout keeps the recurrent weight as `<name>_raw` beside
    `module.weight_ih_l0`; dropout is for training only, so the raw weight is used."""
    torch.manual_seed(4)
    lstm, fc = nn.LSTM(V, H).double(), nn.Linear(H, V).double()
    sd = {f"rnns.0.module.{k}": v for k, v in lstm.state_dict().items() if k != "weight_hh_l0"}
    sd["rnns.0.weight_hh_l0_raw"] = lstm.weight_hh_l0.detach().clone()
    sd.update({f"decoder.{k}": v for k, v in fc.state_dict().items()})
    path = tmp_path / "awd.pt"
    torch.save(dict(sd, vocab=VOCAB), path)
    loaded = load_model(path)
    assert any("weight drop" in n for n in loaded.notes)
    np.testing.assert_allclose(forward(loaded.net, X)["probs"], torch_probs([lstm, fc], X), rtol=0, atol=TOL)


def test_tied_weights_saved_with_safetensors_save_model_open(tmp_path):
    """word_language_model --tied: decoder.weight is encoder.weight; safetensors'
    save_model stores it once and names the alias in the metadata."""
    torch.manual_seed(5)
    model = container({"encoder": nn.Embedding(V, H), "rnn": nn.LSTM(H, H), "decoder": nn.Linear(H, V)}).double()
    model.decoder.weight = model.encoder.weight
    path = tmp_path / "tied.safetensors"
    safetensors_torch.save_model(model, str(path), metadata={"vocab": json.dumps(VOCAB)})
    loaded = load_model(path)
    np.testing.assert_array_equal(loaded.net.params["W_out"], loaded.net.params["E"])
    modules = [model.encoder, model.rnn, model.decoder]
    np.testing.assert_allclose(forward(loaded.net, X)["probs"], torch_probs(modules, X), rtol=0, atol=TOL)
