"""Small helpers shared by the extraction tests: run one invented article and
read back entity names and relation pairs."""

from __future__ import annotations

from zhkg.extract import extract_article
from zhkg.ingest.text import read_article_text
from zhkg.model import Article


def run(text: str, published: str = "2026-05-20", **metadata: str) -> Article:
    """Extract ``text`` as it stands (no page cleaning)."""
    return extract_article(Article(path="x.txt", text=text, metadata={"published": published, **metadata}))


def run_page(page: str) -> Article:
    """Read ``page`` as a .txt file (cleaning, metadata), then extract it."""
    return extract_article(read_article_text(page, "x.txt"))


def names(a: Article, kind: str) -> set[str]:
    return {e.name for e in a.entities if e.type == kind}


def rel(a: Article, p: str) -> set[tuple[str, str]]:
    return {(r.s, r.o) for r in a.relations if r.p == p}


def posts(a: Article) -> set[tuple[str, str, str | None]]:
    return {(r.s, r.o, r.title) for r in a.relations if r.p == "holdsPosition"}
