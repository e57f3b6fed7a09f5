"""The networkx graph read back from RDF equals the one built from the articles."""

from __future__ import annotations

from pathlib import Path

import zhkg
from zhkg.graph import from_rdf
from zhkg.rdf.store import load_graph

EXAMPLES = Path(zhkg.__file__).parent / "examples"


def _edges(g):
    return sorted((s, o, k, d["predicate"], d["title"], len(d["evidence"])) for s, o, k, d in g.edges(keys=True, data=True))


def test_graph_from_rdf_round_trips_the_examples(tmp_path: Path) -> None:
    kg = zhkg.build([EXAMPLES])
    kg.write(tmp_path)
    back = from_rdf(load_graph(tmp_path))
    assert set(back.nodes) == set(kg.nx.nodes)
    assert _edges(back) == _edges(kg.nx)
    for n, data in kg.nx.nodes(data=True):
        got = back.nodes[n]
        assert got["type"] == data["type"] and got["label"] == data["label"]
        assert sorted(map(str, got.get("posts", []))) == sorted(map(str, data.get("posts", [])))
