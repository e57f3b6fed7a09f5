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
from pathlib import Path
from typing import Any

from ..model import Failure

__all__ = ["mention_spans", "iter_mention_records", "score_cluener_file"]

def mention_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of every Person/Organization/Position mention.

    The rule-based finder was tried as a second source of names (those right
    after a post title): on CLUENER dev it added false positives and found no
    name the tagger missed, so mention mode uses the tagger alone.
    """
    from ..nlp.tagger import tag

    return sorted({(s, e, k) for s, e, k, _ in tag(text)})


def _record(text: str, **head: Any) -> dict[str, Any]:
    ents: dict[tuple[str, str], dict[str, Any]] = {}
    for s, e, k in mention_spans(text):
        ent = ents.setdefault((k, text[s:e]), {"type": k, "name": text[s:e], "mentions": []})
        ent["mentions"].append({"start": s, "end": e, "text": text[s:e]})
    return {**head, "text": text, "entities": list(ents.values()), "relations": []}


def iter_mention_records(paths: Iterable[str | os.PathLike[str]]) -> Iterator[dict[str, Any]]:
    """One mention record per article under ``paths`` (same order as ``zhkg extract``)."""
    from ..ingest import iter_articles

    for item in iter_articles(paths):
        if isinstance(item, Failure):
            yield item.to_json()
            continue
        head: dict[str, Any] = {"path": item.path}
        if item.line is not None:
            head["line"] = item.line
        yield _record(item.text, **head)


def score_cluener_file(path: str | os.PathLike[str], limit: int | None = None):
    """Exact-span P/R/F1 per type of mention mode on a CLUENER JSON-lines file."""
    from .. import evaluate as ev

    pairs = []
    with Path(path).open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                break
            if not line.strip():
                continue
            rec = json.loads(line)
            pred = _record(rec["text"])
            pairs.append((ev.pred_spans(pred), ev.cluener_gold(rec)))
    return ev.score_spans(pairs)
