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
* the entities graph is rewritten only if what it is made of changed (a
  hash of the resolution, computed without building it), streamed in chunks.

Graphs are made as N-Quads text (no rdflib graph in between), in worker
processes with ``jobs`` > 1, and Oxigraph parses and loads them: a chunk of
new article graphs in one atomic bulk load, a changed graph as a difference
in one transaction. See :meth:`~zhkg.store.oxstore.OxStore.write_graphs_text`
for the crash protocol. Memory holds the entity index and one chunk of
graphs, not the graph.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from zhkg.model import Article, Failure
from zhkg.resolve import LocalKey, Overrides, Resolved, ResolvedFact, resolve
from zhkg.store.oxstore import OxStore
from zhkg.store.records import article_to_record, builder_fingerprint, dumps, sha256, source_stamp

__all__ = ["StoreBuild", "build_store"]

#: Extracted records held in memory before they are stored.
DEFAULT_BATCH = 500
# Articles turned into RDF (and loaded into Oxigraph) per task.
_CHUNK = 64
# Article graphs per Oxigraph load (one atomic ingestion of ~10^5 quads:
# fewer, larger sorted files for RocksDB to merge than one per chunk).
_LOAD_ARTICLES = 512
# Triples of the entities graph loaded per bulk load.
_ENTITY_CHUNK = 20_000


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
    from zhkg.parallel import default_jobs, extract_stream
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
        states.clear()  # the stream is done: free what it needed
        seen.clear()
        _write_graphs(st, overrides, report,
                      jobs=default_jobs() if jobs is None or engine != "local" else jobs)
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


def _write_graphs(st: OxStore, overrides: Overrides | None, report: StoreBuild,
                  jobs: int = 1) -> None:
    """Resolve every stored record, write each graph whose key changed
    (chunk by chunk: the N-Quads of a chunk are made from the records in
    this process or, with ``jobs`` > 1, in a pool of processes, and loaded
    by Oxigraph), then the entities graph."""
    # a pool only pays on many chunks; it is forked while this process is small
    pool = _pool(jobs) if jobs > 1 and st.article_count() > 2 * _CHUNK else None
    try:
        _write_article_graphs(st, overrides, report, pool, 4 * jobs)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _write_article_graphs(st: OxStore, overrides: Overrides | None, report: StoreBuild,
                          pool: Any, window: int) -> None:
    from zhkg.rdf.build import by_article, entities_graph_iri

    base = st.base_iri
    index_arts = list(st.index_articles())
    resolved = resolve(index_arts, base_iri=base, overrides=overrides)
    report.resolved = resolved
    states = st.states()
    new = set(report.added) | set(report.changed)
    keys, facts = by_article(resolved)
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

    def tasks() -> Iterator[list[_Task]]:
        for i in range(0, len(todo), _CHUNK):
            yield [(aid, gkey, keys.get(aid, []),
                    [(f.s, f.p, f.o, f.title, f.relation) for f in facts.get(aid, ())])
                   for aid, gkey in todo[i:i + _CHUNK]]

    ready: list[tuple[str, Any, str, str]] = []
    for done in _map_ordered(partial(graph_texts, str(st.path), base), tasks(), pool, window):
        ready.extend(done)
        if len(ready) >= _LOAD_ARTICLES:
            _load(st, ready)
    _load(st, ready)

    eg_iri = entities_graph_iri(base)
    report.entities_rewritten = _write_entities_graph(st, resolved, eg_iri, fp)
    if not st.consistent:
        st.mark_consistent(True)


# An article-graph task: (article id, graph key, its index entries, its facts
# as (s, p, o, title, relation)).
_Task = tuple[str, str, list[tuple[LocalKey, str]], list[tuple[str, str, str, str | None, Any]]]


def graph_texts(store_path: str, base: str, tasks: list[_Task]) -> list[tuple[str, Any, str, str]]:
    """The graphs of a chunk of stored articles as N-Quads text, ready for
    :meth:`OxStore.write_graphs_text`: ``(article id, graph, key, text)``.

    Runs in a worker process as well as in the builder: it reads the
    records from the store's state table itself (read-only)."""
    from zhkg.rdf.build import Triples, add_article, graph_iri
    from zhkg.store.oxstore import read_articles
    from zhkg.store.terms import nquads_text

    arts = {a.id: a for a in read_articles(store_path, [t[0] for t in tasks])}
    sub = Resolved(articles=[], base_iri=base, entities={},
                   index={k: iri for t in tasks for k, iri in t[2]}, facts=[], merges=[])
    out = []
    for aid, gkey, entries, flist in tasks:
        art = arts[aid]
        g = graph_iri(base, art)
        triples = Triples()
        add_article(triples, sub, art, entries,
                    [ResolvedFact(s, p, o, title, art, rel) for s, p, o, title, rel in flist])
        out.append((aid, g, gkey, nquads_text(triples, g)))
    return out


def _load(st: OxStore, ready: list[tuple[str, Any, str, str]]) -> None:
    if ready:
        st.write_graphs_text(ready)
        st.flush()  # a graph replaced by a transaction leaves RocksDB write buffers
        ready.clear()


def _pool(jobs: int) -> Any:
    """A pool of ``jobs`` processes, forked now (all at once: fork pools start
    every worker on the first task). Called before the entity index is
    loaded, so the workers do not share, and then copy, its pages."""
    from concurrent.futures import ProcessPoolExecutor

    from zhkg.parallel import die_with_parent, pool_context

    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=pool_context(), initializer=die_with_parent)
    pool.submit(int).result()
    return pool


def _map_ordered(fn: Callable[[Any], Any], tasks: Iterator[Any], pool: Any, window: int) -> Iterator[Any]:
    """``fn`` over ``tasks``, in order: here (``pool`` None) or in the pool,
    at most ``window`` tasks ahead (bounded memory)."""
    if pool is None:
        yield from map(fn, tasks)
        return
    pending: deque[Any] = deque()
    for task in tasks:
        pending.append(pool.submit(fn, task))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class _EntityLines:
    """A sink for :func:`zhkg.rdf.build.add_entities` that keeps at most a
    chunk of triples: it hands their N-Quads text to ``emit`` chunk by chunk."""

    def __init__(self, graph: Any, emit: Callable[[str], None]) -> None:
        self._graph, self._emit = graph, emit
        self._triples: list[tuple[Any, Any, Any]] = []

    def add(self, triple: tuple[Any, Any, Any]) -> None:
        self._triples.append(triple)
        if len(self._triples) >= _ENTITY_CHUNK:
            self.flush()

    def flush(self) -> None:
        from zhkg.store.terms import nquads_text

        if self._triples:
            self._emit(nquads_text(self._triples, self._graph))
            self._triples = []


def entities_key(resolved: Resolved, fp: str) -> str:
    """What the entities graph is made of, hashed without building it: every
    global entity and merge decision (an order-free sum of their hashes),
    the base IRI and the builder code's fingerprint ``fp``."""
    total = 0
    items: Iterable[Any] = (
        *([e.iri, e.type, e.label, e.aliases, e.attrs, [(m.article, m.type, m.name) for m in e.members]]
          for e in resolved.entities.values()),
        *([m.iri, m.a.article, m.a.type, m.a.name, m.b.article, m.b.type, m.b.name, m.reason, m.detail]
          for m in resolved.merges),
    )
    count = 0
    for item in items:
        digest = hashlib.sha256(dumps(item).encode("utf-8")).digest()
        total = (total + int.from_bytes(digest, "big")) % (1 << 256)
        count += 1
    return sha256(fp, resolved.base_iri, str(count), f"{total:064x}")


def _write_entities_graph(st: OxStore, resolved: Resolved, graph: Any, fp: str) -> bool:
    """Write the entities graph if what it is made of changed (True if
    written), as text in chunks, never held whole."""
    from zhkg.rdf.build import add_entities

    key = entities_key(resolved, fp)
    if st.graph_key(graph) == key:
        return False

    def fill(emit: Callable[[str], None]) -> None:
        sink = _EntityLines(graph, emit)
        add_entities(sink, resolved)
        sink.flush()

    st.rewrite_graph_text(graph, fill, key=key)
    return True
