"""Incremental builds into an on-disk store (``zhkg build ARTICLES --store DIR``).

Design (see ``ontology/README.md``, "On-disk store"): the store holds the
same quads a one-shot build of all its articles would give, so every query
answers alike on both. Locality comes from what is redone, not from a
different graph:

* an article whose source stamp (text, metadata, extraction code) is
  unchanged is not read by the extractor again: its stored record is used;
* a build streams: articles are read, extracted (in this process, a local
  process pool or on Dask, see :mod:`zhkg.parallel`) and their records
  stored batch by batch; then entities are resolved once over every stored
  record (cheap next to extraction), so merges see every article; then the
  stale graphs are written chunk by chunk, their records read back from the
  state table. What stays in memory is the entity index: the entities and
  relations of every article, without texts, sentences or mentions;
* an article's graph is a function of its record and of the global IRIs of
  its own entities; its *graph key* hashes exactly these, and only graphs
  whose key changed are rewritten: the changed articles, plus any article
  whose entity IRIs moved because a merge changed (rare, and logged);
* the entities graph is recomputed and rewritten only if its content changed.

Each article graph is written in one Oxigraph transaction; see
:meth:`~zhkg.store.oxstore.OxStore.write_graph` for the crash protocol.
"""

from __future__ import annotations

import gc
import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zhkg.model import Article, Failure
from zhkg.resolve import LocalKey, Overrides, Resolved, ResolvedFact, resolve
from zhkg.store.oxstore import OxStore
from zhkg.store.records import article_to_record, builder_fingerprint, dumps, sha256, source_stamp

__all__ = ["StoreBuild", "build_store"]

#: Extracted records held in memory before they are stored.
DEFAULT_BATCH = 500
# Articles turned into RDF per build_dataset call.
_CHUNK = 64
# Chunks written between two garbage collections.
_GC_EVERY = 8


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
    jobs: int | None = 1,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Callable[[Article | Failure], None] | None = None,
) -> StoreBuild:
    """Add the articles under ``paths`` to ``store`` (a folder or an open
    :class:`OxStore`), extracting only new or changed ones.

    Articles already in the store and not given keep their graphs. An article
    that fails to read or extract is reported in ``failures``; a stored
    version of it stays. ``batch_size`` bounds how many extracted records
    wait in memory before they are stored. ``jobs``, ``engine`` and
    ``scheduler`` say where extraction runs (see
    :func:`zhkg.parallel.extract_stream`); ``progress`` is called with every
    article read (extracted, unchanged or failed).
    """
    from zhkg.ingest import iter_articles
    from zhkg.parallel import extract_stream
    from zhkg.rdf.build import graph_iri

    t0 = time.perf_counter()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    own = not isinstance(store, OxStore)
    st = OxStore(store, base_iri=base_iri) if own else store
    if isinstance(overrides, (str, os.PathLike)):
        from zhkg.resolve import load_overrides

        overrides = load_overrides(overrides)
    tick = progress or (lambda item: None)
    try:
        states = st.states()
        report = StoreBuild(st.path, resolve([], base_iri=st.base_iri))
        seen: set[str] = set()
        stamps: dict[str, str] = {}  # articles out for extraction

        def to_extract() -> Iterator[Article]:
            for item in iter_articles(paths):
                if isinstance(item, Failure):
                    report.failures.append(item)
                    tick(item)
                    continue
                if item.id in seen:
                    dup = Failure(item.path, f"article id {item.id!r} given twice; "
                                             "the first one is kept", item.line)
                    report.failures.append(dup)
                    tick(dup)
                    continue
                seen.add(item.id)
                stamp = source_stamp(item)
                old = states.get(item.id)
                if old is not None and old.stamp == stamp and not reextract:
                    report.unchanged.append(item.id)
                    tick(item)
                    continue
                stamps[item.id] = stamp
                yield item

        batch: list[tuple[str, str, str, dict[str, Any]]] = []
        for done in extract_stream(to_extract(), jobs=jobs, engine=engine, scheduler=scheduler):
            tick(done)
            if isinstance(done, Failure):
                stamps.pop(Article(done.path, "", done.line).id, None)
                report.failures.append(done)
                continue
            (report.changed if done.id in states else report.added).append(done.id)
            batch.append((done.id, str(graph_iri(st.base_iri, done)), stamps.pop(done.id),
                          article_to_record(done)))
            if len(batch) >= batch_size:
                _store_records(st, batch)
        _store_records(st, batch)
        del states, seen
        _write_graphs(st, overrides, report)
        report.quads = len(st)
    finally:
        if own:
            st.close()
    report.seconds = time.perf_counter() - t0
    return report


def _store_records(st: OxStore, batch: list[tuple[str, str, str, dict[str, Any]]]) -> None:
    if batch:
        if st.consistent:
            st.mark_consistent(False)
        st.put_records(batch)
        batch.clear()


def _write_graphs(st: OxStore, overrides: Overrides | None, report: StoreBuild) -> None:
    """Resolve every stored record, write each graph whose key changed
    (chunk by chunk, full records read back from the state), then the
    entities graph."""
    from zhkg.rdf.build import build_dataset, entities_graph_iri, graph_iri

    base = st.base_iri
    index_arts = list(st.index_articles())
    resolved = resolve(index_arts, base_iri=base, overrides=overrides)
    report.resolved = resolved
    states = st.states()
    new = set(report.added) | set(report.changed)

    keys: dict[str, list[tuple[LocalKey, str]]] = defaultdict(list)
    for k, iri in resolved.index.items():
        keys[k.article].append((k, iri))
    facts: dict[str, list[ResolvedFact]] = defaultdict(list)
    for f in resolved.facts:
        facts[f.article.id].append(f)
    fp = builder_fingerprint()

    todo: list[tuple[str, str]] = []
    for art in index_arts:
        mapping = sorted((k.type, k.name, iri) for k, iri in keys.get(art.id, ()))
        gkey = sha256(states[art.id].record_hash, fp, base, dumps(mapping))
        if states[art.id].graph_key != gkey:
            todo.append((art.id, gkey))
            if art.id not in new:
                report.moved.append(art.id)
    del states, index_arts
    if todo and st.consistent:
        st.mark_consistent(False)

    for i in range(0, len(todo), _CHUNK):
        chunk = dict(todo[i:i + _CHUNK])
        arts = list(st.articles(chunk))
        by_id = {a.id: a for a in arts}
        sub = Resolved(
            articles=arts, base_iri=base, entities={},
            index={k: iri for aid in chunk for k, iri in keys.get(aid, ())},
            facts=[ResolvedFact(f.s, f.p, f.o, f.title, by_id[aid], f.relation)
                   for aid in chunk for f in facts.get(aid, ())],
            merges=[])
        ds = build_dataset(sub)
        for art in arts:
            g = graph_iri(base, art)
            st.write_graph(g, ds.graph(g), key=chunk[art.id], article_id=art.id)
        del ds, sub, arts, by_id
        if (i // _CHUNK) % _GC_EVERY == _GC_EVERY - 1:
            # rdflib graphs are reference cycles: without this, garbage
            # chunks pile up between the interpreter's full collections
            gc.collect()
    gc.collect()

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
