"""The lesson's claims, checked on live traces: they hold on the hand-set presets, break
with numbers when a weight or clamp takes their support away, and never crash on a
network they are not about."""
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from lstm_sim.model import Network, forward
from lstm_sim.scenarios import PRESET_NAMES, load_preset
from lstm_sim.scenarios.claims import CLAIMS, LESSON_IDS, evaluate, evaluate_preset, fill, to_json
from lstm_sim.scenarios.lessons import DEMOS, HIGHLIGHT_KINDS, LESSONS, lesson
from lstm_sim.scenarios.lessons.demos import (dinner_days, repeated_votes, sample_book, squash,
                                              through_valves, weekday_vs_yesterday)

ROOT = Path(__file__).resolve().parents[2]
TANH3, SIG6 = np.tanh(3.0), 1 / (1 + np.exp(-6.0))


def trace_of(preset, text=None, net=None, clamps=None):
    tokens = preset.vocab.tokenize(preset.text if text is None else text)
    return forward(net or preset.net, preset.vocab.one_hot(tokens), tokens=tokens, clamps=clamps)


def by_id(results):
    return {r.id: r for r in results}


@pytest.fixture(scope="module")
def walk():
    return load_preset("walkthrough")


def lesson7(walk, **kwargs):
    return by_id(evaluate(7, trace_of(walk, **kwargs), walk.vocab.words, walk.units))


def test_every_lesson7_claim_holds_on_the_walkthrough_with_the_lessons_numbers(walk):
    r = lesson7(walk)
    assert set(r) >= {"doug-after-names", "doug-votes", "doug-memory-empty", "doug-selects-saw",
                      "saw-votes-names", "saw-forgets-saw", "saw-doug-cancels", "saw-predicts-jane-spot"}
    assert all(x.holds and x.status == "holds" and x.reason == "" for x in r.values()), \
        [(x.id, x.reason_text) for x in r.values() if not x.holds]
    # "Jane saw Spot. Doug saw": Doug is step 4, the last saw step 5.
    assert {x.step for x in r.values() if x.id.startswith("doug")} == {4}
    assert {x.step for x in r.values() if x.id.startswith("saw")} == {5}
    v = r["doug-votes"].values
    assert v["g_saw"] == pytest.approx(TANH3, abs=1e-6) and v["g_doug"] == pytest.approx(-TANH3, abs=1e-6)
    assert "+0.995 for saw and -0.995 for Doug" in r["doug-votes"].text
    assert r["doug-memory-empty"].values["kept_max"] < 0.01
    assert r["doug-selects-saw"].values["o_doug"] == pytest.approx(1 - SIG6, abs=1e-6)
    assert r["doug-selects-saw"].values["p_saw"] > 0.99
    assert all(r["saw-votes-names"].values[f"g_{n}"] == pytest.approx(TANH3, abs=1e-6)
               for n in ("doug", "jane", "spot"))
    f = r["saw-forgets-saw"].values
    assert f["f_saw"] == pytest.approx(1 - SIG6, abs=1e-6) and f["f_doug"] == pytest.approx(SIG6, abs=1e-6)
    c = r["saw-doug-cancels"].values
    assert c["from_doug"] < -0.98 and c["from_saw"] > 0.98 and abs(c["c_doug"]) < 0.01
    assert c["from_doug"] + c["from_saw"] == pytest.approx(c["c_doug"], abs=0.005)   # the rest is tiny
    p = r["saw-predicts-jane-spot"].values
    assert p["p_jane"] == pytest.approx(0.5, abs=0.01) and p["p_spot"] == pytest.approx(0.5, abs=0.01)
    assert p["p_doug"] < 0.01


def test_making_the_forgetting_gate_forget_doug_at_saw_breaks_the_right_claims(walk):
    net = walk.net.copy()
    net.block("W", "f")[walk.units.index("Doug"), walk.vocab.words.index("saw")] = -6.0
    r = lesson7(walk, net=net)
    # What happens at "Doug" is untouched …
    assert all(r[k].holds for k in ("doug-after-names", "doug-votes", "doug-memory-empty",
                                    "doug-selects-saw", "saw-votes-names"))
    # … but "not Doug" is forgotten at "saw", so Doug is back in the running.
    broken = r["saw-forgets-saw"]
    assert broken.status == "broken"
    assert broken.values["f_doug"] == pytest.approx(1 - SIG6, abs=1e-6)
    assert broken.reason_text == "the forgetting gate on Doug is 0.002, so “not Doug” is gone"
    assert r["saw-doug-cancels"].status == "broken"
    assert "-0.002" in r["saw-doug-cancels"].reason_text
    assert r["saw-predicts-jane-spot"].status == "broken"
    assert r["saw-predicts-jane-spot"].values["p_doug"] > 0.3
    assert "Doug still gets 32%" in r["saw-predicts-jane-spot"].reason_text


def test_clamping_the_forgetting_gate_open_breaks_forgetting_claims_with_numbers(walk):
    r = lesson7(walk, clamps={"f": [1.0] * 5})
    assert r["doug-votes"].holds and r["saw-votes-names"].holds      # votes do not use f
    assert r["doug-memory-empty"].status == "broken"
    assert r["doug-memory-empty"].reason_text.startswith("memory still holds 1.98")
    assert "forgetting gate 1.000" in r["doug-memory-empty"].reason_text
    assert r["saw-forgets-saw"].reason_text == ("the forgetting gate on saw is 1.000, "
                                                "so the old saw stays in memory")
    assert r["saw-forgets-saw"].values["f_saw"] == 1.0
    assert not r["saw-doug-cancels"].holds and not r["saw-predicts-jane-spot"].holds


def test_claims_say_not_applicable_instead_of_crashing_on_other_networks(walk):
    dinner = load_preset("dinner")
    for x in evaluate(7, trace_of(dinner), dinner.vocab.words, dinner.units):
        assert x.status == "not applicable" and not x.holds and x.step is None
        assert x.reason_text                          # says why
        assert "…" in x.text or "{" not in x.text     # unfilled numbers never leak braces
    # An LSTM with the book's words but anonymous units.
    net = Network.random("lstm", 5, 8, 5, seed=1)
    r = by_id(evaluate("all", trace_of(walk, net=net), walk.vocab.words, [f"u{k}" for k in range(8)]))
    assert r["saw-forgets-saw"].status == "not applicable"
    assert r["saw-forgets-saw"].reason_text == "no unit of this network is labelled “saw”"
    assert r["memory-is-merge"].holds                 # the LSTM's equations hold on any LSTM
    # A text without "Doug saw".
    r = lesson7(walk, text="Jane saw Spot.")
    assert r["saw-doug-cancels"].reason_text == "the text has no sentence starting “Doug saw”"
    # Labels that point past the cell's units: reported, not raised.
    odd_units = ["a", "b", "c", "d", "e", "f", "g", "Doug", "saw", "Jane", "Spot"]
    r = by_id(evaluate(7, trace_of(walk), walk.vocab.words, odd_units))
    assert r["doug-votes"].status == "not applicable"
    assert r["doug-votes"].reason_text.startswith("cannot be read on this network")
    # No trace at all.
    assert all(x.status == "not applicable" for x in evaluate(7, None, [], []))


def test_book_rnn_claims_hold_and_explain_doug_saw_doug():
    r = by_id(evaluate_preset("book-rnn", "book"))
    assert set(r) == {"rnn-doug-saw-doug", "rnn-one-step", "rnn-run-on"}
    assert all(x.holds for x in r.values()), [x.reason_text for x in r.values()]
    v = r["rnn-doug-saw-doug"].values
    assert r["rnn-doug-saw-doug"].step == 1 and v["p_doug"] == pytest.approx(v["p_jane"], abs=0.01)
    assert r["rnn-one-step"].values["difference"] < 0.01
    # The same claims are broken on the LSTM's trace … because they are not about it.
    walk_results = by_id(evaluate_preset("walkthrough", 3))
    assert all(x.status == "not applicable" for x in walk_results.values())


def test_dinner_claims_hold_on_the_dinner_preset():
    r = by_id(evaluate_preset("dinner", 1))
    assert all(x.holds for x in r.values()), [x.reason_text for x in r.values()]
    assert r["weekday-useless"].values == {"weekday_accuracy": pytest.approx(1 / 3), "yesterday_accuracy": 1.0}
    assert r["dinner-rolls-forward"].values["days"] == 3          # "pizza sushi ? pizza ? ? pizza"
    assert by_id(evaluate_preset("dinner", 1, text="pizza sushi waffles"))["dinner-rolls-forward"].status \
        == "not applicable"


def test_factual_claims_of_lessons_2_to_6_hold_on_every_preset():
    for name in PRESET_NAMES:
        for x in evaluate_preset(name):
            if x.lesson in ("vectors", "squashing", "gates", "lstm"):
                assert x.holds or x.status == "not applicable", (name, x.id, x.reason_text)
    r = by_id(evaluate_preset("walkthrough", "gates"))
    assert r["valves"].values == {"out_1": 0.8, "out_2": 0.4, "out_3": 0.0}
    assert r["valves"].text.endswith("comes out 0.8, 0.4 and 0.0")


def test_evaluate_selects_lessons_by_id_number_or_all():
    t = trace_of(load_preset("walkthrough"))
    args = (t, ["Doug", "Jane", "Spot", "saw", "."], ["Doug", "Jane", "Spot", "saw", "."])
    assert [x.id for x in evaluate(7, *args)] == [x.id for x in evaluate("jane-saw-spot", *args)]
    everything = evaluate("all", *args)
    assert len(everything) == len(CLAIMS)
    order = [LESSON_IDS.index(x.lesson) for x in everything]
    assert order == sorted(order) and set(order) == set(range(7))
    assert [x.id for x in evaluate(None, *args, ids=["valves", "doug-votes"])] == ["valves", "doug-votes"]
    with pytest.raises(KeyError):
        evaluate(9, *args)


def test_json_form_lists_lesson_step_claim_holds_values():
    out = to_json(evaluate_preset("walkthrough", 7))
    text = json.dumps(out, ensure_ascii=False)
    back = json.loads(text)
    assert all({"lesson", "step", "claim", "holds", "values"} <= set(o) for o in back)
    first = next(o for o in back if o["claim"].startswith("At “Doug”"))
    assert first == {**first, "lesson": "jane-saw-spot", "step": 4, "holds": True}
    assert first["values"]["g_doug"] == pytest.approx(-0.995055, abs=1e-6)


def test_fill_survives_missing_values():
    assert fill("votes {g_saw:+.2f} for saw", {}) == "votes … for saw"
    assert fill("votes {g_saw:+.2f} for saw", {"g_saw": 0.5}) == "votes +0.50 for saw"


def test_lessons_are_well_formed_data():
    assert [x.number for x in LESSONS] == list(range(1, 8))
    assert [x.id for x in LESSONS] == list(LESSON_IDS)
    assert lesson(4).id == "squashing" and lesson("7").id == "jane-saw-spot"
    for item in LESSONS:
        assert 2 <= len(item.steps) <= 8
        for step in item.steps:
            assert step.title and step.paragraphs
            assert all(c in CLAIMS for c in step.claims)
            assert all(h.kind in HIGHLIGHT_KINDS for h in step.highlights)
            assert step.demo in (None, *DEMOS)
            if step.preset:
                preset = load_preset(step.preset)
                tokens = preset.vocab.tokenize(step.text or preset.text)
                assert step.step is None or 0 <= step.step < len(tokens)
                # A step's claims hold where the step puts the app.
                if step.text:
                    results = evaluate(None, trace_of(preset, step.text), preset.vocab.words, preset.units,
                                       ids=step.claims)
                    assert all(x.holds for x in results), (item.id, step.title, [x.reason_text for x in results])
    assert {s.demo for x in LESSONS for s in x.steps} - {None} == set(DEMOS)


def test_demo_arithmetic():
    assert through_valves([0.8] * 3, [1, 0.5, 0]).tolist() == pytest.approx([0.8, 0.4, 0.0])
    plain, squashed = repeated_votes(0.8, 30, False), repeated_votes(0.8, 30, True)
    assert plain[-1] == pytest.approx(24.0) and 0.9 < squashed[-1] < 1.0
    assert squash(0.0) == (0.0, 0.5)
    assert weekday_vs_yesterday(21) == (pytest.approx(1 / 3), 1.0)
    home = dinner_days([False] * 5)
    assert [d.predicted for d in home[1:]] == ["sushi", "waffles", "pizza", "sushi", "waffles"]
    first_away = dinner_days([True] + [False] * 4)
    assert first_away[1].predicted is None and first_away[1].confidence == pytest.approx(1 / 3)
    rolled = dinner_days([False, True, True, False])
    assert [d.predicted for d in rolled[1:]] == ["sushi", "waffles", "pizza", "sushi"]
    assert [d.from_own_guess for d in rolled] == [False, False, True, True, False]


def test_the_book_rnn_writes_doug_saw_doug_and_the_lstm_does_not():
    rnn, lstm = load_preset("book-rnn"), load_preset("walkthrough")
    counts, examples = sample_book(rnn.net, rnn.vocab, 100, seed=0)
    assert sum(counts.values()) == 100 and counts["same name"] > 0 and counts["run-on"] > 0
    assert examples["same name"].split()[0] == examples["same name"].split()[2].rstrip(".")
    counts, _ = sample_book(lstm.net, lstm.vocab, 100, seed=0)
    assert counts["ok"] == 100


def test_claims_and_lessons_load_no_qt():
    code = ("import lstm_sim.scenarios.claims, lstm_sim.scenarios.lessons.demos, sys; "
            "print([m for m in sys.modules if m.startswith(('PySide6','pyqtgraph','shiboken'))])")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
