"""``lstm-sim claims``: every lesson claim checked on a network, with the numbers it read."""
from __future__ import annotations

import json

from .sources import add_source_options, clamps_for, source_and_text, tokenize
from .usage import UsageError


def add_parser(sub) -> None:
    p = sub.add_parser("claims", help="check the lessons' claims on a network, with numbers")
    add_source_options(p)
    p.add_argument("--text", help="input text (default: the network's own)")
    p.add_argument("--lesson", default="all", help="a lesson number 1-7 or id (default: all)")
    p.add_argument("--clamp", action="append", metavar="GATE[:UNIT]=VALUE", help="clamp a gate (repeatable)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--lang", choices=("en", "zh-TW"), default="en", help="the language the claims are printed in")
    p.set_defaults(func=cmd_claims)


def cmd_claims(args) -> None:
    """Every lesson claim checked on the network, with the numbers it read (exit 0 either way).
    A check that holds prints its numbers; a broken one what the lesson expects and what the
    model does; a worked example its arithmetic. ``--lang zh-TW`` prints them in Chinese."""
    from ..model import forward
    from ..scenarios.claims import AT_STEP, LESSON_SAYS, MODEL_DOES, STATUS_WORDS, evaluate, to_json
    p, own_text = source_and_text(args)
    text = args.text if args.text is not None else (own_text or p.text)
    tokens = tokenize(p.vocab, text)
    if not tokens:
        raise UsageError("--text needs at least one word")
    clamps = clamps_for(p, args.clamp)
    tr = claims_translator(args.lang)
    trace = forward(p.net, p.vocab.inputs(tokens), tokens=tokens, clamps=clamps or None)
    results = evaluate(args.lesson, trace, list(p.vocab.words), p.units, net=p.net)
    if args.json:
        print(json.dumps(to_json(results, tr), ensure_ascii=False))
        return
    for r in results:
        mark = {"holds": "✓", "broken": "✗", "example": "="}.get(r.status, "·")
        where = " (" + tr(AT_STEP).format(r.step + 1) + ")" if r.step is not None else ""
        if r.status == "broken":
            print(f"{mark} [{r.lesson}{where}] " + tr(LESSON_SAYS).format(r.expects_in(tr)))
            print("    " + tr(MODEL_DOES).format(r.reason_in(tr)))
            continue
        print(f"{mark} [{r.lesson}{where}] " + (r.text_in(tr) if r.status != "not applicable" else r.expects_in(tr)))
        if r.status == "not applicable" and r.reason:
            print(f"    {tr(STATUS_WORDS[r.status])}: {r.reason_in(tr)}")


def claims_translator(lang: str):
    """The claims' words in ``lang``: Qt's translator read headlessly (QtCore only, no
    application object: nothing is installed, the "claims" context is asked directly)."""
    if lang in (None, "en"):
        return lambda text: text
    from PySide6.QtCore import QTranslator

    from ..resources import qm_path
    translator = QTranslator()
    if not translator.load(str(qm_path(lang))):
        raise UsageError(f"--lang {lang}: the translation is missing from this installation")
    return lambda text: translator.translate("claims", text) or text
