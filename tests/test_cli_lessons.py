"""The command line's claims, memory provenance in JSON, and the limits it enforces."""
import json

import numpy as np
import pytest

from lstm_sim.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_claims_hold_on_the_walkthrough_and_break_with_a_clamp(capsys):
    code, out, _ = run(capsys, "claims", "--preset", "walkthrough", "--lesson", "7", "--json")
    assert code == 0
    claims = json.loads(out)
    assert claims and all(c["holds"] for c in claims)
    assert {"lesson", "step", "claim", "holds", "values"} <= set(claims[0])
    code, out, _ = run(capsys, "claims", "--preset", "walkthrough", "--lesson", "7", "--clamp", "f=1", "--json")
    assert code == 0                                       # broken claims are not an error
    broken = [c for c in json.loads(out) if not c["holds"]]
    assert broken and any(c["values"] for c in broken)
    code, out, _ = run(capsys, "claims", "--preset", "walkthrough", "--lesson", "7")
    assert out.count("✓") == len(claims)


def test_claims_bad_input_exits_2(capsys):
    code, _, err = run(capsys, "claims", "--preset", "walkthrough", "--clamp", "q=1")
    assert code == 2 and err.count("\n") == 1


def test_trace_json_carries_memory_provenance(capsys):
    code, out, _ = run(capsys, "trace", "--preset", "walkthrough", "--text", "Jane saw Spot. Doug saw", "--json",
                       "--memory-sources")
    assert code == 0
    steps = json.loads(out)["steps"]
    for t, step in enumerate(steps):
        assert len(step["memory_from"]) == t + 1
        total = np.sum(step["memory_from"], axis=0) + np.array(step["memory_from_start"])
        np.testing.assert_allclose(total, step["c"], rtol=0, atol=1e-12)
    doug = 0
    assert steps[5]["memory_from"][4][doug] < -0.9 and steps[5]["memory_from"][5][doug] > 0.9


@pytest.mark.parametrize("argv, says", [
    (["train", "--corpus", "book", "--hidden", "100000", "--epochs", "1", "--out", "/tmp/never.npz"], "hidden size"),
    (["generate", "--preset", "book-rnn", "--prompt", "Doug", "--words", "100000000"], "--words"),
    (["train", "--corpus", "book", "--epochs", "1000000000", "--out", "/tmp/never.npz"], "epochs"),
])
def test_settings_beyond_this_machine_are_refused_up_front(capsys, argv, says):
    code, _, err = run(capsys, *argv)
    assert code == 2 and says in err and err.count("\n") == 1


def test_generation_streams_the_same_words_as_before(capsys):
    from lstm_sim.model import generate
    from lstm_sim.scenarios import load_preset
    code, out, _ = run(capsys, "generate", "--preset", "book-rnn", "--prompt", "Doug", "--words", "600", "--seed", "4")
    p = load_preset("book-rnn")
    ids = generate(p.net, p.vocab.one_hot(["Doug"]), 600, seed=4)
    assert code == 0 and out.strip() == p.vocab.detokenize(["Doug"] + [p.vocab.words[k] for k in ids])


def test_claims_print_in_chinese_with_the_books_words(capsys):
    code, out, _ = run(capsys, "claims", "--preset", "walkthrough", "--lesson", "7", "--lang", "zh-TW")
    assert code == 0 and out.count("✓") == 9
    assert "在「道格」時，預測路徑投給看見 +0.995，投給道格 -0.995（「非道格」）" in out
    words = out.replace("jane-saw-spot", "")                     # the lesson id stays as it is
    assert "第 5 步" in out and "Doug" not in words and "saw" not in words
    code, out, _ = run(capsys, "claims", "--preset", "walkthrough", "--lesson", "7", "--clamp", "o=1", "--lang", "zh-TW")
    assert "✗" in out and "課程的說法：" in out and "這個模型：句號有 33%：網路可能會寫出「道格看見。」" in out
    code, out, _ = run(capsys, "claims", "--preset", "dinner", "--lesson", "2", "--lang", "zh-TW", "--json")
    votes = next(c for c in json.loads(out) if c["id"] == "dinner-votes")
    assert votes["claim"].startswith("昨天的披薩投給壽司 +4.0") and votes["kind"] == "check"


def test_a_broken_claim_prints_what_the_lesson_expects_and_what_the_model_does(capsys):
    code, out, _ = run(capsys, "claims", "--preset", "walkthrough", "--lesson", "7", "--clamp", "o=1")
    lines = out.splitlines()
    k = next(i for i, line in enumerate(lines) if "The lesson: after “Doug saw” comes a name, and not Doug" in line)
    assert lines[k].startswith("✗ [jane-saw-spot (step 6)]")
    assert lines[k + 1] == "    This model: the period gets 33%: the net could write “Doug saw.”"
    code, out, _ = run(capsys, "claims", "--preset", "dinner", "--lesson", "1")
    assert out.startswith("= [dinner] Worked example:")          # arithmetic is labelled, not checked
