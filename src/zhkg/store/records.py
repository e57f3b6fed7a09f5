"""Extracted articles as JSON records, so a store can resolve entities again
without extracting again; and the fingerprints that say when a stored
record or graph is stale.

A record keeps every field of :class:`~zhkg.model.Article` (unlike
``Article.to_json``, which drops sentences and unknown metadata).

>>> from zhkg.model import Article, Entity
>>> a = Article("a.txt", "张三。", entities=[Entity("Person", "张三")])
>>> article_from_record(article_to_record(a)) == a
True
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from importlib import resources
from typing import Any

from zhkg.model import Article, Entity, Evidence, Relation, Span

__all__ = [
    "article_from_record",
    "article_to_record",
    "builder_fingerprint",
    "dumps",
    "extractor_fingerprint",
    "sha256",
    "source_stamp",
]


def sha256(*parts: str) -> str:
    """Hex SHA-256 of ``parts`` joined by a separator no text contains."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def dumps(obj: Any) -> str:
    """Canonical JSON (sorted keys, no spaces, UTF-8 kept)."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def article_to_record(a: Article) -> dict[str, Any]:
    """Every field of an extracted article as plain JSON data."""
    return {
        "path": a.path,
        "line": a.line,
        "text": a.text,
        "metadata": a.metadata,
        "url": a.url,
        "sentences": [list(s) for s in a.sentences],
        "entities": [
            {"type": e.type, "name": e.name, "attrs": e.attrs,
             "mentions": [[m.start, m.end, m.text] for m in e.mentions]}
            for e in a.entities
        ],
        "relations": [
            {"s": r.s, "p": r.p, "o": r.o, "s_type": r.s_type, "o_type": r.o_type,
             "title": r.title, "attrs": r.attrs,
             "evidence": [r.evidence.start, r.evidence.end, r.evidence.rule, r.evidence.confidence]}
            for r in a.relations
        ],
    }


def article_from_record(rec: dict[str, Any]) -> Article:
    """The article an :func:`article_to_record` record describes."""
    return Article(
        path=rec["path"],
        text=rec["text"],
        line=rec.get("line"),
        metadata=dict(rec.get("metadata") or {}),
        url=rec.get("url"),
        sentences=[tuple(s) for s in rec.get("sentences") or ()],
        entities=[
            Entity(e["type"], e["name"], [Span(*m) for m in e.get("mentions") or ()],
                   dict(e.get("attrs") or {}))
            for e in rec.get("entities") or ()
        ],
        relations=[
            Relation(r["s"], r["p"], r["o"], r["s_type"], r["o_type"], Evidence(*r["evidence"]),
                     r.get("title"), dict(r.get("attrs") or {}))
            for r in rec.get("relations") or ()
        ],
    )


def source_stamp(a: Article) -> str:
    """What an extraction depends on: the article as read (id, text,
    metadata, URL) and the extraction code. Same stamp: same extraction."""
    src = dumps({"path": a.path, "line": a.line, "text": a.text,
                 "metadata": a.metadata, "url": a.url})
    return sha256(src, extractor_fingerprint())


def _fingerprint(names: tuple[str, ...]) -> str:
    root = resources.files("zhkg")
    base = str(root)
    h = hashlib.sha256()
    todo = [root / n for n in names]
    files = []
    while todo:
        item = todo.pop()
        if item.is_dir():
            todo.extend(c for c in item.iterdir() if c.name != "__pycache__")
        elif item.is_file() and not item.name.endswith((".pyc", ".pyo")):
            files.append(item)
    for f in sorted(files, key=lambda f: str(f)):
        rel = os.path.relpath(str(f), base).replace(os.sep, "/")
        h.update(rel.encode("utf-8") + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A hash of the reading and extraction code and data (ingest, nlp,
    extract, model, pipeline): an upgrade that changes them re-extracts."""
    return _fingerprint(("ingest", "nlp", "extract", "model.py", "pipeline.py"))


@lru_cache(maxsize=1)
def builder_fingerprint() -> str:
    """A hash of the code that turns records into RDF (resolve, rdf/build,
    rdf/namespace): an upgrade that changes them rewrites every graph."""
    return _fingerprint(("resolve.py", "rdf/build.py", "rdf/namespace.py"))
