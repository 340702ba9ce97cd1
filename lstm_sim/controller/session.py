"""The session: the intents that change what a session holds (``session_state``); the
one place that calls the model.

The session keeps its own working copy of everything a user can change and the
untouched original for "Reset". Only its intent methods change that copy, every change
a user makes is a command on its one ``QUndoStack`` (so Ctrl+Z works everywhere and the
stack's clean state is "saved"), and views get read-only arrays. Nothing here draws;
tests drive it without a window.
"""
from __future__ import annotations

import numpy as np

from ..model import Network, forward
from ..model.cells import CellSpec, spec_of
from ..scenarios import Preset, Token, UnknownWordError, load_preset
from . import session_text as text_of
from .commands import ClampsCommand, TextCommand, WeightsCommand, respell_text
from .messages import describe
from .session_edits import (MAX_WEIGHT, check_block, check_clamp, check_same_shape, check_weight,
                            copy_clamps, opening_clamps, path_name, path_params, random_edits,
                            reset_edits)
from .session_state import SessionState


class Session(SessionState):
    """The one place that changes a session: every user change is an undo command."""

    # -- showing ---------------------------------------------------------------------
    def set_layer(self, layer: int) -> None:
        """Show another layer of a stacked net: every view follows, the step stays."""
        if not 0 <= layer < self.num_layers:
            raise ValueError(f"layer {layer + 1} is outside 1..{self.num_layers}")
        if layer == self._layer:
            return
        self._layer = layer
        self.layerChanged.emit(layer)
        self.clampsChanged.emit()
        self.traceChanged.emit()
        self.stepChanged.emit(self._step)

    # -- opening -------------------------------------------------------------------
    def open_preset(self, name: str) -> None:
        self.open(load_preset(name))

    def open(self, preset: Preset, text: str | None = None, step: int | None = None,
             as_written: bool = False) -> None:
        """Start a session on ``preset``: a working copy of its weights and clamps, its
        own text and key step unless given, and an empty undo history. The text is in
        the session's spelling unless ``as_written`` (see ``session_text.opening_text``)."""
        text = text_of.opening_text(preset, text, self._other_spelling, as_written)
        self.pause()
        self._original = preset
        self._net = preset.net.copy()
        self._clamps = opening_clamps(self._net, preset.clamps)
        self._layer = 0
        self._text, self._tokens, self._error = text, preset.vocab.tokens(text), None
        self._step = preset.start_step if step is None else step
        self.undo_stack.clear()
        self._file_path = ""
        self._checked = ("", [])
        self._retrace(emit=False)
        self.networkChanged.emit()
        self.traceChanged.emit()
        self.stepChanged.emit(self._step)
        self.textAccepted.emit()
        self.undo_stack.setClean()
        self.fileChanged.emit("")

    # -- text and steps -----------------------------------------------------------------
    def check_text(self, text: str) -> list[Token]:
        """The tokens of ``text``; raises UnknownWordError or ValueError with a short message."""
        last = self._checked if self._checked[0] else (self._text, self._tokens)
        return text_of.check_tokens(self._original.vocab, text, last)

    def spelled(self, text: str) -> str:
        """``text`` in the spelling the session writes its words in (see set_spelling)."""
        return self._original.vocab.respell(text, self._other_spelling) if self._original else text

    def set_spelling(self, other: bool) -> None:
        """Write the words of the text in their other spelling (the book's 道格, 珍 … where
        the views show those names) or in the vocabulary's own, now and for every text
        that does not come from the keyboard (a preset's, a lesson's, sampled words); what
        the user types stays as typed. A spelling is not an edit: tokens, trace and the
        undo steps stay as they are, the texts they give back respelled with the text."""
        if other == self._other_spelling:
            return
        self._other_spelling = other
        text = self.spelled(self._text)
        if text != self._text:
            self._text, self._tokens = text, self._original.vocab.tokens(text)
        for k in range(self.undo_stack.count()):
            respell_text(self.undo_stack.command(k), self.spelled)

    def set_text(self, text: str, typing: bool = True, label: str | None = None) -> bool:
        """Trace new text (one undo step per burst of typing). On an unknown word, keep
        the last good trace and text, and say which word and what it might have been.
        A text not typed (``typing`` False) is written in the session's spelling."""
        if not typing:
            text = self.spelled(text)
        if text == self._text:
            self._error = None
            self.textAccepted.emit()
            return True
        try:
            self._checked = (text, self.check_text(text))       # tokenised once per keystroke
        except UnknownWordError as exc:
            self._error = self.unknown_word_message(exc.word)
            self.textRejected.emit(self._error, exc.start, exc.end)
            return False
        except ValueError as exc:
            self._error = describe(exc)
            self.textRejected.emit(self._error, 0, len(text))
            return False
        self.undo_stack.push(TextCommand(self, self._text, text, self._step, typing, label))
        return True

    def continue_text(self, words: int, temperature: float = 1.0, seed: int = 0) -> str:
        """Sample ``words`` more tokens after the current text (one undo step) and return
        what was added; the views then step through it like any typed text."""
        from ..model import generate
        if not 1 <= words <= 500:
            raise ValueError(self.tr("generate between 1 and 500 words"))
        if not (np.isfinite(temperature) and temperature >= 0):
            raise ValueError(self.tr("temperature must be a number ≥ 0"))
        vocab, names = self._original.vocab, self.token_texts
        ids = generate(self._net, vocab.inputs(names), words, seed=seed, temperature=temperature,
                       clamps=self.all_clamps())
        added = [vocab.words[k] for k in ids]
        self.set_text(vocab.detokenize(names + added), typing=False,
                      label=self.tr("Sample {0} words").format(words))
        return vocab.detokenize(added)

    def unknown_word_message(self, word: str) -> str:
        return text_of.unknown_word_message(self.words, word)

    def _apply_text(self, text: str, step: int | None = None) -> None:
        checked_text, checked_tokens = self._checked
        tokens = checked_tokens if checked_text == text else self._original.vocab.tokens(text)
        self._text, self._tokens, self._error = text, tokens, None
        if step is not None:
            self._step = step
        self._retrace(text_only=True)
        self.textAccepted.emit()

    def set_step(self, t: int) -> None:
        if not self._tokens:
            return
        t = int(np.clip(t, 0, len(self._tokens) - 1))
        if t != self._step:
            self._step = t
            self.stepChanged.emit(t)

    def step_by(self, delta: int) -> None:
        self.set_step(self._step + delta)

    def first(self) -> None:
        self.set_step(0)

    def last(self) -> None:
        self.set_step(len(self._tokens) - 1)

    # -- weights ---------------------------------------------------------------------------
    def check_weight(self, value) -> float:
        """The value as a weight, or ValueError saying why it cannot be one."""
        return check_weight(value)

    def edit_weight(self, param: str, gate: str | None, row: int, col: int, value: float,
                    merge_id: int = 0) -> None:
        """Set one weight; edits sharing a positive ``merge_id`` (one drag) are one undo step."""
        v = self.check_weight(value)
        old = self._net.block(param, gate).copy()
        new = old.copy()
        new[(row, col) if new.ndim == 2 else row] = v
        self._push_blocks([(param, gate, old, new)],
                          self.tr("Edit {0}").format(self._block_name(param, gate)), merge_id)

    def set_block(self, param: str, gate: str | None, values, text: str) -> None:
        values = np.array(values, dtype=np.float64)
        old = self._net.block(param, gate).copy()
        check_block(param, values, old.shape)
        self._push_blocks([(param, gate, old, values)], text)

    def zero_block(self, param: str, gate: str | None) -> None:
        self.set_block(param, gate, np.zeros_like(self._net.block(param, gate)),
                       self.tr("Zero {0}").format(self._block_name(param, gate)))

    def reset_path(self, path: str) -> None:
        """Back to the opened weights for one path (or the readout)."""
        params, gate = path_params(path, self._layer, self._net.spec)
        self._push_blocks(reset_edits(self._net, self._original.net, params, gate),
                          self.tr("Reset {0}").format(self.path_name(path)))

    def reset_all(self) -> None:
        self.set_network(self._original.net, self.tr("Reset all weights"))

    def randomize_path(self, path: str, seed: int) -> None:
        """PyTorch's initialisation (uniform ±1/√H), seeded, for one path's blocks."""
        params, gate = path_params(path, self._layer, self._net.spec)
        self._push_blocks(random_edits(self._net, params, gate, seed, self.hidden_size), self.tr("Randomize {0} (seed {1})").format(self.path_name(path), seed))

    def set_network(self, net: Network, text: str, before: dict | None = None) -> None:
        """Replace every weight at once as one undo step (reset, training); its undo gives
        back ``before`` (default: the weights now)."""
        check_same_shape(net, self._net)
        before = self._net.params if before is None else before
        edits = [(p, None, np.array(before[p]), net.params[p].copy()) for p in self._net.params]
        self._push_blocks(edits, text)

    def show_weights(self, params: dict) -> None:
        """Show weights a training run has reached, without an undo step (the run's
        result becomes one step when it ends: ``set_network`` with ``before``)."""
        for k, v in params.items():
            self._net.params[k][...] = v
        self._retrace()
        self.weightsChanged.emit()

    def _push_blocks(self, edits, text: str, merge_id: int = 0) -> None:
        if all(np.array_equal(old, new) for _, _, old, new in edits) and merge_id == 0:
            return
        self.undo_stack.push(WeightsCommand(self, edits, text, merge_id))

    def _apply_blocks(self, blocks) -> None:
        for param, gate, values in blocks:
            self._net.block(param, gate)[...] = values
        self._retrace(readout_kept=all(param not in ("W_out", "b_out") for param, _, _ in blocks))
        self.weightsChanged.emit()

    def path_name(self, path: str) -> str:
        """The path's name in the current language (for undo texts), with its layer when
        the net is stacked."""
        return path_name(path, self.nonlinearity, self.num_layers, self._layer)

    def _block_name(self, param: str, gate: str | None) -> str:
        return f"{param} · {self.path_name(gate)}" if gate else param

    # -- clamps ----------------------------------------------------------------------------
    def set_clamp(self, gate: str, unit: int | None, value: float | None) -> None:
        """Clamp one unit (or, with ``unit`` None, the whole gate) open, closed or at a
        value in [0, 1]; ``value`` None frees it. One undo step."""
        check_clamp(self._net.spec.gates, gate, value)
        old, new = copy_clamps(self._clamps), copy_clamps(self._clamps)
        new[self._layer][gate][slice(None) if unit is None else unit] = np.nan if value is None else value
        if all(np.array_equal(o[g], n[g], equal_nan=True) for o, n in zip(old, new) for g in o):
            return
        who = self.path_name(gate) + ("" if unit is None else f" [{self.units[unit]}]")
        what = self.tr("free") if value is None else f"{value:g}"
        self.undo_stack.push(ClampsCommand(self, old, new, self.tr("Clamp {0} → {1}").format(who, what)))

    def free_clamps(self) -> None:
        """Free every gate of every unit in every layer: one undo step (none if nothing is held)."""
        old = copy_clamps(self._clamps)
        new = [{g: np.full_like(v, np.nan) for g, v in c.items()} for c in self._clamps]
        if all(np.isnan(v).all() for c in old for v in c.values()):
            return
        self.undo_stack.push(ClampsCommand(self, old, new, self.tr("Free all gate clamps")))

    def _apply_clamps(self, clamps: list) -> None:
        self._clamps = copy_clamps(clamps)
        self._retrace(readout_kept=True)
        self.clampsChanged.emit()

    # -- tracing ---------------------------------------------------------------------------
    def _retrace(self, emit: bool = True, text_only: bool = False, readout_kept: bool = False) -> None:
        """Trace the text again. ``text_only``: only the text changed since the last trace
        (same network object, same weights), so the steps it shares with the old text are
        taken from the old trace — the same numbers, bit for bit, without recomputing a
        long text on every keystroke. ``readout_kept``: an edit left W_out and b_out as
        they were, so the last trace's copies of them serve (20 MB for 5,000 words)."""
        names = self.token_texts
        clamps = self.all_clamps()
        same_net = self._traced_net is self._net
        reuse = self._trace if text_only and same_net else None
        self._trace = forward(self._net, self._original.vocab.inputs(names), tokens=names, clamps=clamps,
                              reuse=reuse, lazy_readout=True,     # a step's probabilities when shown
                              readout_of=self._trace if readout_kept and same_net else None)
        self._traced_net = self._net
        self._step = max(0, min(self._step, len(names) - 1))
        if emit:
            self.traceChanged.emit()
            self.stepChanged.emit(self._step)

    # -- playback (see ``playback.Playback``) ----------------------------------------------------
    @property
    def playing(self) -> bool:
        return self._playback.playing

    def set_speed(self, speed: float) -> None:
        self._playback.set_speed(speed)

    def play(self) -> None:
        self._playback.play()

    def pause(self) -> None:
        self._playback.pause()

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()


__all__ = ["Session", "MAX_WEIGHT", "path_params", "spec_of", "CellSpec"]
