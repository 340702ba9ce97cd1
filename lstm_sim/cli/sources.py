"""The network and the text a command works on: a preset or a model (or session) file,
its text or ``--text``, its layers and clamps; the options that choose them; the presets."""
from __future__ import annotations

import sys

from .usage import UsageError


def add_source_options(p) -> None:
    """``--preset`` or ``--model`` (and how to read a model file from elsewhere)."""
    g = p.add_mutually_exclusive_group()
    g.add_argument("--preset", help="walkthrough, book-rnn or dinner (default walkthrough)")
    g.add_argument("--model", help="a model or session file: .npz, .safetensors, or a torch.save "
                   "state dict (.pt/.pth)")
    p.add_argument("--vocab", metavar="FILE",
                   help="the model's tokens, one per line or a JSON list (when the file has none)")
    p.add_argument("--tokens", choices=["words", "chars"], help="how text is split (default: the file's, else words)")
    p.add_argument("--nonlinearity", choices=["tanh", "relu"],
                   help="a plain RNN's squashing (nn.RNN's nonlinearity), when the file does not say")
    p.add_argument("--cell-name", metavar="NAME", help="the recurrent module's name, when two fit")
    p.add_argument("--readout", metavar="NAME", help="the readout module's name, when two fit")
    p.add_argument("--embedding", metavar="NAME",
                   help="the embedding module's name when two fit ('none': the inputs are one-hot)")


def source(args):
    """The network a command works on: a preset or a model (or session) file."""
    return source_and_text(args)[0]


def source_and_text(args):
    """The preset, and the text it brings along (None for a model file without one)."""
    from ..scenarios import load_preset
    if args.model:
        return _from_model_file(args)
    try:
        preset = load_preset(args.preset or "walkthrough")
    except KeyError as exc:
        raise UsageError(exc.args[0]) from None
    return preset, preset.text


def _from_model_file(args):
    from ..model import ModelFileError, load_model
    from ..scenarios.presets import from_saved
    from ..scenarios.vocabulary import read_vocab_file
    try:
        vocab = read_vocab_file(args.vocab) if getattr(args, "vocab", None) else None
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    parts = {k: v for k, v in (("cell", getattr(args, "cell_name", None)),
                               ("readout", getattr(args, "readout", None)),
                               ("embedding", getattr(args, "embedding", None))) if v}
    try:
        saved = load_model(args.model, vocab=vocab, parts=parts or None, tokenizer=getattr(args, "tokens", None),
                           nonlinearity=getattr(args, "nonlinearity", None))
        preset = from_saved(saved, args.model, sample_text=False)
    except (ModelFileError, ValueError) as exc:      # ValueError: a --cell-name/--readout that fits nothing
        raise UsageError(str(exc)) from None
    for note in saved.notes:                         # how a file from elsewhere was read
        print(f"lstm-sim: note: {note}", file=sys.stderr)
    return preset, (preset.text if isinstance(saved.metadata.get("text"), str) else None)


def source_text_tokens(args):
    """The network, the text a command works on (``--text``, else the file's own) and its
    tokens; a missing or empty text is a usage error naming the fix."""
    p, own_text = source_and_text(args)
    text = args.text if args.text is not None else own_text
    if text is None:
        raise UsageError(f"--text is required: {args.model} has no text of its own")
    tokens = tokenize(p.vocab, text)
    if not tokens:
        raise UsageError("--text needs at least one word; the vocabulary is: " + ", ".join(p.vocab.words[:40]))
    return p, text, tokens


def layer_index(p, layer: int | None) -> int:
    """``--layer K`` (1 = the layer that reads the input) as a 0-based index; default the top."""
    L = p.net.num_layers
    if layer is None:
        return L - 1
    if not 1 <= layer <= L:
        raise UsageError(f"--layer {layer}: this model has {L} layer{'s' if L > 1 else ''} (1..{L})")
    return layer - 1


def clamps_for(p, specs: list[str] | None, layer: int | None = None):
    """The model's own clamps with each ``--clamp GATE[:UNIT]=VALUE`` applied on top; for
    a stacked model, a list with one set per layer, the specs applying to ``layer``."""
    from ..model import no_clamps, parse_clamp_spec, validate_clamps, with_clamp
    gates = p.net.spec.gates
    if not gates:
        if specs:
            raise UsageError(f"--clamp {specs[0]}: this is a plain RNN; RNNs have no gates to clamp")
        return {}
    L = p.net.num_layers
    k = layer_index(p, layer)
    H = p.net.layer_size(k)             # a stack's layers may differ in size
    given = p.clamps if L > 1 and isinstance(p.clamps, list) else [p.clamps] if L == 1 else [None] * L
    layers = [validate_clamps(c, p.net.layer_size(j), gates) if c else no_clamps(p.net.layer_size(j), gates)
              for j, c in enumerate(given)]
    for spec in specs or []:
        try:
            gate, unit, value = parse_clamp_spec(spec, p.layer_units(k))
        except ValueError as exc:
            raise UsageError(f"--clamp: {exc}") from None
        try:
            layers[k] = with_clamp(layers[k], gate, unit, value, H, gates)
        except ValueError as exc:
            raise UsageError(f"--clamp {spec}: {exc}") from None
    return layers[0] if L == 1 else layers


def tokenize(vocab, text: str) -> list[str]:
    from ..scenarios import UnknownWordError
    try:
        return vocab.tokenize(text)
    except UnknownWordError as exc:
        raise UsageError(str(exc)) from None


def cmd_presets(args) -> None:
    from ..scenarios import PRESET_NAMES, load_preset
    for name in PRESET_NAMES:
        p = load_preset(name)
        print(f"{name:12s} {p.summary}")
