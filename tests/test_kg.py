"""KnowledgeGraph: construction, summary, query, HTML hand-off, atomic writes."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import types
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from zhkg.kg import OUTPUT_FILES, KnowledgeGraph
from zhkg.model import Failure
from zhkg.rdf import union_graph

_spec = importlib.util.spec_from_file_location(
    "zhkg_test_rdf_fixtures", Path(__file__).parent / "data" / "rdf" / "fixtures.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)


@pytest.fixture()
def kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_articles(fx.articles(), failures=[Failure("bad.bin", "binary file")])


def test_kg_summary_counts(kg):
    s = kg.summary()
    assert s["articles"] == {"read": 3, "failed": 1,
                             "failures": [{"path": "bad.bin", "error": "binary file"}]}
    assert s["entities"] == {"Community": 1, "Event": 1, "Organization": 5, "Person": 6}
    assert s["facts"]["holdsPosition"] == 8  # 5 in A, 4 in B; 贺知远 院长 is in both
    assert s["facts"]["attended"] == 4       # 董晴川 attended twice (A and C): one fact
    assert sum(s["facts"].values()) == len({(e[0], e[1], e[2]) for e in kg.nx.edges(keys=True)})


def test_kg_nx_and_rdf_are_lazy_and_cached(kg):
    assert kg._nx is None and kg._rdf is None
    assert isinstance(kg.nx, nx.MultiDiGraph) and kg.nx is kg.nx
    assert isinstance(kg.rdf, Dataset) and kg.rdf is kg.rdf and kg.rdf.default_union


def test_kg_query_text_and_named_with_bindings(kg):
    res = kg.query("community-members", communityLabel=fx.COMMUNITY)
    assert {str(r.memberLabel) for r in res} == {fx.SCHOOL, fx.COMPANY}
    res = kg.query("SELECT ?l WHERE { ?p a zhkg:Person ; rdfs:label ?l }", l="贺知远")
    assert len(res) == 1


def test_kg_base_iri_and_overrides(tmp_path):
    o = tmp_path / "o.json"
    o.write_text(json.dumps({"merge": [[{"type": "Person", "name": "林默涵"},
                                        {"type": "Person", "name": "林默涵"}]]}), encoding="utf-8")
    kg = KnowledgeGraph.from_articles(fx.articles(), base_iri="urn:x:", overrides=o)
    assert kg.summary()["entities"]["Person"] == 5
    assert all(n.startswith("urn:x:") for n in kg.nx)


def test_kg_write_outputs_parse_back(kg, tmp_path):
    out = kg.write(tmp_path / "out")
    assert {k: p.name for k, p in out.items()} == OUTPUT_FILES
    union = union_graph(kg.rdf)
    assert isomorphic(Graph().parse(out["turtle"], format="turtle"), union)
    for fmt, key in (("trig", "trig"), ("json-ld", "jsonld")):
        back = Dataset()
        back.parse(out[key], format=fmt)
        assert isomorphic(union_graph(back), union)
        assert len([g for g in back.graphs() if len(g)]) == 4  # 3 articles + entities
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(OUTPUT_FILES.values())


def test_kg_write_crash_keeps_old_files_and_no_temp(kg, tmp_path, monkeypatch):
    for name in OUTPUT_FILES.values():
        (tmp_path / name).write_text("OLD", encoding="utf-8")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr("zhkg.fsutil.os.replace", boom)
    with pytest.raises(OSError, match="disk full"):
        kg.write(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(OUTPUT_FILES.values())
    assert all((tmp_path / n).read_text(encoding="utf-8") == "OLD" for n in OUTPUT_FILES.values())


def test_kg_to_html_hands_the_nx_graph_to_the_viewer(kg, tmp_path, monkeypatch):
    calls = []

    def render_html(graph, path, **options):
        calls.append((graph, path, options))
        Path(path).write_text("<html></html>", encoding="utf-8")
        return Path(path)

    monkeypatch.setitem(sys.modules, "zhkg.viewer", types.SimpleNamespace(render_html=render_html))
    out = kg.to_html(tmp_path / "g.html", physics=False)
    assert out == tmp_path / "g.html" and out.exists()
    assert calls[0][0] is kg.nx and calls[0][2] == {"physics": False}


def test_kg_import_is_cheap():
    code = ("import sys, zhkg; before = set(sys.modules); import zhkg.kg; "
            "print(sorted(m for m in ('pyvis', 'rdflib', 'networkx') if m in set(sys.modules) - before)); "
            "print('pyvis' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[:2] == ["[]", "False"]
