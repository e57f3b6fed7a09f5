"""Loading a built graph back from disk for querying and viewing: an output
folder or graph file into an rdflib Dataset, or a zhkg store folder
(:mod:`zhkg.store`, Oxigraph) queried in place.

>>> from pathlib import Path
>>> load_graph(Path("no/such/dir"))
Traceback (most recent call last):
...
zhkg.errors.StoreError: no/such/dir: no such file or folder
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Dataset, Graph
from rdflib.query import Result

from zhkg.errors import StoreError

if TYPE_CHECKING:  # pragma: no cover
    from zhkg.store import OxStore

__all__ = ["RDF_EXPORTS", "export_rdf", "load_graph", "open_source", "query_source"]

_FORMATS = {".trig": "trig", ".ttl": "turtle", ".jsonld": "json-ld", ".nq": "nquads", ".nt": "nt"}


def _is_store(p: Path) -> bool:
    from zhkg.store.oxstore import is_store

    return is_store(p)


def load_graph(path: str | Path) -> Dataset:
    """A Dataset (``default_union=True``) read from an output folder (its
    graph.trig), from one .trig, .ttl, .jsonld, .nq or .nt file, or from a
    zhkg store folder (its whole content; needs pyoxigraph)."""
    p = Path(path)
    if p.is_dir() and _is_store(p):
        from zhkg.store import OxStore

        with OxStore(p, create=False) as st:
            return st.to_dataset()
    if p.is_dir():
        p = p / "graph.trig"
    if not p.exists():
        raise StoreError(f"{path}: no such file or folder")
    fmt = _FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise StoreError(f"{p}: unknown graph format (use .trig, .ttl, .jsonld, .nq or .nt)")
    if fmt == "json-ld":
        _refuse_remote_context(p)
    fast = _parse_with_oxigraph(p, fmt)
    if fast is not None:
        return fast
    ds = Dataset(default_union=True)
    try:
        if fmt in ("turtle", "nt"):
            ds.default_graph.parse(p, format=fmt)
        else:
            ds.parse(p, format=fmt)
    except Exception as e:
        raise StoreError(f"{p}: cannot parse as {fmt}: {e}") from e
    return ds


_OX_FORMATS = {"trig": "TRIG", "turtle": "TURTLE", "nquads": "N_QUADS", "nt": "N_TRIPLES"}


def _parse_with_oxigraph(p: Path, fmt: str) -> Dataset | None:
    """Parse with Oxigraph's (Rust) parser when it is installed: several times
    faster than rdflib's on big graphs (zhkg view of 10^4 articles). None
    when pyoxigraph is missing or the format is not one it reads here."""
    if fmt not in _OX_FORMATS:
        return None
    try:
        import pyoxigraph
    except ImportError:
        return None
    from rdflib import URIRef

    from zhkg.store.terms import from_ox

    ds = Dataset(default_union=True)
    terms: dict[Any, Any] = {}

    def term(t: Any) -> Any:
        r = terms.get(t)
        if r is None:
            r = terms[t] = from_ox(t)
        return r

    graphs: dict[Any, Graph] = {}

    def graph(name: Any) -> Graph:
        g = graphs.get(name)
        if g is None:
            g = graphs[name] = ds.graph(URIRef(name.value)) if isinstance(name, pyoxigraph.NamedNode) else ds.default_graph
        return g

    try:
        quads = pyoxigraph.parse(path=str(p), format=getattr(pyoxigraph.RdfFormat, _OX_FORMATS[fmt]))
        ds.addN((term(q.subject), term(q.predicate), term(q.object), graph(q.graph_name)) for q in quads)
    except (SyntaxError, ValueError, OSError) as e:
        raise StoreError(f"{p}: cannot parse as {fmt}: {e}") from e
    return ds


def _remote_contexts(node: Any) -> list[str]:
    """Every ``@context`` (or ``@import``) of a JSON-LD document that names a
    document elsewhere instead of being written inline."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("@context", "@import"):
                items = value if isinstance(value, list) else [value]
                found += [v for v in items if isinstance(v, str)]
            found += _remote_contexts(value)
    elif isinstance(node, list):
        for item in node:
            found += _remote_contexts(item)
    return found


def _refuse_remote_context(p: Path) -> None:
    """rdflib fetches a remote JSON-LD context over the network: zhkg reads
    only self-contained JSON-LD (its own output is)."""
    import json

    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise StoreError(f"{p}: cannot parse as json-ld: {e}") from e
    remote = _remote_contexts(doc)
    if remote:
        raise StoreError(f"{p}: refers to a JSON-LD context elsewhere ({remote[0]!r}); zhkg reads only JSON-LD with inline contexts")


def open_source(path: str | Path) -> Dataset | OxStore:
    """Something to query: an open :class:`~zhkg.store.OxStore` for a store
    folder (close it when done), else the Dataset :func:`load_graph` reads."""
    p = Path(path)
    if p.is_dir() and _is_store(p):
        from zhkg.store import OxStore

        return OxStore(p, create=False)
    return load_graph(p)


def query_source(source: Graph | OxStore, text: str, bindings: dict[str, Any] | None = None) -> Result:
    """Run a ready query (by name) or SPARQL text on an rdflib Graph/Dataset
    (with rdflib) or an OxStore (inside Oxigraph); both give an rdflib Result."""
    import re

    from zhkg.rdf.query import load_query, run_query

    if isinstance(source, Graph):
        return run_query(source, text, bindings)
    if re.fullmatch(r"[\w.-]+", text):
        text = load_query(text)
    return source.query(text, bindings)


#: RDF export formats (``zhkg export --format``) and their file suffixes.
RDF_EXPORTS = {"trig": ".trig", "nquads": ".nq", "jsonld": ".jsonld", "turtle": ".ttl"}


def export_rdf(path: str | Path, out: str | Path, fmt: str) -> Path:
    """Write the graph at ``path`` (an output folder, a graph file or a
    store folder) to ``out`` as TriG, N-Quads or JSON-LD (every named
    graph: the article graphs and the entities graph) or Turtle (their
    union). A store is streamed by Oxigraph, quad by quad, never held in
    memory; the file appears whole, through a temporary file and a rename.
    """
    from zhkg.fsutil import atomic_path

    if fmt not in RDF_EXPORTS:
        raise StoreError(f"unknown RDF export format {fmt!r} (one of {', '.join(RDF_EXPORTS)})")
    p = Path(path)
    if p.is_dir() and _is_store(p):
        from zhkg.store import OxStore
        from zhkg.store.oxstore import ox_prefixes
        from zhkg.store.terms import oxigraph

        ox = oxigraph()
        with OxStore(p, create=False) as st:
            if fmt == "turtle":
                quads: Any = (ox.Triple(q.subject, q.predicate, q.object)
                              for q in st.ox.quads_for_pattern(None, None, None, ox.DefaultGraph()))
            else:
                quads = st.ox_quads()
            ox_fmt = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
                      "jsonld": ox.RdfFormat.JSON_LD, "turtle": ox.RdfFormat.TURTLE}[fmt]
            prefixes = ox_prefixes() if fmt in ("trig", "turtle") else None
            return atomic_path(out, lambda tmp: ox.serialize(quads, str(tmp), ox_fmt, prefixes=prefixes))
    from zhkg.rdf.build import union_graph

    ds = load_graph(p)
    if fmt == "turtle":
        return atomic_path(out, lambda tmp: union_graph(ds).serialize(tmp, format="turtle", encoding="utf-8"))
    rdflib_fmt = {"trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}[fmt]
    return atomic_path(out, lambda tmp: ds.serialize(tmp, format=rdflib_fmt, encoding="utf-8"))
