"""The hand-set presets reproduce the lesson's facts, and their files explain every weight."""
import json
import re

import numpy as np
import pytest

from lstm_sim.model import Network, forward, generate
from lstm_sim.resources import resource
from lstm_sim.scenarios import PRESET_NAMES, is_grammatical, load_preset, sentences

NAMES = ("Doug", "Jane", "Spot")


@pytest.fixture(scope="module")
def walkthrough():
    preset = load_preset("walkthrough")
    tokens = preset.vocab.tokenize("Jane saw Spot. Doug saw")
    trace = forward(preset.net, preset.vocab.one_hot(tokens), tokens=tokens)
    return preset, trace


def by_word(preset, vector):
    """The units of these presets stand for words: read a vector as votes per word."""
    assert preset.units == list(preset.vocab.words)
    return dict(zip(preset.units, vector))


def test_walkthrough_opens_on_the_doug_step(walkthrough):
    preset, trace = walkthrough
    assert preset.net.kind == "lstm"
    assert trace.tokens[preset.start_step] == "Doug" and preset.start_step == 4


def test_walkthrough_doug_step(walkthrough):
    """Input Doug after a finished sentence: vote +saw and 'not Doug'; select saw."""
    preset, trace = walkthrough
    s = {k: by_word(preset, v) for k, v in trace.step(4).items() if k not in ("x",)}
    for name in NAMES:                          # the previous prediction: any name
        assert s["h_prev"][name] > 0.5
    assert s["h_prev"]["saw"] < 0.1 and s["h_prev"]["."] < 0.1
    assert s["g"]["saw"] > 0.9                   # prediction path: +saw ...
    assert s["g"]["Doug"] < -0.9                 # ... and "not Doug"
    for word in ("Jane", "Spot", "."):
        assert abs(s["g"][word]) < 0.1
    assert s["o"]["Doug"] < 0.05                 # selection blocks "not Doug"
    probs = s["probs"]
    assert max(probs, key=probs.get) == "saw"


def test_walkthrough_saw_step(walkthrough):
    """Input saw: names are voted for, memory's 'not Doug' cancels Doug: Jane or Spot."""
    preset, trace = walkthrough
    s = {k: by_word(preset, v) for k, v in trace.step(5).items() if k not in ("x",)}
    for name in NAMES:
        assert s["g"][name] > 0.9
    assert s["f"]["saw"] < 0.05                  # forget "saw" ...
    assert s["f"]["Doug"] > 0.95                 # ... keep "not Doug"
    assert abs(s["c"]["Doug"]) < 0.05            # +Doug and −Doug cancel in memory
    assert s["c"]["Jane"] > 0.5 and s["c"]["Spot"] > 0.5
    ranked = sorted(s["probs"], key=s["probs"].get, reverse=True)
    assert set(ranked[:2]) == {"Jane", "Spot"}
    assert s["probs"]["Doug"] < 0.01


@pytest.mark.parametrize("prompt", ["", "Doug", "Jane saw", "saw", ".", "Spot saw Doug"])
def test_walkthrough_writes_only_grammatical_sentences(prompt):
    preset = load_preset("walkthrough")
    vocab = preset.vocab
    X = vocab.one_hot(vocab.tokenize(prompt)) if prompt else np.zeros((0, len(vocab)))
    for seed in range(5):
        words = [vocab.words[k] for k in generate(preset.net, X, 120, seed=seed)]
        assert "." in words
        after = words[words.index(".") + 1:]
        written = sentences(after)
        assert len(written) >= 20
        bad = [s for s in written if not is_grammatical(s)]
        assert bad == [], f"seed {seed}: {bad[:3]}"


def test_walkthrough_never_repeats_the_subject_even_at_temperature_zero():
    preset = load_preset("walkthrough")
    vocab = preset.vocab
    for name in NAMES:
        out = generate(preset.net, vocab.one_hot([".", name, "saw"]), 1, temperature=0)
        assert vocab.words[out[0]] in NAMES and vocab.words[out[0]] != name


def book_rnn_samples(seeds=(0, 1, 2), n=300):
    preset = load_preset("book-rnn")
    vocab = preset.vocab
    for seed in seeds:
        out = generate(preset.net, vocab.one_hot(["Doug"]), n, seed=seed)
        yield seed, ["Doug"] + [vocab.words[k] for k in out]


def test_book_rnn_makes_the_lessons_mistakes():
    for seed, words in book_rnn_samples():
        same_name = [s for s in sentences(words)
                     if len(s) == 4 and s[1] == "saw" and s[0] == s[2] and s[0] in NAMES]
        run_on = [k for k in range(len(words) - 2)
                  if words[k] == "saw" and words[k + 1] in NAMES and words[k + 2] == "saw"]
        assert same_name, f"seed {seed}: no 'X saw X.'"
        assert run_on, f"seed {seed}: no 'saw A saw' run-on"


def test_book_rnn_looks_only_one_step_back():
    """After a name: saw or a period. After saw: any name, the subject included."""
    preset = load_preset("book-rnn")
    vocab = preset.vocab
    for name in NAMES:
        probs = by_word(preset, forward(preset.net, vocab.one_hot([".", name]))["probs"][-1])
        assert probs["saw"] + probs["."] > 0.9
        after_saw = by_word(preset, forward(preset.net, vocab.one_hot([".", name, "saw"]))["probs"][-1])
        assert sum(after_saw[n] for n in NAMES) > 0.9
        assert after_saw[name] > 0.2            # it cannot remember who did the seeing


def dinner_predictions(text):
    preset = load_preset("dinner")
    tokens = preset.vocab.tokenize(text)
    trace = forward(preset.net, preset.vocab.one_hot(tokens), tokens=tokens)
    return [preset.vocab.words[k] for k in trace["probs"].argmax(axis=1)], trace


def test_dinner_predicts_the_cycle_from_yesterdays_dinner():
    predicted, trace = dinner_predictions("pizza sushi waffles")
    assert predicted == ["sushi", "waffles", "pizza"]
    assert np.all(trace["probs"].max(axis=1) > 0.9)


@pytest.mark.parametrize("text, expected", [
    ("pizza ? ? ?", "sushi waffles pizza sushi"),
    ("waffles ? sushi ? ?", "pizza sushi waffles pizza sushi"),
    ("pizza sushi ? pizza ? ? pizza", "sushi waffles pizza sushi waffles pizza sushi"),
])
def test_dinner_rolls_its_own_predictions_forward_across_unknown_days(text, expected):
    predicted, trace = dinner_predictions(text)
    assert predicted == expected.split()
    unknown = [k for k, w in enumerate(text.split()) if w == "?"]
    np.testing.assert_array_equal(trace["x"][unknown], 0.0)        # nothing known that day
    assert np.all(trace["probs"][unknown].max(axis=1) > 0.9)


@pytest.mark.parametrize("name", PRESET_NAMES)
def test_every_block_has_a_note_and_every_weight_is_covered(name):
    spec = json.loads(resource("presets", f"{name}.json").read_text(encoding="utf-8"))
    preset = load_preset(name)
    net = preset.net
    covered = Network(net.kind, {k: np.zeros_like(v) for k, v in net.params.items()})
    seen = set()
    for block in spec["blocks"]:
        key = (block["param"], block["path"])
        assert key not in seen, f"{name}: {key} listed twice"
        seen.add(key)
        assert isinstance(block["note"], str) and block["note"].strip(), f"{name}: {key} has no note"
        target = covered.block(block["param"], block["path"])
        assert np.shape(block["values"]) == target.shape, f"{name}: {key} has the wrong shape"
        target += 1
        np.testing.assert_array_equal(net.block(block["param"], block["path"]), block["values"])
    for pname, mask in covered.params.items():
        assert np.all(mask == 1), f"{name}: {pname} has entries no block sets (or sets twice)"
    assert preset.notes == {(b["param"], b["path"]): b["note"] for b in spec["blocks"]}
    assert preset.title and preset.summary and preset.text
    assert 0 <= preset.start_step < len(preset.vocab.tokenize(preset.text))
    assert len(preset.units) == net.hidden_size


def test_an_unknown_preset_is_a_key_error_listing_the_presets():
    with pytest.raises(KeyError) as info:
        load_preset("gru")
    for name in PRESET_NAMES:
        assert name in str(info.value)


@pytest.mark.parametrize("name", PRESET_NAMES)
def test_every_text_a_learner_reads_has_a_chinese_translation(name):
    """Title, summary, each About line and each block note: in zh-TW, none left in
    English and none merely copied."""
    preset = load_preset(name)
    zh = preset.texts("zh-TW")
    cjk = re.compile(r"[\u4e00-\u9fff]")
    assert len(zh.about) == len(preset.about)
    assert set(zh.notes) == set(preset.notes)
    pairs = [(preset.title, zh.title), (preset.summary, zh.summary)] + list(zip(preset.about, zh.about)) + [
        (preset.notes[k], zh.notes[k]) for k in preset.notes]
    for english, chinese in pairs:
        assert chinese != english and cjk.search(chinese), (english, chinese)
    assert preset.texts("en") == preset.texts("fr") == preset.texts("zh-TW").__class__(
        preset.title, preset.summary, preset.about, preset.notes)
