"""Resolved facts -> a networkx MultiDiGraph (the viewer's input).

Format (the viewer depends on it):

* node id: the entity IRI (str); attributes ``type`` (Person, Organization,
  Community, Event), ``label``, ``aliases`` (list), ``articles`` (article
  ids), ``posts`` (Person: ``[{"title", "org"}]``), ``date`` and ``kind``
  (Event), ``member_count`` (Community), ``parent`` (Organization: the parent
  unit's label or None), ``venue`` (Event: the label of where it was held or
  None), ``unveiled`` (Event: sorted labels of the units or communities
  unveiled at it) and ``agreements`` (Event: sorted titles of the agreements
  signed at it, where the text names them). Position, Place and Date
  entities are not nodes.
* edges: one per distinct (s, predicate, o, title); key ``predicate`` (or
  ``"holdsPosition:" + title`` so that two titles at one unit stay two edges);
  attributes ``predicate``, ``title`` (holdsPosition, else None) and
  ``evidence``: a list of ``{"article", "article_title", "published", "url",
  "sentence", "start", "end", "rule", "confidence"}``.
"""

from __future__ import annotations

import re
from typing import Any

import networkx as nx

from zhkg.resolve import Resolved

__all__ = ["edge_key", "from_rdf", "to_networkx"]


def edge_key(predicate: str, title: str | None) -> str:
    """The MultiDiGraph key of an edge.

    >>> edge_key("attended", None), edge_key("holdsPosition", "校长")
    ('attended', 'holdsPosition:校长')
    """
    return predicate if title is None else f"{predicate}:{title}"


def to_networkx(resolved: Resolved) -> nx.MultiDiGraph:
    """Build the MultiDiGraph of ``resolved``.

    >>> from zhkg.model import Article, Entity, Evidence, Relation
    >>> from zhkg.resolve import resolve
    >>> art = Article(path="a.txt", text="张三任甲校校长。",
    ...     entities=[Entity("Person", "张三"), Entity("Organization", "甲校")],
    ...     relations=[Relation("张三", "holdsPosition", "甲校", "Person", "Organization",
    ...                         Evidence(0, 8, "title-name"), title="校长")])
    >>> g = to_networkx(resolve([art]))
    >>> [d["posts"] for _, d in g.nodes(data=True) if d["type"] == "Person"]
    [[{'title': '校长', 'org': '甲校'}]]
    """
    g = nx.MultiDiGraph(base_iri=resolved.base_iri)
    for iri, ent in resolved.entities.items():
        data: dict[str, Any] = {
            "type": ent.type,
            "label": ent.label,
            "aliases": list(ent.aliases),
            "articles": list(ent.articles),
        }
        if ent.type == "Person":
            data["posts"] = []
        elif ent.type == "Event":
            data["date"] = ent.attrs.get("date")
            data["kind"] = ent.attrs.get("kind")
            data["venue"] = None
            data["unveiled"] = []
            data["agreements"] = []
        elif ent.type == "Community":
            data["member_count"] = ent.attrs.get("member_count")
        elif ent.type == "Organization":
            data["parent"] = None
        g.add_node(iri, **data)

    for f in resolved.facts:
        art, ev = f.article, f.relation.evidence
        key = edge_key(f.p, f.title if f.p == "holdsPosition" else None)
        if not g.has_edge(f.s, f.o, key):
            g.add_edge(f.s, f.o, key=key, predicate=f.p,
                       title=f.title if f.p == "holdsPosition" else None, evidence=[])
        start = max(0, min(ev.start, len(art.text)))
        end = max(start, min(ev.end, len(art.text)))
        item = {
            "article": art.id,
            "article_title": (art.metadata or {}).get("title"),
            "published": (art.metadata or {}).get("published"),
            "url": art.url or art.path,
            "sentence": art.text[start:end],
            "start": ev.start,
            "end": ev.end,
            "rule": ev.rule,
            "confidence": ev.confidence,
        }
        evidence = g.edges[f.s, f.o, key]["evidence"]
        if item not in evidence:
            evidence.append(item)
        _event_roles(g, resolved, f)

    _node_summaries(g)
    return g


def _add_sorted(items: list[str], value: str) -> None:
    if value not in items:
        items.append(value)
        items.sort()


def _event_roles(g: nx.MultiDiGraph, resolved: Resolved, f: Any) -> None:
    """What was unveiled and which agreements were signed at a fact's event."""
    if f.p not in ("officiatesUnveiling", "signedAgreement"):
        return
    attrs = f.relation.attrs or {}
    name = attrs.get("event")
    event = resolved.iri_of(f.article, "Event", name) if isinstance(name, str) and name else None
    if event is None or event not in g:
        return
    if f.p == "officiatesUnveiling" and f.o in g:
        _add_sorted(g.nodes[event]["unveiled"], g.nodes[f.o]["label"])
    elif f.p == "signedAgreement" and f.s != f.o:
        title = attrs.get("agreement")
        title = _BAD_CHARS.sub("", title).strip() if isinstance(title, str) else ""
        if title:
            _add_sorted(g.nodes[event]["agreements"], title)


_TYPES = ("Person", "Organization", "Community", "Event")
# Characters no RDF syntax may carry (as zhkg.rdf.build drops them from titles).
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def from_rdf(ds: Any) -> nx.MultiDiGraph:
    """The same MultiDiGraph, read back from a built graph (an rdflib Dataset or
    Graph holding zhkg's entities graph and the facts of every article), so
    ``zhkg view`` can draw a graph built earlier.

    >>> from zhkg.model import Article, Entity, Evidence, Relation
    >>> from zhkg.resolve import resolve
    >>> from zhkg.rdf.build import build_dataset
    >>> art = Article(path="a.txt", text="张三任甲校校长。",
    ...     entities=[Entity("Person", "张三"), Entity("Organization", "甲校")],
    ...     relations=[Relation("张三", "holdsPosition", "甲校", "Person", "Organization",
    ...                         Evidence(0, 8, "title-name"), title="校长")])
    >>> g = from_rdf(build_dataset(resolve([art])))
    >>> [d["posts"] for _, d in g.nodes(data=True) if d["type"] == "Person"]
    [[{'title': '校长', 'org': '甲校'}]]
    """
    from rdflib import RDF, RDFS, URIRef
    from rdflib.namespace import PROV, SKOS

    from zhkg.rdf.namespace import SCHEMA, ZHKG

    g = nx.MultiDiGraph()
    for type_ in _TYPES:
        for node in set(ds.subjects(RDF.type, ZHKG[type_])):
            if not isinstance(node, URIRef) or (node, RDF.type, ZHKG.ArticleEntity) in ds:
                continue
            data: dict[str, Any] = {
                "type": type_,
                "label": str(ds.value(node, RDFS.label) or node),
                "aliases": sorted(str(a) for a in ds.objects(node, SKOS.altLabel)),
                "articles": [],
            }
            if type_ == "Person":
                data["posts"] = []
            elif type_ == "Event":
                date, kind = ds.value(node, ZHKG.date), ds.value(node, ZHKG.kind)
                data.update(date=str(date) if date else None, kind=str(kind) if kind else None, venue=None,
                            unveiled=sorted({str(ds.value(t, RDFS.label) or t)
                                             for t in ds.objects(node, ZHKG.unveils)}),
                            agreements=sorted({str(label) for a in ds.objects(node, ZHKG.agreementSigned)
                                               for label in ds.objects(a, RDFS.label)}))
            elif type_ == "Community":
                count = ds.value(node, ZHKG.memberCount)
                data["member_count"] = int(count) if count is not None else None
            else:
                data["parent"] = None
            g.add_node(str(node), **data)
    articles: dict[Any, dict[str, Any]] = {}
    for fact in sorted(set(ds.subjects(RDF.type, ZHKG.Fact))):
        s, p, o = (ds.value(fact, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        if s is None or p is None or o is None or str(s) not in g or str(o) not in g:
            continue
        pred = str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        title = ds.value(fact, ZHKG.title)
        title = str(title) if title is not None and pred == "holdsPosition" else None
        art = ds.value(fact, PROV.wasDerivedFrom)
        if art not in articles:
            articles[art] = {
                "article": str(ds.value(art, ZHKG.articleId) or art),
                "article_title": _str(ds.value(art, SCHEMA.headline)),
                "published": _str(ds.value(art, SCHEMA.datePublished)),
                "url": _str(ds.value(art, SCHEMA.url) or ds.value(art, ZHKG.path)),
            }
        key = edge_key(pred, title)
        if not g.has_edge(str(s), str(o), key):
            g.add_edge(str(s), str(o), key=key, predicate=pred, title=title, evidence=[])
        item = {
            **articles[art],
            "sentence": _str(ds.value(fact, ZHKG.sentence)),
            "start": _int(ds.value(fact, ZHKG.startOffset)),
            "end": _int(ds.value(fact, ZHKG.endOffset)),
            "rule": _str(ds.value(fact, ZHKG.rule)),
            "confidence": float(ds.value(fact, ZHKG.confidence) or 0),
        }
        g.edges[str(s), str(o), key]["evidence"].append(item)
        for n in (str(s), str(o)):
            if item["article"] not in g.nodes[n]["articles"]:
                g.nodes[n]["articles"].append(item["article"])
    _node_summaries(g)
    return g


def _node_summaries(g: nx.MultiDiGraph) -> None:
    """A person's posts, a unit's parent and an event's venue, from the edges."""
    labels = {n: d["label"] for n, d in g.nodes(data=True)}
    for s, o, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2]["predicate"])):
        p, sd = data["predicate"], g.nodes[s]
        if p == "holdsPosition" and sd["type"] == "Person" and data["title"]:
            post = {"title": data["title"], "org": labels[o]}
            if post not in sd["posts"]:
                sd["posts"].append(post)
        elif p == "subOrganizationOf" and sd["type"] == "Organization" and sd["parent"] is None:
            sd["parent"] = labels[o]
        elif p == "heldAt" and sd["type"] == "Event" and sd["venue"] is None:
            sd["venue"] = labels[o]


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _int(value: Any) -> int | None:
    return None if value is None else int(value)
