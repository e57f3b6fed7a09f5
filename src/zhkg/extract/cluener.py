"""Mention mode: every person, organisation and post mention in CLUENER's
sense, before the article-level filters (``zhkg extract --mentions``), and
its score on a CLUENER2020 file (``zhkg eval --cluener``).

The statistical tagger (``zhkg.nlp.tagger``, trained on CLUENER train) finds
the mentions.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import ZhkgError
from ..model import Failure

__all__ = ["iter_mention_records", "mention_spans", "score_cluener_file", "trim_span"]

_TRIM_FILE = Path(__file__).resolve().parents[1] / "nlp" / "data" / "tagger.trim.txt"


@cache
def _edge_chars() -> tuple[str, str, str]:
    """(opening brackets, closing brackets, joiners) from ``tagger.trim.txt``."""
    kinds: dict[str, str] = {}
    for lineno, line in enumerate(_TRIM_FILE.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2 or parts[0] not in ("open", "close", "joiner"):
            raise ZhkgError(
                f"{_TRIM_FILE}:{lineno}: expected 'open|close|joiner CHARS', got {line!r}"
            )
        kinds[parts[0]] = kinds.get(parts[0], "") + parts[1]
    opening, closing = kinds.get("open", ""), kinds.get("close", "")
    if len(opening) != len(closing):
        raise ZhkgError(f"{_TRIM_FILE}: {len(opening)} opening but {len(closing)} closing brackets")
    return opening, closing, kinds.get("joiner", "")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without unpaired brackets or joiners on its edges.

    Returns an empty span (``start == end``) when nothing is left.

    >>> t = "据说吴小军（本名）来了"
    >>> s, e = trim_span(t, 2, 6)
    >>> t[s:e]
    '吴小军'
    """
    opening, closing, joiners = _edge_chars()
    while end > start:
        ch = text[end - 1]
        k = closing.find(ch)
        if ch in joiners or ch in opening or (k >= 0 and opening[k] not in text[start : end - 1]):
            end -= 1
        else:
            break
    while start < end:
        ch = text[start]
        k = opening.find(ch)
        if ch in joiners or ch in closing or (k >= 0 and closing[k] not in text[start + 1 : end]):
            start += 1
        else:
            break
    return start, end


def mention_spans(text: str, backend: str = "jieba") -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of every Person/Organization/Position mention.

    The statistical tagger of ``backend`` (``jieba``, the default, or
    ``lac``: :data:`zhkg.nlp.tagger.BACKENDS`) finds the spans; their edges lose unpaired
    brackets and joiners (:func:`trim_span`). The rule-based finder was tried
    as a second source of names (those right after a post title): on CLUENER
    dev it added false positives and found no name the tagger missed, so
    mention mode uses the tagger alone.
    """
    from ..nlp.tagger import tag

    out = set()
    for s, e, k, _ in tag(text, backend):
        s, e = trim_span(text, s, e)
        if e > s:
            out.add((s, e, k))
    return sorted(out)


def _record(text: str, backend: str = "jieba", **head: Any) -> dict[str, Any]:
    ents: dict[tuple[str, str], dict[str, Any]] = {}
    for s, e, k in mention_spans(text, backend):
        ent = ents.setdefault((k, text[s:e]), {"type": k, "name": text[s:e], "mentions": []})
        ent["mentions"].append({"start": s, "end": e, "text": text[s:e]})
    return {**head, "text": text, "entities": list(ents.values()), "relations": []}


def iter_mention_records(
    paths: Iterable[str | os.PathLike[str]], backend: str = "jieba"
) -> Iterator[dict[str, Any]]:
    """One mention record per article under ``paths`` (same order as ``zhkg extract``)."""
    from ..ingest import iter_articles

    for item in iter_articles(paths):
        if isinstance(item, Failure):
            yield item.to_json()
            continue
        head: dict[str, Any] = {"path": item.path}
        if item.line is not None:
            head["line"] = item.line
        yield _record(item.text, backend, **head)


def score_cluener_file(path: str | os.PathLike[str], limit: int | None = None, backend: str = "jieba"):
    """Exact-span P/R/F1 per type of mention mode (with the tagger of
    ``backend``) on a CLUENER JSON-lines file."""
    from .. import evaluate as ev

    pairs = []
    with Path(path).open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                break
            if not line.strip():
                continue
            rec = json.loads(line)
            pred = _record(rec["text"], backend)
            pairs.append((ev.pred_spans(pred), ev.cluener_gold(rec)))
    return ev.score_spans(pairs)
