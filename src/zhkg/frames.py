"""The graph as pandas DataFrames: entities, mentions, facts with their
evidence, a person's posts, a community's members, SPARQL results.

pandas is an optional dependency (``pip install 'zhkg[notebook]'``); it is
imported when a frame is first asked for, and
:class:`~zhkg.errors.MissingDependency` says how to install it otherwise.

Functions take a :class:`~zhkg.kg.KnowledgeGraph` or its networkx graph (see
:mod:`zhkg.graph` for the format); with a KnowledgeGraph, mentions and post
dates come from the resolved articles too.  Evidence columns are named as in
the graph: ``article`` (id), ``article_title``, ``published``, ``url``,
``sentence``, ``start``/``end`` (the sentence's offsets in the article text),
``rule`` and ``confidence``.  A fact's own ``title`` is the post of a
``holdsPosition`` fact.

>>> from zhkg.analysis import toy_graph
>>> facts_frame(toy_graph(), "holdsPosition")[["subject_label", "title", "object_label"]].values.tolist()
[['宋知行', '院长', '云川职业技术学院'], ['宋知行', '理事长', '云川职教联盟'], ['柯远', '局长', '云川市教育局'], ['白露', '总经理', '云川机电有限公司']]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from zhkg.analysis import UNIT_TYPES, as_graph, find_nodes
from zhkg.errors import MissingDependency, ZhkgError

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd
    from rdflib.query import Result

    from zhkg.kg import KnowledgeGraph

__all__ = [
    "EVIDENCE_COLUMNS",
    "community_members",
    "entities_frame",
    "facts_frame",
    "mentions_frame",
    "node_info",
    "pandas",
    "person_posts",
    "records_frame",
    "result_frame",
    "sparql_frame",
]

#: The evidence columns of fact-like frames, in order.
EVIDENCE_COLUMNS = ("article", "article_title", "published", "url", "sentence", "start", "end",
                    "rule", "confidence")

_ENTITY_COLUMNS = ("iri", "type", "label", "aliases", "n_articles", "degree", "posts", "parent",
                   "member_count", "date", "kind", "venue", "mentions", "article",
                   "article_title", "published", "sentence", "start", "end")
_FACT_COLUMNS = ("subject", "subject_label", "subject_type", "predicate", "object",
                 "object_label", "object_type", "title") + EVIDENCE_COLUMNS


def pandas() -> Any:
    """The pandas module, or :class:`~zhkg.errors.MissingDependency` naming
    the ``notebook`` extra when it is not installed."""
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise MissingDependency("pandas", "notebook") from e
    return pd


def records_frame(records: Iterable[dict[str, Any]], columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A DataFrame of ``records`` (dicts), with ``columns`` in that order even
    when there are no records.

    >>> records_frame([], ["a", "b"]).columns.tolist()
    ['a', 'b']
    """
    pd = pandas()
    rows = list(records)
    if columns is None:
        columns = list(rows[0]) if rows else []
    return pd.DataFrame(rows, columns=list(columns))


def _resolved(source: Any) -> Any:
    return getattr(source, "resolved", None)


def _article_meta(source: Any) -> dict[str, dict[str, Any]]:
    res = _resolved(source)
    if res is None:
        return {}
    return {a.id: {"article_title": (a.metadata or {}).get("title"),
                   "published": (a.metadata or {}).get("published"),
                   "url": a.url or a.path} for a in res.articles}


def _sentence_of(article: Any, start: int, end: int) -> tuple[int, int]:
    for s, e in article.sentences:
        if s <= start < e:
            return s, max(e, min(end, len(article.text)))
    return start, end


def _mention_rows(source: Any) -> list[dict[str, Any]]:
    res = _resolved(source)
    if res is None:
        return []
    arts = {a.id: a for a in res.articles}
    rows = []
    for key, iri in sorted(res.index.items()):
        ent = res.entities.get(iri)
        art = arts.get(key.article)
        if ent is None or art is None:
            continue
        local = art.entity(key.type, key.name)
        for m in sorted(local.mentions if local else (), key=lambda m: m.start):
            s, e = _sentence_of(art, m.start, m.end)
            rows.append({
                "iri": iri, "type": ent.type, "label": ent.label, "name": key.name,
                "article": art.id, "article_title": (art.metadata or {}).get("title"),
                "published": (art.metadata or {}).get("published"), "url": art.url or art.path,
                "mention_start": m.start, "mention_end": m.end,
                "sentence": art.text[s:e], "start": s, "end": e,
            })
    return rows


def mentions_frame(kg: KnowledgeGraph) -> pd.DataFrame:
    """Every mention of every entity (the entities' evidence): ``iri``,
    ``type``, ``label``, ``name`` (as written), the article columns,
    ``mention_start``/``mention_end`` and the sentence holding it
    (``sentence``, ``start``, ``end``).  Needs a KnowledgeGraph.

    >>> import zhkg
    >>> kg = zhkg.build_texts(["云川市教育局副局长宋知行出席会议。"])
    >>> mentions_frame(kg).query("type == 'Person'")[["name", "mention_start"]].values.tolist()
    [['宋知行', 9]]
    """
    if _resolved(kg) is None:
        raise ZhkgError("mentions need a KnowledgeGraph (a bare networkx graph keeps no mentions)")
    return records_frame(_mention_rows(kg), ["iri", "type", "label", "name", "article",
                                             "article_title", "published", "url", "mention_start",
                                             "mention_end", "sentence", "start", "end"])


def entities_frame(
    source: KnowledgeGraph | nx.MultiDiGraph, type: str | Iterable[str] | None = None
) -> pd.DataFrame:
    """One row per entity: ``iri``, ``type``, ``label``, ``aliases`` (list),
    ``n_articles``, ``degree`` (distinct neighbours), type-specific columns
    (``posts`` as "title@unit" strings, ``parent``, ``member_count``,
    ``date``, ``kind``, ``venue``), the number of ``mentions`` and the first
    mention's evidence (article, title, date, sentence and offsets; from a
    KnowledgeGraph).  ``type`` keeps one type or several.  Sorted by type and
    label.

    >>> from zhkg.analysis import toy_graph
    >>> df = entities_frame(toy_graph(), "Community")
    >>> df[["label", "member_count", "degree"]].values.tolist()
    [['云川数字产教联合体', 12, 3], ['云川职教联盟', 30, 3]]
    """
    g = as_graph(source)
    types = {type} if isinstance(type, str) else (set(type) if type is not None else None)
    first: dict[str, dict[str, Any]] = {}
    counts: dict[str, int] = {}
    for m in _mention_rows(source):
        counts[m["iri"]] = counts.get(m["iri"], 0) + 1
        first.setdefault(m["iri"], m)
    meta = _article_meta(source)
    rows = []
    for n, d in g.nodes(data=True):
        if types is not None and d.get("type") not in types:
            continue
        arts = list(d.get("articles") or ())
        m = first.get(n) or ({"article": arts[0], **meta.get(arts[0], {})} if arts else {})
        rows.append({
            "iri": n, "type": d.get("type"), "label": d.get("label"),
            "aliases": list(d.get("aliases") or ()), "n_articles": len(arts),
            "degree": len(set(g.successors(n)) | set(g.predecessors(n))),
            "posts": [f"{p['title']}@{p['org']}" for p in d.get("posts") or ()] or None,
            "parent": d.get("parent"), "member_count": d.get("member_count"),
            "date": d.get("date"), "kind": d.get("kind"), "venue": d.get("venue"),
            "mentions": counts.get(n, 0),
            **{k: m.get(k) for k in ("article", "article_title", "published", "sentence", "start",
                                     "end")},
        })
    rows.sort(key=lambda r: (str(r["type"]), str(r["label"]), r["iri"]))
    df = records_frame(rows, _ENTITY_COLUMNS)
    return df.astype({"member_count": "Int64", "start": "Int64", "end": "Int64"})


def _fact_rows(g: nx.MultiDiGraph, predicates: set[str] | None) -> list[dict[str, Any]]:
    rows = []
    for u, v, d in g.edges(data=True):
        if predicates is not None and d.get("predicate") not in predicates:
            continue
        base = {
            "subject": u, "subject_label": g.nodes[u].get("label"), "subject_type": g.nodes[u].get("type"),
            "predicate": d.get("predicate"),
            "object": v, "object_label": g.nodes[v].get("label"), "object_type": g.nodes[v].get("type"),
            "title": d.get("title"),
        }
        for ev in d.get("evidence") or [{}]:
            rows.append({**base, **{k: ev.get(k) for k in EVIDENCE_COLUMNS}})
    rows.sort(key=lambda r: (str(r["subject_label"]), str(r["predicate"]), str(r["object_label"]),
                             str(r["title"] or ""), str(r["published"] or ""), str(r["article"] or "")))
    return rows


def facts_frame(
    source: KnowledgeGraph | nx.MultiDiGraph, predicate: str | Iterable[str] | None = None
) -> pd.DataFrame:
    """One row per fact and piece of evidence: ``subject``, ``subject_label``,
    ``subject_type``, ``predicate``, ``object``, ``object_label``,
    ``object_type``, ``title`` (the post, for holdsPosition), then the
    evidence columns (:data:`EVIDENCE_COLUMNS`).  A fact stated in two
    articles gives two rows.  ``predicate`` keeps one relation or several.

    >>> from zhkg.analysis import toy_graph
    >>> df = facts_frame(toy_graph(), ["heldAt", "organizedBy"])
    >>> df[["subject_label", "predicate", "object_label", "published"]].values.tolist()[0]
    ['云川数字产教联合体揭牌仪式', 'heldAt', '云川软件有限公司', '2024-05-11']
    """
    g = as_graph(source)
    preds = {predicate} if isinstance(predicate, str) else (set(predicate) if predicate is not None else None)
    df = records_frame(_fact_rows(g, preds), _FACT_COLUMNS)
    return df.astype({"start": "Int64", "end": "Int64", "confidence": "Float64"})


def node_info(
    source: KnowledgeGraph | nx.MultiDiGraph, name: str, *, type: str | Iterable[str] | None = None
) -> dict[str, Any]:
    """The attributes of the one node named ``name`` (label, alias or IRI),
    with its ``iri``; raises :class:`~zhkg.errors.ZhkgError` listing the
    candidates when the name is ambiguous (see
    :func:`zhkg.analysis.resolve_node`).  Needs no pandas.

    >>> from zhkg.analysis import toy_graph
    >>> info = node_info(toy_graph(), "云川机电")
    >>> info["iri"], info["label"], info["type"]
    ('urn:toy:u2', '云川机电有限公司', 'Organization')
    """
    from zhkg.analysis import resolve_node

    g = as_graph(source)
    n = resolve_node(g, name, type=type)
    return {"iri": n, **g.nodes[n]}


def _targets(g: nx.MultiDiGraph, name: str | None, types: tuple[str, ...]) -> list[str]:
    if name is None:
        return [n for n, d in g.nodes(data=True) if d.get("type") in types]
    found = find_nodes(g, name, type=types)
    if not found:
        raise ZhkgError(f"no {' or '.join(types)} is named {name!r} (label, alias or IRI)")
    return found


def person_posts(source: KnowledgeGraph | nx.MultiDiGraph, person: str | None = None) -> pd.DataFrame:
    """The posts of the people named ``person`` (every person when None): one
    row per post and source, ``person``, ``person_label``, ``title``,
    ``unit``, ``unit_label``, ``unit_type``, ``start_date``/``end_date``/
    ``removed`` (from appointment notices, with a KnowledgeGraph), then the
    evidence columns; sorted by person, publication date, unit.  Two people
    of one name both appear: the ``person`` IRI tells them apart.

    >>> from zhkg.analysis import toy_graph
    >>> person_posts(toy_graph(), "宋知行")[["title", "unit_label", "published"]].values.tolist()
    [['院长', '云川职业技术学院', '2024-03-02'], ['理事长', '云川职教联盟', '2024-03-02']]
    """
    g = as_graph(source)
    people = _targets(g, person, ("Person",))
    dates: dict[tuple[str, str, str | None, str], dict[str, Any]] = {}
    res = _resolved(source)
    if res is not None:
        for f in res.facts:
            if f.p == "holdsPosition":
                dates.setdefault((f.s, f.o, f.title, f.article.id), f.relation.attrs)
    rows = []
    for p in people:
        for _, unit, d in g.out_edges(p, data=True):
            if d.get("predicate") != "holdsPosition":
                continue
            for ev in d.get("evidence") or [{}]:
                attrs = dates.get((p, unit, d.get("title"), ev.get("article")), {})
                rows.append({
                    "person": p, "person_label": g.nodes[p].get("label"), "title": d.get("title"),
                    "unit": unit, "unit_label": g.nodes[unit].get("label"),
                    "unit_type": g.nodes[unit].get("type"),
                    "start_date": attrs.get("start"), "end_date": attrs.get("end"),
                    "removed": bool(attrs.get("removed")),
                    **{k: ev.get(k) for k in EVIDENCE_COLUMNS},
                })
    rows.sort(key=lambda r: (str(r["person_label"]), r["person"], str(r["published"] or ""),
                             str(r["unit_label"]), str(r["title"])))
    cols = ["person", "person_label", "title", "unit", "unit_label", "unit_type", "start_date",
            "end_date", "removed", *EVIDENCE_COLUMNS]
    return records_frame(rows, cols).astype({"start": "Int64", "end": "Int64"})


def community_members(
    source: KnowledgeGraph | nx.MultiDiGraph, community: str | None = None, *, people: bool = True
) -> pd.DataFrame:
    """Who belongs to the community named ``community`` (every community when
    None): one row per member and role, ``role`` being ``lead``
    (leadsCommunity), ``member`` (memberOf) or, with ``people=True``,
    ``post`` (a person holding a post in the community itself, ``title``
    saying which).  ``sources`` counts the evidence; the first piece is given
    in the evidence columns.

    >>> from zhkg.analysis import toy_graph
    >>> df = community_members(toy_graph(), "云川职教联盟")
    >>> df[["member_label", "role"]].values.tolist()
    [['云川职业技术学院', 'lead'], ['云川机电有限公司', 'member'], ['宋知行', 'post']]
    >>> df["title"].dropna().tolist()
    ['理事长']
    """
    g = as_graph(source)
    comms = _targets(g, community, ("Community",))
    roles = {"leadsCommunity": "lead", "memberOf": "member"}
    if people:
        roles["holdsPosition"] = "post"
    order = {"lead": 0, "member": 1, "post": 2}
    rows = []
    for c in comms:
        for m, _, d in g.in_edges(c, data=True):
            role = roles.get(d.get("predicate"))
            want = ("Person",) if role == "post" else UNIT_TYPES
            if role is None or g.nodes[m].get("type") not in want:
                continue
            evidence = d.get("evidence") or [{}]
            rows.append({
                "community": c, "community_label": g.nodes[c].get("label"),
                "member": m, "member_label": g.nodes[m].get("label"),
                "member_type": g.nodes[m].get("type"), "role": role, "title": d.get("title"),
                "sources": len(d.get("evidence") or ()),
                **{k: evidence[0].get(k) for k in EVIDENCE_COLUMNS},
            })
    rows.sort(key=lambda r: (str(r["community_label"]), r["community"], order[r["role"]],
                             str(r["member_label"]), str(r["title"] or "")))
    cols = ["community", "community_label", "member", "member_label", "member_type", "role",
            "title", "sources", *EVIDENCE_COLUMNS]
    return records_frame(rows, cols).astype({"start": "Int64", "end": "Int64"})


# --------------------------------------------------------------------------- SPARQL


def _value(term: Any) -> Any:
    from rdflib import Literal

    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Literal):  # a datatype rdflib cannot map
            return str(value)
        return float(value) if isinstance(value, Decimal) else value
    return str(term)


def result_frame(result: Result) -> pd.DataFrame:
    """A SPARQL result as a DataFrame: SELECT gives one column per variable
    (IRIs as strings, literals as Python values, unbound as None); ASK one
    ``ask`` column; CONSTRUCT/DESCRIBE ``subject``, ``predicate``, ``object``.

    >>> from rdflib import Graph
    >>> g = Graph().parse(data='<urn:a> <urn:p> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .',
    ...                   format="turtle")
    >>> result_frame(g.query("SELECT ?s ?o WHERE { ?s ?p ?o }")).values.tolist()
    [['urn:a', 2]]
    """
    if result.type == "ASK":
        return records_frame([{"ask": bool(result.askAnswer)}], ["ask"])
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        rows = [dict(zip(("subject", "predicate", "object"), map(_value, t))) for t in result]
        return records_frame(rows, ["subject", "predicate", "object"])
    names = [str(v) for v in result.vars or ()]
    rows = [dict(zip(names, (_value(x) for x in row))) for row in result]
    return records_frame(rows, names)


def sparql_frame(source: KnowledgeGraph | Any, query: str, **bindings: Any) -> pd.DataFrame:
    """Run SPARQL text or a ready query by name (see
    :func:`zhkg.rdf.query.list_queries`) over a KnowledgeGraph (or an rdflib
    Graph/Dataset) and return the result as a DataFrame (:func:`result_frame`).
    Keyword arguments bind variables: strings with an IRI scheme become IRIs,
    other strings ``@zh`` literals.

    >>> import zhkg
    >>> kg = zhkg.build_texts(["云川市教育局副局长宋知行出席会议。"])
    >>> sparql_frame(kg, "person-posts", personLabel="宋知行")[["title", "unitLabel"]].values.tolist()
    [['副局长', '云川市教育局']]
    """
    from zhkg.rdf.query import run_query

    graph = getattr(source, "rdf", source)
    return result_frame(run_query(graph, query, bindings))
