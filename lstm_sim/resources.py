"""Where the shipped data lives: inside the wheel, or at the repository root in a checkout."""
from __future__ import annotations

from pathlib import Path


def resource_dir() -> Path:
    packaged = Path(__file__).parent / "resources"   # wheel: force-included here
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
