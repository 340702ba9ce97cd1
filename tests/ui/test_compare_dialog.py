"""Tools ▸ Compare in either language: the sentence under the table is worded by the
dialog from the model's codes and numbers, so it is Chinese in zh-TW, and its numbers
are the table's."""
import html
import re

import pytest
from PySide6.QtCore import Qt

from lstm_sim.model.compare import NETS, explain, explanation
from lstm_sim.ui import i18n

COLUMNS = ("hidden", "sentences", "grammatical", "repeats", "runons", "other")


@pytest.fixture
def quick_training(monkeypatch):
    """A few epochs only: half-trained nets make every kind of mistake, and the wording
    of each is what is under test."""
    import lstm_sim.scenarios.training_setup as setup
    monkeypatch.setitem(setup.TRAINING_DEFAULTS, "epochs", 4)


@pytest.fixture
def language():
    yield i18n.install_language
    i18n.install_language("en")


def run_comparison(window, qtbot, samples=30):
    window.findChild(type(window.files.open_action), "compare").trigger()
    dialog = window.compare
    dialog.samples.setValue(samples)
    with qtbot.waitSignal(dialog.finished_run, timeout=60000):
        qtbot.mouseClick(dialog.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled())
    table = {dialog.table.verticalHeaderItem(r).text(): [int(dialog.table.item(r, c).text()) for c in range(6)]
             for r in range(dialog.table.rowCount())}
    lines = [html.unescape(line) for line in dialog.why.text().split("<br>")]
    return dialog, table, lines


def test_the_explanations_are_chinese_with_the_tables_numbers(window, qtbot, quick_training, language):
    assert language("zh-TW")
    dialog, table, lines = run_comparison(window, qtbot)
    assert len(lines) == len(NETS) == len(table)
    codes = set()
    for line, (key, result), (name, row) in zip(lines, dialog.results.items(), table.items()):
        counts = dict(zip(COLUMNS, row))
        codes.add(explanation(key, result).code)
        assert line.startswith(name)                                    # the row's own (Chinese) name
        assert re.search(r"[\u4e00-\u9fff]", line)
        words = set(re.findall(r"[A-Za-z]{3,}", line)) - {"RNN", "LSTM", "Doug", "Jane", "saw"}
        assert not words, line                                          # no English left
        numbers = [int(n) for n in re.findall(r"\d+", line.replace("LSTM", "").replace("RNN", ""))]
        assert counts["sentences"] in numbers
        if counts["grammatical"] not in (0, counts["sentences"]):
            assert counts["grammatical"] in numbers
        for kind in ("repeats", "runons", "other"):
            if counts[kind] and counts["grammatical"] != counts["sentences"]:
                assert counts[kind] in numbers, (kind, line)
        assert line != explain(key, result)
    assert "mistakes" in codes                                          # half-trained: some slips


def test_in_english_the_dialog_says_what_the_command_line_says(window, qtbot, quick_training):
    dialog, table, lines = run_comparison(window, qtbot, samples=20)
    assert lines == [explain(key, result) for key, result in dialog.results.items()]
    assert all(line.startswith("The ") for line in lines)
