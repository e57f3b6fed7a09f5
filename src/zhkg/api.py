"""Build a knowledge graph from paths or strings: the library's front door.

>>> kg = build_texts(["青州市教育局副局长耿子墨出席会议。"])
>>> sorted(kg.summary()["entities"].items())
[('Organization', 1), ('Person', 1)]
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from .kg import KnowledgeGraph
from .model import Article, Failure
from .pipeline import extract_one, iter_extracted

__all__ = ["build", "build_texts"]


def build(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    base_iri: str | None = None,
    overrides: str | os.PathLike[str] | None = None,
    fail_fast: bool = False,
) -> KnowledgeGraph:
    """Read, extract and resolve every article under ``paths`` (files or
    folders of .txt, .html/.htm, .jsonl) into a :class:`KnowledgeGraph`.
    Files that fail are kept in ``kg.failures`` with their reasons; with
    ``fail_fast`` the first one raises instead."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    articles: list[Article] = []
    failures: list[Failure] = []
    for item in iter_extracted(paths, fail_fast=fail_fast):
        (failures if isinstance(item, Failure) else articles).append(item)
    return _kg(articles, failures, base_iri, overrides)


def build_texts(
    texts: Iterable[str], *, published: str | None = None, base_iri: str | None = None
) -> KnowledgeGraph:
    """Build from article strings (each read like a .txt file)."""
    from .ingest import read_article_text

    articles: list[Article] = []
    failures: list[Failure] = []
    for i, text in enumerate(texts, 1):
        a = read_article_text(text, path=f"<text {i}>")
        if published and not a.metadata.get("published"):
            a.metadata["published"] = published
        item = extract_one(a)
        (failures if isinstance(item, Failure) else articles).append(item)
    return _kg(articles, failures, base_iri, None)


def _kg(articles, failures, base_iri, overrides) -> KnowledgeGraph:
    kwargs = {"overrides": overrides}
    if base_iri:
        kwargs["base_iri"] = base_iri
    return KnowledgeGraph.from_articles(articles, failures, **kwargs)
