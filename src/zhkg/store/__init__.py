"""On-disk storage of built graphs: an Oxigraph store folder that grows by
incremental builds and answers SPARQL inside Oxigraph.

Needs the optional ``pyoxigraph`` package (``pip install 'zhkg[store]'``);
it is imported only when a store is opened.

>>> from zhkg.store import is_store
>>> is_store("no/such/folder")
False
"""

from __future__ import annotations

from zhkg.store.incremental import StoreBuild, build_store
from zhkg.store.oxstore import ArticleState, OxStore, is_store

__all__ = ["ArticleState", "OxStore", "StoreBuild", "build_store", "is_store"]
