"""Build a knowledge graph from paths or strings: the library's front door.

>>> kg = build_texts(["青州市教育局副局长耿子墨出席会议。"])
>>> sorted(kg.summary()["entities"].items())
[('Organization', 1), ('Person', 1)]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

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
    jobs: int | None = 1,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Callable[[Article | Failure], None] | None = None,
) -> KnowledgeGraph:
    """Read, extract and resolve every article under ``paths`` (files or
    folders of .txt, .html/.htm, .jsonl) into a :class:`KnowledgeGraph`.
    Files that fail are kept in ``kg.failures`` with their reasons; with
    ``fail_fast`` the first one raises instead.

    Extraction streams and runs in ``jobs`` local processes (None: all
    cores), or on Dask with ``engine="dask"`` (``scheduler``: a cluster's
    address, None: a LocalCluster); any of these gives the same graph.
    ``progress`` is called with each article or failure as it comes. The
    graph itself is in memory: for corpora larger than memory use
    :func:`zhkg.store.build_store`."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    articles: list[Article] = []
    failures: list[Failure] = []
    for item in iter_extracted(paths, fail_fast=fail_fast, jobs=jobs, engine=engine,
                               scheduler=scheduler):
        if progress is not None:
            progress(item)
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
