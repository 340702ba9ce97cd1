"""The presenter against mocked views (as ndv tests its controller against
``MagicMock(spec=View)``) and a real Session: session and view-state changes reach the
views as view-ready data; the views' intents reach the session; errors reach the status
callback. No widget is made here, except in the last test, which checks that every real
widget has what its interface (``controller.views``) names."""
import html
from unittest.mock import MagicMock

import numpy as np
import pytest

from lstm_sim.controller import Session, view_data
from lstm_sim.controller.presenter import Presenter
from lstm_sim.controller.training import Trainer
from lstm_sim.controller.view_state import ViewState
from lstm_sim.controller.views import (AboutView, DiagramView, EditorView, HeatmapsView, LayerBarView,
                                       MemoryView, PredictionsView, ShellView, TimelineView, TrainingView, Views)

STAGES = 9


def mocked_views() -> Views:
    views = Views(*(MagicMock(spec=kind) for kind in (TimelineView, DiagramView, LayerBarView, HeatmapsView,
                                                       PredictionsView, EditorView, AboutView)),
                  shell=MagicMock(spec=ShellView))
    d = views.diagram                            # remembers its sub-step and selection, as the real one
    shown = {"substep": None, "selected": None}
    d.set_substep.side_effect = lambda k: shown.update(substep=k)
    d.substep.side_effect = lambda: shown["substep"]
    d.set_cell.side_effect = lambda *a, **k: shown.update(substep=None if shown["substep"] is None else 0,
                                                          selected=None)
    d.select_path.side_effect = lambda path: shown.update(selected=path)
    d.selected_path.side_effect = lambda: shown["selected"]
    d.highlighted.return_value = []
    d.substep_count.return_value = STAGES
    d.stage_drawn.return_value = True
    shell = views.shell
    shell.memory_pane.return_value = None
    shell.training_pane.return_value = MagicMock(spec=TrainingView)
    shell.presenting.return_value = False
    shell.maybe_save.return_value = True
    return views


def emit(signal, *args) -> None:
    """What the view's signal would do: call every slot the presenter connected to it."""
    assert signal.connect.called, "nothing listens to this signal"
    for call in signal.connect.call_args_list:
        call.args[0](*args)


@pytest.fixture
def rig(qtbot):
    """A presenter on mocked views, connected, then the walkthrough opened."""
    session, state, views = Session(), ViewState(), mocked_views()
    said: list[str] = []
    trainer = Trainer(session)
    presenter = Presenter(session, state, views, trainer, status=said.append)
    presenter.connect()
    session.open_preset("walkthrough")
    yield presenter, session, state, views, said
    trainer.runner.stop(wait=True)


def last(method):
    assert method.called, f"{method} was never called"
    return method.call_args


def test_opening_a_network_fills_every_view(rig):
    p, s, state, v, _ = rig
    assert last(v.heatmaps.set_cell).args == (s.kind, s.units)
    assert last(v.predictions.set_words).args == (s.words,)
    assert last(v.timeline.set_vocabulary).args == (s.words,)
    assert last(v.layer_bar.set_layers).args == (1, 0, False)
    cell = last(v.diagram.set_cell)
    assert cell.args == (s.kind, s.units, s.input_names(), "word") and cell.kwargs == {"squash": s.nonlinearity}
    assert last(v.editor.set_network).args[:4] == (s.kind, s.units, s.input_names(), s.words)
    path, blocks = last(v.editor.show_path).args
    assert path == s.paths()[0] == state.path
    assert [b[0] for b in blocks] == [b[0] for b in s.path_blocks(path)]
    title = s.original.texts("en").title
    assert html.escape(title) in last(v.about.setHtml).args[0]
    assert last(v.shell.set_title).args == (f"{title}[*] — LSTM Sim", False)
    v.shell.set_other_names_available.assert_called_with(True)        # the book's words have Chinese names
    emit(v.editor.pathChosen, "o")
    s.open_preset("walkthrough")                                       # a network opens on its first path
    assert last(v.editor.show_path).args[0] == s.paths()[0] != "o"


def test_a_step_change_reaches_diagram_heatmaps_predictions_and_timeline(rig):
    p, s, state, v, _ = rig
    for view in (v.diagram, v.heatmaps, v.predictions, v.timeline):
        view.reset_mock()
    s.set_step(2)
    expected = s.step_values(2)
    shown = last(v.diagram.show_step).args[0]
    for key in ("f", "c", "h"):
        np.testing.assert_array_equal(shown[key], expected[key])
    np.testing.assert_array_equal(last(v.predictions.set_probs).args[0], expected["probs"])
    assert last(v.heatmaps.set_step).args == (2,) and last(v.timeline.set_step).args == (2,)
    assert last(v.diagram.set_input_caption).args == (None,)          # the word itself: no caption
    contributions, start = s.memory_sources(2)
    notes = last(v.diagram.strip.return_value.set_notes).args[0]
    notes = notes() if callable(notes) else notes      # made when a tooltip first asks (no memory pane open)
    assert notes == view_data.memory_notes(contributions, start, p.shown_tokens) and len(notes) == len(s.units)
    assert last(v.diagram.strip).args == ("c",)
    assert state.step == 2


def test_the_memory_pane_gets_the_sources_only_when_made(rig):
    p, s, state, v, _ = rig
    memory = MagicMock(spec=MemoryView)
    v.shell.memory_pane.return_value = memory
    s.set_step(3)
    contributions, start, tokens, t = last(memory.show_sources).args
    np.testing.assert_array_equal(contributions, s.memory_sources(3)[0])
    assert tokens == p.shown_tokens and t == 3


def test_steps_animate_unless_stepping_fast(rig):
    p, s, state, v, _ = rig
    p.animate, p.last_step_time = True, 0.0
    s.set_step(1)
    assert last(v.diagram.show_step).kwargs == {"animate": True}
    s.set_step(2)                                                     # right after: stepping fast
    assert last(v.diagram.show_step).kwargs == {"animate": False}
    p.animate, p.last_step_time = False, 0.0
    s.set_step(3)
    assert last(v.diagram.show_step).kwargs == {"animate": False}


def test_a_new_text_reaches_the_timeline_and_heatmaps_and_an_edit_keeps_the_chips(rig):
    p, s, state, v, _ = rig
    emit(v.timeline.textEdited, "Doug saw Jane .")
    assert s.text == "Doug saw Jane ."
    assert last(v.timeline.set_text).args == ("Doug saw Jane .",)
    tokens = last(v.timeline.set_tokens).args[0]
    assert tokens == ["Doug", "saw", "Jane", "."]
    trace, shown = last(v.heatmaps.set_trace).args
    assert shown == tokens and len(trace) == 4
    v.timeline.set_tokens.reset_mock()
    v.heatmaps.set_clamps.reset_mock()
    s.edit_weight("b", "g", 0, 0, 0.5)
    v.timeline.set_tokens.assert_not_called()                          # the same chips
    assert v.heatmaps.set_clamps.called                                # their frames span the new columns


def test_a_weight_edit_intent_reaches_the_session_and_the_editor_shows_the_new_value(rig):
    p, s, state, v, _ = rig
    emit(v.diagram.pathSelected, "f")
    assert state.path == "f" and last(v.diagram.select_path).args == ("f",)
    v.shell.show_pane.assert_called_with("editor")
    emit(v.editor.editRequested, "W", 1, 2, 2.5, 0)
    assert s.network().block("W", "f")[1, 2] == 2.5
    blocks = dict((param, values) for param, _, values in last(v.editor.update_values).args[0])
    assert blocks["W"][1, 2] == 2.5
    assert last(v.shell.set_title).args[1] is True                     # unsaved work
    np.testing.assert_array_equal(last(v.diagram.show_step).args[0]["f"], s.step_values()["f"])


def test_a_weight_that_cannot_be_goes_to_the_status_and_changes_nothing(rig):
    p, s, state, v, said = rig
    before = s.network().block("W", "g").copy()
    emit(v.editor.editRequested, "W", 0, 0, float("nan"), 0)
    assert said and "finite" in said[-1]
    np.testing.assert_array_equal(s.network().block("W", "g"), before)


def test_a_clamp_intent_reaches_the_session_and_every_view_shows_it(rig):
    p, s, state, v, said = rig
    emit(v.diagram.clampRequested, "f", 2, 1.0)
    assert s.clamps()["f"][2] == 1.0
    for view in (v.diagram, v.editor, v.heatmaps):
        assert last(view.set_clamps).args[0]["f"][2] == 1.0
    emit(v.editor.clampRequested, "f", None, None)                    # free every unit again
    assert np.isnan(s.clamps()["f"]).all()
    emit(v.diagram.clampRequested, "g", 0, 1.0)                       # the prediction path is no gate
    assert len(said) == 1
    for view in (v.diagram, v.editor, v.heatmaps):
        view.set_clamps.reset_mock()
    s.clampsChanged.emit()                                             # clamps alone (no new trace)
    for view in (v.diagram, v.editor, v.heatmaps):
        assert np.isnan(last(view.set_clamps).args[0]["f"]).all()


def test_reset_zero_and_randomize_act_on_the_path_on_show(rig):
    p, s, state, v, _ = rig
    original = s.network().block("W", "o").copy()
    emit(v.editor.pathChosen, "o")
    emit(v.editor.zeroBlockRequested, "W")
    assert not s.network().block("W", "o").any()
    emit(v.editor.resetPathRequested)
    np.testing.assert_array_equal(s.network().block("W", "o"), original)
    g = s.network().block("W", "g").copy()
    emit(v.editor.randomizeRequested, 7)
    assert not np.array_equal(s.network().block("W", "o"), original)
    np.testing.assert_array_equal(s.network().block("W", "g"), g)   # only the path on show
    emit(v.editor.resetAllRequested)
    np.testing.assert_array_equal(s.network().block("W", "o"), original)


def test_the_edit_lock_while_training(rig):
    p, s, state, v, _ = rig
    s.edit_weight("b", "g", 0, 0, 0.5)                                 # something to undo
    pane = v.shell.training_pane.return_value
    p.training.trainer.runner.stateChanged.emit("running")
    assert last(pane.set_state).args == ("running",)
    v.editor.setEnabled.assert_called_with(False)
    v.shell.allow_edits.assert_called_with(False, False, False)
    p.training.trainer.runner.stateChanged.emit("idle")
    v.editor.setEnabled.assert_called_with(True)
    v.shell.allow_edits.assert_called_with(True, True, False)


def test_a_training_pane_made_later_is_wired_to_the_runner(rig):
    p, s, state, v, _ = rig
    pane = MagicMock(spec=TrainingView)
    p.training.attach(pane)
    assert last(pane.set_state).args == ("idle",)
    v.shell.maybe_save.return_value = False                            # "Cancel" to the unsaved-work question
    emit(pane.startRequested, "book", "", {"epochs": 1})
    assert p.training.trainer.runner.state == "idle" and not v.shell.training_pane.return_value.new_run.called
    v.shell.maybe_save.return_value = True
    emit(pane.startRequested, "text", "Doug", {})                      # one word: nothing to learn
    shown = v.shell.training_pane.return_value
    assert shown.show_message.called and not shown.new_run.called
    assert p.training.trainer.runner.state == "idle"


def test_sampling_lands_on_the_first_sampled_word(rig):
    p, s, state, v, _ = rig
    before = len(s.token_texts)
    pane = MagicMock(spec=TrainingView)
    p.training.attach(pane)
    emit(pane.generateRequested, 3, 0.0, 1)
    assert len(s.token_texts) == before + 3 and s.step == before
    added = last(v.shell.training_pane.return_value.show_sample).args[0]
    assert added.replace(" ", "") == "".join(s.token_texts[before:])
    emit(pane.generateRequested, 0, 1.0, 1)                            # refused: said in the pane
    assert v.shell.training_pane.return_value.show_message.called


def test_other_names_relabel_every_view_and_keep_the_path_and_sub_step(rig):
    p, s, state, v, _ = rig
    emit(v.diagram.pathSelected, "i")
    state.set_inside(True)
    assert last(v.diagram.set_substep).args == (0,)
    p.move_substep(1)
    p.move_substep(1)
    assert state.substep == 2
    state.set_other_names(True)
    names = s.other_names()
    assert last(v.predictions.set_words).args[0] == [names.get(w, w) for w in s.words]
    assert "道格" in last(v.predictions.set_words).args[0]
    assert last(v.timeline.set_tokens).args[0][:3] == ["珍", "看見", "小點"]
    assert last(v.editor.show_path).args[0] == "i" and state.path == "i"
    assert last(v.diagram.select_path).args == ("i",)
    assert last(v.diagram.set_substep).args == (2,) and state.substep == 2


def test_display_names_make_a_character_models_spaces_visible():
    chars = MagicMock()
    chars.vocab.tokenizer = "chars"
    assert view_data.display_names(chars, True, ["a b", "\n"]) == ["a␣b", "↵"]


def test_a_layer_change_redraws_the_cell_for_that_layer(qtbot, tmp_path):
    from lstm_sim.controller import documents
    from lstm_sim.model import Network, save_model
    words = ["<eos>", "Doug", "Jane", "Spot", "saw", "."]
    save_model(tmp_path / "stacked.npz", Network.random("lstm", 3, 4, len(words), seed=5, layers=2,
                                                        n_tokens=len(words)), words, {"text": "Jane saw Spot ."})
    s, state, v = Session(), ViewState(), mocked_views()
    Presenter(s, state, v).connect()
    documents.open_file(s, str(tmp_path / "stacked.npz"))
    assert last(v.layer_bar.set_layers).args == (2, 0, True)
    emit(v.layer_bar.layerChosen, 1)
    assert s.layer == 1 == state.layer
    assert last(v.layer_bar.set_layers).args == (2, 1, True)
    cell = last(v.diagram.set_cell)
    assert cell.args[2] == s.input_names() and cell.args[3] == "unit"   # it reads the layer below
    assert last(v.diagram.set_input_caption).args[0] == "new information · xₜ: layer 1's h"


def test_walking_inside_the_cell_goes_on_to_the_next_word(rig):
    p, s, state, v, _ = rig
    s.set_step(2)
    p.move_substep(1)                                                  # not inside yet: go inside
    assert state.inside and state.substep == 0
    v.diagram.stage_drawn.side_effect = lambda k: k != 1               # a part a lesson has not drawn
    p.move_substep(1)
    assert state.substep == 2
    p.show_substep(STAGES - 1)
    p.move_substep(1)
    assert s.step == 3 and state.substep == 0
    p.move_substep(-1)
    assert s.step == 2 and state.substep == STAGES - 1
    state.set_inside(False)
    assert last(v.diagram.set_substep).args == (None,) and state.substep is None


def test_a_lesson_points_at_parts_of_the_app(rig):
    p, s, state, v, _ = rig
    p.highlight("box", "f")
    assert last(v.diagram.highlight).args == ("box", "f")
    p.highlight("heatmap", f"f:{s.units[2]}")
    assert last(v.heatmaps.highlight).args == ("f", 2)
    v.shell.show_pane.assert_called_with("heatmaps")
    v.shell.presenting.return_value = True                             # presenting: no heatmaps dock
    v.shell.show_pane.reset_mock()
    p.highlight("heatmap", "o:nobody")
    assert last(v.heatmaps.highlight).args == ("o", None) and not v.shell.show_pane.called
    p.highlight("dock", "predictions")
    v.shell.show_pane.assert_called_with("predictions")
    p.highlight("", "")
    assert v.diagram.clear_highlights.called and v.heatmaps.clear_highlight.called
    p.lesson_shown("memory", 2)
    assert (state.lesson, state.lesson_step) == ("memory", 2)


def test_the_view_state_outlives_the_views_it_was_shown_in(rig):
    p, s, state, v, _ = rig
    emit(v.editor.pathChosen, "o")
    state.set_inside(True)
    p.show_substep(3)
    fresh = mocked_views()                                             # a new window's panes
    Presenter(s, state, fresh).relabel(take_back=False)
    assert last(fresh.editor.show_path).args[0] == "o"
    assert last(fresh.diagram.set_substep).args == (3,)


def test_the_presenter_and_the_view_state_need_no_widgets():
    """Imported on their own, they bring in neither QtWidgets nor any view module."""
    import subprocess
    import sys
    code = ("import sys, lstm_sim.controller.presenter, lstm_sim.controller.view_state; "
            "print(sorted(m for m in sys.modules if m == 'PySide6.QtWidgets' or m.startswith('lstm_sim.ui')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "[]", done.stdout + done.stderr


def test_each_real_view_has_what_its_interface_names(qapp):
    from lstm_sim.ui.diagram import CellDiagram
    from lstm_sim.ui.editor import WeightEditor
    from lstm_sim.ui.heatmaps import HeatmapPane
    from lstm_sim.ui.layer_bar import LayerBar
    from lstm_sim.ui.main_window import MainWindow
    from lstm_sim.ui.predictions import PredictionsPane
    from lstm_sim.ui.provenance import ProvenancePane
    from lstm_sim.ui.timeline import Timeline
    from lstm_sim.ui.training_dock import TrainingDock
    from PySide6.QtWidgets import QTextBrowser
    for interface, widget in ((TimelineView, Timeline), (DiagramView, CellDiagram), (LayerBarView, LayerBar),
                              (HeatmapsView, HeatmapPane), (PredictionsView, PredictionsPane),
                              (EditorView, WeightEditor), (AboutView, QTextBrowser), (MemoryView, ProvenancePane),
                              (TrainingView, TrainingDock), (ShellView, MainWindow)):
        names = [n for n in vars(interface) if not n.startswith("_")]
        assert names and all(hasattr(widget, n) for n in names), (widget, [n for n in names if not hasattr(widget, n)])
