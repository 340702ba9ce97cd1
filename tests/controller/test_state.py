"""The session owns a working copy of its state, changes it only through intents, and
every change is one undoable step that restores bit-identical arrays."""
import numpy as np
import pytest

from lstm_sim.controller import Session
from lstm_sim.model import forward
from lstm_sim.scenarios import load_preset


@pytest.fixture
def session(qtbot):
    s = Session()
    s.open_preset("walkthrough")
    return s


def params(session):
    return {k: v.copy() for k, v in session.network().params.items()}


def test_the_working_copy_is_not_the_presets_arrays(session):
    preset = session.original
    before = preset.net.params["W"].copy()
    session.edit_weight("W", "f", 0, 0, 3.5)
    assert session.block("W", "f")[0, 0] == 3.5
    np.testing.assert_array_equal(preset.net.params["W"], before)    # "Reset" still has the original
    with pytest.raises(AttributeError):
        session.text = "Doug"                                       # no public writable fields
    with pytest.raises(ValueError):
        session.block("W", "f")[0, 0] = 1.0                         # views get read-only arrays


def test_trace_arrays_are_read_only_and_not_the_backprop_cache(session):
    values = session.step_values()
    with pytest.raises(ValueError):
        values["h"][0] = 5.0
    assert not np.shares_memory(session.trace["h"], session.trace._cache["H"])


def test_edit_recomputes_and_undo_redo_restore_identical_arrays(session, qtbot):
    original = params(session)
    old_c = session.step_values(5)["c"].copy()
    with qtbot.waitSignal(session.weightsChanged):
        session.edit_weight("W", "f", 0, 3, 2.345)          # forgetting of "Doug" after "saw"
    edited = params(session)
    assert edited["W"][5 + 0, 3] == 2.345                   # fused rows i, f, g, o; H = 5
    assert not np.array_equal(session.step_values(5)["c"], old_c)
    session.undo_stack.undo()
    for k, v in params(session).items():
        assert v.tobytes() == original[k].tobytes(), k
    np.testing.assert_array_equal(session.step_values(5)["c"], old_c)
    session.undo_stack.redo()
    for k, v in params(session).items():
        assert v.tobytes() == edited[k].tobytes(), k


def test_one_drag_is_one_undo_step(session):
    original = params(session)
    for v in (0.1, 0.2, 0.3, 0.4):
        session.edit_weight("U", "g", 1, 2, v, merge_id=7)
    session.edit_weight("U", "g", 1, 2, 0.9, merge_id=8)    # the next drag
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert session.block("U", "g")[1, 2] == 0.4
    session.undo_stack.undo()
    assert params(session)["U"].tobytes() == original["U"].tobytes()


@pytest.mark.parametrize("bad", ["abc", float("nan"), float("inf"), -float("inf"), 1000.5, "1e4"])
def test_bad_weights_are_refused_and_nothing_changes(session, bad):
    before = params(session)
    with pytest.raises(ValueError):
        session.edit_weight("W", "i", 0, 0, bad)
    assert session.undo_stack.count() == 0
    assert all(np.array_equal(v, before[k]) for k, v in params(session).items())
    assert session.network().all_finite()


def test_reset_zero_randomize_are_undoable(session):
    original = params(session)
    session.zero_block("W", "g")
    assert not session.block("W", "g").any()
    session.randomize_path("f", seed=3)
    first = session.block("U", "f").copy()
    session.reset_path("f")
    np.testing.assert_array_equal(session.block("U", "f"), session.original.net.block("U", "f"))
    session.undo_stack.undo()
    np.testing.assert_array_equal(session.block("U", "f"), first)     # same seed, same weights
    session.reset_all()
    assert all(v.tobytes() == original[k].tobytes() for k, v in params(session).items())
    assert session.undo_stack.count() == 3          # zero, randomize, (reset undone), reset all


def test_clamps_change_the_trace_and_undo(session, qtbot):
    # Clamp the forgetting gate open: at the second "saw", "not Doug" is no longer
    # the only thing kept — "saw" stays in memory too.
    before = session.step_values(5)["c"].copy()
    with qtbot.waitSignal(session.clampsChanged):
        session.set_clamp("f", None, 1.0)
    assert np.all(session.step_values(5)["f"] == 1.0)
    assert session.clamps()["f"].tolist() == [1.0] * 5
    assert not np.allclose(session.step_values(5)["c"], before)
    session.set_clamp("o", 3, 0.0)
    assert session.step_values(4)["o"][3] == 0.0
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert np.isnan(session.clamps()["f"]).all()
    np.testing.assert_array_equal(session.step_values(5)["c"], before)
    with pytest.raises(ValueError):
        session.set_clamp("f", 0, 1.5)
    with pytest.raises(ValueError):
        session.set_clamp("g", 0, 1.0)


def test_text_edits_are_undoable_and_merge_while_typing(session):
    session.set_text("Jane saw Spot. Doug saw Jane")
    session.set_text("Jane saw Spot. Doug saw Jane.")
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.text == "Jane saw Spot. Doug saw" and len(session.trace) == 6


def test_dirty_follows_the_undo_stack(session):
    assert not session.dirty
    session.edit_weight("b", "o", 0, 0, 1.0)
    assert session.dirty
    session.undo_stack.undo()
    assert not session.dirty
    session.open_preset("dinner")
    assert not session.dirty and session.undo_stack.count() == 0
    assert session.clamps() == {}                           # an RNN has no gates
    with pytest.raises(ValueError):
        session.set_clamp("f", None, 0.0)


def test_trace_matches_the_model_after_edits(session):
    session.edit_weight("W", "g", 2, 1, -0.7)
    net = session.network()
    p = load_preset("walkthrough")
    expected = forward(net, p.vocab.one_hot(session.token_texts))
    np.testing.assert_array_equal(session.trace["h"], expected["h"])


def test_sampled_words_are_their_own_undo_step_and_undo_gives_back_the_step(session):
    session.set_step(5)
    session.set_text("Jane saw Spot. Doug saw Jane")          # typing
    session.continue_text(3, seed=1)                          # sampling: a step of its own
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert session.text == "Jane saw Spot. Doug saw Jane"
    session.set_text("Doug")
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.text == "Jane saw Spot. Doug saw" and session.step == 5
