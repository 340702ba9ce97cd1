"""The controller driven without any window."""
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


def test_opens_on_the_lessons_key_moment(session):
    assert session.token_texts == ["Jane", "saw", "Spot", ".", "Doug", "saw"]
    assert session.step == 4
    values = session.step_values()
    p = load_preset("walkthrough")
    expected = forward(p.net, p.vocab.one_hot(session.token_texts))
    np.testing.assert_array_equal(values["f"], expected["f"][4])


def test_text_change_retraces_and_keeps_step_in_range(session, qtbot):
    with qtbot.waitSignal(session.traceChanged):
        assert session.set_text("Doug saw")
    assert len(session.trace) == 2
    assert session.step == 1


def test_unknown_word_keeps_last_trace(session, qtbot):
    before = session.trace
    with qtbot.waitSignal(session.textRejected) as blocker:
        assert not session.set_text("Jane saw Dog")
    message, start, end = blocker.args
    assert 'Unknown word "Dog"' in message and "Doug" in message
    assert (start, end) == (9, 12)
    assert session.trace is before
    # The rejected text is never stored: text, tokens and trace still agree.
    assert session.text == "Jane saw Spot. Doug saw"
    assert session.token_texts[0] == "Jane" and len(session.token_texts) == 6
    session.edit_weight("b", "g", 0, 0, 0.25)             # a re-trace after the rejection
    assert session.text == "Jane saw Spot. Doug saw" and len(session.trace) == 6


def test_empty_text_is_rejected(session, qtbot):
    with qtbot.waitSignal(session.textRejected):
        assert not session.set_text("   ")
    assert len(session.token_texts) == 6 and session.text == "Jane saw Spot. Doug saw"


def test_stepping_clamps_and_signals(session, qtbot):
    seen = []
    session.stepChanged.connect(seen.append)
    session.step_by(1)
    session.step_by(5)
    session.first()
    session.step_by(-1)
    assert seen == [5, 0]
    session.last()
    assert session.step == 5


def test_play_advances_to_the_end_then_stops(session, qtbot):
    session.set_speed(20)
    session.set_step(3)
    with qtbot.waitSignal(session.playingChanged, check_params_cb=lambda p: p is False, timeout=3000):
        session.play()
    assert session.step == 5
    assert not session.playing


def test_rnn_preset(qtbot):
    s = Session()
    s.open_preset("dinner")
    assert s.kind == "rnn"
    assert s.token_texts[2] == "?"
    probs = s.step_values(2)["probs"]
    assert s.words[int(np.argmax(probs))] == "pizza"


def test_opening_a_model_whose_text_does_not_fit_falls_back_to_a_word(qtbot):
    from lstm_sim.model import Network
    from lstm_sim.scenarios import Preset, Vocabulary
    s = Session()
    s.open_preset("walkthrough")
    vocab = Vocabulary(["alpha", "beta"])
    preset = Preset("m", "m", "", Network.random("lstm", 2, 3, 2), vocab, ["a", "b", "c"],
                    "Jane saw Spot", 4)
    seen = []
    s.stepChanged.connect(seen.append)
    s.open(preset)
    assert s.token_texts == ["alpha"]
    assert s.step == 0 and seen[-1] == 0
    assert s.step_values()["h"].shape == (3,)


def test_switching_preset_while_playing_stops_playback(session, qtbot):
    session.first()
    session.play()
    assert session.playing
    session.open_preset("dinner")
    assert not session.playing
    assert session.step == 2


def test_set_step_without_tokens_is_a_no_op(qtbot):
    s = Session()
    s.set_step(3)
    assert s.step == 0


def test_a_block_is_a_snapshot_that_never_changes_under_its_holder():
    """What a view holds is a copy: the next edit of the live network cannot change it."""
    from lstm_sim.controller import Session
    s = Session()
    s.open_preset("walkthrough")
    held = s.block("W", "g")
    before = held.copy()
    s.edit_weight("W", "g", 0, 0, float(before[0, 0]) + 1.0)
    assert not held.flags.writeable
    np.testing.assert_array_equal(held, before)
    assert s.block("W", "g")[0, 0] == before[0, 0] + 1.0


# -- typing reuses the trace ------------------------------------------------------------
def test_typing_at_the_end_shows_the_numbers_of_a_trace_from_scratch_and_edits_never_reuse(qtbot):
    """Each keystroke takes the shared steps from the last trace; after a weight edit or a
    clamp the next keystroke still shows the new weights' numbers everywhere."""
    from lstm_sim.model import forward
    s = Session()
    s.open_preset("walkthrough")
    words = "Jane saw Spot . Doug saw Jane . Spot saw Doug . " * 4

    def from_scratch():
        names = s.token_texts
        return forward(s.network(), s._original.vocab.inputs(names), tokens=names, clamps=s.all_clamps())

    def same(a, b):
        return all(np.array_equal(a[k], b[k]) for k in b.keys)
    assert s.set_text(words.strip())
    s.edit_weight("W", "f", 0, 0, 3.0)                  # then typing on: never the old weights
    assert s.set_text(words + "Jane")
    assert same(s.trace, from_scratch())
    s.set_clamp("i", 1, 0.0)
    assert s.set_text(words + "Jane saw")
    assert same(s.trace, from_scratch())
    s.undo_stack.undo()                                 # the text back, then the clamp
    s.undo_stack.undo()
    assert same(s.trace, from_scratch())


def test_probabilities_follow_every_edit_of_any_weight_and_its_undo(qtbot):
    """After an edit the trace's readout shares the last trace's copy of W_out and b_out
    unless the edit touched them: the probabilities on show are always those of the
    weights in use, edit by edit and undo by undo, bit for bit."""
    s = Session()
    s.open_preset("walkthrough")

    def check():
        fresh = forward(s.network(), s.vocab.inputs(s.token_texts), clamps=s.all_clamps())
        for t in range(len(s.token_texts)):
            assert np.array_equal(s.trace.step(t)["probs"], fresh.step(t)["probs"]), t

    edits = [("W_out", None, 1, 2), ("W", "f", 0, 0), ("b_out", None, 3, None), ("U", "o", 1, 1),
             ("W_out", None, 0, 0)]
    for param, gate, row, col in edits:
        s.edit_weight(param, gate, row, 0 if col is None else col, 2.5)
        check()
    s.set_clamp("f", 0, 1.0)
    check()
    while s.undo_stack.canUndo():
        s.undo_stack.undo()
        check()


def test_a_step_on_show_stays_exact_while_the_text_changes_after_it_or_in_its_block(qtbot):
    """The readout block of the step on show is taken from the last trace while the text
    changes only after that block; a change inside the block works it out again. Either
    way the probabilities are a fresh trace's, bit for bit."""
    s = Session()
    s.open_preset("walkthrough")
    words = ["Jane", "saw", "Spot", ".", "Doug", "saw", "Jane", "."]
    text = [words[k % len(words)] for k in range(40)]

    def check(t):
        fresh = forward(s.network(), s.vocab.inputs(s.token_texts), clamps=s.all_clamps())
        assert np.array_equal(s.trace.step(t)["probs"], fresh.step(t)["probs"]), t

    for shown, changed in ((3, 39), (37, 35), (37, 20), (33, 33)):
        assert s.set_text(" ".join(text), typing=False)
        s.set_step(shown)
        s.trace.step(shown)                          # worked out, as the view shows it
        text[changed] = "Spot" if text[changed] != "Spot" else "Doug"
        assert s.set_text(" ".join(text + ["saw"]))  # typed on: the first blocks are reused
        check(shown)
        check(39)


def test_typing_on_does_not_keep_an_old_texts_whole_readout_alive(qtbot):
    """Once a text's whole readout has been worked out (an export, the units pane), typing
    on may share blocks of the step on show, never views of that T×V readout: it is freed."""
    import weakref
    s = Session()
    s.open_preset("walkthrough")
    words = ["Jane", "saw", "Spot", ".", "Doug", "saw", "Jane", "."]
    text = [words[k % len(words)] for k in range(40)]
    s.set_text(" ".join(text), typing=False)
    s.trace["probs"]                                            # the whole readout, worked out
    whole = weakref.ref(s.full_trace._cache.readout._whole["probs"])
    for k in range(4):
        s.set_text(" ".join(text + ["saw"] * (k + 1)))
        s.trace.step(0)
    assert whole() is None          # freed as its last reference went (no collection asked:
    #                                 collecting the test run's old Sessions can crash shiboken)
