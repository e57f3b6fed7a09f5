"""RDF terms between rdflib and pyoxigraph, and quads as SPARQL text.

pyoxigraph is imported only when used (:func:`oxigraph`), with an error that
says how to install it.

>>> from rdflib import Literal
>>> from_ox(to_ox(Literal("校长", lang="zh"))) == Literal("校长", lang="zh")
True
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from zhkg.errors import MissingDependency

__all__ = ["from_ox", "nquads_text", "nt_term", "oxigraph", "quad_text", "to_ox", "to_ox_quad",
           "triple_text"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def nt_term(term: Node) -> str:
    """An rdflib IRI or literal in N-Triples syntax (as Oxigraph writes it).

    >>> nt_term(Literal('说"好"\\n', lang="zh"))
    '"说\\\\"好\\\\"\\\\n"@zh'
    >>> nt_term(Literal(3))
    '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        lex = '"' + str(term).translate(_NT_ESCAPES) + '"'
        if term.language:
            return f"{lex}@{term.language}"
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return f"{lex}^^<{term.datatype}>"
        return lex
    raise TypeError(f"cannot write {term!r} ({type(term).__name__}) as N-Triples")


def nquads_text(triples: Iterable[tuple[Node, Node, Node]], graph: Node) -> str:
    """``triples`` as N-Quads in ``graph`` and again in the default graph
    (the store's union default graph, see :mod:`zhkg.store.oxstore`).

    Only IRIs and literals: the graphs zhkg builds have no blank nodes."""
    term = lru_cache(maxsize=None)(nt_term)  # a term recurs in many triples
    lines = [f"{term(s)} {term(p)} {term(o)}" for s, p, o in triples]
    g = nt_term(graph)
    return "".join(f"{line} {g} .\n" for line in lines) + "".join(f"{line} .\n" for line in lines)


def oxigraph() -> Any:
    """The ``pyoxigraph`` module, or :class:`~zhkg.errors.MissingDependency`."""
    try:
        import pyoxigraph
    except ImportError as e:
        raise MissingDependency("pyoxigraph", "store") from e
    return pyoxigraph


def to_ox(term: Node) -> Any:
    """An rdflib term as a pyoxigraph term (IRI, blank node or literal)."""
    ox = oxigraph()
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r} ({type(term).__name__}) in Oxigraph")


def to_ox_quad(s: Node, p: Node, o: Node, g: Node | None) -> Any:
    """One quad as a pyoxigraph Quad (``g`` None: the default graph)."""
    ox = oxigraph()
    graph = ox.DefaultGraph() if g is None else to_ox(g)
    return ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph)


def from_ox(term: Any) -> Node | None:
    """A pyoxigraph term as an rdflib term (None stays None).

    Plain ``xsd:string`` literals come back without a datatype, as rdflib
    builds them, so terms compare equal on both sides.
    """
    if term is None:
        return None
    ox = oxigraph()
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt in (_XSD_STRING, _LANG_STRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"cannot read {term!r} ({type(term).__name__}) from Oxigraph")


def quad_text(quads: Iterable[Any]) -> str:
    """pyoxigraph quads as the body of ``INSERT DATA { … }``: one
    ``GRAPH <g> { s p o . }`` block per graph, terms in N-Triples syntax
    (which SPARQL reads as is, escapes included)."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(f"{q.subject} {q.predicate} {q.object} .")
    parts = []
    for g, lines in by_graph.items():
        body = "\n".join(lines)
        parts.append(body if g == "DEFAULT" else f"GRAPH {g} {{\n{body}\n}}")
    return "\n".join(parts)


def triple_text(quads: Iterable[Any]) -> str:
    """The triples of pyoxigraph quads, for the default graph of an
    ``INSERT DATA { … }``."""
    return "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
