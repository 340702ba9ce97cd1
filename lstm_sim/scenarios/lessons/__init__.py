"""The lesson, replayed: seven lessons, each a short list of steps, as plain data.

Each lesson has its own network (the preset of its first step), opened in a lesson
session of its own from that first step; leaving gives the learner's session back
untouched. A step says what to read (a title and a few sentences), where to put the
lesson's network (its text and time step), what to point at (path boxes, gate nodes, strips,
heatmap rows, docks, or one of the panel's demos), how to draw the cell (only the parts
introduced so far; stepped inside, up to the stage it talks about) and which claims of
:mod:`lstm_sim.scenarios.claims` it checks on the live model. The texts are English
``QT_TRANSLATE_NOOP("lessons", …)`` strings; a view translates them. No Qt here.
"""
from __future__ import annotations

from dataclasses import dataclass

#: What a highlight can point at, and what its key names:
#: "box"      a path box: 'g', 'i', 'f', 'o' (LSTM) or 'rnn'
#: "node"     a diagram operation: 'forget_mul', 'ignore_mul', 'merge_add', 'squash', 'select_mul'
#: "strip"    a vector on the diagram, by trace key: 'x', 'h_prev', 'c_prev', 'c', 'tanh_c', 'h', …
#: "heatmap"  a heatmap, by trace key ('f'), or one of its rows: 'f:Doug' (key:unit label)
#: "dock"     a pane of the main window: 'predictions', 'memory', 'heatmaps', 'editor'
#: "demo"     one of the panel's own demos (see DEMOS)
HIGHLIGHT_KINDS = ("box", "node", "strip", "heatmap", "dock", "demo")
#: The panel's interactive demos: the tanh curve, the logistic function beside it, a
#: vote going round a loop, valves, the dinner days, the book sampler, a pointer to
#: Tools ▸ Compare's distance experiment, and memory leaving −1…1 with forgetting held open.
DEMOS = ("squashing", "logistic", "repeated-votes", "valves", "dinner-days", "book-sampler", "distance",
         "unsquashed-memory")
#: Parts of the LSTM cell a step can leave out of the diagram, in the order lesson 6 adds
#: them: the memory line with forgetting, selection (with the squashing of memory), ignoring.
CELL_PARTS = ("memory", "selection", "ignoring")
#: One LSTM time step's computation, in order: what stepping inside the cell walks through.
CELL_STAGES = ("inputs", "paths", "forget", "ignore", "merge", "squash", "select", "out")


@dataclass(frozen=True)
class Highlight:
    kind: str
    key: str

    def __post_init__(self):
        if self.kind not in HIGHLIGHT_KINDS:
            raise ValueError(f"highlight kind must be one of {HIGHLIGHT_KINDS}, not {self.kind!r}")


@dataclass(frozen=True)
class LessonStep:
    title: str
    paragraphs: tuple[str, ...]
    preset: str | None = None          # the lesson's network (every step of a lesson names the same one)
    text: str | None = None            # then trace this text
    step: int | None = None            # then show this time step (0-based token index)
    highlights: tuple[Highlight, ...] = ()
    demo: str | None = None            # one of DEMOS, shown under the text
    claims: tuple[str, ...] = ()       # claim ids checked on the live model
    parts: tuple[str, ...] | None = None   # draw only these CELL_PARTS (None: the whole cell)
    stage: str | None = None           # step inside the cell, computed up to this CELL_STAGES stage

    def __post_init__(self):
        if self.parts is not None and not set(self.parts) <= set(CELL_PARTS):
            raise ValueError(f"cell parts must be among {CELL_PARTS}, not {self.parts!r}")
        if self.stage is not None and self.stage not in CELL_STAGES:
            raise ValueError(f"a stage must be one of {CELL_STAGES}, not {self.stage!r}")


@dataclass(frozen=True)
class Lesson:
    id: str
    number: int
    title: str
    steps: tuple[LessonStep, ...]

    def __post_init__(self):
        if not self.steps or self.steps[0].preset is None:
            raise ValueError(f"lesson {self.id!r}: its first step must name the lesson's network")
        if any(s.preset not in (None, self.preset) for s in self.steps):
            raise ValueError(f"lesson {self.id!r}: every step shows the lesson's own network, {self.preset!r}")

    @property
    def preset(self) -> str:
        """The network the lesson opens (from its first step) and keeps to its end."""
        return self.steps[0].preset


from .content import LESSONS  # noqa: E402


def lesson(key) -> Lesson:
    """A lesson by id ("squashing") or 1-based number (4 or "4")."""
    for item in LESSONS:
        if key in (item.id, item.number, str(item.number)):
            return item
    raise KeyError(f"unknown lesson {key!r}; lessons are: {', '.join(x.id for x in LESSONS)}")


__all__ = ["CELL_PARTS", "CELL_STAGES", "DEMOS", "HIGHLIGHT_KINDS", "LESSONS", "Highlight", "Lesson", "LessonStep", "lesson"]
