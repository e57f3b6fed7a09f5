"""zhkg: knowledge graphs from Chinese institutional news.

>>> import zhkg
>>> kg = zhkg.build_texts(["青州市教育局副局长耿子墨出席会议。"])
>>> sorted(kg.summary()["entities"].items())
[('Organization', 1), ('Person', 1)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ZhkgError
from .model import Article, Entity, Failure, Relation

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "build",
    "build_texts",
    "extract",
    "KnowledgeGraph",
    "Article",
    "Entity",
    "Relation",
    "Failure",
    "ZhkgError",
]

if TYPE_CHECKING:
    from .kg import KnowledgeGraph


def __getattr__(name: str) -> Any:
    if name in ("build", "build_texts"):
        from . import api

        return getattr(api, name)
    if name == "KnowledgeGraph":
        from .kg import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'zhkg' has no attribute {name!r}")


def extract(text: str, *, published: str | None = None, title: str | None = None) -> Article:
    """Extract entities and facts from one article given as a string.

    >>> a = extract("青州市教育局局长耿子墨出席。")
    >>> [e.name for e in a.entities if e.type == "Person"]
    ['耿子墨']
    """
    from .extract import extract_article

    meta = {"published": published, "title": title}
    return extract_article(Article("<string>", text, metadata=meta))
