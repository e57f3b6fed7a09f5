"""What a mention stands for: an entity's type and name."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Ref"]


@dataclass(frozen=True)
class Ref:
    """What a mention stands for: an entity key."""

    type: str
    name: str
