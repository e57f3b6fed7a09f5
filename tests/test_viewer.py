"""Tests of zhkg.viewer without a browser: subgraph selection, the cap, what
the page holds (data, tooltips, edge labels), that it references nothing
outside itself, and that hostile names cannot escape into markup."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from zhkg.errors import ZhkgError
from zhkg.viewer import PHYSICS_MAX_NODES, cap, find_nodes, render_html, subgraph, to_html_string
from zhkg.viewer import render as render_mod
from zhkg.viewer.layout import layout

from .conftest import load_viewer_graph

DATA = Path(__file__).parent / "data" / "viewer" / "qingxi_graph.json"
B = "https://example.org/zhkg/"
XSS_NAMES = ["<img src=x onerror=alert(1)>", "</script><script>alert(1)</script>"]


def load_graph(path: Path = DATA) -> nx.MultiDiGraph:
    return load_viewer_graph(path)


def page_data(html: str) -> tuple[list[dict], list[dict], dict, dict]:
    """(nodes, edges, vis options, ZHKG meta) as the page's script will see them."""
    def grab(pattern: str) -> object:
        m = re.search(pattern, html)
        assert m, pattern
        return json.loads(m.group(1))
    return (grab(r"nodes = new vis\.DataSet\((.*)\);\n"), grab(r"edges = new vis\.DataSet\((.*)\);\n"),
            grab(r"options = (\{.*\});\n"), grab(r"var ZHKG = (\{.*\});\n"))


class Tags(HTMLParser):
    """Every start tag with its attributes; and the text of the <h1> and #zk-note."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict]]:
    p = Tags()
    p.feed(html)
    return p.tags


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return load_graph()


@pytest.fixture(scope="module")
def html(graph: nx.MultiDiGraph) -> str:
    return to_html_string(graph, title="青溪 产教融合")


def xss_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("urn:org", type="Organization", label="某学院", aliases=["<b>x</b>"], articles=["a"])
    for i, name in enumerate(XSS_NAMES):
        g.add_node(f"urn:p{i}", type="Person", label=name, aliases=[name],
                   posts=[{"title": name, "org": "<a href=javascript:alert(1)>x</a>"}], articles=["a"])
        sent = f"{name}出席。"
        g.add_edge(f"urn:p{i}", "urn:org", key="holdsPosition", predicate="holdsPosition", title=name,
                   evidence=[{"article": "a", "article_title": name, "published": "2024-01-01",
                              "url": "javascript:alert(1)", "sentence": sent, "start": 0,
                              "end": len(sent), "rule": name, "confidence": 0.5}])
    return g


# ---- subgraph and cap -------------------------------------------------------

@pytest.mark.parametrize(
    ("focus", "hops", "expected"),
    [
        ("许嘉禾", 0, {"person/xu-jiahe"}),
        ("许嘉禾", 1, {"person/xu-jiahe", "org/qx-smart"}),
        ("许嘉禾", 2, {"person/xu-jiahe", "org/qx-smart", "org/qx-poly", "community/qx-im"}),
        ("青溪智造", 1, {"org/qx-smart", "person/xu-jiahe", "org/qx-poly", "community/qx-im"}),
        (B + "org/qx-mech", 1, {"org/qx-mech", "org/qx-poly"}),
    ],
)
def test_viewer_subgraph_focus_hops(graph, focus, hops, expected):
    sub = subgraph(graph, focus=focus, hops=hops)
    assert set(sub.nodes) == {B + x for x in expected}
    assert all(sub.has_edge(u, v, k) for u, v, k in sub.edges(keys=True))
    assert sub.nodes[B + next(iter(expected))] == graph.nodes[B + next(iter(expected))]


def test_viewer_subgraph_types_keep_only_those_types(graph):
    sub = subgraph(graph, types=["Organization"])
    assert {d["type"] for _, d in sub.nodes(data=True)} == {"Organization"}
    assert sub.number_of_nodes() == 5
    assert {k for *_, k in sub.edges(keys=True)} == {"subOrganizationOf", "signedAgreement"}


def test_viewer_subgraph_relations_keep_touched_nodes(graph):
    sub = subgraph(graph, relations=["officiatesUnveiling"])
    assert sub.number_of_edges() == 3
    assert set(sub.nodes) == {B + "community/qx-im", B + "person/chen-liping",
                              B + "person/lin-siyuan", B + "person/zhou-yutong"}


def test_viewer_subgraph_focus_follows_only_kept_relations(graph):
    sub = subgraph(graph, focus="周雨桐", hops=2, relations=["chaired", "heldAt"])
    assert set(sub.nodes) == {B + "person/zhou-yutong", B + "event/qx-founding", B + "org/qx-poly"}


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"focus": "不存在的人"}, "不存在的人"),
    ({"focus": "许嘉禾", "hops": -1}, "-1"),
])
def test_viewer_subgraph_bad_arguments_name_the_value(graph, kwargs, message):
    with pytest.raises(ZhkgError, match=message):
        subgraph(graph, **kwargs)


def test_viewer_find_nodes_ignores_case_and_blanks():
    g = nx.MultiDiGraph()
    g.add_node("urn:a", label="ABC职业学院", aliases=["ABC"])
    assert find_nodes(g, "  abc ") == ["urn:a"]


def test_viewer_cap_keeps_best_connected_and_counts_the_rest(graph):
    kept = cap(graph, 4)
    deg = dict(graph.degree())
    assert kept.capped and kept.graph.number_of_nodes() == 4
    assert min(deg[n] for n in kept.graph) >= max(deg[n] for n in graph if n not in kept.graph)
    assert sum(kept.dropped_by_type.values()) == graph.number_of_nodes() - 4


def test_viewer_capped_page_says_so(graph):
    nodes, _, _, _ = page_data(to_html_string(graph, max_nodes=5))
    page = to_html_string(graph, max_nodes=5)
    assert len(nodes) == 5
    note = re.search(r'<p id="zk-note" class="zk-note">(.*?)</p>', page, re.DOTALL)
    assert note and f"5 / {graph.number_of_nodes()}" in note.group(1)


# ---- what the page holds ----------------------------------------------------

def test_viewer_page_holds_every_node_and_edge(graph, html):
    nodes, edges, _, meta = page_data(html)
    assert sorted(n["id"] for n in nodes) == sorted(graph.nodes)
    assert len(edges) == graph.number_of_edges()
    assert {(e["from"], e["to"], e["rel"]) for e in edges} == set(graph.edges(keys=True))
    assert [a[0] for a in meta["articles"]] == ["qx-001", "qx-002"]


def test_viewer_nodes_styled_by_type_and_sized_by_degree(graph, html):
    nodes, _, _, _ = page_data(html)
    by_type = {}
    for n in nodes:
        by_type.setdefault(n["t"], set()).add((n["shape"], n["color"]))
    assert all(len(v) == 1 for v in by_type.values())
    assert len({next(iter(v)) for v in by_type.values()}) == len(by_type)
    deg = dict(graph.degree())
    ranked = sorted(nodes, key=lambda n: deg[n["id"]])
    assert ranked[0]["size"] < ranked[-1]["size"]


@pytest.mark.parametrize(("node", "needles"), [
    ("person/zhou-yutong", ["周雨桐", "职务", "青溪职业技术学院校长"]),
    ("org/qx-edu", ["上级单位：青溪市人民政府", "简称：市教育局"]),
    ("event/qx-founding", ["日期：2024-05-20", "地点：青溪职业技术学院"]),
    ("community/qx-im", ["成员数：36", "简称：智造共同体"]),
])
def test_viewer_node_tooltips(html, node, needles):
    nodes, _, _, _ = page_data(html)
    title = next(n["title"] for n in nodes if n["id"] == B + node)
    for needle in needles:
        assert needle in title


def test_viewer_edge_labels_show_relation_and_post_title(html):
    _, edges, _, _ = page_data(html)
    labels = {(e["from"], e["rel"]): e["label"] for e in edges}
    assert labels[(B + "person/chen-liping", "holdsPosition")] == "任职：副局长"
    assert labels[(B + "event/qx-founding", "heldAt")] == "举办于"
    ev = next(e for e in edges if e["rel"] == "chaired")["ev"][0]
    assert ev["s"] == "会议由周雨桐主持。" and ev["a"] and ev["d"] == "2024-05-20"


def test_viewer_edge_labels_dropped_on_big_graphs(graph, monkeypatch):
    monkeypatch.setattr(render_mod, "EDGE_LABEL_MAX", 3)
    page = to_html_string(graph)
    _, edges, _, _ = page_data(page)
    assert all("label" not in e for e in edges) and all(e["title"] for e in edges)
    assert "图上不写关系名" in page


# ---- physics and layout -----------------------------------------------------

def star(n: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("urn:hub", type="Organization", label="中心")
    for i in range(n - 1):
        g.add_node(f"urn:{i}", type="Person", label=f"人{i}")
        g.add_edge(f"urn:{i}", "urn:hub", key="memberOf", predicate="memberOf", evidence=[])
    return g


@pytest.mark.parametrize(("n", "physics", "expected"), [
    (10, None, True), (PHYSICS_MAX_NODES + 1, None, False), (10, False, False), (300, True, True),
])
def test_viewer_physics_auto_by_size(n, physics, expected):
    nodes, _, options, meta = page_data(to_html_string(star(n), physics=physics))
    assert options["physics"]["enabled"] is expected and meta["physics"] is expected
    assert all(isinstance(x["x"], float) and isinstance(x["y"], float) for x in nodes)
    if not expected:
        assert options["edges"]["smooth"] is False


def test_viewer_layout_is_deterministic_and_spreads_nodes():
    g = nx.convert_node_labels_to_integers(nx.grid_2d_graph(30, 30))  # big enough for the grid path
    g.add_edges_from([(1000, 1001), (1002, 1002)])  # a second component and a self-loop
    a, b = layout(g), layout(g)
    assert a == b and set(a) == set(g.nodes)
    assert len({(round(x), round(y)) for x, y in a.values()}) > 0.95 * len(a)
    dist = lambda u, v: ((a[u][0] - a[v][0]) ** 2 + (a[u][1] - a[v][1]) ** 2) ** 0.5
    edges = [(u, v) for u, v in g.edges() if u < 900 and v < 900]
    near = sum(dist(u, v) for u, v in edges) / len(edges)
    far = sum(dist(u, (u * 7919) % 900) for u in range(900)) / 900
    assert near < far / 4  # neighbours sit much closer than random pairs


def test_viewer_does_not_use_quadratic_pyvis_calls(graph, monkeypatch):
    from pyvis.network import Network

    def boom(*a, **k):
        raise AssertionError("quadratic pyvis call")
    for name in ("from_nx", "add_node", "add_edge", "add_nodes", "add_edges"):
        monkeypatch.setattr(Network, name, boom)
    nodes, _, _, _ = page_data(to_html_string(graph))
    assert len(nodes) == graph.number_of_nodes()


# ---- offline and safe -------------------------------------------------------

def test_viewer_page_references_nothing_outside_itself(html):
    for tag, attrs in tags_of(html):
        for attr in ("src", "href", "action", "data", "poster"):
            assert attr not in attrs, (tag, attrs)
    assert tags_of(html).count(("link", {})) == 0 and not any(t == "link" for t, _ in tags_of(html))
    for host in ("cdnjs.cloudflare.com", "cdn.jsdelivr.net", "unpkg.com", "fonts.googleapis"):
        assert host not in html
    assert "bootstrap" not in html
    assert len(html) > 400_000  # vis-network is inlined, not linked


def test_viewer_page_escapes_hostile_names():
    page = to_html_string(xss_graph(), title=XSS_NAMES[1])
    tags = tags_of(page)
    assert [t for t, _ in tags].count("script") == 3
    assert not any(t in ("img", "a", "b") for t, _ in tags)
    for name in XSS_NAMES:
        assert name not in page  # only ever escaped (&lt; or \u003c)
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the title, as text
    nodes, edges, _, _ = page_data(page)
    assert {n["label"] for n in nodes} >= set(XSS_NAMES)  # the data round-trips intact
    assert edges[0]["ev"][0]["u"] == "javascript:alert(1)"  # kept as data; the panel never links it
    assert "popup.innerHTML" not in page  # pyvis's href template is never used


def test_viewer_script_never_writes_markup():
    js = (Path(render_mod.__file__).parent / "static" / "viewer.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in js.replace("no innerHTML anywhere", "")


# ---- writing ------------------------------------------------------------------

def test_viewer_render_html_writes_atomically(graph, tmp_path):
    out = tmp_path / "sub" / "graph.html"
    assert render_html(graph, out, title="t") == out
    first = out.read_text(encoding="utf-8")
    assert first.startswith("<!DOCTYPE html>") and "林思远" in first
    with pytest.raises(ZhkgError):
        render_html(graph, out, focus="没有这个名字")
    assert out.read_text(encoding="utf-8") == first
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]


def test_viewer_render_html_subgraph_arguments(graph, tmp_path):
    out = render_html(graph, tmp_path / "g.html", focus="何文博", hops=1, types=["Person", "Event"])
    nodes, edges, _, meta = page_data(out.read_text(encoding="utf-8"))
    assert {n["id"] for n in nodes} == {B + "person/he-wenbo", B + "event/qx-founding"}
    assert {e["rel"] for e in edges} == {"attended", "spokeAt"}
    assert meta["focus"] == [B + "person/he-wenbo"]
