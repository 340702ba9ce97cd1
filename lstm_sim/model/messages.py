"""Every message a user can meet from the model and the scenarios: one code, one English
template with named parameters.

A failure is raised as a code with parameters (see ``errors.Coded``); ``str()`` of it is
the English template filled in, so the command line, logs and notebooks read as before.
The app words the same code in its own language (``controller.messages.describe``:
``QCoreApplication.translate("Messages", template)``), so nobody ever parses prose.

A :class:`Message` is a ``str`` (its English text) that also carries its code and
parameters; a parameter may itself be a Message (a part of a sentence, or a word such
as "(no prefix)") or a :class:`Joined` list of them, and is then worded too. The
templates are marked for Qt's ``lupdate`` (context "Messages"); this module imports no Qt.
"""
from __future__ import annotations

from ..glossary import QT_TRANSLATE_NOOP

MESSAGES = {
    # -- where: the file, and the field of it, a problem is in ----------------------------
    "in-file": QT_TRANSLATE_NOOP("Messages", "{file}: {problem}"),
    "in-field": QT_TRANSLATE_NOOP("Messages", "{file}: field '{field}': {problem}"),
    "at-field": QT_TRANSLATE_NOOP("Messages", "field '{field}': {problem}"),
    # -- words that are parameters of other messages ----------------------------------------
    "no-prefix": QT_TRANSLATE_NOOP("Messages", "(no prefix)"),
    "nothing": QT_TRANSLATE_NOOP("Messages", "nothing"),
    "it": QT_TRANSLATE_NOOP("Messages", "it"),
    "more-words": QT_TRANSLATE_NOOP("Messages", "… ({count} words)"),
    "what-array": QT_TRANSLATE_NOOP("Messages", "an array {shape}"),
    "what-dict": QT_TRANSLATE_NOOP("Messages", "a dict of {count}"),
    "what-other": QT_TRANSLATE_NOOP("Messages", "a {type}"),
    "entry-what": QT_TRANSLATE_NOOP("Messages", "'{entry}' ({what})"),
    "tied-pair": QT_TRANSLATE_NOOP("Messages", "'{later}' is '{first}'"),
    "permission-denied": QT_TRANSLATE_NOOP("Messages", "permission denied"),
    "is-a-folder": QT_TRANSLATE_NOOP("Messages", "it is a folder"),
    "not-utf8": QT_TRANSLATE_NOOP("Messages", "not UTF-8 text"),
    # -- opening a file -----------------------------------------------------------------------
    "no-such-file": QT_TRANSLATE_NOOP("Messages", "no such file"),
    "cannot-read": QT_TRANSLATE_NOOP("Messages", "cannot read ({reason})"),
    "not-a-model-file": QT_TRANSLATE_NOOP("Messages", "not a model file: neither .npz (a zip archive), "
                                                      ".safetensors nor a torch.save file"),
    "npz-objects": QT_TRANSLATE_NOOP("Messages", "unreadable (holds Python objects, which are never loaded)"),
    "npz-unreadable": QT_TRANSLATE_NOOP("Messages", "unreadable ({detail})"),
    "safetensors-missing": QT_TRANSLATE_NOOP("Messages", "a .safetensors file, and the 'safetensors' package "
                                                         "is not installed (pip install safetensors)"),
    "safetensors-bf16": QT_TRANSLATE_NOOP("Messages", "unreadable safetensors file (holds bfloat16 tensors, "
                                                      "which NumPy cannot read; save them as float32: "
                                                      "{{k: v.float() for k, v in state_dict.items()}})"),
    "safetensors-unreadable": QT_TRANSLATE_NOOP("Messages", "unreadable safetensors file ({detail})"),
    "reserved-name-metadata": QT_TRANSLATE_NOOP("Messages", "a tensor with a reserved name; put it in the metadata"),
    "reserved-name": QT_TRANSLATE_NOOP("Messages", "a tensor with a reserved name"),
    "not-json-object": QT_TRANSLATE_NOOP("Messages", "must be a JSON object"),
    "not-json": QT_TRANSLATE_NOOP("Messages", "not valid JSON"),
    "not-strings": QT_TRANSLATE_NOOP("Messages", "must be a list of strings"),
    "vocab-indices": QT_TRANSLATE_NOOP("Messages", "its indices are not 0…{last}"),
    # checkpoints and whole pickled modules
    "ckpt-not-dict": QT_TRANSLATE_NOOP("Messages", "holds a {type}, not a state dict, a checkpoint or a module"),
    "ckpt-no-weights": QT_TRANSLATE_NOOP("Messages", "a dict with no model weights in it: no entry holds a state "
                                                     "dict with a recurrent cell (a key ending in 'weight_ih_l0'); "
                                                     "its entries: {entries}"),
    "ckpt-two-weights": QT_TRANSLATE_NOOP("Messages", "two entries hold model weights: {entries}; save the one "
                                                      "you mean alone"),
    "ckpt-arrays-beside-in": QT_TRANSLATE_NOOP("Messages", "holds arrays beside the model's weights in '{entry}' "
                                                           "({what}); they could be part of the model, so nothing "
                                                           "is guessed"),
    "ckpt-arrays-beside": QT_TRANSLATE_NOOP("Messages", "holds arrays beside the model's weights ({what}); they "
                                                        "could be part of the model, so nothing is guessed"),
    "module-changes-computation": QT_TRANSLATE_NOOP("Messages", "'{module}' is a {leaf} ({cls}), which changes the "
                                                                "computation between the embedding, the cell and "
                                                                "the readout; this program models those parts only, "
                                                                "so it cannot open this model without showing wrong "
                                                                "numbers"),
    "module-both-nonlinearities": QT_TRANSLATE_NOOP("Messages", "the module says both tanh and relu (its "
                                                                "nonlinearity and rnn_type disagree)"),
    # torch.save files, read without torch
    "torch-special-tensor": QT_TRANSLATE_NOOP("Messages", "torch._utils.{name}: sparse, quantized, nested and other "
                                                          "special tensors are not supported"),
    "pickle-runs": QT_TRANSLATE_NOOP("Messages", "the file asks to run {what}; it is never run"),
    "pickle-rebuild": QT_TRANSLATE_NOOP("Messages", "the file asks to rebuild a tensor with {what}; it is never run"),
    "pickle-creates": QT_TRANSLATE_NOOP("Messages", "the file asks to create {what}; it is never created"),
    "pickle-encode": QT_TRANSLATE_NOOP("Messages", "the file asks to run _codecs.encode on a non-text; it is "
                                                   "never run"),
    "pickle-numpy": QT_TRANSLATE_NOOP("Messages", "the file asks to rebuild {what} as a NumPy array; it is "
                                                  "never run"),
    "pickle-dtype": QT_TRANSLATE_NOOP("Messages", "the file asks for a NumPy dtype {name} holding objects; "
                                                  "never made"),
    "pickle-calls": QT_TRANSLATE_NOOP("Messages", "the file asks to call {what}; it is never called"),
    "torch-bad-storage": QT_TRANSLATE_NOOP("Messages", "a tensor's storage is not a storage"),
    "torch-impossible-shape": QT_TRANSLATE_NOOP("Messages", "a tensor has an impossible shape {size} / stride "
                                                            "{stride}"),
    "torch-past-storage": QT_TRANSLATE_NOOP("Messages", "a tensor reaches past the end of its storage"),
    "torch-unknown-dtype": QT_TRANSLATE_NOOP("Messages", "unknown dtype {dtype}"),
    "torch-numpy-objects": QT_TRANSLATE_NOOP("Messages", "a NumPy array in the file that is not plain numbers"),
    "torch-numpy-short": QT_TRANSLATE_NOOP("Messages", "a NumPy array in the file is shorter than its shape"),
    "torch-numpy-number": QT_TRANSLATE_NOOP("Messages", "a NumPy number in the file that is not a plain number"),
    "torch-persistent-id": QT_TRANSLATE_NOOP("Messages", "unexpected persistent id {pid}"),
    "torch-storage-type": QT_TRANSLATE_NOOP("Messages", "unknown dtype: storage type {type}"),
    "torch-storage-two-dtypes": QT_TRANSLATE_NOOP("Messages", "storage {key} is read as two different dtypes"),
    "torch-call-args": QT_TRANSLATE_NOOP("Messages", "damaged pickle: call arguments are not a tuple"),
    "torch-storage-short": QT_TRANSLATE_NOOP("Messages", "storage {key} is shorter than its {count} elements"),
    "torch-cannot-read": QT_TRANSLATE_NOOP("Messages", "cannot read {name}: {reason}"),
    "torch-tar": QT_TRANSLATE_NOOP("Messages", "the pre-1.0 tar layout of torch.save is not supported"),
    "torch-damaged": QT_TRANSLATE_NOOP("Messages", "{name} is damaged or not a torch file ({detail})"),
    "torch-bad-zip": QT_TRANSLATE_NOOP("Messages", "a damaged zip file ({detail})"),
    "torchscript": QT_TRANSLATE_NOOP("Messages", "a TorchScript archive (torch.jit.save): its weights are in the "
                                                 "archive but its structure is code; save model.state_dict() with "
                                                 "torch.save where the model is defined"),
    "torch-no-data-pkl": QT_TRANSLATE_NOOP("Messages", "a zip file, but not one written by torch.save (no data.pkl)"),
    "torch-byte-order": QT_TRANSLATE_NOOP("Messages", "unknown byte order {mark}"),
    "torch-no-storage-entry": QT_TRANSLATE_NOOP("Messages", "the file lacks the storage entry {name}"),
    "torch-not-torch": QT_TRANSLATE_NOOP("Messages", "not a torch file (neither a zip nor a torch pickle)"),
    "torch-no-magic": QT_TRANSLATE_NOOP("Messages", "not a torch file (no torch magic number)"),
    "torch-protocol": QT_TRANSLATE_NOOP("Messages", "an unsupported legacy torch protocol version"),
    "torch-truncated": QT_TRANSLATE_NOOP("Messages", "the file is truncated inside storage {key}"),
    "torch-no-storage": QT_TRANSLATE_NOOP("Messages", "the file lacks storage {key}"),
    # the parts of a network, whatever their names
    "weight-drop-clash": QT_TRANSLATE_NOOP("Messages", "a weight-drop raw weight beside '{target}'; which one is "
                                                       "the model's cannot be told"),
    "no-cell-module": QT_TRANSLATE_NOOP("Messages", "no recurrent module '{cell}' (no '{ih}' and '{hh}'); the file "
                                                    "has: {found}"),
    "missing-but": QT_TRANSLATE_NOOP("Messages", "missing, but '{present}' is there"),
    "no-cell": QT_TRANSLATE_NOOP("Messages", "missing: neither an LSTM Sim model nor a torch LSTM/RNN state dict "
                                             "(no key ending in 'weight_ih_l0')"),
    "two-cells": QT_TRANSLATE_NOOP("Messages", "two readings fit: the recurrent module could be {fits}; name it "
                                               "(parts={{'cell': ...}}, or --cell-name in the CLI)"),
    "cell-shape": QT_TRANSLATE_NOOP("Messages", "shape {shape} is neither an LSTM's (4H×H), a GRU's (3H×H) nor a "
                                                "plain RNN's (H×H)"),
    "no-readout-module": QT_TRANSLATE_NOOP("Messages", "no readout '{readout}' (no 2-D '{weight}'); the file has: "
                                                       "{found}"),
    "two-readouts": QT_TRANSLATE_NOOP("Messages", "two readings fit: the readout (a {inputs}-input nn.Linear after "
                                                  "'{cell}') could be {fits}; name it (parts={{'readout': ...}}, "
                                                  "or --readout in the CLI)"),
    "no-readout": QT_TRANSLATE_NOOP("Messages", "missing: no nn.Linear after '{cell}' (a 2-D '<name>.weight' with "
                                                "{inputs} columns)"),
    "readout-width": QT_TRANSLATE_NOOP("Messages", "no readout takes the cell's {inputs} outputs: none of {found} "
                                                   "has {inputs} columns"),
    "no-embedding-module": QT_TRANSLATE_NOOP("Messages", "no embedding '{embedding}' (no 2-D '{weight}'); the file "
                                                         "has: {found}"),
    "two-embeddings": QT_TRANSLATE_NOOP("Messages", "two readings fit: the embedding (a table of {width}-wide rows "
                                                    "before '{cell}') could be {fits}; name it "
                                                    "(parts={{'embedding': ...}}, or --embedding in the CLI)"),
    "embedding-or-one-hot": QT_TRANSLATE_NOOP("Messages", "two readings fit: the inputs could be one-hot words, or "
                                                          "'{table}' ({words}×{width}) could be an embedding; say "
                                                          "which (parts={{'embedding': ...}}, or --embedding {table} "
                                                          "/ --embedding {none} in the CLI)"),
    # networks this program does not model
    "projection": QT_TRANSLATE_NOOP("Messages", "an LSTM with a projection; proj_size > 0 is not supported"),
    "bidirectional": QT_TRANSLATE_NOOP("Messages", "a bidirectional network (keys ending in '_reverse'); a "
                                                   "next-token model cannot look ahead; not supported"),
    "not-part": QT_TRANSLATE_NOOP("Messages", "not part of a {network}; {reason}"),
    "not-part-table": QT_TRANSLATE_NOOP("Messages", "not part of a {network} (as wide as the cell's input it could "
                                                    "be an embedding, but it has {rows} rows for {words} words); "
                                                    "{reason}"),
    "net-one": QT_TRANSLATE_NOOP("Messages", "one-layer {kind} with a readout"),
    "net-one-embedded": QT_TRANSLATE_NOOP("Messages", "one-layer {kind} with a readout and an embedding"),
    "net-stacked": QT_TRANSLATE_NOOP("Messages", "{layers}-layer {kind} with a readout"),
    "net-stacked-embedded": QT_TRANSLATE_NOOP("Messages", "{layers}-layer {kind} with a readout and an embedding"),
    "extra-module": QT_TRANSLATE_NOOP("Messages", "{what}; this program models embedding → cell → readout only, "
                                                  "and opening the file without it would show numbers that are not "
                                                  "your model's, so it is not opened"),
    "looks-batch-norm": QT_TRANSLATE_NOOP("Messages", "{name} looks like a batch norm (nn.BatchNorm: running mean "
                                                      "and variance), which rescales values"),
    "looks-layer-norm": QT_TRANSLATE_NOOP("Messages", "{name} looks like a layer norm (nn.LayerNorm: a weight and a "
                                                      "bias of {size} values), which re-centres and rescales h "
                                                      "before it is used"),
    "looks-linear": QT_TRANSLATE_NOOP("Messages", "{name} looks like another linear layer or projection "
                                                  "({rows}×{columns})"),
    "looks-unused": QT_TRANSLATE_NOOP("Messages", "{name} is an array the cell and the readout have no use for"),
    # the fields of a model file
    "unknown-version": QT_TRANSLATE_NOOP("Messages", "unknown version {version}; this program reads version "
                                                     "{supported}"),
    "must-be-one-of": QT_TRANSLATE_NOOP("Messages", "must be one of {allowed}"),
    "must-be-one-of-not": QT_TRANSLATE_NOOP("Messages", "must be one of {allowed}, not {value}"),
    "missing": QT_TRANSLATE_NOOP("Messages", "missing"),
    "bias-missing": QT_TRANSLATE_NOOP("Messages", "missing, but '{present}' is there (a cell has both biases or "
                                                  "neither)"),
    "not-numbers": QT_TRANSLATE_NOOP("Messages", "must hold numbers, found dtype {dtype}"),
    "not-finite": QT_TRANSLATE_NOOP("Messages", "contains NaN or infinite values"),
    "not-matrix": QT_TRANSLATE_NOOP("Messages", "must be a 2-D matrix"),
    "bad-rows": QT_TRANSLATE_NOOP("Messages", "has {rows} rows; an {kind} needs a positive multiple of {paths}"),
    "bad-layer-rows": QT_TRANSLATE_NOOP("Messages", "has shape {shape}; an {kind} layer needs a positive multiple "
                                                    "of {paths} rows"),
    "no-words": QT_TRANSLATE_NOOP("Messages", "has no columns or rows: a model needs at least one word"),
    "bad-shape": QT_TRANSLATE_NOOP("Messages", "shape {shape}, expected {expected}"),
    "vocab-not-words": QT_TRANSLATE_NOOP("Messages", "must be a 1-D array of words"),
    "vocab-disagrees": QT_TRANSLATE_NOOP("Messages", "the file has its own vocabulary and the one given disagrees "
                                                     "({difference}); leave the vocabulary out to use the file's, or "
                                                     "fix the file"),
    "vocab-count-differs": QT_TRANSLATE_NOOP("Messages", "it has {own} tokens, the one given {given}"),
    "vocab-token-differs": QT_TRANSLATE_NOOP("Messages", "token {number} is {own} in the file, {given} in the one "
                                                         "given"),
    "vocab-missing": QT_TRANSLATE_NOOP("Messages", "missing: the file does not hold the vocabulary it was trained "
                                                   "on; give it, in the order of the model's rows: one token per "
                                                   "line, or a JSON list (pytorch/examples' word_language_model "
                                                   "numbers words in the order they first appear in the corpus, not "
                                                   "sorted: json.dump(corpus.dictionary.idx2word, open('vocab.json', "
                                                   "'w')))"),
    "vocab-whitespace": QT_TRANSLATE_NOOP("Messages", "has whitespace tokens ({tokens}) as a character model's "
                                                      "vocabulary does; open it with the characters tokenizer "
                                                      "(--tokens chars)"),
    "vocab-empty-token": QT_TRANSLATE_NOOP("Messages", "token {number} is empty; a file with one token per line "
                                                       "cannot hold a newline token (a character model's '\\n'): "
                                                       "give the vocabulary as a JSON list instead "
                                                       "(json.dump(tokens, open('vocab.json', 'w')))"),
    "vocab-spaces": QT_TRANSLATE_NOOP("Messages", "words must be without surrounding spaces (a character model's "
                                                  "tokens may be spaces: open it with the characters tokenizer, "
                                                  "--tokens chars)"),
    "vocab-duplicate": QT_TRANSLATE_NOOP("Messages", "words must be unique; {word} is there twice"),
    "vocab-size": QT_TRANSLATE_NOOP("Messages", "has {count} words but the readout has {outputs} outputs"),
    "embedding-rows": QT_TRANSLATE_NOOP("Messages", "has {rows} rows (tokens) but the vocabulary has {words} words"),
    "input-size": QT_TRANSLATE_NOOP("Messages", "takes {inputs} inputs but the vocabulary has {words} words"),
    "relu-only-rnn": QT_TRANSLATE_NOOP("Messages", "only a plain RNN can use relu; this is an {kind}"),
    "nonlinearity-disagrees": QT_TRANSLATE_NOOP("Messages", "the file says {said}, but {given} was asked for; they "
                                                            "disagree, so nothing is guessed"),
    "nonlinearity-unknown": QT_TRANSLATE_NOOP("Messages", "unknown: this is a plain nn.RNN, whose state dict is the "
                                                          "same for tanh and relu; say which it was built with "
                                                          "(nn.RNN(..., nonlinearity=...); --nonlinearity tanh|relu "
                                                          "in the CLI)"),
    # a session file's clamps
    "clamp-sets-count": QT_TRANSLATE_NOOP("Messages", "{count} clamp sets for a {layers}-layer model"),
    "clamp-sets-list": QT_TRANSLATE_NOOP("Messages", "a {layers}-layer model needs a list with one clamp set per "
                                                     "layer"),
    "clamps-not-list": QT_TRANSLATE_NOOP("Messages", "clamps for gate '{gate}' must be a list of {units} values "
                                                     "(null = free)"),
    "clamps-count": QT_TRANSLATE_NOOP("Messages", "clamps for gate '{gate}' have {count} values; the cell has "
                                                  "{units} units"),
    "clamp-not-number": QT_TRANSLATE_NOOP("Messages", "clamp {gate}[{unit}] must be a number in [0, 1] or null, "
                                                      "not {value}"),
    "clamp-outside": QT_TRANSLATE_NOOP("Messages", "clamp {gate}[{unit}] = {value} is outside [0, 1]"),
    "clamps-not-mapping": QT_TRANSLATE_NOOP("Messages", "clamps must map gate names ({gates}) to lists of values"),
    "rnn-no-gates": QT_TRANSLATE_NOOP("Messages", "a plain RNN has no gates to clamp"),
    "not-a-gate": QT_TRANSLATE_NOOP("Messages", "cannot clamp gate {gate}: only {gates} are gates"),
    # -- how a file from elsewhere was read (said after opening it) ---------------------------
    "note-entry": QT_TRANSLATE_NOOP("Messages", "the weights are the checkpoint's '{entry}'"),
    "note-set-aside": QT_TRANSLATE_NOOP("Messages", "set aside as training state: {entries}"),
    "note-tied": QT_TRANSLATE_NOOP("Messages", "tied weights: {pairs}"),
    "note-whole-module": QT_TRANSLATE_NOOP("Messages", "a whole pickled module ({cls}) read as data; none of its "
                                                       "code was run"),
    "note-no-weights": QT_TRANSLATE_NOOP("Messages", "'{module}' ({cls}) has no weights; it is taken to act in "
                                                     "training only"),
    "note-weight-drop": QT_TRANSLATE_NOOP("Messages", "'{key}' read as the recurrent weight (weight drop applies in "
                                                      "training only)"),
    "note-cell-module": QT_TRANSLATE_NOOP("Messages", "'{module}' read as one cell run step by step "
                                                      "(nn.LSTMCell/nn.RNNCell)"),
    "note-stack": QT_TRANSLATE_NOOP("Messages", "{cells} read as the layers of one stack, in that order"),
    "note-stack-sized": QT_TRANSLATE_NOOP("Messages", "{cells} read as the layers of one stack of {sizes} units, in "
                                                      "that order"),
    # -- vocabularies and typed text -------------------------------------------------------------
    "vocab-file-unreadable": QT_TRANSLATE_NOOP("Messages", "{file}: cannot read the vocabulary ({reason})"),
    "vocab-file-json": QT_TRANSLATE_NOOP("Messages", "{file}: not a JSON list of tokens ({detail})"),
    "vocab-file-not-strings": QT_TRANSLATE_NOOP("Messages", "{file}: a JSON vocabulary must be a list of strings"),
    "vocab-empty-or-twice": QT_TRANSLATE_NOOP("Messages", "a vocabulary needs at least one word and no duplicates"),
    "vocab-not-text": QT_TRANSLATE_NOOP("Messages", "vocabulary words must be non-empty strings"),
    "vocab-spaced-words": QT_TRANSLATE_NOOP("Messages", "vocabulary words must not begin or end with spaces: "
                                                        "{words}"),
    "unknown-word": QT_TRANSLATE_NOOP("Messages", "unknown word \"{word}\"; the vocabulary is: {known}"),
    "unknown-word-blank": QT_TRANSLATE_NOOP("Messages", "unknown word \"{word}\"; the vocabulary is: {known} "
                                                        "(\"{blank}\" marks an unknown day)"),
    # -- training -------------------------------------------------------------------------------
    "unknown-corpus": QT_TRANSLATE_NOOP("Messages", "unknown corpus {name}: use book, dinner, or a text"),
    "corpus-too-long": QT_TRANSLATE_NOOP("Messages", "{name} has {count:,} tokens; at most {limit:,} can be "
                                                     "trained on here"),
    "corpus-one-word": QT_TRANSLATE_NOOP("Messages", "{name} needs at least two different words to learn what "
                                                     "follows what (it has {count} word)"),
    "corpus-too-few": QT_TRANSLATE_NOOP("Messages", "{name} needs at least two different words to learn what "
                                                    "follows what (it has {count} words)"),
    "corpus-too-many-words": QT_TRANSLATE_NOOP("Messages", "{name} has {count} different words; the views can show "
                                                           "at most {limit}. Use a shorter text or one with fewer "
                                                           "distinct words"),
    "hidden-range": QT_TRANSLATE_NOOP("Messages", "hidden size must be between 1 and {limit}"),
    "epochs-range": QT_TRANSLATE_NOOP("Messages", "epochs must be between 1 and {limit:,}"),
    "seq-len-range": QT_TRANSLATE_NOOP("Messages", "sequence length must be between 1 and {limit:,}"),
    "lr-range": QT_TRANSLATE_NOOP("Messages", "learning rate must be a number in (0, 10]"),
    "diverged-loss": QT_TRANSLATE_NOOP("Messages", "loss became {loss} at step {step} (epoch {epoch}); the last "
                                                   "finite weights were kept. Try a lower learning rate."),
    "diverged-weights": QT_TRANSLATE_NOOP("Messages", "weights became non-finite at step {step} (epoch {epoch}); "
                                                      "the last finite weights were kept. Try a lower learning "
                                                      "rate."),
}


class Message(str):
    """One message: its English text (a ``str``), its ``code`` and its ``params``.

    ``Message("no-such-file")``; ``Message("in-file", file=name, problem=Message(...))``.
    An unknown code raises KeyError at once: a typo never turns into a silent message."""

    code: str
    params: dict

    def __new__(klass, code: str, /, **params):
        text = MESSAGES[code].format(**params)
        self = super().__new__(klass, text)
        self.code, self.params = code, params
        return self

    def __reduce__(self):                   # copies and pickles keep the code and params
        return (_rebuild, (self.code, self.params))

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {self.params!r})"


def _rebuild(code: str, params: dict) -> Message:
    return Message(code, **params)


class Joined(str):
    """Parts (text or Messages) joined by ``sep``, as one parameter: each part is worded
    in the reader's language, the separator is kept."""

    parts: tuple
    sep: str

    def __new__(cls, parts, sep: str = ", "):
        parts = tuple(parts)
        self = super().__new__(cls, sep.join(parts))
        self.parts, self.sep = parts, sep
        return self

    def __reduce__(self):
        return (Joined, (self.parts, self.sep))


def listed(names, quote: bool = True) -> Joined:
    """Module prefixes (or other names) as a list for a message: quoted, the empty
    prefix as "(no prefix)", nothing at all as "nothing"."""
    names = list(names)
    if not names:
        return Joined([Message("nothing")])
    return Joined([(f"'{n}'" if quote else str(n)) if n else Message("no-prefix") for n in names])


def os_reason(exc: OSError) -> str:
    """Why the system could not read a file, worded by us where it is a common reason
    (else the system's own words)."""
    import errno
    if exc.errno == errno.ENOENT:
        return Message("no-such-file")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Message("permission-denied")
    if exc.errno == errno.EISDIR:
        return Message("is-a-folder")
    return exc.strerror or str(exc)
