"""Pages written in traditional characters (繁體): read in simplified, reported as written.

zhkg's lexicons, patterns and dictionary are in simplified characters, so a
Hong Kong, Macau or Taiwan page (``本院校長區卓謙博士``) would find no title,
no unit and no name. :func:`simplified_twin` gives a page's simplified twin
of exactly the same length (OpenCC's ``t2s`` conversion, character for
character where a phrase would change the length), so every offset found in
the twin indexes the page too; :class:`Restorer` maps the names found in the
twin back to the page's own characters (``區卓謙``, ``副校長``).

A page counts as traditional when at least :data:`MIN_SHARE` of its Han
characters change under the conversion: a simplified page changes in almost
none (a surname 於, a variant here and there), a traditional one in a fifth or
more. Simplified pages are never converted, so their output is not touched.

>>> twin = simplified_twin("本院校長區卓謙博士率領代表團訪問該校。")
>>> twin
'本院校长区卓谦博士率领代表团访问该校。'
>>> Restorer("本院校長區卓謙博士率領代表團訪問該校。", twin).restore("区卓谦")
'區卓謙'
>>> simplified_twin("泗澜理工大学校长贺兰清源出席会议。") is None
True
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import cache
from typing import Any

__all__ = ["MIN_SHARE", "Restorer", "simplified_twin", "to_simplified"]

log = logging.getLogger(__name__)

#: Share of a page's Han characters that must change for it to count as traditional.
MIN_SHARE = 0.05
#: ...and at least this many of them (a headline alone can be a few characters).
MIN_CHANGED = 3

_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")


@cache
def _converter() -> Any:
    """OpenCC's traditional-to-simplified converter, or None when OpenCC is missing."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - a platform without OpenCC's wheels
        log.warning("OpenCC is not installed: pages in traditional characters are read as written")
        return None
    return opencc.OpenCC("t2s.json")


@cache
def _char(c: str) -> str:
    """One character's simplified form (itself when OpenCC gives more or less than one)."""
    conv = _converter()
    out = conv.convert(c) if conv is not None else c
    return out if len(out) == 1 else c


def to_simplified(text: str) -> str:
    """``text`` in simplified characters, of the same length (no test of its script)."""
    conv = _converter()
    if conv is None or text.isascii():
        return text
    twin = conv.convert(text)
    if len(twin) != len(text):  # a phrase of another length: character by character
        twin = "".join(_char(c) if c > "\u2fff" else c for c in text)
    return twin


@cache
def _marks() -> re.Pattern[str]:
    from .lexicon import read_words

    return re.compile("[" + "".join(sorted(set(read_words("traditional_marks.txt")))) + "]")


def simplified_twin(text: str) -> str | None:
    """``text`` in simplified characters, of the same length, when it is
    written in traditional characters; ``None`` for any other text."""
    if text.isascii() or not _marks().search(text, 0, 3000):
        return None  # (no common traditional character near the top: a simplified page)
    twin = to_simplified(text)
    if twin == text:  # most pages: nothing to count
        return None
    changed = sum(1 for a, b in zip(text, twin) if a != b)
    if changed < MIN_CHANGED or changed < MIN_SHARE * len(_HAN.findall(text)):
        return None
    return twin


class Restorer:
    """Maps strings found in a page's simplified twin back to the page's characters.

    A string found in the twin is replaced by the page's characters at the
    same place; any other (a name put together from parts, a post from the
    lexicon) character by character, each simplified character by the
    traditional one the page uses most for it.
    """

    def __init__(self, original: str, twin: str):
        self.original = original
        self.twin = twin
        changed = {b for a, b in zip(original, twin) if a != b}
        counts: dict[str, Counter[str]] = {b: Counter() for b in changed}
        for a, b in zip(original, twin):
            if b in changed:  # 后 written as 後 and as 后 both count
                counts[b][a] += 1
        self._chars = {b: c.most_common(1)[0][0] for b, c in counts.items()}
        self._memo: dict[str, str] = {}

    def restore(self, s: str) -> str:
        """``s`` in the page's own characters."""
        if s.isascii():
            return s
        out = self._memo.get(s)
        if out is None:
            i = self.twin.find(s)
            if i >= 0:
                out = self.original[i : i + len(s)]
            else:
                out = "".join(self._chars.get(c, c) for c in s)
            self._memo[s] = out
        return out

    def restore_value(self, v: Any) -> Any:
        """A metadata or attribute value: strings restored, lists and dicts walked."""
        if isinstance(v, str):
            return self.restore(v)
        if isinstance(v, list):
            return [self.restore_value(x) for x in v]
        if isinstance(v, tuple):
            return tuple(self.restore_value(x) for x in v)
        if isinstance(v, dict):
            return {k: self.restore_value(x) for k, x in v.items()}
        return v
