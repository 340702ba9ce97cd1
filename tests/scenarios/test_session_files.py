"""Session files: a model file whose metadata brings back everything the learner was
looking at. Saving and opening again must give the very same weights and metadata."""
import json

import numpy as np
import pytest

from lstm_sim.model import ModelFileError, load_model, save_model
from lstm_sim.model.files import model_bytes
from lstm_sim.scenarios import PRESET_NAMES, load_preset
from lstm_sim.scenarios.presets import from_saved, preset_metadata

CLAMPS = {
    "walkthrough": {"i": [None, None, 0.0, None, None], "f": [1.0, None, None, 0.3, None],
                    "o": [None, 1.0, None, None, 0.0]},
    "book-rnn": {},
    "dinner": {},
}
TEXTS = {"walkthrough": "Jane saw Spot. Doug saw", "book-rnn": "Doug saw", "dinner": "pizza ? sushi"}


def save_session(tmp_path, preset, text, step, clamps, name="session.npz"):
    path = tmp_path / name
    meta = preset_metadata(preset, text, step, clamps)
    save_model(path, preset.net, list(preset.vocab.words), meta)
    return path, meta


@pytest.mark.parametrize("name", PRESET_NAMES)
def test_save_then_open_gives_back_the_same_weights_and_metadata(tmp_path, name):
    preset = load_preset(name)
    preset.net.params["W"][0, 0] = -0.123456789012345   # an edited weight, not a round number
    path, meta = save_session(tmp_path, preset, TEXTS[name], 2, CLAMPS[name])
    assert json.loads(json.dumps(meta)) == meta                       # plain JSON
    loaded = load_model(path)
    assert loaded.metadata == meta
    again = from_saved(loaded, str(path))
    for pname, p in preset.net.params.items():
        assert again.net.params[pname].dtype == p.dtype == np.float64
        assert np.array_equal(again.net.params[pname], p), pname
    assert again.net.kind == preset.net.kind
    assert again.vocab == preset.vocab                                # words and blank
    assert again.vocab.aliases == preset.vocab.aliases                # the book's 道格 …
    assert again.translations == preset.translations                  # the texts in 繁體中文
    assert again.texts("zh-TW") == preset.texts("zh-TW")
    assert (again.title, again.summary, again.about, again.units, again.notes) == (
        preset.title, preset.summary, preset.about, preset.units, preset.notes)
    assert again.text == TEXTS[name] and again.start_step == 2
    assert set(again.clamps) == ({"i", "f", "o"} if CLAMPS[name] else set())
    for gate, values in CLAMPS[name].items():
        expected = np.array([np.nan if v is None else v for v in values])
        np.testing.assert_array_equal(again.clamps[gate], expected)
    assert preset_metadata(again, again.text, again.start_step, again.clamps) == meta
    assert model_bytes(again.net, list(again.vocab.words), meta)[:4] == b"PK\x03\x04"


def test_a_session_without_clamps_opens_with_none_and_saves_them_all_free(tmp_path):
    preset = load_preset("walkthrough")
    path, meta = save_session(tmp_path, preset, "Doug", 0, None)
    assert meta["clamps"] == {g: [None] * 5 for g in ("i", "f", "o")}
    assert from_saved(load_model(path), str(path)).clamps == {}


def test_other_metadata_is_carried_along(tmp_path):
    preset = load_preset("walkthrough")
    path = tmp_path / "trained.npz"
    save_model(path, preset.net, list(preset.vocab.words), {"trained": {"epochs": 3}, "corpus": "book"})
    opened = from_saved(load_model(path), str(path))
    assert opened.title == "trained" and opened.units == ["u0", "u1", "u2", "u3", "u4"]
    assert opened.start_step == 0 and opened.clamps == {} and opened.notes == {}
    meta = preset_metadata(opened, opened.text, 0, {})
    assert meta["trained"] == {"epochs": 3} and meta["corpus"] == "book"


@pytest.mark.parametrize("name, clamps, says", [
    ("walkthrough", {"f": [2.0, None, None, None, None]}, "outside [0, 1]"),
    ("walkthrough", {"f": [1.0, None]}, "2 values"),
    ("walkthrough", {"g": [None] * 5}, "'g'"),
    ("walkthrough", [1.0, 0.0], "map gate names"),
    ("walkthrough", {"o": ["open", None, None, None, None]}, "o[0]"),
    ("book-rnn", {"f": [1.0, None, None, None, None]}, "RNN has no gates"),
])
def test_a_bad_clamp_in_the_file_is_named(tmp_path, name, clamps, says):
    preset = load_preset(name)
    meta = preset_metadata(preset, "Doug", 0, None)
    meta["clamps"] = clamps
    path = tmp_path / "bad.npz"
    save_model(path, preset.net, list(preset.vocab.words), meta)
    with pytest.raises(ModelFileError) as info:
        from_saved(load_model(path), str(path))
    message = str(info.value)
    assert "bad.npz" in message and "field 'metadata.clamps'" in message and says in message


def test_malformed_optional_fields_fall_back_to_defaults(tmp_path):
    preset = load_preset("walkthrough")
    meta = {"title": 3, "units": ["a"], "text": None, "step": True, "about": "x",
            "notes": [{"param": "W", "path": "q", "note": "no such path"}, "junk",
                      {"param": "W", "path": "f", "note": "kept"}]}
    path = tmp_path / "odd.npz"
    save_model(path, preset.net, list(preset.vocab.words), meta)
    opened = from_saved(load_model(path), str(path))
    assert opened.title == "odd" and opened.units == [f"u{k}" for k in range(5)]
    assert opened.start_step == 0 and opened.about == [] and opened.notes == {("W", "f"): "kept"}


def test_an_rnn_session_cannot_carry_clamps():
    with pytest.raises(ValueError, match="RNN has no gates"):
        preset_metadata(load_preset("dinner"), "pizza", 0, {"f": [1.0, None, None]})
    assert preset_metadata(load_preset("dinner"), "pizza", 0, {})["clamps"] == {}


def test_a_session_keeps_its_aliases_and_chinese_texts_and_reads_its_chinese_text(tmp_path):
    preset = load_preset("walkthrough")
    path, meta = save_session(tmp_path, preset, "珍看見小點。道格看見", 5, None)
    assert meta["aliases"]["道格"] == "Doug" and meta["translations"]["zh-TW"]["title"]
    opened = from_saved(load_model(path), str(path))
    assert opened.vocab.tokenize(opened.text) == ["Jane", "saw", "Spot", ".", "Doug", "saw"]
    zh = opened.texts("zh-TW")
    assert zh.notes[("W", "f")] == preset.texts("zh-TW").notes[("W", "f")] != preset.notes[("W", "f")]


def test_aliases_that_could_not_be_typed_are_dropped_and_the_rest_kept(tmp_path):
    preset = load_preset("walkthrough")
    meta = preset_metadata(preset, "Doug", 0, None)
    meta["aliases"] = {"道格": "Doug", "": "Jane", "a b": "Spot", "狗": "Rex", "Jane": "Doug", "\t": "saw",
                       "看見": 3}
    meta["translations"] = {"zh-TW": {"title": 5, "about": "not a list", "notes": [{"param": "W"}]},
                            "fr": ["nonsense"]}
    path = tmp_path / "odd.npz"
    save_model(path, preset.net, list(preset.vocab.words), meta)
    opened = from_saved(load_model(path), str(path))
    assert opened.vocab.aliases == {"道格": "Doug"}
    assert opened.translations == {} and opened.texts("zh-TW").title == preset.title
    for junk in ("not a dict", ["道格"], None):
        meta["aliases"] = junk
        save_model(path, preset.net, list(preset.vocab.words), meta)
        assert from_saved(load_model(path), str(path)).vocab.aliases == {}


def test_a_model_without_text_opens_on_what_it_writes_itself(tmp_path):
    """Not the vocabulary's first tokens: the model's own most likely words after a period."""
    from lstm_sim.model import generate, load_model, save_model
    from lstm_sim.scenarios import load_preset
    from lstm_sim.scenarios.presets import from_saved
    p = load_preset("walkthrough")
    path = tmp_path / "bare.npz"
    save_model(path, p.net, list(p.vocab.words))
    opened = from_saved(load_model(path), str(path))
    tokens = opened.vocab.tokenize(opened.text)
    assert tokens[0] == "." and len(tokens) == 9
    expected = generate(p.net, p.vocab.inputs(["."]), 8, temperature=0)
    assert tokens[1:] == [p.vocab.words[k] for k in expected]
    assert tokens[1] in ("Doug", "Jane", "Spot")            # after a period comes a name
