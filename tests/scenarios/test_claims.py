"""The lesson's claims, checked on live traces: every check holds where its lesson puts
the app, breaks under a named clamp or weight edit a learner can make (saying what the
lesson expects and what the model does instead), keeps green under a change that leaves
the story intact; worked examples are labelled as such and never break; nothing crashes
on a network a claim is not about."""
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from lstm_sim.model import Network, forward, train
from lstm_sim.scenarios import PRESET_NAMES, load_preset
from lstm_sim.scenarios.claims import CLAIMS, LESSON_IDS, evaluate, evaluate_preset, fill, to_json
from lstm_sim.scenarios.lessons import DEMOS, HIGHLIGHT_KINDS, LESSONS, lesson
from lstm_sim.scenarios.lessons.content import BOOK_TEXT, CYCLE_TEXT, DINNER_TEXT, MISTAKES_TEXT, WALK
from lstm_sim.scenarios.lessons.demos import (dinner_days, looped_votes, sample_book, squash, through_valves,
                                              weekday_vs_yesterday)

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


def lesson7(walk, net=None, **kwargs):
    net = net or walk.net
    return by_id(evaluate(7, trace_of(walk, net=net, **kwargs), walk.vocab.words, walk.units, net=net))


# -- how a learner breaks each check -------------------------------------------------------------
def edit(preset, param, gate, unit, word, value):
    """A copy of ``preset``'s network with one weight changed (unit row, input-word column)."""
    def make():
        p = load_preset(preset)
        net = p.net.copy()
        net.block(param, gate)[p.units.index(unit), p.vocab.words.index(word)] = value
        return net
    return make


def zero(preset, param, gate=None):
    def make():
        net = load_preset(preset).net.copy()
        net.block(param, gate)[...] = 0.0
        return net
    return make


def held(gate, value):
    return {gate: [value] * 5}


#: Every check: the preset and text its lesson shows, and one clamp (a dict) or weight edit
#: (a function making the edited network) a learner can make that breaks it, with a word the
#: broken claim's reason must contain.
BREAKS = {
    "dinner-from-yesterday": ("dinner", CYCLE_TEXT, edit("dinner", "W", None, "waffles", "pizza", 8.0), "only 3 of 5"),
    "dinner-votes": ("dinner", CYCLE_TEXT, edit("dinner", "W", None, "sushi", "pizza", 0.0), "no vote in favour"),
    "dinner-rolls-forward": ("dinner", DINNER_TEXT, zero("dinner", "U"), "its own guess"),
    "rnn-names-then-saw": ("book-rnn", BOOK_TEXT, edit("book-rnn", "W", None, "Jane", "Doug", 6.0), "“Jane”"),
    "rnn-previous-prediction-votes": ("book-rnn", BOOK_TEXT, zero("book-rnn", "U"), "new word alone"),
    "rnn-votes-squashed": ("book-rnn", BOOK_TEXT, edit("book-rnn", "W", None, "saw", "Doug", 0.5), "+0.50"),
    "rnn-loop-bounded": ("book-rnn", BOOK_TEXT, zero("book-rnn", "U"), "nothing piles up"),
    "rnn-doug-saw-doug": ("book-rnn", MISTAKES_TEXT, edit("book-rnn", "W", None, "Doug", "saw", -3.0), "avoids the mistake"),
    "rnn-one-step": ("book-rnn", MISTAKES_TEXT, edit("book-rnn", "W", None, ".", "Doug", -3.0), "more than one step"),
    "rnn-run-on": ("book-rnn", MISTAKES_TEXT, edit("book-rnn", "W", None, "saw", "Spot", -3.0), "no run-ons"),
    "sigma-makes-valves": ("walkthrough", WALK, held("f", 1.0), "a clamp, not σ"),
    "memory-carries": ("walkthrough", WALK, held("f", 0.0), "forgetting gate 0.000"),
    "forget-keeps-long": ("walkthrough", WALK, held("f", 0.9), "90.0% each word"),
    "selection-holds-back": ("walkthrough", WALK, held("o", 1.0), "goes out as -0.757"),
    "ignoring-open": ("walkthrough", WALK, held("i", 0.0), "sets votes aside"),
    "doug-after-names": ("walkthrough", WALK, edit("walkthrough", "W", "g", "Jane", ".", 0.0), "for Jane"),
    "doug-votes": ("walkthrough", WALK, edit("walkthrough", "W", "g", "saw", "Doug", 0.0), "for saw"),
    "doug-memory-empty": ("walkthrough", WALK, held("f", 1.0), "memory still holds 1.985"),
    "doug-selects-saw": ("walkthrough", WALK, held("o", 1.0), "comes out as -0.757"),
    "saw-votes-names": ("walkthrough", WALK, edit("walkthrough", "W", "g", "Jane", "saw", 0.0), "for Jane"),
    "saw-forgets-saw": ("walkthrough", WALK, held("f", 1.0), "old saw stays in memory"),
    "saw-doug-cancels": ("walkthrough", WALK, edit("walkthrough", "W", "f", "Doug", "saw", -6.0), "-0.002"),
    "saw-plants-period": ("walkthrough", WALK, held("o", 1.0), "33%"),
    "saw-predicts-not-doug": ("walkthrough", WALK, held("o", 1.0), "the period gets 33%"),
}


def test_every_check_is_named_with_a_way_to_break_it():
    checks = {cid for cid, c in CLAIMS.items() if c.kind == "check"}
    assert checks == set(BREAKS)
    assert all(CLAIMS[cid].expects for cid in checks)       # each says what the lesson expects, in words


@pytest.mark.parametrize("cid", sorted(BREAKS))
def test_each_check_holds_on_its_preset_and_breaks_under_a_named_change(cid):
    preset, text, change, says = BREAKS[cid]
    ok = by_id(evaluate_preset(preset, text=text))[cid]
    assert ok.status == "holds", ok.reason_text
    kwargs = {"clamps": change} if isinstance(change, dict) else {"net": change()}
    broken = by_id(evaluate_preset(preset, text=text, **kwargs))[cid]
    assert broken.status == "broken" and not broken.holds
    assert says in broken.reason_text, broken.reason_text
    # Side by side: what the lesson expects (words, no numbers) and what the model does.
    assert broken.expects_text == CLAIMS[cid].expects and broken.expects_text != broken.reason_text
    assert "{" not in broken.reason_text


def test_worked_examples_are_labelled_never_break_and_read_the_learners_settings():
    examples = {cid for cid, c in CLAIMS.items() if c.kind == "example"}
    assert examples == {"weekday-useless", "inputs-one-hot", "looped-votes", "valves", "memory-merge",
                        "memory-unsquashed", "previous-prediction-share"}
    for name in PRESET_NAMES:
        for clamps in (None, held("f", 1.0), held("o", 0.0)):
            for r in evaluate_preset(name, clamps=clamps):
                if r.kind == "example":
                    assert r.status in ("example", "not applicable") and r.reason == ""  or not r.applicable
                    assert r.text.startswith("Worked example")
    # The valves example reads the sliders the learner moved; the loop example its settings.
    r = by_id(evaluate_preset("walkthrough", inputs={"valves": [0.25, 1.0, 0.75]}))["valves"]
    assert r.status == "example" and r.holds
    assert r.values == {"v_1": 0.25, "v_2": 1.0, "v_3": 0.75, "out_1": 0.2, "out_2": 0.8, "out_3": 0.6}
    assert "(0.25, 1.00, 0.75) comes out 0.20, 0.80 and 0.60" in r.text
    default = by_id(evaluate_preset("walkthrough", "lstm"))["valves"]
    assert default.text.endswith("comes out 0.80, 0.40 and 0.00")
    loop = by_id(evaluate_preset("book-rnn", inputs={"loop": (0.5, 2.0, 10)}))["looped-votes"]
    assert loop.values["plain"] == 512.0 and abs(loop.values["squashed"]) < 1.0
    # The merge at "saw", live: a clamp changes its numbers, never its status.
    merge = by_id(evaluate_preset("walkthrough", clamps=held("f", 1.0)))["memory-merge"]
    assert merge.status == "example" and merge.values["f_doug"] == 1.0


def test_identities_of_the_forward_pass_are_not_checks():
    assert not {"tanh-bounded", "gates-in-unit-interval", "memory-is-merge", "prediction-is-selection"} & set(CLAIMS)
    # Memory is not squashed: held open over a longer text, c leaves −1…1 while tanh(c) stays inside.
    long = "Jane saw Spot. Doug saw Jane. Spot saw Doug. Jane saw"
    r = by_id(evaluate_preset("walkthrough", text=long, clamps=held("f", 1.0)))["memory-unsquashed"]
    assert r.values["c_max"] > 4.0 and r.values["tanh_max"] < 1.0


def test_every_lesson7_claim_holds_on_the_walkthrough_with_the_lessons_numbers(walk):
    r = lesson7(walk)
    assert set(r) == {"doug-after-names", "doug-votes", "doug-memory-empty", "doug-selects-saw",
                      "saw-votes-names", "saw-forgets-saw", "saw-doug-cancels", "saw-plants-period",
                      "saw-predicts-not-doug"}
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
    f = r["saw-forgets-saw"].values
    assert f["f_saw"] == pytest.approx(1 - SIG6, abs=1e-6) and f["f_doug"] == pytest.approx(SIG6, abs=1e-6)
    c = r["saw-doug-cancels"].values
    assert c["from_doug"] < -0.98 and c["from_saw"] > 0.98 and abs(c["c_doug"]) < 0.01
    assert c["from_doug"] + c["from_saw"] == pytest.approx(c["c_doug"], abs=0.005)   # the rest is tiny
    hidden = r["saw-plants-period"].values           # what "saw" stores to end the sentence later
    assert hidden["c_period"] > 0.98 and hidden["c_saw"] < -0.98 and hidden["p_said"] < 0.01
    p = r["saw-predicts-not-doug"].values
    assert p["p_jane"] == pytest.approx(0.5, abs=0.01) and p["p_spot"] == pytest.approx(0.5, abs=0.01)
    assert p["p_doug"] < 0.01 and p["p_names"] > 0.99


def test_the_hidden_period_ends_the_sentence_after_the_next_name(walk):
    t = trace_of(walk, "Jane saw Spot. Doug saw Jane")
    assert t["probs"][6][walk.vocab.words.index(".")] > 0.99       # "Doug saw Jane" → "."


def test_thresholds_are_relative_ignoring_held_half_open_keeps_lesson_7_green(walk):
    r = lesson7(walk, clamps=held("i", 0.5))
    assert all(x.status == "holds" for x in r.values()), [(x.id, x.reason_text) for x in r.values() if not x.holds]
    # … and the output is indeed unchanged.
    plain, half = trace_of(walk), trace_of(walk, clamps=held("i", 0.5))
    assert np.argmax(plain["probs"], axis=1).tolist() == np.argmax(half["probs"], axis=1).tolist()


def test_a_selection_gate_held_open_turns_the_last_step_red(walk):
    r = lesson7(walk, clamps=held("o", 1.0))
    last = next(s for s in LESSONS[6].steps[::-1])
    statuses = {cid: r[cid].status for cid in last.claims}
    assert statuses["saw-predicts-not-doug"] == "broken" and statuses["saw-plants-period"] == "broken"
    assert r["saw-predicts-not-doug"].values["p_period"] == pytest.approx(1 / 3, abs=0.01)
    assert r["saw-predicts-not-doug"].reason_text == "the period gets 33%: the net could write “Doug saw.”"


def test_clamping_the_forgetting_gate_open_breaks_forgetting_claims_with_numbers(walk):
    r = lesson7(walk, clamps=held("f", 1.0))
    assert r["doug-votes"].holds and r["saw-votes-names"].holds      # votes do not use f
    assert r["doug-memory-empty"].status == "broken"
    assert r["doug-memory-empty"].reason_text.startswith("memory still holds 1.98")
    assert "forgetting gate 1.000" in r["doug-memory-empty"].reason_text
    assert r["saw-forgets-saw"].reason_text == ("the forgetting gate on saw is 1.000, "
                                                "so the old saw stays in memory")
    assert r["saw-forgets-saw"].values["f_saw"] == 1.0
    assert r["saw-doug-cancels"].reason_text == "Doug's memory is +1.985: the votes do not cancel"
    assert not r["saw-predicts-not-doug"].holds
    for clamps in (held("f", 0.0), held("i", 0.0)):              # forgetting shut, ignoring shut: red too
        assert not lesson7(walk, clamps=clamps)["saw-doug-cancels"].holds


def test_a_broken_claim_never_refills_its_own_template(walk):
    r = lesson7(walk, clamps=held("f", 1.0))["doug-memory-empty"]
    assert r.expects_text == "memory is empty at “Doug”, so the new votes pass into it as they are"
    assert "keeps almost nothing" not in r.expects_text + r.reason_text


def test_making_the_forgetting_gate_forget_doug_at_saw_breaks_the_right_claims(walk):
    net = walk.net.copy()
    net.block("W", "f")[walk.units.index("Doug"), walk.vocab.words.index("saw")] = -6.0
    r = lesson7(walk, net=net)
    assert all(r[k].holds for k in ("doug-after-names", "doug-votes", "doug-memory-empty",
                                    "doug-selects-saw", "saw-votes-names"))
    broken = r["saw-forgets-saw"]
    assert broken.status == "broken"
    assert broken.values["f_doug"] == pytest.approx(1 - SIG6, abs=1e-6)
    assert broken.reason_text == "the forgetting gate on Doug is 0.002, so “not Doug” is gone"
    assert r["saw-doug-cancels"].status == "broken" and "-0.002" in r["saw-doug-cancels"].reason_text
    assert r["saw-predicts-not-doug"].status == "broken"
    assert "Doug still gets 32%" in r["saw-predicts-not-doug"].reason_text


def test_a_trained_lstm_that_predicts_only_jane_passes_the_not_doug_claim(walk):
    """The book only has "Doug saw Jane", so a trained net gives Jane everything: that is
    what the lesson says ("not Doug"), so it must pass."""
    net = walk.net.copy()
    readout = net.block("W_out")
    readout[walk.vocab.words.index("Spot"), walk.units.index("Spot")] = 0.0     # Spot never wins
    r = lesson7(walk, net=net)["saw-predicts-not-doug"]
    assert r.values["p_jane"] > 0.99 and r.status == "holds"


def test_claims_say_not_applicable_instead_of_crashing_on_other_networks(walk):
    dinner = load_preset("dinner")
    for x in evaluate(7, trace_of(dinner), dinner.vocab.words, dinner.units):
        assert x.status == "not applicable" and not x.holds and x.step is None
        assert x.reason_text                          # says why
        assert "…" in x.text or "{" not in x.text     # unfilled numbers never leak braces
    # An LSTM with the book's words but anonymous units.
    net = Network.random("lstm", 5, 8, 5, seed=1)
    r = by_id(evaluate("all", trace_of(walk, net=net), walk.vocab.words, [f"u{k}" for k in range(8)], net=net))
    assert r["saw-forgets-saw"].status == "not applicable"
    assert r["saw-forgets-saw"].reason_text == "no unit of this network is labelled “saw”"
    assert r["ignoring-open"].status == "not applicable"       # about the hand-set net only
    # A text without "Doug saw".
    r = lesson7(walk, text="Jane saw Spot.")
    assert r["saw-doug-cancels"].reason_text == "the text has no sentence starting “Doug saw”"
    # Labels that point past the cell's units: reported, not raised.
    odd_units = ["a", "b", "c", "d", "e", "f", "g", "Doug", "saw", "Jane", "Spot"]
    r = by_id(evaluate(7, trace_of(walk), walk.vocab.words, odd_units))
    assert r["doug-votes"].status == "not applicable"
    assert r["doug-votes"].reason_text.startswith("cannot be read on this network")
    # No trace at all; no weights for a claim that runs the loop.
    assert all(x.status == "not applicable" for x in evaluate(7, None, [], []))
    book = load_preset("book-rnn")
    assert by_id(evaluate(4, trace_of(book), book.vocab.words, book.units))["rnn-loop-bounded"].reason_text \
        == "this claim needs the network's weights"


def test_book_rnn_claims_hold_and_explain_doug_saw_doug():
    r = by_id(evaluate_preset("book-rnn", "mistakes"))
    assert set(r) == {"rnn-doug-saw-doug", "rnn-one-step", "rnn-run-on"}
    assert all(x.holds for x in r.values()), [x.reason_text for x in r.values()]
    v = r["rnn-doug-saw-doug"].values
    assert r["rnn-doug-saw-doug"].step == 1 and v["p_doug"] == pytest.approx(v["p_jane"], abs=0.01)
    assert r["rnn-one-step"].values["difference"] < 0.01
    # The same claims on the LSTM's trace are not about it.
    assert all(x.status == "not applicable" for x in by_id(evaluate_preset("walkthrough", 5)).values())


def test_rnn_claims_accept_the_lessons_own_rnn():
    """Lesson 3 and 5's claims are about RNNs without gates: the lesson's design (which
    feeds back its previous prediction) is one of them."""
    book = load_preset("book-rnn")
    tokens = book.vocab.tokenize(MISTAKES_TEXT)
    net = Network.random("lesson-rnn", 5, 5, 5, seed=0)
    corpus = book.vocab.tokenize("Doug saw Jane. Jane saw Spot. Spot saw Doug. " * 20)
    ids = np.array([book.vocab.words.index(t) for t in corpus])
    for _ in train(net, np.eye(5)[ids[:-1]], ids[1:], epochs=150, lr=0.05, seed=0):
        pass
    trace = forward(net, book.vocab.one_hot(tokens), tokens=tokens)
    r = by_id(evaluate(None, trace, book.vocab.words, book.units, net=net,
                       ids=["rnn-names-then-saw", "rnn-doug-saw-doug", "rnn-one-step", "rnn-loop-bounded"]))
    assert r["rnn-names-then-saw"].applicable and r["rnn-doug-saw-doug"].applicable and r["rnn-one-step"].applicable
    assert r["rnn-doug-saw-doug"].holds and r["rnn-one-step"].holds, \
        [x.reason_text for x in r.values() if not x.holds]       # it cannot know who saw: the lesson's mistake
    assert "probabilities" in r["rnn-loop-bounded"].reason_text


def test_dinner_claims_hold_on_the_dinner_preset():
    r = by_id(evaluate_preset("dinner", 1))
    assert all(x.holds for x in r.values()), [x.reason_text for x in r.values()]
    assert r["weekday-useless"].values == {"weekday_accuracy": pytest.approx(1 / 3), "yesterday_accuracy": 1.0}
    assert r["weekday-useless"].status == "example"
    r = by_id(evaluate_preset("dinner", 2))
    assert r["dinner-rolls-forward"].values["days"] == 3          # "pizza sushi ? pizza ? ? pizza"
    assert r["dinner-votes"].values["vote"] == 4.0 and r["dinner-votes"].text.startswith("Yesterday's pizza votes +4.0 for sushi")
    assert by_id(evaluate_preset("dinner", 2, text="pizza sushi waffles"))["dinner-rolls-forward"].status \
        == "not applicable"


def test_evaluate_selects_lessons_by_id_number_or_all():
    t = trace_of(load_preset("walkthrough"))
    args = (t, ["Doug", "Jane", "Spot", "saw", "."], ["Doug", "Jane", "Spot", "saw", "."])
    assert [x.id for x in evaluate(7, *args)] == [x.id for x in evaluate("jane-saw-spot", *args)]
    everything = evaluate("all", *args)
    assert len(everything) == len(CLAIMS)
    order = [LESSON_IDS.index(x.lesson) for x in everything]
    assert order == sorted(order) and set(order) == set(range(len(LESSON_IDS)))
    assert [x.id for x in evaluate(None, *args, ids=["valves", "doug-votes"])] == ["valves", "doug-votes"]
    with pytest.raises(KeyError):
        evaluate(9, *args)


def test_json_form_lists_lesson_kind_step_claim_holds_values():
    out = to_json(evaluate_preset("walkthrough", 7))
    back = json.loads(json.dumps(out, ensure_ascii=False))
    assert all({"lesson", "kind", "step", "claim", "holds", "values", "expects"} <= set(o) for o in back)
    first = next(o for o in back if o["claim"].startswith("At “Doug”"))
    assert first == {**first, "lesson": "jane-saw-spot", "kind": "check", "step": 4, "holds": True}
    assert first["values"]["g_doug"] == pytest.approx(-0.995055, abs=1e-6)


def test_fill_survives_missing_values():
    assert fill("votes {g_saw:+.2f} for saw", {}) == "votes … for saw"
    assert fill("votes {g_saw:+.2f} for saw", {"g_saw": 0.5}) == "votes +0.50 for saw"


def test_lessons_follow_the_sources_order_and_each_opens_its_own_network():
    assert [x.number for x in LESSONS] == list(range(1, 8))
    assert [x.id for x in LESSONS] == list(LESSON_IDS)
    assert [x.preset for x in LESSONS] == ["dinner", "dinner", "book-rnn", "book-rnn", "book-rnn",
                                           "walkthrough", "walkthrough"]
    assert lesson(4).id == "squashing" and lesson("7").id == "jane-saw-spot" and lesson(5).id == "mistakes"
    titles = [[s.title for s in x.steps] for x in LESSONS]
    # Vectors come before the dinner network; squashing before the RNN's mistakes;
    # element-wise gates before the logistic function, and that before memory.
    assert titles[1].index("One-hot") < titles[1].index("A network is a vote")
    lstm = titles[5]
    assert lstm.index("Element by element, and gates") < lstm.index("The logistic function") \
        < lstm.index("Memory and forgetting") < lstm.index("Kept for any length of time") \
        < lstm.index("Selection, and squashing again") < lstm.index("Ignoring")
    assert any("two votes" in p for p in LESSONS[3].steps[1].paragraphs)       # ×2 per loop
    assert any("vote" in p for p in LESSONS[1].steps[3].paragraphs)            # networks as voting
    assert any("Tools ▸ Compare ▸ Mistakes against distance" in p
               for s in LESSONS[5].steps for p in s.paragraphs)


def test_lessons_are_well_formed_data():
    for item in LESSONS:
        assert 2 <= len(item.steps) <= 8
        for step in item.steps:
            assert step.title and step.paragraphs
            assert all(c in CLAIMS for c in step.claims)
            assert all(h.kind in HIGHLIGHT_KINDS for h in step.highlights)
            assert step.demo in (None, *DEMOS)
            assert step.preset in (None, item.preset)
            preset = load_preset(item.preset)
            tokens = preset.vocab.tokenize(step.text or preset.text)
            assert step.step is None or 0 <= step.step < len(tokens)
            # A step's checks hold where the step puts the app.
            results = evaluate(None, trace_of(preset, step.text), preset.vocab.words, preset.units,
                               ids=step.claims, net=preset.net)
            assert all(x.status in ("holds", "example") for x in results), \
                (item.id, step.title, [x.reason_text for x in results])
    assert {s.demo for x in LESSONS for s in x.steps} - {None} == set(DEMOS)


def test_demo_arithmetic():
    assert through_valves([0.8] * 3, [1, 0.5, 0]).tolist() == pytest.approx([0.8, 0.4, 0.0])
    plain, squashed = looped_votes(0.5, 2.0, 10, False), looped_votes(0.5, 2.0, 10, True)
    assert plain[-1] == pytest.approx(512.0) and 0.9 < squashed[-1] < 1.0
    assert squash(0.0) == (0.0, 0.5)
    assert weekday_vs_yesterday(21) == (pytest.approx(1 / 3), 1.0)
    home = dinner_days([False] * 5)
    assert [d.predicted for d in home[1:]] == ["sushi", "waffles", "pizza", "sushi", "waffles"]
    first_away = dinner_days([True] + [False] * 4)
    assert first_away[1].predicted is None and first_away[1].confidence == pytest.approx(1 / 3)
    rolled = dinner_days([False, True, True, False])
    assert [d.predicted for d in rolled[1:]] == ["sushi", "waffles", "pizza", "sushi"]
    assert [d.from_own_guess for d in rolled] == [False, False, True, True, False]
    # On an edited network: without the previous prediction's votes, nothing rolls forward.
    dinner = load_preset("dinner")
    net = dinner.net.copy()
    net.block("U")[...] = 0.0
    assert dinner_days([False, True, True, False], net=net, vocab=dinner.vocab)[3].predicted is None


def test_the_book_rnn_writes_doug_saw_doug_and_the_lstm_does_not():
    rnn, lstm = load_preset("book-rnn"), load_preset("walkthrough")
    counts, examples = sample_book(rnn.net, rnn.vocab, 100, seed=0)
    assert sum(counts.values()) == 100 and counts["same name"] > 0 and counts["run-on"] > 0
    assert counts["too short"] == max(counts.values())          # what the lesson says is its largest group
    assert examples["same name"].split()[0] == examples["same name"].split()[2].rstrip(".")
    counts, _ = sample_book(lstm.net, lstm.vocab, 100, seed=0)
    assert counts["ok"] == 100


def test_claims_and_lessons_load_no_qt():
    code = ("import lstm_sim.scenarios.claims, lstm_sim.scenarios.lessons.demos, sys; "
            "print([m for m in sys.modules if m.startswith(('PySide6','pyqtgraph','shiboken'))])")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
