"""An on-disk Oxigraph store of zhkg graphs, with a small state table.

A store is a folder::

    DIR/oxigraph/      the RDF (pyoxigraph / RocksDB): the quads of the
                       built graph, one named graph per article plus the
                       entities graph; and in the default graph their union,
                       each triple once (see below)
    DIR/state.sqlite   per article: its source stamp, its extracted record
                       (JSON) and the key of the graph now in the store;
                       per store: base IRI, entities-graph key, consistency

Every write of an article is one step of a crash-safe protocol (see
:meth:`OxStore.write_graph`): the state first marks the article's graph
dirty, then one Oxigraph transaction replaces the graph whole, then the state
records the new key. A build killed at any point leaves each graph whole
(old or new), and the next build repairs any graph left dirty.

Why a union default graph: a fact or a label stated in many articles is in
many named graphs, and Oxigraph's "default graph as union" returns one
solution per copy, so a join of k such patterns multiplies (a post named in
20 articles: 20^4 rows before DISTINCT, seconds to minutes). The store keeps
the union as a set in the real default graph, updated in the same
transaction as each named graph, and queries run on it: rows as rdflib's
``default_union`` gives them, at Oxigraph's speed.

>>> import tempfile
>>> with OxStore(tempfile.mkdtemp()) as st:  # doctest: +SKIP
...     len(st)
0
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from rdflib import Dataset, Graph, URIRef
from rdflib.query import Result
from rdflib.term import Node, Variable

from zhkg.errors import QueryError, StoreError
from zhkg.model import Article
from zhkg.rdf.namespace import PREFIXES
from zhkg.resolve import DEFAULT_BASE_IRI
from zhkg.store.records import article_from_record, dumps, sha256
from zhkg.store.terms import from_ox, oxigraph, quad_text, to_ox, to_ox_quad, triple_text

__all__ = ["OX_DIR", "STATE_FILE", "ArticleState", "OxStore", "is_store", "read_articles"]

#: The Oxigraph (RocksDB) folder inside a store folder.
OX_DIR = "oxigraph"
#: The state table inside a store folder.
STATE_FILE = "state.sqlite"
_SCHEMA = "1"

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    graph TEXT NOT NULL,
    stamp TEXT NOT NULL,
    record TEXT NOT NULL,
    record_hash TEXT NOT NULL,
    graph_key TEXT
);
"""


def is_store(path: str | os.PathLike[str]) -> bool:
    """True if ``path`` is a zhkg store folder (has state.sqlite and oxigraph/)."""
    p = Path(path)
    return p.is_dir() and (p / STATE_FILE).is_file() and (p / OX_DIR).is_dir()


@dataclass(frozen=True, slots=True)
class ArticleState:
    """What the store holds for one article. ``graph_key`` None: dirty."""

    id: str
    graph: str
    stamp: str
    record_hash: str
    graph_key: str | None


class OxStore:
    """A zhkg store folder, opened for reading and writing.

    Args:
        path: the store folder (created with ``create=True`` if missing).
        base_iri: the base IRI of the graph; a new store records it, an
            existing one must match it (None: the stored one, or the default).
        create: make the folder if it is not a store yet.

    Oxigraph lets one process at a time open a store for writing: a second
    opener (a build while ``zhkg serve`` runs) gets a :class:`StoreError`.
    """

    def __init__(self, path: str | os.PathLike[str], *, base_iri: str | None = None,
                 create: bool = True) -> None:
        ox = oxigraph()
        self.path = Path(path)
        if not is_store(self.path):
            if not create:
                raise StoreError(f"{self.path}: not a zhkg store (no {STATE_FILE} and {OX_DIR}/)")
            if self.path.exists() and (not self.path.is_dir() or any(self.path.iterdir())):
                raise StoreError(f"{self.path}: exists and is not an empty folder or a zhkg store")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path / STATE_FILE, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_DDL)
        except (OSError, sqlite3.Error) as e:
            raise StoreError(f"{self.path}: cannot open the store's state: {e}") from e
        try:
            self.ox = ox.Store(str(self.path / OX_DIR))
        except OSError as e:
            self._db.close()
            raise StoreError(f"{self.path}: cannot open the Oxigraph store (in use by another "
                             f"process, e.g. zhkg serve?): {e}") from e
        stored = self.meta("base_iri")
        if stored is None:
            self._set_meta(schema=_SCHEMA, base_iri=base_iri or DEFAULT_BASE_IRI, consistent="1")
        elif base_iri and base_iri != stored:
            self.close()
            raise StoreError(f"{self.path}: the store's base IRI is {stored!r}, not {base_iri!r}")
        elif self.meta("schema") != _SCHEMA:
            self.close()
            raise StoreError(f"{self.path}: store schema {self.meta('schema')!r}, "
                             f"this zhkg reads {_SCHEMA!r}")

    # ------------------------------------------------------------------ life cycle

    def close(self) -> None:
        """Flush and release the store (the Oxigraph lock goes with the object)."""
        if getattr(self, "_db", None) is not None:
            self._db.close()
            self._db = None
        if getattr(self, "ox", None) is not None:
            try:
                self.ox.flush()
            except OSError:
                pass
            self.ox = None

    def flush(self) -> None:
        """Write Oxigraph's in-memory buffers to disk (bounds their memory)."""
        try:
            self.ox.flush()
        except OSError as e:
            raise StoreError(f"{self.path}: cannot flush the Oxigraph store: {e}") from e

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<OxStore {str(self.path)!r}>"

    # ------------------------------------------------------------------ state

    def meta(self, key: str) -> str | None:
        """A store-level value (``base_iri``, ``consistent``, ``entities_key``, …)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def _set_meta(self, **values: str) -> None:
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                 list(values.items()))

    @property
    def base_iri(self) -> str:
        """The base IRI every IRI of this store is minted under."""
        return self.meta("base_iri") or DEFAULT_BASE_IRI

    @property
    def consistent(self) -> bool:
        """False while (or if a crash left) a build between its first write
        and its entities graph: article graphs are whole, but IRIs moved by
        merges may not be everywhere yet. The next build repairs it."""
        return self.meta("consistent") == "1"

    def mark_consistent(self, value: bool) -> None:
        """Record whether every graph matches the latest resolution."""
        self._set_meta(consistent="1" if value else "0")

    def states(self) -> dict[str, ArticleState]:
        """Every stored article's state, by article id."""
        rows = self._db.execute("SELECT id, graph, stamp, record_hash, graph_key FROM articles")
        return {r[0]: ArticleState(*r) for r in rows}

    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """The stored extracted articles (all, by id, or those of ``ids``, in
        that order), one at a time."""
        if ids is None:
            rows = self._db.execute("SELECT record FROM articles ORDER BY id")
            for (rec,) in rows:
                yield article_from_record(_loads(rec))
            return
        for aid in ids:
            row = self._db.execute("SELECT record FROM articles WHERE id = ?", (aid,)).fetchone()
            if row is not None:
                yield article_from_record(_loads(row[0]))

    def index_articles(self) -> Iterator[Article]:
        """Every stored article, by id, as resolution needs it: id, entities
        of the scored types (attributes, no mentions) and relations, but no
        text, sentences, metadata or URL; names are interned, so a name
        repeated across articles is held once. SQLite picks these fields out
        of each record, so the texts are never parsed."""
        from sys import intern

        from zhkg.model import SCORED_TYPES, Entity, Evidence, Relation

        rows = self._db.execute(
            "SELECT json_extract(record, '$.path'), json_extract(record, '$.line'),"
            " json_extract(record, '$.entities'), json_extract(record, '$.relations')"
            " FROM articles ORDER BY id")
        for path, line, ents, rels in rows:
            yield Article(
                path=path, text="", line=line,
                entities=[Entity(intern(e["type"]), intern(e["name"]), [], e.get("attrs") or {})
                          for e in _loads_list(ents) if e["type"] in SCORED_TYPES],
                relations=[Relation(intern(r["s"]), intern(r["p"]), intern(r["o"]),
                                    intern(r["s_type"]), intern(r["o_type"]),
                                    Evidence(*r["evidence"]),
                                    intern(r["title"]) if r.get("title") else r.get("title"),
                                    r.get("attrs") or {})
                           for r in _loads_list(rels)])

    def put_records(self, rows: Iterable[tuple[str, str, str, dict[str, Any]]]) -> None:
        """Store new extracted records ``(id, graph, stamp, record)`` in one
        transaction, their graphs marked dirty (the build writes them next;
        a crash before that leaves them dirty, and the next build writes
        them without extracting again)."""
        data = []
        for rid, graph, stamp, record in rows:
            text = dumps(record)
            data.append((rid, graph, stamp, text, sha256(text)))
        if not data:
            return
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO articles (id, graph, stamp, record, record_hash, graph_key)"
                " VALUES (?, ?, ?, ?, ?, NULL)", data)

    def article_count(self) -> int:
        """How many articles the store holds."""
        return self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    # ------------------------------------------------------------------ writes

    def write_graph(self, graph: URIRef, quads: Iterable[tuple[Node, Node, Node]], *,
                    key: str, article: tuple[str, str, dict[str, Any]] | None = None,
                    article_id: str | None = None) -> None:
        """Replace named graph ``graph`` with ``quads`` (triples), whole.

        For an article pass ``article_id`` (graph already known to the state)
        or ``article=(id, stamp, record)`` (a new or re-extracted article);
        without either, ``graph`` is a store-level graph (the entities graph)
        whose key is kept in the meta table.

        Steps: (1) the update is made: only the difference with the stored
        graph (an error here writes nothing); (2) the state marks the graph
        dirty, storing a new record if given; (3) one Oxigraph transaction
        changes the graph and the union default graph; (4) the state records
        ``key``. A crash after (2) leaves the graph whole but dirty, and the
        next build rewrites it.
        """
        new = {to_ox_quad(s, p, o, graph) for s, p, o in quads}
        update = self._replace_update(graph, new)
        aid = article[0] if article is not None else article_id
        with self._db:
            if article is not None:
                rid, stamp, record = article
                text = dumps(record)
                self._db.execute(
                    "INSERT OR REPLACE INTO articles (id, graph, stamp, record, record_hash, graph_key)"
                    " VALUES (?, ?, ?, ?, ?, NULL)", (rid, str(graph), stamp, text, sha256(text)))
            elif aid is not None:
                self._db.execute("UPDATE articles SET graph_key = NULL WHERE id = ?", (aid,))
            else:
                self._db.execute("DELETE FROM meta WHERE key = ?", (f"key:{graph}",))
        self._update(graph, update)
        with self._db:
            if aid is not None:
                self._db.execute("UPDATE articles SET graph_key = ? WHERE id = ?", (key, aid))
            else:
                self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                 (f"key:{graph}", key))

    def write_graphs_text(self, items: list[tuple[str, URIRef, str, str]]) -> None:
        """Replace the graphs of several articles, each given whole as
        N-Quads text: ``(article id, graph, key, text)``, the text holding the
        graph's quads and the same triples in the default graph (see
        :func:`~zhkg.store.terms.nquads_text`).

        The same protocol as :meth:`write_graph`, for a batch: the state marks
        every graph dirty, the graphs not yet in the store are loaded in one
        atomic bulk load (parsed by Oxigraph, no SPARQL), a graph already
        there gets the difference as in :meth:`write_graph`, then the state
        records the keys. A crash leaves each graph whole, old or new."""
        if not items:
            return
        ox = oxigraph()
        fresh, present = [], []
        for item in items:
            g = to_ox(item[1])
            has = next(iter(self.ox.quads_for_pattern(None, None, None, g)), None) is not None
            (present if has else fresh).append(item)
        with self._db:
            self._db.executemany("UPDATE articles SET graph_key = NULL WHERE id = ?",
                                 [(aid,) for aid, *_ in items])
        for batch, atomic_bulk in _bulk_batches(fresh):
            try:
                # Oxigraph's bulk loader writes sorted files and hands them to
                # RocksDB in one ingestion per 10^6 quads, which RocksDB applies
                # atomically: a batch kept under that is in or out whole, and
                # loads ~2.5x faster than a transaction; a single graph too big
                # for one ingestion goes through a transaction instead
                text = "".join(t for *_, t in batch)
                if atomic_bulk:
                    self.ox.bulk_load(text, format=ox.RdfFormat.N_QUADS)
                else:
                    self.ox.load(text, format=ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError, ValueError) as e:
                raise StoreError(f"{self.path}: cannot write the graphs of "
                                 f"{', '.join(aid for aid, *_ in batch[:3])}: {e}") from e
        for _aid, graph, _key, text in present:
            new = {q for q in ox.parse(text, format=ox.RdfFormat.N_QUADS)
                   if not isinstance(q.graph_name, ox.DefaultGraph)}
            self._update(graph, self._replace_update(graph, new))
        with self._db:
            self._db.executemany("UPDATE articles SET graph_key = ? WHERE id = ?",
                                 [(key, aid) for aid, _g, key, _t in items])

    def rewrite_graph_text(self, graph: URIRef, fill: Callable[[Callable[[str], None]], None],
                           *, key: str) -> None:
        """Replace a store-level graph (the entities graph), however large,
        without holding it in memory: ``fill(emit)`` calls ``emit`` with each
        chunk of its N-Quads text (each also stating its triples in the
        default graph).

        The meta table drops the graph's key first (dirty); then the old
        graph leaves the store (its triples leave the union default graph
        unless another graph states them), the chunks are loaded one atomic
        bulk load each, and the key is recorded. A crash in between leaves
        the graph dirty, and the next build writes it again."""
        ox = oxigraph()
        with self._db:
            self._db.execute("DELETE FROM meta WHERE key = ?", (f"key:{graph}",))
        g = to_ox(graph)
        if next(iter(self.ox.quads_for_pattern(None, None, None, g)), None) is not None:
            self._update(graph, f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }}\n"
                                f" FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {g}) }} }} ;\n"
                                f"DROP SILENT GRAPH {g}")

        def emit(text: str) -> None:
            try:  # one atomic ingestion per chunk (see write_graphs_text)
                self.ox.bulk_load(text, format=ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError, ValueError) as e:
                raise StoreError(f"{self.path}: cannot write graph {graph}: {e}") from e

        fill(emit)
        self._set_meta(**{f"key:{graph}": key})

    def _replace_update(self, graph: URIRef, new: set[Any]) -> str:
        """One SPARQL Update (one transaction) turning the stored ``graph``
        into ``new``: delete what went, insert what came (into the graph and
        the union default graph), then drop from the union the triples no
        named graph states any more."""
        old = set(self.ox.quads_for_pattern(None, None, None, to_ox(graph)))
        gone, added = old - new, new - old
        ops = []
        if gone:
            ops.append(f"DELETE DATA {{\n{quad_text(gone)}\n}}")
        if added:
            ops.append(f"INSERT DATA {{\n{quad_text(added)}\n{triple_text(added)}\n}}")
        if gone:
            ops.append("DELETE { ?s ?p ?o } WHERE {\n VALUES (?s ?p ?o) {\n"
                       + "\n".join(f"({q.subject} {q.predicate} {q.object})" for q in gone)
                       + "\n }\n FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } }\n}")
        return " ;\n".join(ops)

    def _update(self, graph: URIRef, update: str) -> None:
        try:
            if update:
                self.ox.update(update)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"{self.path}: cannot write graph {graph}: {e}") from e

    def graph_key(self, graph: URIRef) -> str | None:
        """The key of a store-level graph (None: never written, or dirty)."""
        return self.meta(f"key:{graph}")

    def remove_article(self, article_id: str) -> bool:
        """Drop an article's graph and state (the entities graph is recomputed
        by the next build). False if the store does not hold it."""
        st = self.states().get(article_id)
        if st is None:
            return False
        with self._db:
            self._db.execute("UPDATE articles SET graph_key = NULL WHERE id = ?", (article_id,))
        self.mark_consistent(False)
        g = URIRef(st.graph)
        self._update(g, self._replace_update(g, set()))
        with self._db:
            self._db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return True

    # ------------------------------------------------------------------ reads

    def __len__(self) -> int:
        """Quads in the named graphs (the union default graph not counted)."""
        res = self.ox.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(res))["n"].value)

    def graph_names(self) -> set[URIRef]:
        """The named graphs in the store."""
        return {URIRef(g.value) for g in self.ox.named_graphs()}

    def quads(self, graph: URIRef | None = None) -> Iterator[tuple[Node, Node, Node, Node | None]]:
        """Every quad of the named graphs (or of one graph) as rdflib terms."""
        for q in self.ox_quads(graph):
            yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), from_ox(q.graph_name)

    def ox_quads(self, graph: URIRef | None = None) -> Iterator[Any]:
        """The pyoxigraph quads of the named graphs (or of one graph): the
        built graph, without the union default graph."""
        ox = oxigraph()
        g = None if graph is None else to_ox(graph)
        for q in self.ox.quads_for_pattern(None, None, None, g):
            if not isinstance(q.graph_name, ox.DefaultGraph):
                yield q

    def nquads(self) -> bytes:
        """The built graph (named graphs) as N-Quads."""
        ox = oxigraph()
        return ox.serialize(self.ox_quads(), format=ox.RdfFormat.N_QUADS)

    def dump(self, path: str | os.PathLike[str]) -> Path:
        """Write the built graph to ``path`` as N-Quads (.nq) or TriG (.trig)."""
        ox = oxigraph()
        p = Path(path)
        fmt = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}.get(p.suffix.lower())
        if fmt is None:
            raise StoreError(f"{p}: export a store as .nq or .trig")
        ox.serialize(self.ox_quads(), str(p), fmt)
        return p

    def to_dataset(self) -> Dataset:
        """The built graph as an rdflib Dataset (``default_union=True``)."""
        ds = Dataset(default_union=True)
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns, override=True, replace=True)
        ds.parse(data=self.nquads(), format="nquads")
        return ds

    def query(self, text: str, bindings: dict[str, Any] | None = None) -> Result:
        """Run SPARQL (zhkg's prefixes predeclared) inside Oxigraph over the
        union of all graphs (each triple once), as an rdflib :class:`~rdflib.query.Result` (the
        same shape :func:`zhkg.rdf.query.run_query` returns).

        ``bindings`` give variables values like ``run_query``'s (strings
        with an IRI scheme are IRIs, other strings ``@zh`` literals).
        """
        from zhkg.rdf.query import to_term

        ox = oxigraph()
        subs = {ox.Variable(k.lstrip("?$")): to_ox(to_term(v)) for k, v in (bindings or {}).items()}
        try:
            res = self.ox.query(text, prefixes=ox_prefixes(), substitutions=subs or None)
            return to_rdflib_result(res)
        except SyntaxError as e:
            first = text.strip().splitlines()[0] if text.strip() else ""
            raise QueryError(f"cannot parse SPARQL query starting {first[:60]!r}: {e}") from e
        except (OSError, ValueError, RuntimeError) as e:
            raise QueryError(f"SPARQL query failed: {e}") from e


#: Most quads handed to one bulk load: well under the 10^6 quads Oxigraph's
#: bulk loader ingests at once (and so atomically).
BULK_QUADS = 500_000


def _bulk_batches(items: list[tuple[str, URIRef, str, str]]) -> Iterator[tuple[list[Any], bool]]:
    """``items`` (N-Quads texts, a quad a line) in batches of at most
    :data:`BULK_QUADS` quads, each with whether it may be bulk-loaded; an
    article above the limit alone, to be loaded by a transaction."""
    batch: list[Any] = []
    size = 0
    for item in items:
        n = item[3].count("\n")
        if n > BULK_QUADS:
            yield [item], False
            continue
        if batch and size + n > BULK_QUADS:
            yield batch, True
            batch, size = [], 0
        batch.append(item)
        size += n
    if batch:
        yield batch, True


def read_articles(path: str | os.PathLike[str], ids: Iterable[str]) -> Iterator[Article]:
    """The stored extracted articles of ``ids`` (in that order) of the store
    at ``path``, read through a read-only connection to its state table:
    other processes may read while the builder holds the store open."""
    uri = (Path(path) / STATE_FILE).resolve().as_uri() + "?mode=ro"
    db = sqlite3.connect(uri, uri=True)
    try:
        for aid in ids:
            row = db.execute("SELECT record FROM articles WHERE id = ?", (aid,)).fetchone()
            if row is not None:
                yield article_from_record(_loads(row[0]))
    finally:
        db.close()


def ox_prefixes() -> dict[str, str]:
    """zhkg's prefixes as plain strings, for pyoxigraph's ``prefixes=``."""
    return {k: str(v) for k, v in PREFIXES.items()}


def to_rdflib_result(res: Any) -> Result:
    """A pyoxigraph query answer as an rdflib Result (rows materialised)."""
    ox = oxigraph()
    if isinstance(res, ox.QueryBoolean):
        out = Result("ASK")
        out.askAnswer = bool(res)
        return out
    if isinstance(res, ox.QuerySolutions):
        out = Result("SELECT")
        names = [v.value for v in res.variables]
        out.vars = [Variable(n) for n in names]
        rows = []
        for sol in res:
            row = {}
            for n in names:
                t = sol[n]
                if t is not None:
                    row[Variable(n)] = from_ox(t)
            rows.append(row)
        out.bindings = rows
        return out
    out = Result("CONSTRUCT")
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    for t in res:
        g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    out.graph = g
    return out


def _loads(text: str) -> dict[str, Any]:
    import json

    return json.loads(text)


def _loads_list(text: str | None) -> list[Any]:
    import json

    return json.loads(text) if text else []
