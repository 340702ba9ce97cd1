"""A stacked LSTM with an embedding, opened as an engineer opens their own model: every
layer can be shown, the embedding is what the first layer reads, and both the layers'
weights and the embedding can be edited and undone."""
import numpy as np
import pytest

from lstm_sim.model import Network, forward, save_model

WORDS = ["<eos>", "Doug", "Jane", "Spot", "saw", "."]
E, H = 3, 4


@pytest.fixture
def stacked(window, tmp_path):
    net = Network.random("lstm", E, H, len(WORDS), seed=5, layers=2, n_tokens=len(WORDS))
    path = tmp_path / "stacked.npz"
    save_model(path, net, WORDS, {"text": "Jane saw Spot . Doug"})
    assert window.files.open_path(str(path))
    return window, net


def combo_pick(qtbot, combo, index):
    """Choose an entry as the user does: open the list and activate the row."""
    combo.setFocus()
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_layer_picker_shows_each_layer_in_every_view(stacked, qtbot):
    window, net = stacked
    s = window.session
    bar = window.layer_bar
    assert bar.isVisible() and bar.combo.count() == 2
    assert "reads the embedding" in bar.combo.itemText(0) and "next-word" in bar.combo.itemText(1)
    full = forward(net, np.eye(len(WORDS))[[2, 4, 3, 5, 1]])
    s.set_step(2)
    # Layer 1 reads the embedding row of "Spot": the diagram's x strip shows it, labelled e0…
    assert window.diagram.strip("x").labels == ["e0", "e1", "e2"]
    np.testing.assert_array_equal(window.diagram.strip_values("x"), net.params["E"][3])
    np.testing.assert_allclose(window.diagram.strip_values("c"), full.layers[0]["c"][2], rtol=0, atol=0)
    np.testing.assert_allclose(window.heatmaps.value_at("h", 1, 2), full.layers[0]["h"][2, 1], rtol=0, atol=0)
    combo_pick(qtbot, bar.combo, 1)
    assert s.layer == 1 and s.step == 2
    # Layer 2 reads layer 1's h, by unit name; its memory and the heatmaps follow.
    assert window.diagram.strip("x").labels == s.units
    np.testing.assert_array_equal(window.diagram.strip_values("x"), full.layers[0]["h"][2])
    np.testing.assert_allclose(window.diagram.strip_values("c"), full.layers[1]["c"][2], rtol=0, atol=0)
    np.testing.assert_allclose(window.heatmaps.value_at("f", 3, 4), full.layers[1]["f"][4, 3], rtol=0, atol=0)
    # Both layers feed the same prediction: the top one's.
    np.testing.assert_allclose(window.predictions.probs, full["probs"][2], rtol=0, atol=0)


def test_editing_a_weight_of_the_second_layer_is_one_undo_step(stacked, qtbot):
    window, net = stacked
    s = window.session
    combo_pick(qtbot, window.layer_bar.combo, 1)
    window.show_path("f")
    panel = window.editor.block("W_l1")
    assert "layer 2" in panel.caption.text() and panel.model.columnCount() == H      # reads layer 1's units
    before = s.trace["f"].copy()
    panel.model.setData(panel.model.index(0, 1), "2.5")
    assert s.network().block("W_l1", "f")[0, 1] == 2.5
    assert s.network().block("W", "f")[0, 1] == net.block("W", "f")[0, 1]      # layer 1 untouched
    assert not np.array_equal(s.trace["f"], before)
    window.undo_action.trigger()
    np.testing.assert_array_equal(s.trace["f"], before)


def test_the_embedding_is_editable_and_changes_what_layer_one_reads(stacked, qtbot):
    window, net = stacked
    s = window.session
    combo = window.editor.path_combo
    index = combo.findData("embedding")
    assert index >= 0
    combo.activated.emit(index)
    panel = window.editor.block("E")
    assert panel.model.rowCount() == len(WORDS) and panel.model.columnCount() == E
    assert panel.model.row_labels[3] == "Spot"
    s.set_step(2)                                          # "Spot"
    panel.model.setData(panel.model.index(3, 0), "-1.5")
    assert window.diagram.strip_values("x")[0] == -1.5
    window.undo_action.trigger()
    assert window.diagram.strip_values("x")[0] == net.params["E"][3, 0]


def test_a_clamp_holds_in_the_layer_it_was_set_in(stacked, qtbot):
    window, net = stacked
    s = window.session
    combo_pick(qtbot, window.layer_bar.combo, 1)
    s.set_clamp("f", 2, 1.0)
    assert np.all(s.trace["f"][:, 2] == 1.0)
    combo_pick(qtbot, window.layer_bar.combo, 0)
    assert np.isnan(s.clamps()["f"]).all()                   # layer 1 shows no clamp
    assert not np.all(s.trace["f"][:, 2] == 1.0)


def test_layers_of_different_sizes_show_each_their_own_units(window, tmp_path, qtbot):
    """AWD-LSTM's shape, 3 → 6 → 2 units: each layer's diagram, heatmaps and weight tables
    have that layer's units and show its numbers; a clamp on unit 6 of the middle layer
    holds there."""
    sizes = (3, 6, 2)
    net = Network.random("lstm", E, sizes, len(WORDS), seed=6, layers=3, n_tokens=len(WORDS))
    path = tmp_path / "awd.npz"
    save_model(path, net, WORDS, {"text": "Jane saw Spot . Doug"})
    assert window.files.open_path(str(path))
    s, bar, d = window.session, window.layer_bar, window.diagram
    full = forward(net, np.array([2, 4, 3, 5, 1]))
    s.set_step(3)
    for k, size in enumerate(sizes):
        combo_pick(qtbot, bar.combo, k)
        qtbot.waitUntil(lambda: len(d.strip("h").labels) == size)
        assert d.strip("h").labels == [f"u{j}" for j in range(size)]
        reads = E if k == 0 else sizes[k - 1]
        assert len(d.strip("x").labels) == reads
        np.testing.assert_array_equal(d.strip_values("c"), full.layers[k]["c"][3])
        unit = size - 1
        assert window.heatmaps.value_at("h", unit, 3) == full.layers[k]["h"][3, unit]
        # the heatmap drawn has the layer's rows, and its step cursor spans them all
        assert window.heatmaps.images["h"].image.shape == (size, 5)
        assert window.heatmaps.cursors["h"].rect().height() == size
        tip = d.strip("h").tooltip_at(d.strip("h").cell_rect(unit).center())
        assert f"{full.layers[k]['h'][3, unit]:.4f}" in tip
        window.show_path("f")
        panel = window.editor.block("W" if k == 0 else f"W_l{k}")
        assert (panel.model.rowCount(), panel.model.columnCount()) == (size, reads)
        shown = panel.model.data(panel.model.index(unit, reads - 1))
        assert float(shown.replace("−", "-")) == pytest.approx(net.block("W" if k == 0 else f"W_l{k}", "f")[unit, reads - 1], abs=0.005)   # as shown: two decimals
    combo_pick(qtbot, bar.combo, 1)
    s.set_clamp("f", 5, 0.0)
    assert np.all(s.trace["f"][:, 5] == 0.0) and d.strip("f").locked()[5]
    combo_pick(qtbot, bar.combo, 2)
    assert not d.strip("f").locked().any() and len(d.strip("f").labels) == 2
    np.testing.assert_allclose(window.predictions.probs,
                               forward(net, np.array([2, 4, 3, 5, 1]), clamps=[None, s.all_clamps()[1], None])["probs"][3],
                               rtol=0, atol=0)


# -- files without a vocabulary, or with two readings: the user supplies what is missing --

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox  # noqa: E402

from lstm_sim.model import to_torch_state_dict  # noqa: E402


def click_button(text):
    """Answer the box that has a button ``text`` with it; any other box (closing the
    window at the end asks about unsaved work) with Discard."""
    def answer(box):
        chosen = next((b for b in box.buttons() if b.text() == text), None)
        if chosen is None:
            return QMessageBox.Discard
        chosen.click()
        return 0
    return answer


def bare_state_dict(tmp_path, net, name="bare.npz", **extra):
    path = tmp_path / name
    np.savez(path, **to_torch_state_dict(net), **extra)
    return path


def test_a_character_model_without_vocabulary_asks_for_one_and_shows_spaces(window, tmp_path, monkeypatch):
    chars = ["a", "b", " ", "\n", "."]
    net = Network.random("lstm", len(chars), 6, len(chars), seed=2)
    model = bare_state_dict(tmp_path, net)
    vocab = tmp_path / "chars.json"
    vocab.write_text('["a", "b", " ", "\\n", "."]')
    questions = []
    monkeypatch.setattr(QMessageBox, "exec", click_button("Choose vocabulary…"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(vocab), "")))

    def pick(parent, title, label, items, current, editable):
        questions.append(items)
        return items[1], True                                # characters
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    assert window.files.open_path(str(model))
    assert len(questions) == 1 and "characters" in questions[0][1]
    s = window.session
    assert s.words == chars and s.vocab.tokenizer == "chars"
    s.set_text("ab a.\nb")
    assert [chip.token() for chip in window.timeline.chips.chips] == ["a", "b", "␣", "a", ".", "↵", "b"]
    np.testing.assert_array_equal(s.trace["probs"], forward(net, np.eye(5)[[0, 1, 2, 0, 4, 3, 1]])["probs"])


def test_cancelling_the_vocabulary_question_keeps_the_session(window, tmp_path, monkeypatch, no_modal_dialogs):
    net = Network.random("rnn", 5, 3, 5, seed=2)
    before = window.session.title
    monkeypatch.setattr(QMessageBox, "exec", click_button("Cancel"))
    assert not window.files.open_path(str(bare_state_dict(tmp_path, net)))
    assert window.session.title == before


def test_an_unknown_word_shows_what_was_typed_on_its_chip(window, tmp_path):
    words = ["<unk>", "Doug", "saw", "."]
    net = Network.random("lstm", 4, 3, 4, seed=1)
    path = tmp_path / "unk.npz"
    save_model(path, net, words, {"text": "Doug saw ."})
    assert window.files.open_path(str(path))
    window.session.set_text("Doug saw Dgu .")
    assert [chip.token() for chip in window.timeline.chips.chips] == ["Doug", "saw", "Dgu → <unk>", "."]
    assert window.session.token_texts[2] == "<unk>"


def test_two_readouts_let_the_user_name_the_right_one(window, tmp_path, monkeypatch):
    words = ["Doug", "saw", "."]
    net = Network.random("lstm", 3, 2, 3, seed=4)
    sd = to_torch_state_dict(net)
    arrays = {k.replace("readout.", "decoder."): v for k, v in sd.items()}
    arrays.update({"head.weight": np.ones((3, 2)), "head.bias": np.zeros(3)})
    path = tmp_path / "two.npz"
    np.savez(path, vocab=np.array(words), **arrays)
    asked = []

    def pick(parent, title, label, items, current, editable):
        asked.append(list(items))
        return "decoder", True
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    errors = []
    monkeypatch.setattr("lstm_sim.ui.file_actions.QMessageBox.warning",
                        staticmethod(lambda parent, title, text: errors.append(text)))
    # decoder is chosen; head is then left over, and that is named, never ignored
    assert not window.files.open_path(str(path))
    assert asked == [["decoder", "head"]]
    assert len(errors) == 1 and "field 'head.bias': not part of" in errors[0]
    del arrays["head.weight"], arrays["head.bias"]
    np.savez(path, vocab=np.array(words), **arrays)
    assert window.files.open_path(str(path))               # one reading: no question
    assert len(asked) == 1
    np.testing.assert_array_equal(window.session.network().params["W_out"], net.params["W_out"])


def test_a_stacked_session_keeps_each_layers_clamps_and_the_cli_reads_them(stacked, qtbot, tmp_path, capsys):
    import json

    from lstm_sim.cli import main
    from lstm_sim.controller import documents
    window, net = stacked
    s = window.session
    combo_pick(qtbot, window.layer_bar.combo, 1)
    s.set_clamp("o", 1, 0.0)
    s.edit_weight("W_l1", "g", 0, 0, 0.75)
    path = tmp_path / "saved.npz"
    documents.save_file(s, str(path))
    expected_top = s.trace["h"].copy()
    s.open_preset("walkthrough")
    assert window.files.open_path(str(path))
    assert s.layer == 0 and np.isnan(s.clamps()["o"]).all()
    combo_pick(qtbot, window.layer_bar.combo, 1)
    assert s.clamps()["o"][1] == 0.0 and np.isnan(s.clamps()["o"][[0, 2, 3]]).all()
    np.testing.assert_array_equal(s.trace["h"], expected_top)
    assert main(["trace", "--model", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["clamps"][0]["o"] == [None] * H and out["clamps"][1]["o"][1] == 0.0
    np.testing.assert_array_equal([step["layers"][1]["h"] for step in out["steps"]], expected_top)
    assert main(["trace", "--model", str(path), "--layer", "2"]) == 0
    table = capsys.readouterr().out
    assert "layer 2 of 2" in table and "clamped: selection" in table


# -- the lesson's own RNN, which feeds back its previous prediction ---------------------

def test_the_lessons_rnn_is_drawn_with_its_prediction_going_round_the_loop(window, tmp_path, qtbot):
    words = ["Doug", "Jane", "Spot", "saw", "."]
    net = Network.random("lesson-rnn", 5, 4, 5, seed=3)
    path = tmp_path / "lesson.npz"
    save_model(path, net, words, {"text": "Doug saw Jane . Jane saw"})
    assert window.files.open_path(str(path))
    s, d = window.session, window.diagram
    assert s.kind == "lesson-rnn" and d.kind == "lesson-rnn"
    assert d.strip("p_prev").labels == words and d.strip("probs").labels == words
    s.set_step(2)
    # What comes back in is exactly the previous step's next-word probabilities.
    np.testing.assert_array_equal(d.strip_values("p_prev"), s.trace["probs"][1])
    np.testing.assert_array_equal(d.strip_values("probs"), s.trace["probs"][2])
    assert "pₜ₋₁" in d.tooltip_at(d.strip("p_prev").mapToScene(d.strip("p_prev").cell_rect(0).center()))
    window.show_path("rnn")
    u = window.editor.block("U")
    assert u.model.column_labels == words and "next-word probabilities" in u.caption.text()
    window.inside_action.setChecked(True)
    d.set_substep(2)
    assert "softmax" in d.formula.text()
    # An edit of U (how the fed-back prediction votes) changes what comes next.
    before = s.trace["probs"][2].copy()
    u.model.setData(u.model.index(0, 3), "3.0")
    assert not np.array_equal(s.trace["probs"][2], before)
    window.undo_action.trigger()
    np.testing.assert_array_equal(s.trace["probs"][2], before)


def test_undo_names_the_layer_and_the_embedding_and_csv_has_every_layer(stacked, qtbot, tmp_path):
    from lstm_sim.controller import documents
    window, net = stacked
    s = window.session
    combo_pick(qtbot, window.layer_bar.combo, 1)
    s.randomize_path("f", 3)
    assert s.undo_stack.undoText() == "Randomize forgetting · f (layer 2) (seed 3)"
    s.reset_path("embedding")                      # nothing to reset: no step
    s.randomize_path("embedding", 4)
    assert s.undo_stack.undoText() == "Randomize embedding (seed 4)"
    # The first layer's x strip holds the embedding's values, and says so on hover.
    combo_pick(qtbot, window.layer_bar.combo, 0)
    d = window.diagram
    x = d.strip("x")
    assert d.tooltip_at(x.mapToScene(x.cell_rect(1).center())).startswith("new information · xₜ — value 'e1'")
    header, rows = documents.trace_rows(s)           # step, token, layer, value, then named columns
    names = [(r[2], r[3]) for r in rows if r[0] == 1]
    assert names[:2] == [(1, "x"), (1, "h_prev")] and (2, "c") in names and names[-2:] == [(2, "logits"), (2, "probs")]
    l2h = next(r for r in rows if r[0] == 3 and r[2] == 2 and r[3] == "h")
    np.testing.assert_array_equal([l2h[header.index(u)] for u in s.units], s.full_trace.layers[1]["h"][2])


def test_the_new_information_wire_names_what_it_carries(stacked, qtbot):
    window, net = stacked
    s, d = window.session, window.diagram
    s.set_step(2)
    assert d._layout.captions["x"].text == "new information · xₜ: “Spot” embedded"
    s.set_step(4)
    assert d._layout.captions["x"].text == "new information · xₜ: “Doug” embedded"
    combo_pick(qtbot, window.layer_bar.combo, 1)
    assert d._layout.captions["x"].text == "new information · xₜ: layer 1's h"
    window.files.open_preset("walkthrough")
    assert d._layout.captions["x"].text == "new information · xₜ"


def test_free_all_clamps_frees_every_layer_in_one_undo_step(stacked, qtbot):
    window, net = stacked
    s = window.session
    s.set_clamp("f", 0, 1.0)                                  # layer 1
    combo_pick(qtbot, window.layer_bar.combo, 1)
    s.set_clamp("o", 2, 0.0)                                  # layer 2
    held = s.trace["h"].copy()
    window.findChild(type(window.undo_action), "freeClamps").trigger()
    assert all(np.isnan(v).all() for layer in s.all_clamps() for v in layer.values())
    assert s.undo_stack.undoText() == "Free all gate clamps"
    s.undo_stack.undo()
    np.testing.assert_array_equal(s.trace["h"], held)
    assert s.all_clamps()[0]["f"][0] == 1.0 and s.all_clamps()[1]["o"][2] == 0.0


def test_a_character_vocabulary_in_a_file_that_does_not_say_so_asks_how_text_is_split(window, tmp_path,
                                                                                     monkeypatch):
    chars = ["a", "b", " ", "."]
    net = Network.random("lstm", 4, 3, 4, seed=6)
    path = tmp_path / "chars.npz"
    np.savez(path, vocab=np.array(chars), **to_torch_state_dict(net))
    asked = []

    def pick(parent, title, label, items, current, editable):
        asked.append(label)
        return items[current], True                          # the user accepts the default
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    assert window.files.open_path(str(path))
    assert len(asked) == 1 and "include spaces" in asked[0]    # and the default was characters
    assert window.session.vocab.tokenizer == "chars"
    window.session.set_text("ab a.")
    assert [chip.token() for chip in window.timeline.chips.chips] == ["a", "b", "␣", "a", "."]


def test_a_plain_rnn_file_asks_tanh_or_relu_and_is_computed_and_drawn_as_answered(window, tmp_path, monkeypatch):
    """A bare nn.RNN state dict cannot say tanh or relu; the window asks, and the cell then
    computes (hover values) and names (box title, sub-step formula) what was answered."""
    from PySide6.QtWidgets import QInputDialog
    from lstm_sim.model import to_torch_state_dict
    words = ["Doug", "saw", "Jane", "."]
    net = Network.random("rnn", 4, 3, 4, seed=7, nonlinearity="relu")
    for p in net.params.values():
        p *= 3.0
    path = tmp_path / "relu.npz"
    np.savez(path, vocab=np.array(words), **to_torch_state_dict(net))     # no word of relu in it
    asked = []

    def pick(parent, title, label, items, current, editable):
        asked.append(label)
        return next(i for i in items if i.startswith("relu")), True
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    assert window.files.open_path(str(path), ask=False)
    assert len(asked) == 1 and "tanh" in asked[0] and "relu" in asked[0]
    s = window.session
    assert s.nonlinearity == "relu"
    s.set_text("Doug saw Jane .")
    expected = forward(net, np.eye(4)[[0, 1, 2, 3]])
    assert (expected["h"] == 0).any() and (expected["h"] > 1).any()     # relu, not tanh, tells here
    strip = window.diagram.strip("h")
    shown = [float(strip.tooltip_at(strip.cell_rect(k).center()).rsplit(":", 1)[1]) for k in range(3)]
    np.testing.assert_allclose(shown, expected["h"][s.step], atol=5e-5)
    box = window.diagram.path_box("rnn")
    assert box.title.endswith("relu") and "relu" in box.toolTip()
    window.diagram.set_substep(1)
    assert "relu" in window.diagram.formula.text()
