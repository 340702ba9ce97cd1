"""`lstm-sim compare`: three nets trained alike on the book, and honest counts of what
each wrote (every count can be redone from the samples it prints)."""
import json

import pytest

from lstm_sim.cli import main
from lstm_sim.model.compare import CATEGORIES, CellResult, explain, split_sentences
from lstm_sim.scenarios.corpora import sentence_kind

KEYS = ("lesson_rnn", "rnn", "lstm")


@pytest.fixture(scope="module")
def report():
    import io
    from contextlib import redirect_stdout
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["compare", "--corpus", "book", "--hidden", "6", "--seed", "1",
                     "--samples", "40", "--json"]) == 0
    return json.loads(out.getvalue())


def test_json_has_one_entry_per_net_and_the_settings(report):
    assert set(report) == set(KEYS) | {"settings"}
    for key in KEYS:
        entry = report[key]
        for field in ("sentences",) + CATEGORIES:
            assert isinstance(entry[field], int) and entry[field] >= 0
        assert isinstance(entry["samples"], str) and isinstance(entry["why"], str)
        assert entry["sentences"] == 40
        assert sum(entry[c] for c in CATEGORIES) == entry["sentences"]
    assert report["lesson_rnn"]["hidden"] == 5                 # one unit per book word
    assert report["rnn"]["hidden"] == report["lstm"]["hidden"] == 6
    s = report["settings"]
    assert (s["corpus"], s["hidden"], s["seed"], s["samples"]) == ("book", 6, 1, 40)


def test_counts_match_a_recount_of_the_samples(report):
    for key in KEYS:
        entry = report[key]
        written = split_sentences(entry["samples"].split())
        assert len(written) == entry["sentences"]
        kinds = [sentence_kind(s) for s in written]
        assert entry["grammatical"] == kinds.count("grammatical")
        assert entry["repeats"] == kinds.count("repeat")
        assert entry["runons"] == kinds.count("runon")
        assert entry["other"] == kinds.count("other")


def test_the_lstm_and_plain_rnn_learn_the_book_and_the_lessons_rnn_does_not(report):
    """What the lesson claims about "a plain RNN" holds for its own design only."""
    assert report["lstm"]["grammatical"] == report["lstm"]["sentences"]
    assert report["rnn"]["grammatical"] == report["rnn"]["sentences"]
    assert report["lesson_rnn"]["grammatical"] < report["lesson_rnn"]["sentences"]


def test_explanations_never_name_a_mistake_the_counts_do_not_show():
    def result(**counts):
        full = {"sentences": 10, "grammatical": 10, "repeats": 0, "runons": 0, "other": 0, **counts}
        return CellResult("lesson-rnn", 5, 0.1, full, [])
    clean = explain("lesson_rnn", result())
    assert "all 10" in clean and "repeat" not in clean and "run-on" not in clean
    only_runons = explain("lesson_rnn", result(grammatical=8, runons=2))
    assert "2 run-ons" in only_runons and "repeats the subject" not in only_runons
    only_repeats = explain("lstm", result(grammatical=9, repeats=1))
    assert "1 where the object repeats" in only_repeats and "run-on" not in only_repeats
    assert "slip" not in only_repeats


def test_explanations_are_codes_and_numbers_a_view_can_word():
    from lstm_sim.model.compare import HOW, explanation

    def result(kind="lesson-rnn", **counts):
        full = {"sentences": 10, "grammatical": 10, "repeats": 0, "runons": 0, "other": 0, **counts}
        return CellResult(kind, 5, 0.1, full, [])
    clean = explanation("lstm", result("lstm"))
    assert (clean.net, clean.code, clean.sentences, clean.how, clean.one_step) == ("lstm", "all-grammatical", 10,
                                                                                   HOW["lstm"], False)
    slips = explanation("lesson_rnn", result(grammatical=7, repeats=2, other=1))
    assert (slips.code, slips.grammatical, slips.repeats, slips.runons, slips.other) == ("mistakes", 7, 2, 0, 1)
    assert slips.one_step                                   # its repeats come from looking one step back
    assert not explanation("lesson_rnn", result(grammatical=9, other=1)).one_step
    assert explanation("rnn", result("rnn", sentences=0, grammatical=0)).code == "no-sentences"
    # A clean sample from the lesson's RNN is not explained by the memory that makes its mistakes.
    from lstm_sim.model.compare import explain
    assert explanation("lesson_rnn", result()).how is None
    assert explain("lesson_rnn", result()) == "The lesson's RNN wrote all 10 sentences grammatically."
    assert explain("lstm", result("lstm", sentences=1, grammatical=1)).startswith(
        "The LSTM wrote its one sentence grammatically: its memory")


def test_human_output_is_a_table_and_one_sentence_per_net(capsys):
    assert main(["compare", "--hidden", "4", "--seed", "0", "--samples", "5"]) == 0
    out = capsys.readouterr().out
    assert "lesson's RNN" in out and "plain RNN" in out and "LSTM" in out
    assert sum(line.startswith("The ") for line in out.splitlines()) == 3


@pytest.mark.parametrize("argv", [
    ["compare", "--hidden", "0"],
    ["compare", "--samples", "0"],
    ["compare", "--samples", "many"],
    ["compare", "--corpus", "dinner"],
    ["compare", "--corpus", "/no/such/file.txt"],
])
def test_bad_input_exits_2_with_one_line(argv, capsys):
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1 and captured.err.startswith("lstm-sim: error:")
