"""Resolved articles -> an rdflib Dataset: one named graph per article, plus
an entities graph.

Layout (see ``ontology/README.md``):

* ``{base}graph/entities``: each global entity's types, ``rdfs:label "…"@zh``,
  ``skos:altLabel`` aliases, event dates and kinds; which article-level
  entity resolves to which global one (``zhkg:resolvesTo``) and every merge
  decision with its reason. Recomputed on each build.
* ``{base}graph/<hash of article id>``: the article (id, path, URL, headline,
  date, …), its article-level entities, and its facts: the direct triple
  (``person zhkg:holdsPosition org``), the post node for holdsPosition, and a
  ``zhkg:Fact`` (a reified ``rdf:Statement`` and ``prov:Entity``) carrying
  ``prov:wasDerivedFrom`` the article, the sentence, its offsets, the rule
  and the confidence.
* event roles, in the article's graph: for an ``officiatesUnveiling`` fact
  whose relation names its event (``attrs["event"]``, an Event of the same
  article), ``event zhkg:officiant person`` and ``event zhkg:unveils target``;
  for a ``signedAgreement`` fact, a ``zhkg:Agreement`` node (``zhkg:party``
  both units, ``rdfs:label`` the title when ``attrs["agreement"]`` gives it)
  linked from the event by ``zhkg:agreementSigned`` and from the fact by
  ``zhkg:agreement``; the fact also points at its event (``zhkg:event``).

Every IRI comes from :func:`zhkg.resolve.mint_iri` (hashes), and every string
from the text is a literal, so no name can break any syntax.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef

from zhkg.model import PREDICATES, Article
from zhkg.nlp.lexicon import read_words
from zhkg.rdf.namespace import PREFIXES, PROV, SCHEMA, ZHKG
from zhkg.resolve import LocalKey, Resolved, ResolvedFact, mint_iri

__all__ = [
    "EVENT_KIND_CLASSES",
    "SCHOOL_SUFFIXES",
    "Sink",
    "Triples",
    "add_article",
    "add_entities",
    "agreement_iri",
    "article_iri",
    "build_dataset",
    "by_article",
    "date_literal",
    "entities_graph_iri",
    "graph_iri",
    "union_graph",
]

#: Unit names ending in one of these are also typed zhkg:School
#: (schema:EducationalOrganization).
SCHOOL_SUFFIXES = tuple(read_words("school_kinds.txt"))  # an Organization that is a zhkg:School

#: Event ``kind`` values that give a subclass of zhkg:Event.
EVENT_KIND_CLASSES = {
    "founding": ZHKG.FoundingMeeting,
    "unveiling": ZHKG.Unveiling,
    "signing": ZHKG.Signing,
    "meeting": ZHKG.Meeting,
    "forum": ZHKG.Meeting,
    "symposium": ZHKG.Meeting,
    "conference": ZHKG.Meeting,
    "lecture": ZHKG.Meeting,
    "seminar": ZHKG.Meeting,
    "appointment": ZHKG.Appointment,
}

_TYPE_CLASS = {
    "Person": ZHKG.Person,
    "Organization": ZHKG.Organization,
    "Community": ZHKG.Community,
    "Event": ZHKG.Event,
}
# Characters no RDF syntax (nor XML) may carry; dropped from literals.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Sink(Protocol):
    """Where graph content goes: anything with a Graph's ``add(triple)``."""

    def add(self, triple: tuple[Any, Any, Any], /) -> Any: ...


def _text(value: Any, lang: str | None = "zh") -> Literal:
    return Literal(_BAD_CHARS.sub("", str(value)), lang=lang)


def date_literal(value: Any) -> Literal | None:
    """An ISO date (or year-month, or year) as a typed literal; None if invalid.

    >>> date_literal("2023-12-22").datatype == XSD.date
    True
    >>> date_literal("2023-12-25 10:30:00")
    rdflib.term.Literal('2023-12-25', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#date'))
    >>> date_literal("2023-02-30") is None, date_literal("去年") is None
    (True, True)
    """
    s = str(value or "").strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$", s)
    if m:
        try:
            _dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return Literal(f"{m[1]}-{m[2]}-{m[3]}", datatype=XSD.date)
    m = re.match(r"^(\d{4})-(\d{2})$", s)
    if m and 1 <= int(m[2]) <= 12:
        return Literal(s, datatype=XSD.gYearMonth)
    if re.match(r"^\d{4}$", s):
        return Literal(s, datatype=XSD.gYear)
    return None


def _decimal(value: Any) -> Literal:
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        d = Decimal(0)
    return Literal(d, datatype=XSD.decimal)


def article_iri(base: str, article: Article | str) -> URIRef:
    """The IRI of an article (from its stable id)."""
    aid = article if isinstance(article, str) else article.id
    return URIRef(mint_iri(base, "article", aid))


def graph_iri(base: str, article: Article | str) -> URIRef:
    """The name of an article's graph (from its stable id)."""
    aid = article if isinstance(article, str) else article.id
    return URIRef(mint_iri(base, "graph", aid))


def entities_graph_iri(base: str) -> URIRef:
    """The name of the entities (merge) graph."""
    return URIRef(f"{base}graph/entities")


def _bind(g: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)


def _describe_article(g: Sink, base: str, art: Article) -> URIRef:
    a = article_iri(base, art)
    md = art.metadata or {}
    g.add((a, RDF.type, ZHKG.Article))
    g.add((a, ZHKG.articleId, _text(art.id, None)))
    g.add((a, ZHKG.path, _text(art.path, None)))
    if art.url:
        g.add((a, SCHEMA.url, Literal(_BAD_CHARS.sub("", art.url), datatype=XSD.anyURI)))
    if md.get("title"):
        g.add((a, SCHEMA.headline, _text(md["title"])))
    published = date_literal(md.get("published"))
    if published is not None:
        g.add((a, SCHEMA.datePublished, published))
    for key, prop in (("author", SCHEMA.author), ("editor", SCHEMA.editor),
                      ("reviewer", ZHKG.reviewer), ("source", ZHKG.source),
                      ("site", ZHKG.site)):
        if md.get(key):
            g.add((a, prop, _text(md[key])))
    return a


def _entities_graph(g: Sink, resolved: Resolved) -> None:
    for iri, ent in resolved.entities.items():
        e = URIRef(iri)
        g.add((e, RDF.type, _TYPE_CLASS[ent.type]))
        g.add((e, RDFS.label, _text(ent.label)))
        for alias in ent.aliases:
            g.add((e, SKOS.altLabel, _text(alias)))
        if ent.type == "Organization" and ent.label.endswith(SCHOOL_SUFFIXES):
            g.add((e, RDF.type, ZHKG.School))
        if ent.type == "Event":
            date = date_literal(ent.attrs.get("date"))
            if date is not None:
                g.add((e, ZHKG.date, date))
            kind = ent.attrs.get("kind")
            if kind:
                g.add((e, ZHKG.kind, _text(kind, None)))
                cls = EVENT_KIND_CLASSES.get(str(kind).lower())
                if cls is not None:
                    g.add((e, RDF.type, cls))
        for key in ent.members:
            g.add((URIRef(resolved.local_iri(key)), ZHKG.resolvesTo, e))
    for rec in resolved.merges:
        la, lb = resolved.local_iri(rec.a), resolved.local_iri(rec.b)
        m = URIRef(mint_iri(resolved.base_iri, "merge", *sorted((la, lb))))
        g.add((m, RDF.type, ZHKG.MergeDecision))
        g.add((m, ZHKG.merges, URIRef(la)))
        g.add((m, ZHKG.merges, URIRef(lb)))
        g.add((m, ZHKG.mergeReason, _text(rec.reason, None)))
        if rec.detail:
            g.add((m, RDFS.comment, _text(rec.detail)))


def build_dataset(resolved: Resolved) -> Dataset:
    """Build the RDF of ``resolved``: a Dataset with ``default_union=True``, so
    a query without GRAPH sees every named graph.

    >>> from zhkg.model import Article, Entity
    >>> from zhkg.resolve import resolve
    >>> art = Article(path="a.txt", text="", entities=[Entity("Person", "张三")])
    >>> ds = build_dataset(resolve([art]))
    >>> len(list(ds.graphs())) >= 2, ds.default_union
    (True, True)
    """
    base = resolved.base_iri
    ds = Dataset(default_union=True)
    _bind(ds)
    add_entities(ds.graph(entities_graph_iri(base)), resolved)
    keys, facts = by_article(resolved)
    for art in resolved.articles:
        add_article(ds.graph(graph_iri(base, art)), resolved, art,
                    keys.get(art.id, ()), facts.get(art.id, ()))
    return ds


def by_article(resolved: Resolved) -> tuple[dict[str, list[tuple[LocalKey, str]]],
                                            dict[str, list[ResolvedFact]]]:
    """``resolved.index`` and ``resolved.facts`` grouped by article id, in
    their order (one pass over each, whatever the number of articles)."""
    keys: dict[str, list[tuple[LocalKey, str]]] = {}
    for key, iri in resolved.index.items():
        keys.setdefault(key.article, []).append((key, iri))
    facts: dict[str, list[ResolvedFact]] = {}
    for f in resolved.facts:
        facts.setdefault(f.article.id, []).append(f)
    return keys, facts


def add_entities(g: Sink, resolved: Resolved) -> None:
    """Add the entities graph of ``resolved`` to ``g`` (anything with
    ``add(triple)``: an rdflib Graph, or a :class:`Triples` list)."""
    _entities_graph(g, resolved)


def add_article(g: Sink, resolved: Resolved, art: Article,
                keys: Iterable[tuple[LocalKey, str]], facts: Iterable[ResolvedFact]) -> None:
    """Add the graph of one article to ``g``: its description, its
    article-level entities (``keys``: its entries of ``resolved.index``) and
    its ``facts``. ``resolved`` gives the base IRI and the article's IRIs."""
    base = resolved.base_iri
    a = _describe_article(g, base, art)
    for key, _iri in keys:
        local = URIRef(resolved.local_iri(key))
        g.add((local, RDF.type, ZHKG.ArticleEntity))
        g.add((local, RDFS.label, _text(key.name)))
        g.add((local, ZHKG.inArticle, a))
    for ent in art.entities:
        count = ent.attrs.get("member_count")
        iri = resolved.iri_of(art, ent.type, ent.name)
        if ent.type == "Community" and iri and isinstance(count, int) and count >= 0:
            g.add((URIRef(iri), ZHKG.memberCount, Literal(count)))
    for f in facts:
        _add_fact(g, base, art, a, f, resolved)


class Triples(list):
    """A plain list of triples with the ``add`` of a Graph: the cheapest
    sink for :func:`add_article` and :func:`add_entities` when the triples
    are written elsewhere (the on-disk store)."""

    add = list.append


def _add_fact(g: Sink, base: str, art: Article, a: URIRef, f: ResolvedFact,
              resolved: Resolved) -> None:
    if f.p not in PREDICATES:  # a predicate outside the ontology: skip, never half-type
        return
    s, p, o = URIRef(f.s), ZHKG[f.p], URIRef(f.o)
    ev = f.relation.evidence
    g.add((s, p, o))
    fact = URIRef(mint_iri(base, "fact", art.id, f.s, f.p, f.o, f.title or "",
                           str(ev.start), str(ev.end), ev.rule))
    g.add((fact, RDF.type, ZHKG.Fact))
    g.add((fact, RDF.subject, s))
    g.add((fact, RDF.predicate, p))
    g.add((fact, RDF.object, o))
    g.add((fact, PROV.wasDerivedFrom, a))
    start = max(0, min(ev.start, len(art.text)))
    end = max(start, min(ev.end, len(art.text)))
    g.add((fact, ZHKG.sentence, _text(art.text[start:end])))
    g.add((fact, ZHKG.startOffset, Literal(start)))
    g.add((fact, ZHKG.endOffset, Literal(end)))
    g.add((fact, ZHKG.rule, _text(ev.rule, None)))
    g.add((fact, ZHKG.confidence, _decimal(ev.confidence)))
    if f.p == "holdsPosition" and f.title:
        post = URIRef(mint_iri(base, "post", f.s, f.o, f.title))
        g.add((fact, ZHKG.title, _text(f.title)))
        g.add((fact, ZHKG.post, post))
        g.add((post, RDF.type, ZHKG.Post))
        g.add((post, ZHKG.person, s))
        g.add((post, ZHKG.unit, o))
        g.add((post, ZHKG.title, _text(f.title)))
        attrs = f.relation.attrs or {}
        start_d = date_literal(attrs.get("start"))
        if start_d is not None:
            g.add((post, ZHKG.startDate, start_d))
        if attrs.get("removed"):
            g.add((post, ZHKG.removed, Literal(True)))
        end_d = date_literal(attrs.get("end"))
        if end_d is None and attrs.get("removed"):
            end_d = date_literal((art.metadata or {}).get("published"))
        if end_d is not None:
            g.add((post, ZHKG.endDate, end_d))
    if f.p in ("officiatesUnveiling", "signedAgreement"):
        _add_event_roles(g, base, art, fact, f, resolved)


def _fact_event(art: Article, f: ResolvedFact, resolved: Resolved) -> URIRef | None:
    """The IRI of the event a fact's relation names (an Event of its article)."""
    name = (f.relation.attrs or {}).get("event")
    if not isinstance(name, str) or not name:
        return None
    iri = resolved.iri_of(art, "Event", name)
    return URIRef(iri) if iri else None


def agreement_iri(base: str, article: Article | str, parties: list[str], title: str | None) -> URIRef:
    """The IRI of an agreement: its article, its parties (any order) and title.

    >>> a = agreement_iri("https://x.org/id/", "a.txt", ["https://x.org/id/o/2", "https://x.org/id/o/1"], None)
    >>> a == agreement_iri("https://x.org/id/", "a.txt", ["https://x.org/id/o/1", "https://x.org/id/o/2"], "")
    True
    >>> str(a).startswith("https://x.org/id/agreement/")
    True
    """
    aid = article if isinstance(article, str) else article.id
    return URIRef(mint_iri(base, "agreement", aid, *sorted(parties), title or ""))


def _add_event_roles(g: Sink, base: str, art: Article, fact: URIRef, f: ResolvedFact,
                     resolved: Resolved) -> None:
    event = _fact_event(art, f, resolved)
    if event is not None:
        g.add((fact, ZHKG.event, event))
    s, o = URIRef(f.s), URIRef(f.o)
    if f.p == "officiatesUnveiling":
        if event is not None:
            g.add((event, ZHKG.officiant, s))
            g.add((event, ZHKG.unveils, o))
        return
    if s == o:  # an agreement has two parties
        return
    title = (f.relation.attrs or {}).get("agreement")
    title = _BAD_CHARS.sub("", title).strip() if isinstance(title, str) else ""
    agreement = agreement_iri(base, art, [f.s, f.o], title)
    g.add((agreement, RDF.type, ZHKG.Agreement))
    g.add((agreement, ZHKG.party, s))
    g.add((agreement, ZHKG.party, o))
    if title:
        g.add((agreement, RDFS.label, _text(title)))
    g.add((fact, ZHKG.agreement, agreement))
    if event is not None:
        g.add((event, ZHKG.agreementSigned, agreement))


def union_graph(ds: Dataset) -> Graph:
    """All triples of every graph of ``ds`` in one Graph (for Turtle, SHACL)."""
    g = Graph()
    _bind(g)
    for ctx in ds.graphs():
        for t in ctx:
            g.add(t)
    return g
