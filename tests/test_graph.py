"""The networkx graph format the viewer depends on."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import networkx as nx
import pytest

from zhkg.graph import to_networkx
from zhkg.resolve import resolve

_spec = importlib.util.spec_from_file_location(
    "zhkg_test_rdf_fixtures", Path(__file__).parent / "data" / "rdf" / "fixtures.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

EVIDENCE_KEYS = {"article", "article_title", "published", "url", "sentence", "start", "end",
                 "rule", "confidence"}
TYPE_KEYS = {
    "Person": {"posts"},
    "Event": {"date", "kind", "venue"},
    "Community": {"member_count"},
    "Organization": {"parent"},
}


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return to_networkx(resolve(fx.articles()))


def _node(g, label, type_=None):
    found = [n for n, d in g.nodes(data=True) if d["label"] == label and (type_ is None or d["type"] == type_)]
    assert len(found) == 1, (label, found)
    return found[0]


def test_graph_nodes_have_the_viewer_attributes(graph):
    assert isinstance(graph, nx.MultiDiGraph)
    for n, d in graph.nodes(data=True):
        assert n.startswith("https://zhkg.example.org/id/")
        assert d["type"] in TYPE_KEYS
        assert {"type", "label", "aliases", "articles"} | TYPE_KEYS[d["type"]] <= set(d)
        assert isinstance(d["aliases"], list) and isinstance(d["articles"], list)


def test_graph_type_specific_attributes(graph):
    g = graph
    ev = g.nodes[_node(g, fx.EVENT)]
    assert (ev["date"], ev["kind"], ev["venue"]) == ("2024-12-20", "founding", fx.SCHOOL)
    assert ev["articles"] == ["fixtures/a.txt", "fixtures/c.jsonl#3"]
    assert g.nodes[_node(g, fx.COMMUNITY)]["member_count"] == 86
    assert g.nodes[_node(g, fx.DIVISION)]["parent"] == fx.BUREAU
    assert g.nodes[_node(g, fx.BUREAU)]["parent"] is None
    assert g.nodes[_node(g, fx.COMPANY)]["aliases"] == [fx.COMPANY_SHORT]
    he = g.nodes[_node(g, "贺知远")]
    assert {(p["title"], p["org"]) for p in he["posts"]} == {
        ("院长", fx.SCHOOL), ("党委书记", fx.SCHOOL), ("理事长", fx.COMMUNITY)}


def test_graph_place_position_date_are_not_nodes(graph):
    assert {d["type"] for _, d in graph.nodes(data=True)} == {"Person", "Organization", "Community", "Event"}
    assert all(d["label"] != "会场" for _, d in graph.nodes(data=True))


def test_graph_one_edge_per_distinct_fact_with_all_evidence(graph):
    g = graph
    bureau = _node(g, fx.BUREAU)
    lins = [n for n, d in g.nodes(data=True) if d["label"] == "林默涵"]
    lin = next(n for n in lins if g.has_edge(n, bureau))
    titles = sorted(d["title"] for _, _, d in g.edges(lin, data=True) if d["predicate"] == "holdsPosition")
    assert titles == ["党委书记", "局长"]
    dong, event = _node(g, "董晴川"), _node(g, fx.EVENT)
    edges = g.get_edge_data(dong, event)
    assert set(edges) == {"attended", "spokeAt"}
    assert [e["article"] for e in edges["attended"]["evidence"]] == ["fixtures/a.txt", "fixtures/c.jsonl#3"]
    assert edges["attended"]["title"] is None


def test_graph_evidence_items_quote_the_article(graph):
    texts = {a.id: a for a in fx.articles()}
    n = 0
    for _, _, key, d in graph.edges(keys=True, data=True):
        assert key.split(":")[0] == d["predicate"]
        for ev in d["evidence"]:
            assert set(ev) == EVIDENCE_KEYS
            art = texts[ev["article"]]
            assert ev["sentence"] == art.text[ev["start"]:ev["end"]] != ""
            assert ev["url"] == (art.url or art.path)
            assert ev["article_title"] == art.metadata["title"]
            n += 1
    assert n == sum(len(a.relations) for a in texts.values()) - 1  # minus the Place relation


def test_graph_every_predicate_present(graph):
    from zhkg.model import PREDICATES

    assert {d["predicate"] for _, _, d in graph.edges(data=True)} == set(PREDICATES)
