"""Incremental builds into an on-disk store (``zhkg build ARTICLES --store DIR``).

Design (see ``ontology/README.md``, "On-disk store"): the store holds the
same quads a one-shot build of all its articles would give, so every query
answers alike on both. Locality comes from what is redone, not from a
different graph:

* an article whose source stamp (text, metadata, extraction code) is
  unchanged is not read by the extractor again: its stored record is used;
* entities are resolved again over all stored records (cheap next to
  extraction), so merges see every article;
* an article's graph is a function of its record and of the global IRIs of
  its own entities; its *graph key* hashes exactly these, and only graphs
  whose key changed are rewritten: the changed articles, plus any article
  whose entity IRIs moved because a merge changed (rare, and logged);
* the entities graph is recomputed and rewritten only if its content changed.

Each article graph is written in one Oxigraph transaction; see
:meth:`~zhkg.store.oxstore.OxStore.write_graph` for the crash protocol.
"""

from __future__ import annotations

import os
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zhkg.model import Article, Failure
from zhkg.resolve import LocalKey, Overrides, Resolved, ResolvedFact, resolve
from zhkg.store.oxstore import OxStore
from zhkg.store.records import article_to_record, builder_fingerprint, dumps, sha256, source_stamp

__all__ = ["StoreBuild", "build_store"]

#: Extracted articles held in memory before they are written.
DEFAULT_BATCH = 500
# Articles turned into RDF per build_dataset call.
_CHUNK = 64


@dataclass
class StoreBuild:
    """What one incremental build did, and the resolved view of the store."""

    store: Path
    resolved: Resolved
    failures: list[Failure] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)
    entities_rewritten: bool = False
    quads: int = 0
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        """:meth:`zhkg.kg.KnowledgeGraph.summary` of the whole store, plus
        a ``store`` section: what this build added, changed and rewrote."""
        from zhkg.kg import KnowledgeGraph

        out = KnowledgeGraph(self.resolved, self.failures).summary()
        out["store"] = {
            "path": str(self.store),
            "articles": len(self.resolved.articles),
            "added": len(self.added),
            "changed": len(self.changed),
            "unchanged": len(self.unchanged),
            "graphs_rewritten_for_moved_iris": len(self.moved),
            "entities_graph_rewritten": self.entities_rewritten,
            "quads": self.quads,
            "seconds": round(self.seconds, 3),
        }
        return out


def build_store(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    store: OxStore | str | os.PathLike[str],
    *,
    base_iri: str | None = None,
    overrides: Overrides | str | os.PathLike[str] | None = None,
    reextract: bool = False,
    batch_size: int = DEFAULT_BATCH,
) -> StoreBuild:
    """Add the articles under ``paths`` to ``store`` (a folder or an open
    :class:`OxStore`), extracting only new or changed ones.

    Articles already in the store and not given keep their graphs. An article
    that fails to read or extract is reported in ``failures``; a stored
    version of it stays. ``batch_size`` bounds how many extracted articles
    wait in memory before they are written.
    """
    from zhkg.ingest import iter_articles
    from zhkg.pipeline import extract_one

    t0 = time.perf_counter()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    own = not isinstance(store, OxStore)
    st = OxStore(store, base_iri=base_iri) if own else store
    if isinstance(overrides, (str, os.PathLike)):
        from zhkg.resolve import load_overrides

        overrides = load_overrides(overrides)
    try:
        states = st.states()
        report = StoreBuild(st.path, resolve([], base_iri=st.base_iri))
        records: dict[str, Article] = {a.id: a for a in st.articles()}
        pending: dict[str, tuple[str, Article]] = {}
        seen: set[str] = set()
        for item in iter_articles(paths):
            if isinstance(item, Failure):
                report.failures.append(item)
                continue
            if item.id in seen:
                report.failures.append(Failure(item.path, f"article id {item.id!r} given twice; "
                                                          "the first one is kept", item.line))
                continue
            seen.add(item.id)
            stamp = source_stamp(item)
            old = states.get(item.id)
            if old is not None and old.stamp == stamp and not reextract:
                report.unchanged.append(item.id)
                continue
            done = extract_one(item)
            if isinstance(done, Failure):
                report.failures.append(done)
                continue
            (report.changed if old is not None else report.added).append(item.id)
            pending[item.id] = (stamp, done)
            if len(pending) >= batch_size:
                _flush(st, records, pending, overrides, report, final=False)
        _flush(st, records, pending, overrides, report, final=True)
        report.quads = len(st)
    finally:
        if own:
            st.close()
    report.seconds = time.perf_counter() - t0
    return report


def _flush(st: OxStore, records: dict[str, Article], pending: dict[str, tuple[str, Article]],
           overrides: Overrides | None, report: StoreBuild, *, final: bool) -> None:
    """Resolve all records plus ``pending``, write the pending articles'
    graphs and, when ``final``, every other stale graph and the entities
    graph."""
    from zhkg.rdf.build import build_dataset, entities_graph_iri, graph_iri

    base = st.base_iri
    for aid, (_, art) in pending.items():
        records[aid] = art
    arts = [records[k] for k in sorted(records)]
    resolved = resolve(arts, base_iri=base, overrides=overrides)
    report.resolved = resolved
    states = st.states()

    keys: dict[str, list[tuple[LocalKey, str]]] = defaultdict(list)
    for k, iri in resolved.index.items():
        keys[k.article].append((k, iri))
    facts: dict[str, list[ResolvedFact]] = defaultdict(list)
    for f in resolved.facts:
        facts[f.article.id].append(f)
    fp = builder_fingerprint()

    todo: list[tuple[Article, str, tuple[str, str, dict[str, Any]] | None]] = []
    for art in arts:
        if art.id in pending:
            record = article_to_record(art)
            rhash = sha256(dumps(record))
            new = (art.id, pending[art.id][0], record)
        else:
            rhash = states[art.id].record_hash
            new = None
        mapping = sorted((k.type, k.name, iri) for k, iri in keys.get(art.id, ()))
        gkey = sha256(rhash, fp, base, dumps(mapping))
        if new is not None:
            todo.append((art, gkey, new))
        elif final and states[art.id].graph_key != gkey:
            todo.append((art, gkey, None))
            report.moved.append(art.id)
    if todo and st.consistent:
        st.mark_consistent(False)

    for i in range(0, len(todo), _CHUNK):
        chunk = todo[i:i + _CHUNK]
        ids = {a.id for a, _, _ in chunk}
        sub = Resolved(
            articles=[a for a, _, _ in chunk], base_iri=base, entities={},
            index={k: iri for aid in ids for k, iri in keys.get(aid, ())},
            facts=[f for aid in ids for f in facts.get(aid, ())], merges=[])
        ds = build_dataset(sub)
        for art, gkey, new in chunk:
            g = graph_iri(base, art)
            st.write_graph(g, ds.graph(g), key=gkey, article=new,
                           article_id=None if new is not None else art.id)
    pending.clear()
    if not final:
        return

    eg_iri = entities_graph_iri(base)
    whole = Resolved(articles=[], base_iri=base, entities=resolved.entities,
                     index=resolved.index, facts=[], merges=resolved.merges)
    eg = build_dataset(whole).graph(eg_iri)
    ekey = sha256(fp, *sorted(" ".join(t.n3() for t in triple) for triple in eg))
    if st.graph_key(eg_iri) != ekey:
        st.write_graph(eg_iri, eg, key=ekey)
        report.entities_rewritten = True
    if not st.consistent:
        st.mark_consistent(True)
