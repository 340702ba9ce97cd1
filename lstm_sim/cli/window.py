"""The window: opened with no command (``--present``: in presentation mode), and
``lstm-sim screenshot``, which renders it and each pane to PNG."""
from __future__ import annotations

from pathlib import Path

from .usage import UsageError


def add_parser(sub) -> None:
    p = sub.add_parser("screenshot", help="render the window and each pane to PNG")
    p.add_argument("--out", required=True, help="folder for the PNGs")
    p.add_argument("--lang", choices=("en", "zh-TW"), default="en", help="the app's language")
    p.add_argument("--only", choices=("lessons", "sizes"), help="just the lesson screenshots, or the main window at each screen size")
    p.set_defaults(func=cmd_screenshot)


def cmd_screenshot(args) -> None:
    from ..ui.screenshots import render_all
    try:
        for path in render_all(Path(args.out), lang=args.lang, only=args.only):
            print(path)
    except OSError as exc:
        raise UsageError(f"cannot write screenshots to {args.out}: {exc.strerror or exc}") from None


def cmd_gui(args) -> int:
    from ..ui.app import run
    return run(present=getattr(args, "present", False))
