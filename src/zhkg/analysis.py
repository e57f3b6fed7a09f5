"""networkx analyses of a zhkg graph: central actors, bridges between
communities, units joined by shared people, communities' overlap in members,
and a timeline of events per unit.

Every function takes the MultiDiGraph of :mod:`zhkg.graph` (or a
:class:`~zhkg.kg.KnowledgeGraph`, whose ``.nx`` is used) and returns plain
records (a list of dicts, one per row, keys in a fixed order), so the results
need no pandas; ``KnowledgeGraph`` methods of the same purpose return them as
DataFrames.

Units are Organization and Community nodes. A unit is *affiliated* with a
community when it leads it or is a member (``leadsCommunity``, ``memberOf``),
or when its parent unit is (``subOrganizationOf``); a person is affiliated
when they hold a post in the community itself, or hold a post in or represent
a unit affiliated with it.

>>> g = toy_graph()
>>> [r["label"] for r in community_bridges(g)]
['云川职业技术学院', '宋知行']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import TYPE_CHECKING, Any

import networkx as nx

from zhkg.errors import ZhkgError

if TYPE_CHECKING:  # pragma: no cover
    from zhkg.kg import KnowledgeGraph

__all__ = [
    "UNIT_TYPES",
    "affiliations",
    "as_graph",
    "central_nodes",
    "community_bridges",
    "community_overlap",
    "ego_graph",
    "find_nodes",
    "resolve_node",
    "shared_people",
    "timeline",
    "toy_graph",
    "unit_network",
]

#: Node types that count as units.
UNIT_TYPES = ("Organization", "Community")
_PARTICIPATION = ("attended", "spokeAt", "chaired")
_PERSON_UNIT = ("holdsPosition", "represents")


def as_graph(source: KnowledgeGraph | nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The networkx graph of ``source`` (a KnowledgeGraph or the graph itself).

    >>> as_graph(toy_graph()).number_of_nodes()
    11
    """
    g = getattr(source, "nx", source)
    if not isinstance(g, nx.Graph):
        raise ZhkgError(f"expected a KnowledgeGraph or a networkx graph, got {type(source).__name__}")
    return g


# --------------------------------------------------------------------------- lookups


def _names(data: dict[str, Any]) -> list[str]:
    out = [str(data.get("label") or "")] + [str(a) for a in data.get("aliases") or ()]
    return [n for n in out if n]


def find_nodes(
    source: KnowledgeGraph | nx.MultiDiGraph,
    name: str,
    *,
    type: str | Iterable[str] | None = None,
    partial: bool = False,
) -> list[str]:
    """Nodes (IRIs) whose label or an alias is ``name``, or the IRI ``name``.

    Names compare after :func:`zhkg.resolve.normalize_name` (full/half width,
    blanks, quotation marks, letter case).  ``type`` keeps nodes of that type
    (or types); ``partial=True`` also accepts names that contain ``name``.
    Results are sorted by label, then IRI.

    >>> g = toy_graph()
    >>> find_nodes(g, "云川机电")                  # an alias
    ['urn:toy:u2']
    >>> find_nodes(g, "联盟", partial=True, type="Community")
    ['urn:toy:c1']
    """
    from zhkg.resolve import normalize_name

    g = as_graph(source)
    types = {type} if isinstance(type, str) else (set(type) if type is not None else None)
    want = normalize_name(name.strip())
    found = []
    for n, d in g.nodes(data=True):
        if types is not None and d.get("type") not in types:
            continue
        names = [normalize_name(x) for x in _names(d)]
        if want and (want in names or (partial and any(want in x for x in names))):
            found.append(n)
    if not found and name in g and (types is None or g.nodes[name].get("type") in types):
        found = [name]
    return sorted(found, key=lambda n: (str(g.nodes[n].get("label")), str(n)))


def resolve_node(
    source: KnowledgeGraph | nx.MultiDiGraph, name: str, *, type: str | Iterable[str] | None = None
) -> str:
    """The one node named ``name`` (label, alias or IRI).

    Raises :class:`~zhkg.errors.ZhkgError` when no node or several nodes have
    that name; the message lists near matches or the candidates with their
    types and posts, so a caller can pass ``type=`` or the IRI instead.

    >>> resolve_node(toy_graph(), "宋知行")
    'urn:toy:p1'
    >>> resolve_node(toy_graph(), "无名氏")
    Traceback (most recent call last):
    ...
    zhkg.errors.ZhkgError: no node is named '无名氏' (label, alias or IRI)
    """
    g = as_graph(source)
    found = find_nodes(g, name, type=type)
    if len(found) == 1:
        return found[0]
    if not found:
        near = find_nodes(g, name, type=type, partial=True)[:5]
        hint = f"; names containing it: {', '.join(g.nodes[n]['label'] for n in near)}" if near else ""
        raise ZhkgError(f"no node is named {name!r} (label, alias or IRI){hint}")
    listed = "; ".join(f"{n} ({_describe(g, n)})" for n in found)
    raise ZhkgError(f"{name!r} names {len(found)} nodes: {listed}; pass type= or an IRI")


def _describe(g: nx.MultiDiGraph, n: str) -> str:
    d = g.nodes[n]
    posts = ", ".join(f"{p['org']}{p['title']}" for p in d.get("posts") or ())
    return f"{d.get('type')}" + (f": {posts}" if posts else "")


def ego_graph(
    source: KnowledgeGraph | nx.MultiDiGraph,
    name: str,
    radius: int = 1,
    *,
    type: str | Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """The nodes within ``radius`` steps of the node named ``name`` (edges
    followed either way), with every edge among them, as a new graph.

    >>> sorted(ego_graph(toy_graph(), "柯远").nodes)
    ['urn:toy:c2', 'urn:toy:e1', 'urn:toy:e2', 'urn:toy:p3', 'urn:toy:u4']
    """
    g = as_graph(source)
    if radius < 0:
        raise ZhkgError(f"radius must be 0 or more, got {radius}")
    centre = resolve_node(g, name, type=type)
    out = nx.ego_graph(g, centre, radius=radius, undirected=True).copy()
    out.graph["focus"] = [centre]
    return out


# --------------------------------------------------------------------------- helpers


def _label(g: nx.MultiDiGraph, n: str) -> str:
    return str(g.nodes[n].get("label") or n)


def _type(g: nx.MultiDiGraph, n: str) -> str | None:
    return g.nodes[n].get("type")


def _edges(g: nx.MultiDiGraph, predicates: Iterable[str]) -> Iterable[tuple[str, str, dict]]:
    want = set(predicates)
    for u, v, d in g.edges(data=True):
        if d.get("predicate") in want:
            yield u, v, d


def _person_units(g: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Person -> the units they hold a post in or represent."""
    out: dict[str, set[str]] = defaultdict(set)
    for u, v, _ in _edges(g, _PERSON_UNIT):
        if _type(g, u) == "Person" and _type(g, v) in UNIT_TYPES:
            out[u].add(v)
    return out


def affiliations(source: KnowledgeGraph | nx.MultiDiGraph) -> dict[str, dict[str, list[str]]]:
    """Every node affiliated with a community: ``{node: {community: [how, ...]}}``.

    ``how`` is ``"leadsCommunity"``, ``"memberOf"``, ``"part of <unit>"``,
    ``"<title>"`` (a post in the community) or ``"<title> at <unit>"`` /
    ``"represents <unit>"`` for people.

    >>> sorted(affiliations(toy_graph())["urn:toy:p1"].values())
    [['理事长', '院长 at 云川职业技术学院'], ['院长 at 云川职业技术学院']]
    """
    g = as_graph(source)
    units: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for u, v, d in _edges(g, ("leadsCommunity", "memberOf")):
        if _type(g, v) == "Community" and _type(g, u) in UNIT_TYPES:
            units[u][v].append(d["predicate"])
    # sub-units inherit their parents' affiliations (walk up, no cycles)
    parents: dict[str, set[str]] = defaultdict(set)
    for u, v, _ in _edges(g, ("subOrganizationOf",)):
        parents[u].add(v)
    for n in list(g.nodes):
        if _type(g, n) not in UNIT_TYPES:
            continue
        seen, stack = {n}, list(parents.get(n, ()))
        while stack:
            p = stack.pop()
            if p in seen:
                continue
            seen.add(p)
            for c in list(units.get(p, {})):
                if c != n:
                    units[n][c].append(f"part of {_label(g, p)}")
            stack.extend(parents.get(p, ()))
    out: dict[str, dict[str, list[str]]] = {n: {c: _uniq(h) for c, h in cs.items()} for n, cs in units.items()}
    people: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for u, v, d in _edges(g, _PERSON_UNIT):
        if _type(g, u) != "Person" or _type(g, v) not in UNIT_TYPES:
            continue
        how = (f"{d['title']} at {_label(g, v)}" if d["predicate"] == "holdsPosition"
               else f"represents {_label(g, v)}")
        if _type(g, v) == "Community":
            people[u][v].append(d["title"] if d["predicate"] == "holdsPosition" and d["title"] else how)
        for c in out.get(v, {}):
            people[u][c].append(how)
    out.update({n: {c: _uniq(h) for c, h in cs.items()} for n, cs in people.items()})
    return out


def _uniq(items: Iterable[str]) -> list[str]:
    return sorted(dict.fromkeys(items))


# --------------------------------------------------------------------------- analyses


def central_nodes(
    source: KnowledgeGraph | nx.MultiDiGraph,
    *,
    types: Iterable[str] = ("Organization", "Community", "Person"),
    by: str = "betweenness",
    top: int | None = 10,
    sample: int = 1000,
) -> list[dict[str, Any]]:
    """The most central nodes of the given types.

    Measures are computed on the whole graph seen as a simple undirected
    graph (events and all types take part, so people who met at an event are
    two steps apart): ``degree`` (distinct neighbours), ``degree_centrality``
    and ``betweenness`` (normalised; estimated from ``sample`` source nodes,
    with a fixed seed, when the graph has more nodes than that).  Sorted by
    ``by`` (one of ``degree``, ``degree_centrality``, ``betweenness``), then
    degree, then label; ``top=None`` keeps every node.

    >>> [(r["label"], r["degree"]) for r in central_nodes(toy_graph(), top=2)]
    [('云川职业技术学院', 4), ('云川职教联盟', 3)]
    """
    measures = ("degree", "degree_centrality", "betweenness")
    if by not in measures:
        raise ZhkgError(f"unknown centrality measure {by!r}; use one of {', '.join(measures)}")
    g = as_graph(source)
    h = nx.Graph()
    h.add_nodes_from(g.nodes)
    h.add_edges_from((u, v) for u, v in g.edges() if u != v)
    degc = nx.degree_centrality(h) if len(h) > 1 else {n: 0.0 for n in h}
    k = sample if len(h) > sample else None
    betw = nx.betweenness_centrality(h, k=k, seed=0 if k else None) if len(h) > 2 else {n: 0.0 for n in h}
    want = set(types)
    rows = [
        {
            "iri": n,
            "label": _label(g, n),
            "type": _type(g, n),
            "degree": h.degree(n),
            "degree_centrality": round(degc[n], 6),
            "betweenness": round(betw[n], 6),
        }
        for n in h
        if _type(g, n) in want
    ]
    rows.sort(key=lambda r: (-r[by], -r["degree"], r["label"], r["iri"]))
    return rows if top is None else rows[:top]


def community_bridges(
    source: KnowledgeGraph | nx.MultiDiGraph, *, min_communities: int = 2
) -> list[dict[str, Any]]:
    """Units and people affiliated with at least ``min_communities``
    communities (see :func:`affiliations`): who ties communities together.

    >>> r = community_bridges(toy_graph())[1]
    >>> r["label"], r["communities"]
    ('宋知行', ['云川数字产教联合体', '云川职教联盟'])
    """
    g = as_graph(source)
    rows = []
    for n, cs in affiliations(g).items():
        if len(cs) < min_communities:
            continue
        order = sorted(cs, key=lambda c: _label(g, c))
        rows.append({
            "iri": n,
            "label": _label(g, n),
            "type": _type(g, n),
            "n_communities": len(cs),
            "communities": [_label(g, c) for c in order],
            "how": [f"{_label(g, c)}: {'; '.join(cs[c])}" for c in order],
        })
    rows.sort(key=lambda r: (-r["n_communities"], r["type"] != "Organization", r["label"], r["iri"]))
    return rows


def shared_people(
    source: KnowledgeGraph | nx.MultiDiGraph, *, min_people: int = 1
) -> list[dict[str, Any]]:
    """Pairs of units joined by people who hold a post in (or represent)
    both, with those people; ``parent_child`` marks a unit and its own
    sub-unit.  Sorted by the number of people, then labels.

    >>> [(r["unit_a_label"], r["unit_b_label"], r["people"]) for r in shared_people(toy_graph())]
    [('云川职业技术学院', '云川职教联盟', ['宋知行'])]
    """
    g = as_graph(source)
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for person, units in _person_units(g).items():
        for a, b in combinations(sorted(units, key=lambda n: (_label(g, n), n)), 2):
            pairs[(a, b)].add(person)
    parent = {(u, v) for u, v, _ in _edges(g, ("subOrganizationOf",))}
    rows = [
        {
            "unit_a": a,
            "unit_a_label": _label(g, a),
            "unit_b": b,
            "unit_b_label": _label(g, b),
            "n_people": len(ps),
            "people": sorted(_label(g, p) for p in ps),
            "parent_child": (a, b) in parent or (b, a) in parent,
        }
        for (a, b), ps in pairs.items()
        if len(ps) >= min_people
    ]
    rows.sort(key=lambda r: (-r["n_people"], r["unit_a_label"], r["unit_b_label"]))
    return rows


def unit_network(source: KnowledgeGraph | nx.MultiDiGraph, *, min_people: int = 1) -> nx.Graph:
    """Units joined by shared people as a weighted undirected graph (node
    attributes ``label`` and ``type``; edge ``weight`` = number of people,
    ``people`` = their labels), e.g. to draw with matplotlib.

    >>> h = unit_network(toy_graph())
    >>> h.number_of_edges(), h.edges["urn:toy:u1", "urn:toy:c1"]["weight"]
    (1, 1)
    """
    g = as_graph(source)
    h = nx.Graph()
    for r in shared_people(g, min_people=min_people):
        for n in (r["unit_a"], r["unit_b"]):
            h.add_node(n, label=_label(g, n), type=_type(g, n))
        h.add_edge(r["unit_a"], r["unit_b"], weight=r["n_people"], people=r["people"])
    return h


def community_overlap(
    source: KnowledgeGraph | nx.MultiDiGraph, *, include_empty: bool = False
) -> list[dict[str, Any]]:
    """Pairs of communities with the member units (leads and members) and
    the affiliated people they share, and the Jaccard index of their member
    units.  Pairs sharing nothing are left out unless ``include_empty``.

    >>> r = community_overlap(toy_graph())[0]
    >>> r["shared_units"], r["shared_people"], r["jaccard"]
    (['云川职业技术学院'], ['宋知行'], 0.333333)
    """
    g = as_graph(source)
    comms = sorted((n for n in g if _type(g, n) == "Community"), key=lambda n: (_label(g, n), n))
    units: dict[str, set[str]] = {c: set() for c in comms}
    for u, v, _ in _edges(g, ("leadsCommunity", "memberOf")):
        if v in units and _type(g, u) in UNIT_TYPES:
            units[v].add(u)
    people: dict[str, set[str]] = {c: set() for c in comms}
    for n, cs in affiliations(g).items():
        if _type(g, n) == "Person":
            for c in cs:
                people[c].add(n)
    rows = []
    for a, b in combinations(comms, 2):
        su, sp = units[a] & units[b], people[a] & people[b]
        if not (su or sp or include_empty):
            continue
        union = units[a] | units[b]
        rows.append({
            "community_a": a,
            "community_a_label": _label(g, a),
            "community_b": b,
            "community_b_label": _label(g, b),
            "units_a": len(units[a]),
            "units_b": len(units[b]),
            "shared_units": sorted(_label(g, n) for n in su),
            "shared_people": sorted(_label(g, n) for n in sp),
            "jaccard": round(len(su) / len(union), 6) if union else 0.0,
        })
    rows.sort(key=lambda r: (-len(r["shared_units"]), -len(r["shared_people"]),
                             r["community_a_label"], r["community_b_label"]))
    return rows


def timeline(
    source: KnowledgeGraph | nx.MultiDiGraph, unit: str | None = None
) -> list[dict[str, Any]]:
    """Events per unit, in date order (undated events last).

    An event belongs to a unit's timeline when it was held at or organised
    by the unit, when someone holding a post in (or representing) the unit
    attended, spoke at or chaired it, or when the unit's plate was unveiled
    by a participant of the event reported in the same article.  ``links``
    says which.  ``unit`` (a name, alias or IRI) keeps one unit.

    >>> [(r["date"], r["event_label"], r["links"]) for r in timeline(toy_graph(), "云川市教育局")]
    [('2024-03-01', '云川职教联盟成立大会', ['organizedBy', '柯远 attended']), ('2024-05-10', '云川数字产教联合体揭牌仪式', ['柯远 attended'])]
    """
    g = as_graph(source)
    only = resolve_node(g, unit, type=UNIT_TYPES) if unit is not None else None
    links: dict[tuple[str, str], list[str]] = defaultdict(list)
    for u, v, d in _edges(g, ("heldAt", "organizedBy")):
        if _type(g, u) == "Event" and _type(g, v) in UNIT_TYPES:
            links[(v, u)].append(d["predicate"])
    person_units = _person_units(g)
    took_part: dict[str, list[tuple[str, str, set[str]]]] = defaultdict(list)
    for u, v, d in _edges(g, _PARTICIPATION):
        if _type(g, u) != "Person" or _type(g, v) != "Event":
            continue
        arts = {e.get("article") for e in d.get("evidence") or ()}
        took_part[u].append((v, d["predicate"], arts))
        for unit_ in person_units.get(u, ()):
            links[(unit_, v)].append(f"{_label(g, u)} {d['predicate']}")
    for u, v, d in _edges(g, ("officiatesUnveiling",)):
        if _type(g, v) not in UNIT_TYPES:
            continue
        arts = {e.get("article") for e in d.get("evidence") or ()}
        for event, _, event_arts in took_part.get(u, ()):
            if arts & event_arts:
                links[(v, event)].append("unveiled")
    rows = []
    for (un, ev), how in links.items():
        if only is not None and un != only:
            continue
        rows.append({
            "unit": un,
            "unit_label": _label(g, un),
            "unit_type": _type(g, un),
            "date": g.nodes[ev].get("date"),
            "event": ev,
            "event_label": _label(g, ev),
            "kind": g.nodes[ev].get("kind"),
            "links": _uniq(how),
        })
    rows.sort(key=lambda r: (r["unit_label"], r["unit"], r["date"] is None, r["date"] or "",
                             r["event_label"]))
    return rows


# --------------------------------------------------------------------------- a toy graph


def toy_graph() -> nx.MultiDiGraph:
    """A tiny invented graph in zhkg's networkx format, for examples and tests.

    Two communities (云川职教联盟 led by 云川职业技术学院; 云川数字产教联合体
    with that college and a software company as members), four units, three
    people (宋知行 heads the college and the alliance), two events.

    >>> g = toy_graph()
    >>> g.number_of_nodes(), g.number_of_edges()
    (11, 16)
    """
    g = nx.MultiDiGraph(base_iri="urn:toy:")
    nodes = {
        "c1": ("Community", "云川职教联盟", {"member_count": 30}),
        "c2": ("Community", "云川数字产教联合体", {"member_count": 12}),
        "u1": ("Organization", "云川职业技术学院", {"parent": None}),
        "u2": ("Organization", "云川机电有限公司", {"parent": None}),
        "u3": ("Organization", "云川软件有限公司", {"parent": None}),
        "u4": ("Organization", "云川市教育局", {"parent": None}),
        "p1": ("Person", "宋知行", {"posts": []}),
        "p2": ("Person", "白露", {"posts": []}),
        "p3": ("Person", "柯远", {"posts": []}),
        "e1": ("Event", "云川职教联盟成立大会", {"date": "2024-03-01", "kind": "founding", "venue": None}),
        "e2": ("Event", "云川数字产教联合体揭牌仪式", {"date": "2024-05-10", "kind": "unveiling",
                                                    "venue": None}),
    }
    aliases = {"u2": ["云川机电"]}
    for key, (type_, label, extra) in nodes.items():
        art = "toy-2" if key in ("c2", "u3", "e2") else "toy-1"
        g.add_node(f"urn:toy:{key}", type=type_, label=label, aliases=aliases.get(key, []),
                   articles=[art], **extra)
    facts = [
        ("u1", "leadsCommunity", "c1", None, "toy-1"),
        ("u2", "memberOf", "c1", None, "toy-1"),
        ("u1", "memberOf", "c2", None, "toy-2"),
        ("u3", "memberOf", "c2", None, "toy-2"),
        ("p1", "holdsPosition", "u1", "院长", "toy-1"),
        ("p1", "holdsPosition", "c1", "理事长", "toy-1"),
        ("p2", "holdsPosition", "u2", "总经理", "toy-1"),
        ("p3", "holdsPosition", "u4", "局长", "toy-1"),
        ("e1", "heldAt", "u1", None, "toy-1"),
        ("e1", "organizedBy", "u4", None, "toy-1"),
        ("p1", "spokeAt", "e1", None, "toy-1"),
        ("p1", "attended", "e1", None, "toy-1"),
        ("p3", "attended", "e1", None, "toy-1"),
        ("p3", "attended", "e2", None, "toy-2"),
        ("e2", "heldAt", "u3", None, "toy-2"),
        ("p3", "officiatesUnveiling", "c2", None, "toy-2"),
    ]
    meta = {"toy-1": ("云川职教联盟成立", "2024-03-02"), "toy-2": ("云川数字产教联合体揭牌", "2024-05-11")}
    for s, p, o, title, art in facts:
        key = p if title is None else f"{p}:{title}"
        g.add_edge(f"urn:toy:{s}", f"urn:toy:{o}", key=key, predicate=p, title=title, evidence=[{
            "article": art, "article_title": meta[art][0], "published": meta[art][1], "url": art,
            "sentence": f"{nodes[s][1]} {p} {nodes[o][1]}。", "start": 0, "end": 20,
            "rule": "toy", "confidence": 0.9,
        }])
    for s, o, title in (("p1", "u1", "院长"), ("p1", "c1", "理事长"), ("p2", "u2", "总经理"),
                          ("p3", "u4", "局长")):
        g.nodes[f"urn:toy:{s}"]["posts"].append({"title": title, "org": nodes[o][1]})
    g.nodes["urn:toy:e1"]["venue"] = "云川职业技术学院"
    g.nodes["urn:toy:e2"]["venue"] = "云川软件有限公司"
    return g
