"""Training in the app, driven through the training dock as a learner would."""
import numpy as np
import pytest
from PySide6.QtCore import QThread, Qt
from PySide6.QtWidgets import QApplication

from lstm_sim.controller.training import TrainingSettings
from lstm_sim.model import Network, train
from lstm_sim.scenarios.corpora import BOOK_VOCAB, book_text, training_pairs


def dock(window):
    window.docks["training"].show()
    window.docks["training"].raise_()
    return window.training


def set_run(d, epochs=30, hidden=6, seed=3, lr=TrainingSettings().lr):
    d.epochs.setValue(epochs)
    d.hidden.setValue(hidden)
    d.seed.setValue(seed)
    d.lr.setValue(lr)


def weights(window):
    return {k: v.copy() for k, v in window.session.network().params.items()}


def test_start_pause_resume_stop_and_undo(window, qtbot):
    d = dock(window)
    set_run(d, epochs=100000)           # long enough never to end by itself here
    strip_before = window.diagram.strip_values("c").copy()
    qtbot.mouseClick(d.start_button, Qt.LeftButton)
    assert window.trainer.runner.state == "running" and not d.start_button.isEnabled()
    assert window.session.title.startswith("LSTM (6 units) trained on book")
    initial = weights(window)
    # The views follow the weights as they change.
    qtbot.waitUntil(lambda: len(window.trainer.history[-1]) > 3, timeout=10000)
    qtbot.waitUntil(lambda: not np.array_equal(window.diagram.strip_values("c"), strip_before), timeout=10000)
    assert len(d.curves) == 1 and len(d.curves[0][0].xData) > 3
    qtbot.mouseClick(d.pause_button, Qt.LeftButton)
    assert window.trainer.runner.state == "paused" and d.pause_button.text() == "Resume"
    qtbot.waitUntil(window.trainer.runner.parked)                # the thread waits to go on
    QApplication.processEvents()                                 # what it sent before it parked
    frozen = len(window.trainer.history[-1])
    QApplication.processEvents()
    assert window.trainer.runner.parked() and len(window.trainer.history[-1]) == frozen   # paused means paused
    qtbot.mouseClick(d.pause_button, Qt.LeftButton)
    assert window.trainer.runner.state == "running"
    qtbot.waitUntil(lambda: len(window.trainer.history[-1]) > frozen + 2, timeout=10000)
    qtbot.mouseClick(d.stop_button, Qt.LeftButton)
    assert window.trainer.runner.state == "idle" and d.start_button.isEnabled()
    trained = weights(window)
    assert any(not np.array_equal(trained[k], initial[k]) for k in trained)
    assert window.session.undo_stack.undoText().startswith("Training")
    window.session.undo_stack.undo()                                 # "Undo training"
    assert all(weights(window)[k].tobytes() == initial[k].tobytes() for k in initial)
    window.session.undo_stack.redo()
    assert all(weights(window)[k].tobytes() == trained[k].tobytes() for k in trained)


def test_a_full_run_equals_the_model_run_bit_for_bit(window, qtbot):
    d = dock(window)
    set_run(d, epochs=15, hidden=5, seed=7)
    with qtbot.waitSignal(window.trainer.runner.finished, timeout=30000):
        qtbot.mouseClick(d.start_button, Qt.LeftButton)
    s = TrainingSettings(hidden=5, epochs=15, seed=7)
    net = Network.random("lstm", 5, 5, 5, seed=7)
    X, y = training_pairs(BOOK_VOCAB, BOOK_VOCAB.tokenize(book_text(20)))
    for _ in train(net, X, y, epochs=s.epochs, lr=s.lr, seq_len=s.seq_len, seed=s.seed, clip=s.clip,
                   schedule=s.schedule, betas=s.betas):
        pass
    got = window.session.network().params
    assert all(got[k].tobytes() == net.params[k].tobytes() for k in got)
    assert d.sample.text().startswith("Sampled: ")
    assert d.progress.value() == 1000
    # Reset gives back the seed's initial weights; a second run keeps the first curve.
    qtbot.mouseClick(d.reset_button, Qt.LeftButton)
    initial = Network.random("lstm", 5, 5, 5, seed=7).params
    assert all(window.session.network().params[k].tobytes() == initial[k].tobytes() for k in initial)
    with qtbot.waitSignal(window.trainer.runner.finished, timeout=30000):
        qtbot.mouseClick(d.start_button, Qt.LeftButton)
    assert len(d.curves) == 2


def test_own_text_trains_and_bad_corpora_are_refused(window, qtbot):
    d = dock(window)
    d.corpus.setCurrentIndex(d.corpus.findData("text"))
    assert d.text.isVisible()
    for text in ("", "hello", "word word word"):
        d.text.setPlainText(text)
        qtbot.mouseClick(d.start_button, Qt.LeftButton)
        assert d.message.isVisible() and "at least two different words" in d.message.text()
        assert window.session.original.name == "walkthrough"          # nothing replaced
    d.text.setPlainText("the cat sat on the mat. the dog sat on the log.")
    set_run(d, epochs=5, hidden=4)
    with qtbot.waitSignal(window.trainer.runner.finished, timeout=30000):
        qtbot.mouseClick(d.start_button, Qt.LeftButton)
    assert "cat" in window.session.words and window.session.hidden_size == 4
    assert not d.message.isVisible()


def test_a_diverging_run_rolls_back_and_says_so(window, qtbot, monkeypatch):
    """The loss turns NaN at the 6th update: the model's training restores the last
    finite weights and raises; the app keeps those weights and says so."""
    import lstm_sim.controller.training as training
    from lstm_sim.model import TrainingDiverged

    def train_then_diverge(net, *args, **kwargs):
        for k, progress in enumerate(train(net, *args, **kwargs)):
            if k == 5:
                raise TrainingDiverged("diverged-loss", loss="nan", step=6, epoch=1)
            yield progress
    monkeypatch.setattr(training, "train", train_then_diverge)
    d = dock(window)
    set_run(d, epochs=50)
    with qtbot.waitSignal(window.trainer.runner.finished, timeout=30000) as blocker:
        qtbot.mouseClick(d.start_button, Qt.LeftButton)
    snap, reason = blocker.args
    assert snap.step == 5 and "last finite weights were kept" in reason
    assert d.message.isVisible() and "lower learning rate" in d.message.text()
    assert window.trainer.runner.state == "idle" and d.start_button.isEnabled()
    assert window.session.network().all_finite()
    assert all(window.session.network().params[k].tobytes() == snap.params[k].tobytes() for k in snap.params)


def test_closing_mid_training_leaves_no_thread(qtbot, settings):
    from lstm_sim.ui.main_window import MainWindow
    w = MainWindow(settings)
    w.session.open_preset("walkthrough")
    w.show()
    d = dock(w)
    set_run(d, epochs=100000)
    qtbot.mouseClick(d.start_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(w.trainer.history[-1]) > 2, timeout=10000)
    worker = w.trainer.runner._worker
    assert isinstance(worker, QThread) and worker.isRunning()
    w.close()
    assert not worker.isRunning() and w.trainer.runner.state == "idle"
    w.deleteLater()


def test_opening_a_preset_mid_training_ends_the_run(window, qtbot):
    d = dock(window)
    set_run(d, epochs=100000)
    qtbot.mouseClick(d.start_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(window.trainer.history[-1]) > 2, timeout=10000)
    window.session.open_preset("dinner")
    assert window.trainer.runner.state == "idle"
    QApplication.processEvents()                                 # a snapshot still queued lands nowhere
    assert window.session.original.name == "dinner" and window.session.undo_stack.count() == 0


@pytest.mark.parametrize("field, value, expected", [("hidden", 100000, 1024), ("epochs", 10**9, 100000)])
def test_the_dock_enforces_the_limits(window, field, value, expected):
    spin = getattr(dock(window), field)
    spin.setValue(value)
    assert spin.value() == expected


def test_sampling_continues_the_text_and_steps_through_it(window, qtbot):
    from lstm_sim.model import generate
    d = dock(window)
    before = window.session.token_texts
    d.gen_words.setValue(7)
    d.gen_temperature.setValue(0.8)
    d.gen_seed.setValue(5)
    qtbot.mouseClick(d.generate_button, Qt.LeftButton)
    s = window.session
    p = s.original
    ids = generate(s.network(), p.vocab.one_hot(before), 7, seed=5, temperature=0.8)
    assert s.token_texts == before + [p.vocab.words[k] for k in ids]
    assert s.step == len(before)                              # on the first sampled word
    assert [c.text() for c in window.timeline.chips.chips if c.isVisible()][-7:] == s.token_texts[-7:]
    s.undo_stack.undo()
    assert s.token_texts == before


def test_compare_counts_match_the_samples(window, qtbot):
    from lstm_sim.scenarios.corpora import sentence_kind
    window.findChild(type(window.files.open_action), "compare").trigger()
    dialog = window.compare
    assert dialog.isVisible()
    dialog.samples.setValue(40)
    with qtbot.waitSignal(dialog.finished_run, timeout=60000):
        qtbot.mouseClick(dialog.run_button, Qt.LeftButton)
    for r, (name, res) in enumerate(dialog.results.items()):
        kinds = [sentence_kind(s) for s in res.sentences]
        shown = [int(dialog.table.item(r, c).text()) for c in range(1, 6)]
        assert shown == [len(kinds), kinds.count("grammatical"), kinds.count("repeat"),
                         kinds.count("runon"), len(kinds) - sum(kinds.count(k) for k in ("grammatical", "repeat", "runon"))]
        assert len(res.losses) > 100
    assert "LSTM" in dialog.why.text()
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled())
    dialog.close()


def test_mistakes_against_distance_are_plotted(window, qtbot, monkeypatch):
    import lstm_sim.scenarios.training_setup as setup
    calls = []
    real = setup.mistakes_over_distance

    def quick(distances, hidden, seed, samples, **kw):   # fewer epochs: the plotting is under test
        calls.append(list(distances))
        monkeypatch.setitem(setup.TRAINING_DEFAULTS, "epochs", 3)
        return real(distances, hidden, seed, samples, **kw)
    monkeypatch.setattr(setup, "mistakes_over_distance", quick)
    window.show_compare()
    dialog = window.compare
    dialog.samples.setValue(10)
    with qtbot.waitSignal(dialog.finished_run, timeout=120000):
        qtbot.mouseClick(dialog.distance_button, Qt.LeftButton)
    out = dialog.distance_results
    assert calls == [[0, 1, 2, 4, 8]] and out["distances"] == [0, 1, 2, 4, 8]
    curves = dialog.plot.getPlotItem().listDataItems()
    assert len(curves) == 3
    for curve, key in zip(curves, ("lesson_rnn", "rnn", "lstm")):
        assert list(curve.yData) == out[key]
    qtbot.waitUntil(lambda: dialog.distance_button.isEnabled())
    dialog.close()


def test_closing_the_window_waits_for_a_hidden_comparison(qtbot, settings):
    """Esc hides the compare dialog while its run goes on; closing the window must still
    wait for that thread (a thread destroyed while running aborts the app)."""
    from lstm_sim.ui.main_window import MainWindow
    w = MainWindow(settings)
    w.session.open_preset("walkthrough")
    w.show()
    w.show_compare()
    dialog = w.compare
    dialog.samples.setValue(10)
    qtbot.mouseClick(dialog.run_button, Qt.LeftButton)
    run = dialog._run
    assert run is not None and run.isRunning()
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible() and run.isRunning()
    w.close()
    assert run.isFinished() and dialog._run is None
    w.deleteLater()


def test_closing_the_comparison_gives_up_its_run(window, qtbot):
    """The distance run takes half a minute; closing the dialog stops it after the update
    under way (no freeze, no thread left), and no result turns up afterwards."""
    window.show_compare()
    dialog = window.compare
    qtbot.mouseClick(dialog.distance_button, Qt.LeftButton)
    run = dialog._run
    assert run is not None and run.isRunning()
    assert "half a minute" in dialog.status.text()
    dialog.close()
    assert run.isFinished() and dialog._run is None
    QApplication.processEvents()
    assert dialog.distance_results is None and dialog._showing == "intro"
    assert dialog.distance_button.isEnabled() and dialog.run_button.isEnabled()
    assert "half a minute" not in dialog.status.text()


def test_the_lessons_rnn_trains_in_the_dock_and_is_drawn_as_the_lesson_draws_it(window, qtbot):
    """The lesson's RNN (its only memory is its previous prediction) trains like the
    others; the window draws its probabilities going round the loop."""
    d = dock(window)
    set_run(d, epochs=40, hidden=5, seed=2)
    d.cell.setCurrentIndex(d.cell.findData("lesson-rnn"))
    with qtbot.waitSignal(window.trainer.runner.finished, timeout=30000):
        qtbot.mouseClick(d.start_button, Qt.LeftButton)
    s = window.session
    assert s.kind == "lesson-rnn" and window.diagram.kind == "lesson-rnn"
    s.set_text("Doug saw Jane.")
    s.set_step(2)
    np.testing.assert_array_equal(window.diagram.strip_values("p_prev"), s.trace["probs"][1])
    net = Network.random("lesson-rnn", 5, 5, 5, seed=2)
    X, y = training_pairs(BOOK_VOCAB, BOOK_VOCAB.tokenize(book_text(20)))
    s_ = TrainingSettings(cell="lesson-rnn", hidden=5, epochs=40, seed=2)
    for _ in train(net, X, y, epochs=40, lr=s_.lr, seq_len=s_.seq_len, seed=2, clip=s_.clip, schedule=s_.schedule,
                   betas=s_.betas):
        pass
    got = s.network().params
    assert all(got[k].tobytes() == net.params[k].tobytes() for k in got)      # the model's run, bit for bit


def test_the_curves_are_the_mean_of_recent_updates(window, qtbot):
    from lstm_sim.ui.training_dock import SMOOTHING
    d = dock(window)
    set_run(d, epochs=12, hidden=5, seed=1)
    with qtbot.waitSignal(window.trainer.runner.finished, timeout=30000):
        qtbot.mouseClick(d.start_button, Qt.LeftButton)
    points = window.trainer.history[-1]
    loss_curve, acc_curve = d.curves[-1]
    losses = [p[1] for p in points]
    assert len(loss_curve.yData) == len(points) > SMOOTHING
    assert loss_curve.yData[0] == losses[0]
    k = len(points) - 1
    assert loss_curve.yData[k] == pytest.approx(np.mean(losses[k - SMOOTHING + 1:k + 1]), rel=1e-12)
    assert acc_curve.yData[k] == pytest.approx(np.mean([p[2] for p in points][k - SMOOTHING + 1:k + 1]), rel=1e-12)
    assert f"mean of {SMOOTHING} updates" in d.loss_plot.titleLabel.text


def test_continuing_the_text_holds_the_clamps_on_show(window, qtbot):
    from lstm_sim.model import generate
    s = window.session
    s.set_clamp("f", None, 1.0)                               # forgetting never forgets
    d = dock(window)
    before = s.token_texts
    d.gen_words.setValue(12)
    d.gen_seed.setValue(3)
    qtbot.mouseClick(d.generate_button, Qt.LeftButton)
    p = s.original
    held = generate(s.network(), p.vocab.one_hot(before), 12, seed=3, temperature=1.0, clamps=s.clamps())
    free = generate(s.network(), p.vocab.one_hot(before), 12, seed=3, temperature=1.0)
    assert held != free
    assert s.token_texts == before + [p.vocab.words[k] for k in held]
