"""Name matching as the corpus README defines it: normalisation, the Dice
coefficient of character multisets, and greedy event alignment.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

__all__ = ["DICE_THRESHOLD", "align_events", "dice", "normalize"]

#: Minimum Dice coefficient for a predicted event to align with a gold event.
DICE_THRESHOLD = 0.5

_DROP = re.compile(r"[\s“”‘’\"'「」『』《》]")
_ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def normalize(name: str) -> str:
    """Normalise a name for comparison: Unicode NFKC, no white space, no
    quotation marks (“ ” ‘ ’ " ' 「 」 『 』 《 》), ASCII letters lower-cased.

    >>> normalize("“最美湖州” 共同体")
    '最美湖州共同体'
    >>> normalize("ＡＢＣ　学院")
    'abc学院'
    >>> normalize("《Ｘ》'y'")
    'xy'
    """
    return _DROP.sub("", unicodedata.normalize("NFKC", name)).translate(_ASCII_FOLD)


def dice(a: str, b: str) -> float:
    """Dice coefficient of the character multisets of two (already
    normalised) names: 2·|A∩B| / (|A|+|B|).

    >>> dice("成立大会", "成立大会")
    1.0
    >>> dice("ab", "bc")
    0.5
    >>> dice("", "")
    0.0
    """
    if not a and not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return 2 * common / (len(a) + len(b))


def align_events(
    gold: Sequence[str],
    pred: Sequence[str],
    *,
    optional: Sequence[bool] | None = None,
    threshold: float = DICE_THRESHOLD,
) -> list[tuple[int, int, float]]:
    """Align gold events to predicted events, one to one, greedily by the
    highest Dice coefficient of normalised names (at least ``threshold``).

    Returns ``(gold_index, pred_index, dice)`` triples.  Ties go to the
    non-optional gold event (if ``optional`` flags are given), then to the
    earlier gold event, then to the earlier prediction.

    >>> align_events(["A校成立大会", "A校揭牌仪式"], ["A校揭牌仪式", "A校成立大会"])
    [(0, 1, 1.0), (1, 0, 1.0)]
    >>> align_events(["成立大会"], ["签约仪式"])
    []
    """
    flags = list(optional) if optional is not None else [False] * len(gold)
    gnorm = [normalize(g) for g in gold]
    pnorm = [normalize(p) for p in pred]
    candidates = []
    for gi, g in enumerate(gnorm):
        for pi, p in enumerate(pnorm):
            d = dice(g, p)
            if d >= threshold:
                candidates.append((-d, flags[gi], gi, pi, d))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, gi, pi, d in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, d))
    out.sort()
    return out
