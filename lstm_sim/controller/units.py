"""What the Units pane shows, and the work behind it: a text (the session's own, or a
longer one loaded from a file), each unit's values over it, the steps the user marked,
the units ranked against those marks, the unit on show and where it fires.

The session's own text is already traced: its values are read from the session's trace
at once. A loaded text is traced here, a chunk at a time on a worker thread
(``model.units.scan``), and ranking a big layer over a long text runs there too, so the
window never freezes; a newer request makes the running one give up at its next chunk.
Results reach the GUI thread as queued signals; a result for a request that has since
been replaced is dropped (see ``workers``). ``shutdown`` waits for every worker (the
window calls it when it closes; tests call ``wait_idle``), so no thread outlives its owner.
"""
from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from ..model.units import (Ranking, ScanCancelled, char_range_mask, fire_threshold, matches, next_token_loss,
                           rank_units, regex_mask, runs, saturation, tolerant_tokens, unit_states)
from .messages import describe, file_reason
from .units_scan import cut_to_fit, kept_states, loss_change, scan_inputs, scan_job
from .workers import Workers

#: Ranking a layer over a text with at most this many values (steps × units) is instant:
#: it runs on the GUI thread. Tests lower it to 0 to go through the worker.
SYNC_LIMIT = 1_000_000
#: At most this many values (steps × units) of a loaded text are kept per state: beyond
#: it the text is cut (the pane says where).
MAX_VALUES = 50_000_000
#: Keep every state of the layer when they all fit in this many values, so switching
#: between h, c and the gates needs no new pass.
ALL_STATES_VALUES = 25_000_000
SCAN_CHUNK = 256
#: Weight edits and training snapshots come fast: a loaded text is traced again once
#: they pause for this long.
RETRACE_MS = 250


class UnitsController(QObject):
    textChanged = Signal()            # a new text or tokens: the view lays it out again
    valuesChanged = Signal()          # the values of the chosen layer and state (or None while tracing)
    saturationChanged = Signal()
    marksChanged = Signal()
    rankingChanged = Signal()
    unitChanged = Signal(int)
    busyChanged = Signal(str)         # what is being worked on ("trace", "rank"), '' when idle
    progressed = Signal(int, int)     # steps traced so far, of all
    failed = Signal(str)              # something the user asked for could not be done

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.source = "session"       # or "file"
        self.name = ""
        self.text = ""
        self.spans = np.zeros((0, 2), dtype=np.int64)
        self.tokens: list[str] = []
        self.skipped: list[tuple[int, int]] = []
        self.cut_at: int | None = None     # a loaded text beyond what fits was cut at this character
        self.layer = 0
        self.state = "h"
        self.score = "auc"
        self.values: np.ndarray | None = None
        self.saturation: list | None = None
        self.loss: float | None = None
        self.loss_before: float | None = None
        self.marked: np.ndarray | None = None
        self.ranking: Ranking | None = None
        self.unit: int | None = None
        self.threshold: float | None = None
        self.above = True
        self._cache: dict[tuple[int, str], np.ndarray] = {}
        self._ids = None
        self._seen_trace = None
        self._keep_unit = False
        self._workers = Workers(("trace", "rank"), self, cancelled=(ScanCancelled,))
        self._workers.busyChanged.connect(self.busyChanged)
        self._workers.failed.connect(self._failed)
        self._retrace_timer = QTimer(self)
        self._retrace_timer.setSingleShot(True)
        self._retrace_timer.setInterval(RETRACE_MS)
        self._retrace_timer.timeout.connect(self._trace_file)
        session.networkChanged.connect(self._on_network)
        session.traceChanged.connect(self._on_trace)
        if session.original is not None:
            self._on_network()

    # -- what the view reads ------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.session.kind

    @property
    def char_model(self) -> bool:
        return self.session.vocab.tokenizer == "chars"

    @property
    def num_layers(self) -> int:
        return self.session.num_layers

    @property
    def layer_size(self) -> int:
        """Units in the chosen layer (a stack's layers may differ in size)."""
        return len(self.session.layer_units(self.layer))

    @property
    def units(self) -> list[str]:
        """The chosen layer's unit names."""
        return self.session.layer_units(self.layer)

    def states(self) -> tuple[str, ...]:
        trace = self.session.full_trace
        return unit_states(self.kind if trace is None else trace)

    @property
    def busy(self) -> bool:
        return self._workers.busy

    @property
    def is_session_text(self) -> bool:
        return self.source == "session"

    def column(self, unit: int | None = None) -> np.ndarray | None:
        """The values of one unit (default: the one on show) over the text."""
        unit = self.unit if unit is None else unit
        if self.values is None or unit is None:
            return None
        return self.values[:, unit]

    def fired(self) -> np.ndarray | None:
        """The steps where the unit on show fires like on the marks (None: no marks)."""
        if self.values is None or self.unit is None or self.threshold is None:
            return None
        return matches(self.values, self.unit, self.threshold, self.above)

    def other_places(self) -> list[tuple[int, int]]:
        """Runs of steps outside the marks where the unit on show fires."""
        fired = self.fired()
        if fired is None or self.marked is None:
            return []
        return runs(fired & ~self.marked)

    def step_of_char(self, pos: int) -> int:
        """The step whose token holds character ``pos`` of the text, or −1."""
        k = int(np.searchsorted(self.spans[:, 1], pos, side="right"))
        return k if k < len(self.spans) and self.spans[k, 0] <= pos else -1

    # -- what the user asks for ------------------------------------------------------------------
    def use_session_text(self) -> None:
        self.source, self.name, self.skipped, self.cut_at = "session", "", [], None
        self.loss = self.loss_before = None
        self._workers.cancel("trace")
        self._load_session_text()

    def load_file(self, path: str) -> bool:
        """``load_text`` of a UTF-8 file; False (and ``failed``) if it cannot be read."""
        from pathlib import Path
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.failed.emit(self.tr("Cannot read {0}: {1}").format(path, file_reason(exc)))
            return False
        return self.load_text(text, Path(path).name)

    def load_text(self, text: str, name: str = "") -> bool:
        """Show a text of one's own (a file's): tokens the vocabulary does not know are
        left out (and listed); a text too long for this model's size is cut. It is traced
        off the GUI thread; False (and ``failed``) if nothing in it is known."""
        tokens, skipped = tolerant_tokens(self.session.vocab.tokens, text)
        if not tokens:
            self.failed.emit(self.tr("Nothing in this text is in the model's vocabulary."))
            return False
        text, tokens, skipped, cut = cut_to_fit(text, tokens, skipped, max(MAX_VALUES // max(self.layer_size, 1), 1))
        self.source, self.name, self.skipped, self.cut_at = "file", name, skipped, cut
        self.loss = self.loss_before = None
        self.text = text
        self._set_tokens(tokens)
        self._trace_file()
        return True

    def set_layer(self, layer: int) -> None:
        if not 0 <= layer < self.num_layers or layer == self.layer:
            return
        self.layer = layer
        self._keep_unit = False
        self._refresh_values()

    def set_state(self, state: str) -> None:
        if state not in self.states() or state == self.state:
            return
        self.state = state
        self._keep_unit = False
        self._refresh_values()

    def set_score(self, score: str) -> None:
        if score != self.score:
            self.score = score
            self._keep_unit = False
            self._rank()

    def mark_chars(self, start: int, end: int) -> None:
        """Mark the tokens a selection of characters [start, end) overlaps."""
        self._set_marks(char_range_mask(self.spans, min(start, end), max(start, end)))

    def mark_regex(self, pattern: str) -> bool:
        """Mark the tokens the matches of a regular expression overlap."""
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            self.failed.emit(self.tr("“{0}” is not a regular expression: {1}").format(pattern, exc.msg))
            return False
        mask = regex_mask(self.tokens, self.spans, compiled, text=self.text)
        if not mask.any():
            self.failed.emit(self.tr("“{0}” matches nothing in this text.").format(pattern))
            return False
        self._set_marks(mask)
        return True

    def clear_marks(self) -> None:
        self._set_marks(None)

    def choose_unit(self, unit: int) -> None:
        """Show one unit; a ranking still being made keeps it rather than its own best."""
        if not 0 <= unit < self.layer_size:
            return
        self.unit = unit
        self._keep_unit = True
        self._update_threshold()
        self.unitChanged.emit(unit)

    def set_threshold(self, value: float) -> None:
        if self.unit is not None:
            self.threshold = float(value)
            self.unitChanged.emit(self.unit)

    # -- session → here -------------------------------------------------------------------------
    def _on_network(self) -> None:
        s = self.session
        self._workers.cancel("trace")
        self._workers.cancel("rank")
        self.layer = min(s.layer, s.num_layers - 1)
        self.state = "h"
        self.unit = 0 if self.layer_size else None
        self.source, self.name, self.skipped, self.cut_at = "session", "", [], None
        self._load_session_text()

    def _on_trace(self) -> None:
        trace = self.session.full_trace
        if trace is self._seen_trace:          # another layer on show: nothing new to trace
            return
        self._seen_trace = trace
        # New weights or clamps: the unit on show stays (its "what if off?" is what is
        # being looked at), though the ranking is made again.
        self._keep_unit = True
        if self.source == "session":
            if self.session.text != self.text:
                self._load_session_text()
            else:
                self._remember_loss()
                self._refresh_values()
        else:
            self._cache.clear()
            self._retrace_timer.start()

    def _load_session_text(self) -> None:
        s = self.session
        self._seen_trace = s.full_trace
        self.text = s.text
        self._set_tokens(s.vocab.tokens(s.text))
        self.loss_before = None
        self._session_loss()
        self._refresh_values()

    def _set_tokens(self, tokens) -> None:
        self.tokens = [t.text for t in tokens]
        self.spans = np.array([(t.start, t.end) for t in tokens], dtype=np.int64).reshape(-1, 2)
        self._ids = None
        self._cache.clear()
        self.values = None
        self.marked, self.ranking, self.threshold = None, None, None
        self.textChanged.emit()
        self.marksChanged.emit()
        self.rankingChanged.emit()

    def _remember_loss(self) -> None:
        before = self.loss
        self._session_loss()
        changed = loss_change(before, self.loss)
        self.loss_before = self.loss_before if changed is None else changed

    def _session_loss(self) -> None:
        trace = self.session.full_trace
        ids = self.session.vocab.ids(self.tokens)
        self.loss = next_token_loss(trace["probs"][:-1], ids[1:]) if len(ids) > 1 else None

    def _refresh_values(self) -> None:
        """The chosen layer and state's values: from the session's trace, the cache, or
        a new pass over the loaded text."""
        if self.source == "session":
            trace = self.session.full_trace
            self.values = trace.layers[self.layer][self.state]
            self.saturation = saturation(trace)
            self._values_ready()
        elif (self.layer, self.state) in self._cache:
            self.values = self._cache[(self.layer, self.state)]
            self._values_ready()
        else:
            self._trace_file()

    def _values_ready(self) -> None:
        self.saturationChanged.emit()
        self.valuesChanged.emit()
        if self.marked is not None:
            self._rank()
        elif self.unit is not None:
            self.unitChanged.emit(self.unit)

    # -- a loaded text, traced off the GUI thread --------------------------------------------------
    def _trace_file(self) -> None:
        if self.source != "file":
            return
        if self._ids is None:
            self._ids = scan_inputs(self.session.vocab, self.tokens)
        inputs, targets = self._ids
        keep = kept_states(self.layer, self.state, self.states(), len(self.tokens), self.layer_size,
                           ALL_STATES_VALUES)
        work = scan_job(self.session.network(), inputs, self.session.all_clamps(), keep, targets, SCAN_CHUNK,
                        self.progressed)
        self.values = None
        self.valuesChanged.emit()
        self._workers.start("trace", work, self._on_scanned)

    def _on_scanned(self, result) -> None:
        self._cache = {key: v for key, v in result.values.items()}
        self.saturation = result.saturation
        self.loss, self.loss_before = result.loss, loss_change(self.loss, result.loss)
        self.values = self._cache.get((self.layer, self.state))
        if self.values is None:                 # the state was changed while tracing
            self._trace_file()
            return
        self._values_ready()

    # -- marks and ranking ----------------------------------------------------------------------
    def _set_marks(self, mask) -> None:
        self._keep_unit = False
        if mask is not None and (not mask.any() or mask.all()):
            mask = None if not mask.any() else mask
        self.marked = None if mask is None else np.asarray(mask, dtype=bool)
        self.ranking = None
        self.threshold = None
        self.marksChanged.emit()
        self.rankingChanged.emit()
        if self.marked is not None:
            self._rank()
        elif self.unit is not None:
            self.unitChanged.emit(self.unit)

    def _rank(self) -> None:
        if self.values is None or self.marked is None:
            return
        if self.marked.all():
            self.failed.emit(self.tr("Every step is marked: leave some unmarked to compare with."))
            return
        values, marked, score = self.values, self.marked, self.score
        if values.size <= SYNC_LIMIT:
            self._workers.cancel("rank")
            self._on_ranked(rank_units(values, marked, score))
        else:
            self._workers.start("rank", lambda cancel: rank_units(values, marked, score), self._on_ranked)

    def _on_ranked(self, ranking: Ranking) -> None:
        self.ranking = ranking
        self.rankingChanged.emit()
        keep, self._keep_unit = self._keep_unit and self.unit is not None, False
        self.choose_unit(self.unit if keep else ranking.top(1)[0])

    def _update_threshold(self) -> None:
        if self.values is None or self.marked is None or self.unit is None or self.marked.all():
            self.threshold = None
            return
        cut, self.above = fire_threshold(self.values, self.unit, self.marked)
        self.threshold = None if np.isnan(cut) else cut

    # -- the workers -------------------------------------------------------------------------------
    def _failed(self, error) -> None:
        self.failed.emit(self.tr("Could not finish: {0}").format(describe(error)))

    def wait_idle(self, timeout_s: float = 30.0) -> bool:
        """Let every worker finish and its result land (tests, and closing)."""
        return self._workers.wait_idle(timeout_s, also=self._retrace_timer.isActive)

    def shutdown(self) -> None:
        """Stop and wait for every worker: nothing runs once this returns."""
        self._retrace_timer.stop()
        self._workers.shutdown()


__all__ = ["UnitsController", "SYNC_LIMIT"]
