"""``lstm-sim export`` (issue 16): what a teacher pastes into slides — the whole cell
(PNG, vector SVG or PDF), the heatmaps, a replay GIF, a handout PDF and the trace CSV of
one text, drawn headless by the code of File ▸ Export."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from .sources import add_source_options, clamps_for, layer_index, source_text_tokens
from .usage import UsageError

#: The export options, each an output file; the formats each takes are exports.FORMATS'.
EXPORT_OUTPUTS = ("diagram", "heatmaps", "replay", "handout", "trace")


def cmd_export(args) -> None:
    """The whole cell (PNG, vector SVG or PDF), the heatmaps, a replay GIF, a handout PDF
    and the trace CSV of one text, headless: the code of File ▸ Export."""
    wanted = [(kind, path) for kind in EXPORT_OUTPUTS for path in getattr(args, kind) or ()]
    if not wanted:
        raise UsageError("give at least one of --diagram, --heatmaps, --replay, --handout, --trace")
    if args.substeps and not args.replay:
        raise UsageError("--substeps goes with --replay")
    if args.scale is not None and not (np.isfinite(args.scale) and 0 < args.scale <= 8):
        raise UsageError(f"--scale {args.scale:g}: give a number above 0, at most 8")
    from ..controller.documents import DocumentError
    from ..ui.export import FORMATS, ExportError, ExportState, export
    for kind, path in wanted:
        if Path(path).suffix.lower() not in FORMATS[kind]:
            raise UsageError(f"--{kind} {path}: give a {_either(FORMATS[kind])} file")
        if not Path(path).parent.is_dir():
            raise UsageError(f"--{kind} {path}: folder {Path(path).parent} does not exist")
    p, text, tokens = source_text_tokens(args)
    layer = layer_index(p, args.layer)
    clamps = clamps_for(p, args.clamp, args.layer)
    step = _step(args, p, len(tokens))
    state = ExportState(p, p.net, text, step, clamps or None, layer, dark=args.dark)
    pictures = any(kind != "trace" for kind, _ in wanted)
    before = _start_qt(args.lang) if pictures else None
    try:
        for kind, path in wanted:
            export(kind, state, path, scale=args.scale, substeps=args.substeps)
            print(path)
    except (ExportError, DocumentError) as exc:
        raise UsageError(str(exc)) from None
    finally:
        if before is not None:
            from ..ui.i18n import install_language
            install_language(before)


def _step(args, p, n: int) -> int:
    """The step drawn: ``--step K``, else the network's own key moment on its own text,
    else the last word."""
    if args.step is None:
        return min(max(p.start_step, 0), n - 1) if args.text is None else n - 1
    if 1 <= args.step <= n:
        return args.step - 1
    raise UsageError(f"--step {args.step}: the text has {n} step{'s' if n > 1 else ''} (1..{n})")


def _start_qt(lang: str) -> str:
    """Qt set up to draw offscreen (no window, no display) in ``lang``; the language that
    was installed before, to put back."""
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from ..ui.app import configure
        from ..ui.i18n import current_language, install_language
        configure()
    except ImportError as exc:
        from ..ui.platform_check import install_hint, missing_in_error
        libs = missing_in_error(str(exc))
        raise UsageError(install_hint(libs) if libs else f"cannot load Qt: {exc}") from None
    before = current_language()
    if not install_language(lang):
        install_language(before)
        raise UsageError(f"--lang {lang}: the translation is missing from this installation")
    from ..ui.i18n import can_draw_chinese
    if lang == "zh-TW" and not can_draw_chinese():
        print("lstm-sim: note: no installed font draws Chinese, so it comes out as boxes "
              "(Debian/Ubuntu: sudo apt-get install fonts-noto-cjk)", file=sys.stderr)
    return before


def _either(options) -> str:
    """'.png, .svg or .pdf'."""
    return options[0] if len(options) == 1 else ", ".join(options[:-1]) + " or " + options[-1]


def add_parser(sub) -> None:
    p = sub.add_parser("export", help="pictures for slides: the whole cell (PNG/SVG/PDF), heatmaps, a replay "
                       "GIF, a handout PDF, the trace as CSV")
    add_source_options(p)
    p.add_argument("--text", help="input text (default: the preset's or session file's own)")
    p.add_argument("--step", type=int, metavar="K", help="the step shown, 1 = the first word (default: the "
                   "network's own step on its own text, else the last word)")
    p.add_argument("--clamp", action="append", metavar="GATE[:UNIT]=VALUE",
                   help="hold a gate at a value in [0, 1], as in trace (repeatable)")
    p.add_argument("--layer", type=int, metavar="K", help="of a stacked model: the layer drawn and --clamp "
                   "holds (1 = bottom; default the top)")
    p.add_argument("--lang", choices=("en", "zh-TW"), default="en", help="the language of every word drawn")
    p.add_argument("--dark", action="store_true", help="dark paper (default light; a handout is always light)")
    out = p.add_argument_group("outputs (give at least one; each may be given more than once)")
    out.add_argument("--diagram", action="append", metavar="OUT",
                     help="the whole cell at --step: .png, or .svg / .pdf (vector, with real text)")
    out.add_argument("--scale", type=float, metavar="S",
                     help="pixels per diagram unit of PNG and GIF (default 2 for PNG, 1 for GIF)")
    out.add_argument("--heatmaps", action="append", metavar="OUT.png", help="every path over time, nothing else")
    out.add_argument("--replay", action="append", metavar="OUT.gif",
                     help="an animated GIF, a frame per step with its word, formula and next word")
    out.add_argument("--substeps", action="store_true",
                     help="with --replay: a frame per part of each step's computation, with its formula")
    out.add_argument("--handout", action="append", metavar="OUT.pdf",
                     help="a PDF with a page per step: the cell, the next word and what the lessons say about it")
    out.add_argument("--trace", action="append", metavar="OUT.csv",
                     help="every value of every step: one header row, a column per unit or word "
                          "(.json: as trace --json)")
    p.set_defaults(func=cmd_export)
