"""zhkg.export: GraphML, GEXF, node-link JSON and CSV, each read back with
networkx or csv and compared with the graph (nodes, edges, labels, types,
predicates, evidence)."""

from __future__ import annotations

import csv
import json
from collections import Counter

import networkx as nx
import pytest

from zhkg.analysis import toy_graph
from zhkg.errors import ZhkgError
from zhkg.export import EDGE_COLUMNS, NODE_COLUMNS, export, flat_graph, xml_safe
from zhkg.kg import KnowledgeGraph

from .conftest import rdf_fixtures

fx = rdf_fixtures("zhkg_test_rdf_fixtures_export")


@pytest.fixture(scope="module")
def kg(examples_kg):
    return examples_kg


def _nodes(g):
    return {n: (d["label"], d["type"]) for n, d in g.nodes(data=True)}


def _edges(g):
    return Counter((u, v, d["predicate"], d.get("title") or None) for u, v, d in g.edges(data=True))


def _read(fmt, path):
    if fmt == "graphml":
        return nx.read_graphml(path, force_multigraph=True)
    if fmt == "gexf":
        return nx.read_gexf(path)
    return nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export_round_trip_nodes_edges_labels_types(kg, tmp_path, fmt):
    [path] = kg.export(tmp_path / f"examples.{fmt}")
    assert path == tmp_path / f"examples.{fmt}" and path.stat().st_size > 0
    back = _read(fmt, path)
    g = kg.nx
    assert back.is_directed() and back.is_multigraph()
    assert (back.number_of_nodes(), back.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    assert _nodes(back) == _nodes(g)
    assert _edges(back) == _edges(g)
    assert set(back.edges(keys=True)) == set(g.edges(keys=True))


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_xml_lists_and_evidence_as_json(kg, tmp_path, fmt):
    [path] = kg.export(tmp_path / f"g.{fmt}", fmt)
    back = _read(fmt, path)
    g = kg.nx
    for n, d in g.nodes(data=True):
        b = back.nodes[n]
        assert json.loads(b["aliases"]) == d["aliases"]
        assert json.loads(b["articles"]) == d["articles"]
        if d["type"] == "Person":
            assert json.loads(b["posts"]) == d["posts"]
        for key in ("date", "member_count", "parent", "venue"):
            if d.get(key) is None:
                assert key not in b  # missing values are left out, not written as "None"
            else:
                assert b[key] == d[key]
    for u, v, k, d in g.edges(keys=True, data=True):
        b = back.edges[u, v, k]
        assert json.loads(b["evidence"]) == json.loads(json.dumps(d["evidence"], sort_keys=True))
        assert b["evidence_count"] == len(d["evidence"])
        assert b["label"] == (d["title"] or d["predicate"])


def test_export_node_link_keeps_attributes_exactly(kg, tmp_path):
    [path] = kg.export(tmp_path / "g.json")
    back = _read("json", path)
    g = kg.nx
    assert all(back.nodes[n] == d for n, d in g.nodes(data=True))
    assert all(back.edges[u, v, k] == d for u, v, k, d in g.edges(keys=True, data=True))
    assert back.graph == g.graph


def test_export_csv_nodes_and_edges(kg, tmp_path):
    paths = kg.export(tmp_path / "csv", "csv")
    assert [p.name for p in paths] == ["nodes.csv", "edges.csv"]
    assert paths[0].read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read UTF-8
    g = kg.nx
    with paths[0].open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames[:len(NODE_COLUMNS)] == list(NODE_COLUMNS)
        nodes = list(reader)
    assert {r["id"]: (r["label"], r["type"]) for r in nodes} == _nodes(g)
    assert len(nodes) == g.number_of_nodes()
    for r in nodes:
        d = g.nodes[r["id"]]
        assert json.loads(r["aliases"]) == d["aliases"]
        assert r["member_count"] == ("" if d.get("member_count") is None else str(d["member_count"]))
    with paths[1].open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == list(EDGE_COLUMNS)
        edges = list(reader)
    assert len(edges) == g.number_of_edges()
    assert Counter((r["source"], r["target"], r["predicate"], r["title"] or None) for r in edges) == _edges(g)
    for r in edges:
        d = g.edges[r["source"], r["target"], r["key"]]
        assert (r["source_label"], r["target_type"]) == (g.nodes[r["source"]]["label"],
                                                         g.nodes[r["target"]]["type"])
        assert json.loads(r["evidence"]) == json.loads(json.dumps(d["evidence"], sort_keys=True))
        assert int(r["evidence_count"]) == len(d["evidence"])
        assert json.loads(r["articles"]) == list(dict.fromkeys(e["article"] for e in d["evidence"]))


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv"])
def test_export_hostile_names_still_parse(tmp_path, fmt):
    kg = KnowledgeGraph.from_articles([fx.hostile_article()])
    paths = kg.export(tmp_path / ("out" if fmt == "csv" else f"out.{fmt}"), fmt)
    g = kg.nx
    if fmt == "csv":
        with paths[0].open(encoding="utf-8-sig", newline="") as f:
            labels = sorted(r["label"] for r in csv.DictReader(f))
        assert labels == sorted(d["label"] for _, d in g.nodes(data=True))
        return
    back = _read(fmt, paths[0])
    assert (back.number_of_nodes(), back.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    norm = (lambda s: s.replace("\r", "\n")) if fmt != "json" else (lambda s: s)  # XML parsers fold CR
    want = sorted(norm(xml_safe(d["label"]) if fmt != "json" else d["label"]) for _, d in g.nodes(data=True))
    assert sorted(norm(d["label"]) for _, d in back.nodes(data=True)) == want


def test_export_flat_graph_has_only_scalars():
    h = flat_graph(toy_graph())
    values = [v for _, d in h.nodes(data=True) for v in d.values()]
    values += [v for _, _, d in h.edges(data=True) for v in d.values()]
    assert values and all(isinstance(v, (str, int, float, bool)) for v in values)


@pytest.mark.parametrize("name, fmt, message", [
    ("g.txt", None, "cannot tell the export format of 'g.txt'"),
    ("g.xml", "pajek", "unknown export format 'pajek'; use one of graphml, gexf, json, csv"),
])
def test_export_bad_format_names_it(tmp_path, name, fmt, message):
    with pytest.raises(ZhkgError, match=message):
        export(toy_graph(), tmp_path / name, fmt)


def test_export_format_aliases_and_folder_checks(tmp_path):
    [p] = export(toy_graph(), tmp_path / "g.data", "node-link")
    assert json.loads(p.read_text(encoding="utf-8"))["multigraph"] is True
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(ZhkgError, match="into a folder; .* is a file"):
        export(toy_graph(), tmp_path / "file", "csv")


def test_export_leaves_no_temporary_files(tmp_path):
    for fmt in ("graphml", "gexf", "json"):
        export(toy_graph(), tmp_path / f"g.{fmt}")
    export(toy_graph(), tmp_path / "csv", "csv")
    names = sorted(p.name for p in tmp_path.rglob("*"))
    assert names == ["csv", "edges.csv", "g.gexf", "g.graphml", "g.json", "nodes.csv"]


def test_export_graph_read_back_from_rdf(kg, tmp_path):
    """What `zhkg export` does: a built graph read back from RDF exports the same nodes and edges."""
    from zhkg.graph import from_rdf

    g = from_rdf(kg.rdf)
    [path] = export(g, tmp_path / "back.gexf")
    back = _read("gexf", path)
    assert _nodes(back) == _nodes(kg.nx)
    assert _edges(back) == _edges(kg.nx)
