"""Ready SPARQL queries (``queries/*.rq``) and running them with bindings.

Queries are compiled once with :func:`rdflib.plugins.sparql.prepareQuery`
and given values through ``initBindings``, never pasted together.

>>> "person-posts" in list_queries()
True
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result
from rdflib.term import Node, Variable

from zhkg.errors import QueryError
from zhkg.rdf.namespace import PREFIXES

__all__ = ["list_queries", "load_query", "prepare", "run_query", "to_term"]

_IRI_SCHEME = re.compile(r"^(?:https?|urn|file|ftp|mailto|tag):\S*$")


def list_queries() -> list[str]:
    """Names of the ready queries (file names without ``.rq``), sorted."""
    folder = resources.files("zhkg.rdf") / "queries"
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq"))


def load_query(name: str) -> str:
    """The text of a ready query by name (``person-posts`` or ``person-posts.rq``)."""
    stem = name.removesuffix(".rq")
    if stem not in list_queries():
        raise QueryError(f"no ready query named {name!r}; known: {', '.join(list_queries())}")
    return (resources.files("zhkg.rdf") / "queries" / f"{stem}.rq").read_text(encoding="utf-8")


@lru_cache(maxsize=256)
def prepare(text: str) -> Query:
    """Compile SPARQL text (zhkg's prefixes predeclared), cached."""
    try:
        return prepareQuery(text, initNs=PREFIXES)
    except Exception as e:  # pyparsing and rdflib raise several kinds
        first = text.strip().splitlines()[0] if text.strip() else ""
        raise QueryError(f"cannot parse SPARQL query starting {first[:60]!r}: {e}") from e


def to_term(value: Any) -> Node:
    """A Python value as an RDF term for ``initBindings``.

    rdflib terms pass through; a string with an IRI scheme becomes an IRI;
    any other string a Chinese-tagged literal (labels and titles are ``@zh``);
    dates, numbers and booleans typed literals.

    >>> to_term("https://zhkg.example.org/id/person/abc")
    rdflib.term.URIRef('https://zhkg.example.org/id/person/abc')
    >>> to_term("校长")
    rdflib.term.Literal('校长', lang='zh')
    """
    if isinstance(value, Node):
        return value
    if isinstance(value, str):
        return URIRef(value) if _IRI_SCHEME.match(value) else Literal(value, lang="zh")
    if isinstance(value, (bool, int, float, _dt.date)):
        return Literal(value)
    raise QueryError(f"cannot bind {value!r} ({type(value).__name__}) in a SPARQL query")


def run_query(graph: Graph, name_or_text: str, bindings: dict[str, Any] | None = None) -> Result:
    """Run a ready query (by name) or SPARQL text on ``graph`` (a Graph or
    a Dataset; build Datasets with ``default_union=True`` so that queries
    see every named graph).

    >>> from rdflib import Dataset
    >>> len(run_query(Dataset(default_union=True), "community-members"))
    0
    """
    text = load_query(name_or_text) if re.fullmatch(r"[\w.-]+", name_or_text) else name_or_text
    q = prepare(text)
    init = {Variable(k.lstrip("?$")): to_term(v) for k, v in (bindings or {}).items()}
    try:
        return graph.query(q, initBindings=init)
    except Exception as e:
        raise QueryError(f"SPARQL query failed: {e}") from e
