"""Choose the part of a graph to draw: a focus and its neighbourhood, some
entity types, some relations, and a cap on the node count.

A 100k-node graph cannot be drawn at once; :func:`subgraph` cuts out what a
reader asked for and :func:`cap` keeps the best-connected part of what is
still too big, saying how much it left out.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from zhkg.errors import ZhkgError

__all__ = ["Capped", "cap", "find_nodes", "subgraph"]


def _names(data: dict) -> list[str]:
    names = [str(data.get("label") or "")]
    names += [str(a) for a in data.get("aliases") or ()]
    return [n for n in names if n]


def find_nodes(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose label or an alias equals ``name`` (or, failing that, the IRI).

    Surrounding blanks and letter case are ignored.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("urn:a", label="湖州市教育局", aliases=["市教育局"])
    >>> find_nodes(g, "市教育局")
    ['urn:a']
    """
    want = name.strip().casefold()
    found = [n for n, d in g.nodes(data=True) if want in (x.casefold() for x in _names(d))]
    if not found and name in g:
        found = [name]
    return found


def subgraph(
    g: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    hops: int = 1,
    types: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """The part of ``g`` a reader asked for, as a new graph (attributes copied).

    ``types`` keeps nodes of those types; ``relations`` keeps edges with those
    predicates and the nodes they touch.  ``focus`` (a label, alias or IRI)
    keeps the nodes within ``hops`` steps of it, following edges either way
    through what the other filters kept; a focus node is kept whatever its type.

    Raises :class:`~zhkg.errors.ZhkgError` naming the focus when nothing
    matches it, and the types/relations when ``hops`` is negative.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("p", type="Person", label="张三")
    >>> g.add_node("o", type="Organization", label="某学院")
    >>> g.add_node("x", type="Organization", label="别处")
    >>> _ = g.add_edge("p", "o", key="memberOf", predicate="memberOf")
    >>> sorted(subgraph(g, focus="张三", hops=1).nodes)
    ['o', 'p']
    """
    if hops < 0:
        raise ZhkgError(f"hops must be 0 or more, got {hops}")
    type_set = set(types) if types is not None else None
    rel_set = set(relations) if relations is not None else None
    centres: list[str] = []
    if focus is not None:
        centres = find_nodes(g, focus)
        if not centres:
            raise ZhkgError(f"no node is named {focus!r} (label, alias or IRI)")

    keep = {
        n for n, d in g.nodes(data=True) if type_set is None or d.get("type") in type_set
    }
    keep.update(centres)
    edges = [
        (u, v, k)
        for u, v, k, d in g.edges(keys=True, data=True)
        if u in keep and v in keep and (rel_set is None or _predicate(k, d) in rel_set)
    ]
    if rel_set is not None:
        keep = {n for u, v, _ in edges for n in (u, v)} | set(centres)

    if centres:
        adj: dict[str, set[str]] = {n: set() for n in keep}
        for u, v, _ in edges:
            adj[u].add(v)
            adj[v].add(u)
        seen = dict.fromkeys(centres, 0)
        queue = deque(centres)
        while queue:
            n = queue.popleft()
            if seen[n] >= hops:
                continue
            for m in adj[n]:
                if m not in seen:
                    seen[m] = seen[n] + 1
                    queue.append(m)
        keep = set(seen)

    out = nx.MultiDiGraph()
    out.graph.update(g.graph)
    out.add_nodes_from((n, g.nodes[n]) for n in g.nodes if n in keep)
    out.add_edges_from(
        (u, v, k, g.edges[u, v, k]) for u, v, k in edges if u in keep and v in keep
    )
    if centres:
        out.graph["focus"] = list(centres)
    return out


def _predicate(key: object, data: dict) -> str:
    return str(data.get("predicate") or key)


@dataclass
class Capped:
    """What :func:`cap` kept, and a count of what it left out by type."""

    graph: nx.MultiDiGraph
    total_nodes: int
    total_edges: int
    dropped_by_type: dict[str, int] = field(default_factory=dict)

    @property
    def capped(self) -> bool:
        return self.graph.number_of_nodes() < self.total_nodes


def cap(g: nx.MultiDiGraph, max_nodes: int) -> Capped:
    """Keep at most ``max_nodes`` nodes: the focus nodes (``g.graph["focus"]``)
    first, then the best-connected ones (ties broken by IRI, so the cut is stable).

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edges_from([("a", "b"), ("a", "c"), ("d", "e")])
    >>> sorted(cap(g, 3).graph.nodes)
    ['a', 'b', 'c']
    """
    if max_nodes < 1:
        raise ZhkgError(f"max_nodes must be at least 1, got {max_nodes}")
    n = g.number_of_nodes()
    if n <= max_nodes:
        return Capped(g, n, g.number_of_edges())
    focus = set(g.graph.get("focus") or ())
    deg = dict(g.degree())
    order = sorted(g.nodes, key=lambda x: (x not in focus, -deg[x], str(x)))
    kept = set(order[:max_nodes])
    dropped: dict[str, int] = {}
    for x in order[max_nodes:]:
        t = str(g.nodes[x].get("type") or "?")
        dropped[t] = dropped.get(t, 0) + 1
    return Capped(g.subgraph(kept).copy(), n, g.number_of_edges(), dropped)
