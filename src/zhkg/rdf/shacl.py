"""SHACL validation of built graphs against ``shapes.ttl`` (pySHACL, an
optional dependency imported only here, when validation is asked for).

The packaged ``zhkg.ttl`` and ``shapes.ttl`` are copies of ``ontology/``
(a test keeps them identical).
"""

from __future__ import annotations

from importlib import resources

from rdflib import Dataset, Graph

from zhkg.errors import MissingDependency

__all__ = ["ontology_graph", "shapes_graph", "validate"]


def _load(name: str) -> Graph:
    g = Graph()
    g.parse(data=(resources.files("zhkg.rdf") / name).read_text(encoding="utf-8"), format="turtle")
    return g


def ontology_graph() -> Graph:
    """The zhkg OWL ontology as a Graph."""
    return _load("zhkg.ttl")


def shapes_graph() -> Graph:
    """The zhkg SHACL shapes as a Graph."""
    return _load("shapes.ttl")


def validate(graph: Graph, *, inference: str = "none") -> tuple[bool, str]:
    """Validate ``graph`` (a Graph, or a Dataset: its union is validated)
    against the zhkg shapes, with the ontology mixed in for class hierarchy.
    Returns ``(conforms, report text)``.

    Validate per article or per batch on large graphs: pySHACL is slow.
    """
    try:
        import pyshacl
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise MissingDependency("pyshacl", "test") from e
    if isinstance(graph, Dataset):
        from zhkg.rdf.build import union_graph

        graph = union_graph(graph)
    conforms, _, text = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference=inference,
        abort_on_first=False,
        allow_warnings=True,
    )
    return bool(conforms), str(text)
