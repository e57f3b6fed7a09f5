"""RDF for zhkg: the ontology namespace, resolved facts -> rdflib Dataset,
ready SPARQL queries, and SHACL validation.

>>> from zhkg.rdf import ZHKG
>>> str(ZHKG.holdsPosition)
'https://zhkg.example.org/ns#holdsPosition'
"""

from __future__ import annotations

from zhkg.rdf.build import (
    article_iri,
    build_dataset,
    entities_graph_iri,
    graph_iri,
    union_graph,
)
from zhkg.rdf.namespace import PREFIXES, ZHKG
from zhkg.rdf.query import list_queries, load_query, run_query
from zhkg.rdf.shacl import ontology_graph, shapes_graph, validate

__all__ = [
    "PREFIXES",
    "ZHKG",
    "article_iri",
    "build_dataset",
    "entities_graph_iri",
    "graph_iri",
    "list_queries",
    "load_query",
    "ontology_graph",
    "run_query",
    "shapes_graph",
    "union_graph",
    "validate",
]
