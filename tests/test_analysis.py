"""zhkg.analysis: lookups, ego graphs, centrality, bridges, shared people,
community overlap and timelines, on the invented toy graph and the bundled
examples (whose names are never written here: they are read from the graph)."""

from __future__ import annotations

from collections import defaultdict
from importlib import resources
from itertools import combinations

import networkx as nx
import pytest

import zhkg
from zhkg import analysis as A
from zhkg.errors import ZhkgError


@pytest.fixture(scope="module")
def kg():
    return zhkg.build(str(resources.files("zhkg") / "examples"))


@pytest.fixture(scope="module")
def g(kg):
    return kg.nx


@pytest.fixture()
def toy():
    return A.toy_graph()


def _label(g, n):
    return g.nodes[n]["label"]


def _pred(g, u, v, preds):
    return any(d["predicate"] in preds for d in (g.get_edge_data(u, v) or {}).values())


# --------------------------------------------------------------------------- lookups


@pytest.mark.parametrize("name, kwargs, expected", [
    ("云川机电", {}, ["urn:toy:u2"]),                      # alias
    ("云川机电有限公司", {}, ["urn:toy:u2"]),
    (" 云川机电有限公司 ", {}, ["urn:toy:u2"]),             # blanks
    ("“云川职教联盟”", {}, ["urn:toy:c1"]),                 # quotes ignored
    ("urn:toy:p3", {}, ["urn:toy:p3"]),                    # IRI
    ("宋知行", {"type": "Organization"}, []),
    ("云川", {"partial": True, "type": "Community"}, ["urn:toy:c2", "urn:toy:c1"]),
    ("云川", {}, []),
])
def test_analysis_find_nodes(toy, name, kwargs, expected):
    assert A.find_nodes(toy, name, **kwargs) == expected


def test_analysis_resolve_node_names_candidates_when_ambiguous(toy):
    toy.add_node("urn:toy:p9", type="Person", label="宋知行", aliases=[], articles=[],
                 posts=[{"title": "会长", "org": "某协会"}])
    with pytest.raises(ZhkgError) as e:
        A.resolve_node(toy, "宋知行")
    msg = str(e.value)
    assert "'宋知行' names 2 nodes" in msg and "urn:toy:p1" in msg and "urn:toy:p9" in msg
    assert "某协会会长" in msg
    with pytest.raises(ZhkgError, match="names containing it: 云川职教联盟"):
        A.resolve_node(toy, "职教联")


def test_analysis_resolve_node_finds_example_aliases(g):
    with_alias = [(n, d) for n, d in g.nodes(data=True) if d["aliases"]]
    assert with_alias, "the examples have units with short names"
    for n, d in with_alias:
        for alias in d["aliases"]:
            assert n in A.find_nodes(g, alias)


@pytest.mark.parametrize("radius", [0, 1, 2])
def test_analysis_ego_graph_matches_undirected_distance(g, radius):
    centre = max(g.nodes, key=lambda n: (g.degree(n), n))
    ego = A.ego_graph(g, centre, radius)
    dist = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), centre, cutoff=radius)
    assert set(ego.nodes) == set(dist)
    assert ego.number_of_edges() == g.subgraph(dist).number_of_edges()
    assert ego.graph["focus"] == [centre]
    assert all(ego.nodes[n] == g.nodes[n] for n in ego)


def test_analysis_ego_graph_rejects_negative_radius(toy):
    with pytest.raises(ZhkgError, match="radius must be 0 or more, got -1"):
        A.ego_graph(toy, "宋知行", -1)


def test_analysis_as_graph_rejects_other_objects():
    with pytest.raises(ZhkgError, match="got str"):
        A.as_graph("graph.ttl")


# --------------------------------------------------------------------------- centrality


@pytest.mark.parametrize("by", ["degree", "betweenness", "degree_centrality"])
def test_analysis_central_nodes_sorted_and_agree_with_networkx(g, by):
    rows = A.central_nodes(g, by=by, top=None)
    h = nx.Graph(g.to_undirected())
    betw = nx.betweenness_centrality(h)
    assert {r["type"] for r in rows} <= {"Organization", "Community", "Person"}
    assert len(rows) == sum(1 for _, d in g.nodes(data=True) if d["type"] != "Event")
    values = [r[by] for r in rows]
    assert values == sorted(values, reverse=True)
    for r in rows:
        assert r["degree"] == len(set(g.successors(r["iri"])) | set(g.predecessors(r["iri"])))
        assert r["betweenness"] == pytest.approx(betw[r["iri"]], abs=1e-6)
    assert A.central_nodes(g, by=by, top=5) == rows[:5]


def test_analysis_central_nodes_types_and_bad_measure(g):
    people = A.central_nodes(g, types=["Person"], top=None)
    assert people and {r["type"] for r in people} == {"Person"}
    with pytest.raises(ZhkgError, match="unknown centrality measure 'pagerank'"):
        A.central_nodes(g, by="pagerank")


def test_analysis_central_nodes_toy(toy):
    top = A.central_nodes(toy, by="degree", top=1)[0]
    assert (top["label"], top["degree"]) == ("云川职业技术学院", 4)


# --------------------------------------------------------------------------- communities


def _reference_affiliations(g):
    """Communities each node is tied to, computed the slow, obvious way."""
    comms = [n for n, d in g.nodes(data=True) if d["type"] == "Community"]
    units = [n for n, d in g.nodes(data=True) if d["type"] in ("Organization", "Community")]
    sub = nx.DiGraph([(u, v) for u, v, d in g.edges(data=True) if d["predicate"] == "subOrganizationOf"])
    out = defaultdict(set)
    for u in units:
        ups = {u} | (nx.descendants(sub, u) if u in sub else set())
        for c in comms:
            if any(_pred(g, x, c, {"leadsCommunity", "memberOf"}) for x in ups) and c != u:
                out[u].add(c)
    for p, d in g.nodes(data=True):
        if d["type"] != "Person":
            continue
        for u in units:
            if _pred(g, p, u, {"holdsPosition", "represents"}):
                out[p] |= out.get(u, set())
                if g.nodes[u]["type"] == "Community" and _pred(g, p, u, {"holdsPosition"}):
                    out[p].add(u)
    return out


@pytest.mark.parametrize("graph_name", ["toy", "g"])
def test_analysis_community_bridges_match_reference(graph_name, request):
    g = request.getfixturevalue(graph_name)
    ref = {n for n, cs in _reference_affiliations(g).items() if len(cs) >= 2}
    rows = A.community_bridges(g)
    assert {r["iri"] for r in rows} == ref
    for r in rows:
        assert r["n_communities"] == len(r["communities"]) == len(r["how"]) >= 2
        assert r["communities"] == sorted(r["communities"])


def test_analysis_community_bridges_toy(toy):
    rows = A.community_bridges(toy)
    assert [(r["label"], r["communities"]) for r in rows] == [
        ("云川职业技术学院", ["云川数字产教联合体", "云川职教联盟"]),
        ("宋知行", ["云川数字产教联合体", "云川职教联盟"]),
    ]
    assert rows[1]["how"] == ["云川数字产教联合体: 院长 at 云川职业技术学院",
                              "云川职教联盟: 理事长; 院长 at 云川职业技术学院"]
    assert A.community_bridges(toy, min_communities=3) == []


def test_analysis_sub_units_inherit_affiliation(toy):
    toy.add_node("urn:toy:u5", type="Organization", label="云川职业技术学院机电学院", aliases=[],
                 articles=[], parent="云川职业技术学院")
    toy.add_edge("urn:toy:u5", "urn:toy:u1", key="subOrganizationOf", predicate="subOrganizationOf",
                 title=None, evidence=[])
    aff = A.affiliations(toy)["urn:toy:u5"]
    assert aff == {"urn:toy:c1": ["part of 云川职业技术学院"], "urn:toy:c2": ["part of 云川职业技术学院"]}


def test_analysis_shared_people_match_reference(g):
    units_of = defaultdict(set)
    for u, v, d in g.edges(data=True):
        if d["predicate"] in ("holdsPosition", "represents") and g.nodes[v]["type"] != "Event":
            units_of[u].add(v)
    ref = defaultdict(set)
    for p, us in units_of.items():
        for a, b in combinations(us, 2):
            ref[frozenset((a, b))].add(_label(g, p))
    rows = A.shared_people(g)
    assert {frozenset((r["unit_a"], r["unit_b"])): set(r["people"]) for r in rows} == dict(ref)
    counts = [r["n_people"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    h = A.unit_network(g)
    assert h.number_of_edges() == len(rows)
    assert all(h.nodes[n]["type"] in ("Organization", "Community") for n in h)


def test_analysis_shared_people_marks_parent_child(toy):
    toy.add_node("urn:toy:u5", type="Organization", label="云川职业技术学院机电学院", aliases=[],
                 articles=[], parent="云川职业技术学院")
    toy.add_edge("urn:toy:u5", "urn:toy:u1", key="subOrganizationOf", predicate="subOrganizationOf",
                 title=None, evidence=[])
    toy.add_edge("urn:toy:p1", "urn:toy:u5", key="holdsPosition:名誉院长", predicate="holdsPosition",
                 title="名誉院长", evidence=[])
    rows = {(r["unit_a_label"], r["unit_b_label"]): r["parent_child"] for r in A.shared_people(toy)}
    assert rows[("云川职业技术学院", "云川职业技术学院机电学院")] is True
    assert rows[("云川职业技术学院", "云川职教联盟")] is False


def test_analysis_community_overlap(g, toy):
    comms = [n for n, d in g.nodes(data=True) if d["type"] == "Community"]
    rows = A.community_overlap(g, include_empty=True)
    assert len(rows) == len(comms) * (len(comms) - 1) // 2
    members = defaultdict(set)
    for u, v, d in g.edges(data=True):
        if d["predicate"] in ("leadsCommunity", "memberOf"):
            members[v].add(_label(g, u))
    for r in rows:
        shared = members[r["community_a"]] & members[r["community_b"]]
        assert set(r["shared_units"]) == shared
        union = members[r["community_a"]] | members[r["community_b"]]
        assert r["jaccard"] == pytest.approx(len(shared) / len(union) if union else 0, abs=1e-6)
    assert [r for r in rows if r["shared_units"] or r["shared_people"]] == A.community_overlap(g)
    [t] = A.community_overlap(toy)
    assert (t["shared_units"], t["shared_people"], t["units_a"], t["units_b"]) == (
        ["云川职业技术学院"], ["宋知行"], 2, 2)


# --------------------------------------------------------------------------- timeline


def test_analysis_timeline_links_are_justified(g):
    rows = A.timeline(g)
    assert rows
    by_unit = defaultdict(list)
    for r in rows:
        by_unit[r["unit"]].append(r)
        assert g.nodes[r["event"]]["type"] == "Event"
        for link in r["links"]:
            if link in ("heldAt", "organizedBy"):
                assert _pred(g, r["event"], r["unit"], {link})
            elif link == "unveiled":
                assert any(_pred(g, p, r["unit"], {"officiatesUnveiling"}) for p in g.predecessors(r["unit"]))
            else:
                person, how = link.rsplit(" ", 1)
                assert any(_label(g, p) == person and _pred(g, p, r["event"], {how})
                           and _pred(g, p, r["unit"], {"holdsPosition", "represents"})
                           for p in g.predecessors(r["event"]))
    for items in by_unit.values():
        dates = [r["date"] for r in items if r["date"]]
        assert dates == sorted(dates)
    # every event held somewhere is on its venue's timeline
    for u, v, d in g.edges(data=True):
        if d["predicate"] == "heldAt" and g.nodes[v]["type"] in ("Organization", "Community"):
            assert any(r["unit"] == v and r["event"] == u for r in rows)


def test_analysis_timeline_one_unit(g, toy):
    unit = max(A.timeline(g), key=lambda r: len(r["links"]))["unit"]
    rows = A.timeline(g, unit)
    assert rows and {r["unit"] for r in rows} == {unit}
    assert [(r["event_label"], r["links"]) for r in A.timeline(toy, "云川数字产教联合体")] == [
        ("云川数字产教联合体揭牌仪式", ["unveiled"])]
    with pytest.raises(ZhkgError, match="no node is named '柯远'"):
        A.timeline(toy, "柯远")  # a person, not a unit
