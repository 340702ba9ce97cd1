"""What the GUI benchmarks share: an offscreen main window of a given size on a given
network (hidden 32 or the big one: hidden 512, vocabulary 5,000), optionally in
presentation mode, with throwaway settings; and the floor of the same run."""
from __future__ import annotations

import contextlib
import os
import statistics
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from _floor import parse_size, percentile, time_changes  # noqa: E402,F401

from lstm_sim.model import Network  # noqa: E402
from lstm_sim.scenarios import Preset, Vocabulary  # noqa: E402
from lstm_sim.ui.app import configure  # noqa: E402
from lstm_sim.ui.main_window import MainWindow  # noqa: E402


def add_window_options(parser, repeats: int) -> None:
    """--size, --big, --present and --repeats: the variants the issue's targets name."""
    parser.add_argument("--size", default="1600x1000", help="window size, WxH")
    parser.add_argument("--big", action="store_true", help="hidden 512, vocabulary 5,000 (embedding 256)")
    parser.add_argument("--present", action="store_true", help="in presentation mode (F5)")
    parser.add_argument("--repeats", type=int, default=repeats)


def variant(args) -> str:
    return f"{args.size}{' big' if args.big else ''}{' present' if args.present else ''}"


def report(rows) -> None:
    for name, xs in rows:
        print(f"{name:26s} median {statistics.median(xs):6.2f} ms   p99 {percentile(xs, 0.99):6.2f} ms")


def hidden32_preset(step: int = 0, steps: int = 50, big: bool = False, extra=()) -> Preset:
    """Hidden 32, 12 words, a 50-step text: the size the step and edit targets name; or
    with ``big`` hidden 512, 5,000 words and an embedding of 256. ``extra`` words join
    the vocabulary (not the text)."""
    words = [f"w{k}" for k in range(5000 if big else 12)]
    vocab = words + list(extra)
    hidden = 512 if big else 32
    net = (Network.random("lstm", 256, hidden, len(vocab), seed=0, n_tokens=len(vocab)) if big
           else Network.random("lstm", len(vocab), hidden, len(vocab), seed=0))
    text = " ".join(words[(k * 7) % len(words)] for k in range(steps))
    return Preset("bench", "bench", "", net, Vocabulary(vocab), [f"u{k}" for k in range(hidden)], text, step)


@contextlib.contextmanager
def bench_window(preset: Preset | str, size: str = "1600x1000", present: bool = False):
    """(app, window) showing ``preset`` (a Preset or a preset name) at ``size`` (WxH),
    in presentation mode if asked; closed afterwards."""
    app = configure()
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(QSettings(str(Path(tmp) / "s.ini"), QSettings.IniFormat))
        window.animate_action.setChecked(False)
        if isinstance(preset, str):
            window.session.open_preset(preset)
        else:
            window.session.open(preset)
        window.resize(*parse_size(size))
        window.show()
        app.processEvents()
        if present:            # full screen offscreen is the virtual screen: sized as asked
            window.presentation.enter()
            app.processEvents()
            window.resize(*parse_size(size))
            for _ in range(6):
                app.processEvents()
        import gc                       # as the app does once its window is up (app.settle_memory)
        gc.collect()
        gc.freeze()
        try:
            yield app, window
        finally:
            window.session.undo_stack.setClean()       # nothing to ask about when closing
            window.close()
