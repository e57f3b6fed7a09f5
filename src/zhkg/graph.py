"""Resolved facts -> a networkx MultiDiGraph (the viewer's input).

Format (the viewer depends on it):

* node id: the entity IRI (str); attributes ``type`` (Person, Organization,
  Community, Event), ``label``, ``aliases`` (list), ``articles`` (article
  ids), ``posts`` (Person: ``[{"title", "org"}]``), ``date`` and ``kind``
  (Event), ``member_count`` (Community), ``parent`` (Organization: the parent
  unit's label or None), ``venue`` (Event: the label of where it was held or
  None). Position, Place and Date entities are not nodes.
* edges: one per distinct (s, predicate, o, title); key ``predicate`` (or
  ``"holdsPosition:" + title`` so that two titles at one unit stay two edges);
  attributes ``predicate``, ``title`` (holdsPosition, else None) and
  ``evidence``: a list of ``{"article", "article_title", "published", "url",
  "sentence", "start", "end", "rule", "confidence"}``.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from zhkg.resolve import Resolved

__all__ = ["to_networkx", "edge_key"]


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
    return g
