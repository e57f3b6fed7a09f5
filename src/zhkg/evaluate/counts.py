"""Counters behind every score: :class:`Counts` (tp/fp/fn with precision,
recall and F1) and :class:`Share` (right out of total).

Conventions for empty denominators: precision is 1.0 when nothing was
predicted (no false claim was made), recall is 1.0 when there was nothing to
find, F1 is the harmonic mean (0.0 when both are 0).  So a row with nothing
on either side scores 1.0, a row with gold items but no prediction scores
P 1.0 / R 0.0 / F1 0.0.  A :class:`Share` over zero items has no value
(``None``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Counts", "Share"]


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one row.

    >>> c = Counts(tp=3, fp=1, fn=2)
    >>> round(c.precision, 2), round(c.recall, 2), round(c.f1, 2)
    (0.75, 0.6, 0.67)
    >>> (c + Counts(1, 0, 0)).tp
    4
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def gold(self) -> int:
        """Number of (non-optional) gold items: tp + fn."""
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        """Number of scored predictions: tp + fp."""
        return self.tp + self.fp

    @property
    def empty(self) -> bool:
        """True when nothing was predicted and nothing was to be found."""
        return self.tp == self.fp == self.fn == 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class Share:
    """How many of ``total`` items were right.

    >>> Share(3, 4).value
    0.75
    >>> Share(0, 0).value is None
    True
    """

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def __add__(self, other: Share) -> Share:
        return Share(self.right + other.right, self.total + other.total)

    def to_json(self) -> dict[str, Any]:
        v = self.value
        return {
            "share": None if v is None else round(v, 4),
            "right": self.right,
            "total": self.total,
        }
