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
    assert "Dog" in message and "Spot" in message
    assert (start, end) == (9, 12)
    assert session.trace is before
    assert session.token_texts[0] == "Jane" and len(session.tokens) == 6


def test_empty_text_is_rejected(session, qtbot):
    with qtbot.waitSignal(session.textRejected):
        assert not session.set_text("   ")
    assert len(session.tokens) == 6


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
