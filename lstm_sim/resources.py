"""Where the shipped data lives: inside the wheel, or at the repository root in a checkout."""
from __future__ import annotations

from pathlib import Path


def resource_dir() -> Path:
    packaged = Path(__file__).parent / "resources"   # wheel: force-included here
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def qm_path(code: str) -> Path:
    """The compiled translation for language ``code`` (e.g. "zh-TW")."""
    return resource("i18n", f"lstm_sim_{code.replace('-', '_')}.qm")


def translated_languages() -> list[str]:
    """The codes of the languages shipped besides English (the source)."""
    return sorted(p.stem[len("lstm_sim_"):].replace("_", "-") for p in resource("i18n").glob("lstm_sim_*.qm"))
